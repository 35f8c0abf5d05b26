# Français : démentis officiels, lus par framing.extract.denials.
#
# Origine des entrées : écrites pour framing à partir de l'usage des verbes
# démentir, nier, réfuter, rejeter, contester et des formules « sans
# fondement », « n'a jamais eu lieu » dans la presse française (tournures
# observées, jamais copiées, dans les articles d'OrangeSum et de Wikinews),
# vérifiées sur les sens que donnent les dictionnaires généraux du français
# (démentir : « affirmer la fausseté de »). Syntaxe : framing/lexicons/patterns.py.

[denial]
# Verbes dont le sens journalistique est « affirmer qu'une information est
# fausse » : démenti à eux seuls, sauf si [denial.not] couvre la
# correspondance (« n'a pas démenti », « ne se dément pas », « on ne peut
# nier »). Les formes sont énumérées : « dément* » prendrait « démente »
# (folle), « ni* » tout et n'importe quoi.
dément
démentent
démenti
démentie
démentis
démenties
démentir
démentant
démentait
démentaient
démentons
démentez
démentira
démentiront
démentirait
démentiraient
nie
nient
nié
niée
niés
niées
nier
niant
niait
niaient
nions
niez
niera
nieront
nierait
réfute
réfutent
réfuté
réfutée
réfutés
réfutées
réfuter
réfutant
réfutait
réfutaient
réfutons
réfutez

[denial.noun]
# Le nom, dans les tours où il désigne un démenti opposé (« a opposé un
# démenti formel », « un démenti catégorique de la part du ministère »).
# Le démentant est le sujet ou suit un mot de [denial.noun.source].
un démenti
un ferme démenti
démenti formel
démenti catégorique
démentis formels
un nouveau démenti

[denial.noun.source]
# Mots qui introduisent l'auteur d'un démenti désigné par un nom.
de la part de
de la part du
de la part des
venu de
venu du
venu des

[denial.object]
# Verbes qui ne démentent que si leur objet est une information (« rejette
# les accusations », « conteste les faits ») ; « rejeter un projet de loi »,
# « rejeter la demande », « contester le testament » sont des décisions, pas
# des démentis, et leurs objets ne sont pas dans [denial.claim].
rejette
rejettent
rejeté
rejetée
rejetés
rejetées
rejeter
rejetant
rejetait
rejetaient
rejetons
conteste
contestent
contesté
contestée
contestés
contestées
contester
contestant
contestait
contestaient
balaie
balaye
balayé
balayée
balayer
balayant
récuse
récusent
récusé
récuser
récusant
s'inscrit en faux contre
s'inscrivent en faux contre
s'est inscrit en faux contre

[denial.claim]
# Noms d'assertions (objets qui font démentir un verbe de [denial.object],
# et, après un mot de [denial.anaphor], les reprises « ces informations »,
# « de telles allégations »).
information
informations
info
infos
accusation
accusations
allégation
allégations
affirmation
affirmations
assertion
assertions
rumeur
rumeurs
propos
thèse
thèses
version
versions
faits
soupçons
imputations
interprétation
article
articles
récit
rapport
chiffres
révélations
insinuations
bruits
hypothèse
idée
véracité
théorie
théories
arguments
argument
assertion
accusation

[denial.anaphor]
# Déterminants qui font renvoyer un nom de [denial.claim] à une
# information déjà donnée (« ces informations », « de telles rumeurs »).
ces
cette
cet
ce
de telles
de tels
telles
tels
ladite
lesdites
lesdits
les
la
le
l'
ses
leurs

[denial.label]
# Verbes qui qualifient une information d'un mot de [denial.predicate] :
# « a qualifié ces informations de "fausses" », « jugeant ces accusations
# infondées ». Le prédicat suit à quelques mots ; l'indice va du verbe au
# prédicat.
qualifié
qualifiée
qualifiés
qualifiées
qualifie
qualifient
qualifiant
qualifier
jugé
jugée
jugés
jugées
juge
jugent
jugeant
traité
traitant
dénonçant
dénoncé
balayé
balayant

[denial.label.not_before]
# Mots après lesquels le prédicat juge une situation, pas une information
# (« juge absurde que … », « jugent absurde de transférer … »).
que
qu'
de
d'

