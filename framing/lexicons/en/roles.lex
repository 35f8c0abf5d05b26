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

# What a person is: the noun an article takes up the person it is about
# with ("the actor", "the singer", "the former senator") when no name bore
# that title; not those who deal with them (lawyer, judge, prosecutor,
# spokesman, investigator, doctor).
[role.identity]
actor
actress
singer
rapper
musician
comedian
host
presenter
filmmaker
director
novelist
artist
model
footballer
striker
quarterback
player
champion
coach
manager
billionaire
businessman
businesswoman
tycoon
mogul
star
celebrity
influencer
journalist
anchor
congressman
congresswoman
lawmaker
senator
governor
mayor
president
candidate
nominee
monarch
king
queen
prince
princess
pope
dissident
activist
whistleblower
leader
boss

# Words that qualify the title without naming anything else ("the former
# senator", "the ex-host", "the young actor").
[role.identity_modifier]
former
ex
late
future
new
young
famous
popular
current
outgoing
incoming
veteran

# Words of an age after the title.
[role.age_word]
of

# Titles that fit any office at the top: "the leader" after "CEO Jane Doe"
# does not contradict her role.
[role.identity_generic]
leader
boss
