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

# Ce qu'est une personne, le nom par lequel un article reprend la personne
# dont il parle (« l'acteur », « le chanteur », « l'ancien ministre ») quand
# aucun nom n'a porté ce titre : pas ceux qui ont affaire à elle (avocat,
# juge, procureur, porte-parole, enquêteur, médecin).
[role.identity]
acteur
actrice
comédien
comédienne
chanteur
chanteuse
rappeur
rappeuse
musicien
musicienne
animateur
animatrice
présentateur
présentatrice
humoriste
réalisateur
réalisatrice
cinéaste
écrivain
écrivaine
romancier
romancière
artiste
mannequin
footballeur
footballeuse
attaquant
attaquante
milieu
défenseur
gardien
joueur
joueuse
tennisman
tenniswoman
champion
championne
pilote
nageur
nageuse
cycliste
athlète
boxeur
entraîneur
entraîneuse
sélectionneur
milliardaire
homme d'affaires
femme d'affaires
star
vedette
influenceur
influenceuse
youtubeur
youtubeuse
journaliste
ministre
député
députée
sénateur
sénatrice
eurodéputé
eurodéputée
maire
édile
président
présidente
candidat
candidate
chef de l'état
premier ministre
première ministre
élu
élue
dirigeant
dirigeante
patron
patronne
souverain
souveraine
monarque
roi
reine
prince
princesse
pape
opposant
opposante
militant
militante
lanceur d'alerte
lanceuse d'alerte
chef
trentenaire
quadragénaire
quinquagénaire
sexagénaire
septuagénaire
octogénaire
nonagénaire
centenaire

# Ce qui qualifie le titre sans nommer autre chose (« l'ancien ministre »,
# « l'ex-animateur », « le jeune acteur »).
[role.identity_modifier]
ancien
ancienne
ex
futur
future
nouveau
nouvelle
jeune
célèbre
populaire
actuel
actuelle
défunt
défunte
feu
sortant
sortante
vieil
vieux
vieille

# Les mots d'un âge après le titre (« l'acteur de 58 ans »).
[role.age_word]
de
ans
an

# Titres qui conviennent à toute fonction de direction : « le patron » après
# « le directeur général X » n'en contredit pas le rôle.
[role.identity_generic]
dirigeant
dirigeante
patron
patronne
élu
élue
