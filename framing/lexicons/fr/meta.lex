# Français : réglages de la langue dans le lexique de framing.
# Each .lex file in this folder holds sections; all files are read together.
[meta]
name français
