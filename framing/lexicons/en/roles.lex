# English: words that make a title another, lower office, read by
# framing.extract.sources when a description ("the president") is matched
# with the person who held its title earlier: "Vice President Jane Doe" is
# not "the president", "Deputy Minister John Roe" not "the minister".
# Written for framing.

[role.subordinate]
vice
deputy
assistant
associate
acting
under
lieutenant
junior
