# Français : réglages de la langue dans le lexique de framing.
# Each .lex file in this folder holds sections; all files are read together.
[meta]
name français

[tokenizer.elision]
# Elided words written with an apostrophe and joined to the next word; each
# is a token of its own ("l'information" -> "l'" + "information"), so the
# lexicon can list the bare word. The closed list of French grammar
# (Grevisse, Le Bon Usage, § 44-45): articles, pronouns, "de", "ne", "que"
# and its compounds.
jusqu
lorsqu
puisqu
quoiqu
qu
c
d
j
l
m
n
s
t

[tokenizer.number]
# French numbers: groups of three digits separated by a dot, a comma, a
# narrow no-break space or a space ("10 000", "1.500"), decimals after a
# comma or a dot ("3,5"). One raw pattern (see framing.text.token_pattern).
re:\d+(?:[.,\u202f\x20]\d{3})*(?:[.,]\d+)?
