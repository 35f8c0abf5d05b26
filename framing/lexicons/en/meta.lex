# English: language-wide settings of framing's lexicon.
# Each .lex file in this folder holds sections; all files are read together.
[meta]
name English