[denial.predicate]
# Mots par lesquels un locuteur dit une information fausse. Ils ne
# démentent qu'avec un locuteur : dans une citation, dans une phrase qui
# porte une attribution (« selon la police, ces rumeurs sont infondées »),
# ou après un verbe de [denial.label] ; « l'histoire est fausse » dite par
# le journaliste seul est une vérification, pas un démenti officiel.
rien de vrai
aucun fondement
aucune vérité
infondé
infondée
infondés
infondées
sans fondement
sans aucun fondement
dénué de tout fondement
dénuée de tout fondement
dénués de tout fondement
dénuées de tout fondement
dénué de fondement
dénuée de fondement
dénués de fondement
dénuées de fondement
dépourvu de tout fondement
dépourvue de tout fondement
dépourvus de tout fondement
dépourvues de tout fondement
contre-vérité
contre-vérités
affabulation
affabulations
pure invention
re:\b(?:invent|fabriqu|mont|forg)\w*\s+de\s+toutes\s+pièces\b
calomnieux
calomnieuse
calomnieuses
il n'en est rien
n'a jamais eu lieu
n'ont jamais eu lieu
n'avait jamais eu lieu
n'avaient jamais eu lieu
re:\baucun(?:e|s|es)?\s+(?:[\w'’-]+\s+){1,10}?n['’](?:a|ont|avait|avaient)\s+(?:jamais\s+)?eu\s+lieu\b
# Pas « n'a rien à voir avec » : dans la presse française c'est surtout une
# comparaison (« un arôme naturel n'a rien à voir avec un arôme artificiel »).
aucune preuve que
# Mots qui qualifient aussi des noms (« faux billets », « diffuser de
# fausses informations », « les fake news ») : seulement attributs, après
# « est », « c'est », « il s'agit de », ou devant une ponctuation.
re:\b(?:est|sont|était|étaient|être|c['’]est|s['’]agit)\s+(?:(?:d['’]|de\s+|des\s+|une?\s+|du\s+|de\s+la\s+|de\s+l['’])\s*)?(?:(?:totalement|complètement|absolument|entièrement|tout\s+à\s+fait|parfaitement|archi|purement|simplement|pure|pures|purs|pur|grossier|grossière|gros|énorme)[\s-]+)?(?:faux|fausse|fausses|fausses?\s+informations?|fausses?\s+nouvelles?|fake\s+news|intox|mensonges?|mensongère?s?|calomnies?|erronée?s?|inexacte?s?|inventée?s?|affabulations?)\b(?!\s+(?!(?:et|ou|mais|de|d|car|puisque|parce|que|qu|comme|selon|dans|en|à|au|pour|sur|non|pas|a|ont|ni|archi|bien|sûr)\b)[^\W\d_]{3,})
re:(?<![\w-])(?:totalement|complètement|absolument|archi)[\s-]faux\b
re:(?<![\w-])(?<!les\s)(?<!des\s)(?<!de\s)(?<!la\s)(?<!le\s)(?:faux|fake\s+news|intox)(?=\s*(?:[.,;:!?»"”)]|$))

[denial.predicate.label]
# Mots qui ne démentent que comme ce qu'un verbe de [denial.label] dit
# d'une information (« qualifié ces informations de "spéculations" ») :
# seuls, ils évaluent sans démentir.
faux
fausses informations
fausse information
fake news
intox
mensonge
mensonges
mensonger
mensongère
mensongers
mensongères
ridicule
ridicules
absurde
absurdes
grotesque
grotesques
loufoque
loufoques
spéculation
spéculations
rumeur
rumeurs
fantasme
fantasmes
fantaisiste
fantaisistes
erroné
erronée
erronés
erronées
inexact
inexacte
inexacts
inexactes
calomnie
calomnies
diffamatoire
diffamatoires

[denial.not]
# Les correspondances qui chevauchent un indice l'annulent.
# Ni confirmé ni démenti (« pas encore confirmée, ni démentie »).
re:\bni\s+(?:démenti\w*|dément\w*|nié\w*|nie|infirm\w*)
re:\bconfirm\w*\s+(?:ni|ou)\s+(?:(?:à\s+)?(?:dément\w*|démenti\w*|nier|nié\w*|infirm\w*))
re:\b(?:dément\w*|démenti\w*|nier|nié\w*)\s+(?:ni|ou)\s+confirm\w*
# Démenti nié : « n'a pas démenti », « non démentie », « sans démentir »,
# « ne le dément pas », « refuse de démentir ».
re:\b(?:pas|jamais|non|sans|point|guère|plus)\s+(?:(?:\w+ment|toujours|encore|publiquement|formellement)\s+)?(?:(?:le|la|les|l['’])\s*)?(?:dément\w*|démenti\w*|nier|nié\w*|nie|nient|niait|réfut\w*|rejet\w*|contest\w*)
re:\bne\s+(?:(?:le|la|les|l['’]|se|s['’])\s*)?(?:dément\w*|nie|nient|niait|réfut\w*|rejet\w*|contest\w*)\s+(?:pas|jamais|point|plus|guère|nullement|aucunement)\b
re:\b(?:refus\w*|renonc\w*|évit\w*|se\s+gard\w*)\s+(?:de\s+)?(?:démentir|nier|réfuter)\b
# Termes juridiques : « faux et usage de faux », « dénonciation calomnieuse ».
re:\b(?:usages?\s+de\s+faux|faux\s+et\s+usages?|faux\s+en\s+écriture\w*|dénonciations?\s+calomnieuses?)
re:\b(?:pour|de)\s+[«"“]?\s*faux\b
# Reprise d'un démenti déjà rapporté : « ces démentis n'ont pas suffi ».
re:\b(?:ces|ce|cet)\s+démentis?\b
# Réfléchi : « son succès ne se dément pas » (ne faiblit pas).
re:\b(?:se|s['’])\s*(?:dément\w*|démenti\w*|démentir)
# Ne pas pouvoir nier, c'est concéder : « on ne peut nier », « impossible
# de nier », « c'est nier son existence », « il ne faut pas le nier ».
re:\b(?:peu\w*|pouv\w*|pourr\w*|saur\w*|sau\w*|faut)\s+(?:pas\s+)?(?:(?:le|la|les|l['’])\s*)?nier\b
re:\b(?:impossible|difficile|question|inutile|vain)\s+de\s+(?:le\s+|la\s+|les\s+|l['’])?nier\b
re:\bc['’]est\s+nier\b
# Priver quelqu'un de quelque chose : « se sont vu nier le droit de ».
re:\bvu\s+nier\b
re:\bni\w*\s+(?:le|les|leur|son|sa|ses)\s+droits?\b
