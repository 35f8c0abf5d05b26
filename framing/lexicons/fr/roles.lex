# Français : mots qui font d'un titre une autre fonction, subordonnée, lus
# par framing.extract.sources quand une description (« le président ») est
# rapportée à la personne qui portait ce titre plus tôt : « le
# vice-président Paul Arnaud » n'est pas « le président », « la ministre
# déléguée » n'est pas « la ministre ». Écrits pour framing.

[role.subordinate]
vice
adjoint
adjointe
adjoints
délégué
déléguée
sous
intérimaire
suppléant
suppléante
