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
# « S'inscrire en faux » dit fausse une information, avec ou sans objet
# (« le ministère s'inscrit en faux »).
s'inscrit en faux
s'inscrivent en faux
s'est inscrit en faux
s'est inscrite en faux
se sont inscrits en faux
se sont inscrites en faux
s'inscrire en faux
s'inscrivant en faux
s'inscrivait en faux

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

[denial.noun.head]
# Le nom seul, démenti seulement dans un tour qui en nomme l'auteur : un
# possessif (« son démenti », « leurs dénégations »), un complément de
# [denial.noun.party] qui est une partie et non une information (« le
# démenti de l'Élysée », « malgré les dénégations du ministère », mais pas
# « le démenti de cette information »). « Déni » (de grossesse, de justice)
# n'en est pas.
démenti
démentis
dénégation
dénégations

[denial.noun.possessive]
# Déterminants possessifs qui nomment l'auteur d'un nom de [denial.noun.head].
son
sa
ses
leur
leurs

[denial.noun.party]
# Prépositions qui, après un nom de [denial.noun.head], introduisent son
# auteur quand une partie suit.
de
du
des
d'

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
# « Rejeter l'idée d'un référendum » écarte une proposition ; « l'idée que
# … » est une information.
re:idée(?=\s+(?:que|qu['’]|selon))
véracité
théorie
théories
arguments
argument
assertion
accusation
re:chefs?\s+d['’](?:inculpations?|accusations?)
# Les conclusions d'un rapport, objet contesté ; pas un mot du locuteur
# (« réfutée par les conclusions de l'autopsie » reste un constat).
re:conclusions
# « conteste toute relation », « rejette toute responsabilité », « réfute
# tout lien » : ce qui est nié est nommé par le nom ; « rejette tout
# compromis » écarte une proposition.
re:(?<=\btoute\s)(?:responsabilité|implication|participation|complicité|relation|irrégularité|infraction|faute|intention|ingérence|malversation|fraude|agression|violence|accusation|allégation|rivalité)
# Et le rôle qu'on lui prête : « conteste son implication », « nie sa
# culpabilité ».
re:(?:(?<=\bson\s)|(?<=\bsa\s)|(?<=\bleur\s))(?:implication|responsabilité|participation|complicité|culpabilité)
re:(?<=\btout\s)(?:lien|rôle|rapport|contact|acte|manquement|harcèlement|financement|conflit\s+d['’]intérêts?)
re:(?<=\btoutes\s)(?:responsabilités|implications|relations|irrégularités|infractions|fautes|violences)
re:(?<=\btous\s)(?:liens|rapports|contacts|actes|manquements)

[denial.anaphor.near]
# Déterminants de [denial.anaphor] qui renvoient à ce qui vient d'être dit
# (« a rejeté cet argument », « de telles accusations ») : faute d'une
# information trouvée tout près, le démenti répond à la phrase d'avant.
ce
cet
cette
ces
de telles
de tels
telles
tels
ladite
lesdites
lesdits

[denial.anaphor]
# Déterminants qui font renvoyer un nom de [denial.claim] à une
# information déjà donnée (« ces informations », « de telles rumeurs »,
# « rejette son hypothèse »).
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
son
sa
ses
leur
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
dénonce
dénoncent
dénoncer
dénonçait
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
# Une décision annoncée, démentie par qui la prendrait : « rien n'est
# décidé », « aucune fermeture n'est décidée », « aucune décision n'a été
# prise ».
re:\b(?:aucune?\s+(?:[\w'’-]+\s+){0,4}?|rien\s+)n['’](?:est|a\s+été|ont\s+été|était|avait\s+été)\s+(?:encore\s+|pour\s+l['’]instant\s+|à\s+ce\s+jour\s+)?(?:décidée?s?|tranchée?s?|actée?s?)\b
re:\baucune\s+décision\s+n['’](?:a|avait)\s+été\s+prise\b
# Un acte annoncé, démenti par qui l'aurait accompli : « aucune autorisation
# n'a été délivrée », « aucun contrat n'a été signé ».
re:\baucune?\s+(?:[\w'’-]+\s+){0,4}?n['’](?:a|ont|avait|avaient)\s+(?:encore\s+|jamais\s+)?été\s+(?:encore\s+|pour\s+l['’]instant\s+|à\s+ce\s+jour\s+)?(?:délivrée?s?|accordée?s?|signée?s?|validée?s?|donnée?s?|engagée?s?|conclue?s?|versée?s?|passée?s?)\b
# Un événement démenti : « il n'y a eu aucun mouvement de troupes ».
re:\bil\s+n['’]y\s+a\s+(?:jamais\s+)?eu\s+(?:aucune?|le\s+moindre|la\s+moindre)\b
# Un projet annoncé, démenti : « il n'a jamais été question de vendre ».
re:\bil\s+n['’](?:en\s+)?a\s+jamais\s+été\s+question\b
# Un lien allégué, démenti : « sans aucun lien avec », « n'a aucun lien avec ».
re:\b(?:sans|n['’](?:a|ont|avait|avaient|y\s+a))\s+aucun\s+lien\s+avec\b
# « relèvent de la pure spéculation » (seule, « c'est de la pure spéculation »
# est aussi la prudence d'un chercheur sur sa propre hypothèse).
re:\brel[eè]v(?:e|ent|ait|aient|era|eront|erait|eraient)\s+de\s+la\s+(?:pure\s+|simple\s+)?(?:spéculation|fiction|fantaisie|désinformation|intox)\b
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
re:\b(?:pas|jamais|non|sans|point|guère|plus)\s+(?:pour\s+autant\s+)?(?:(?:\w+ment|toujours|encore|publiquement|formellement)\s+)?(?:(?:le|la|les|l['’])\s*)?(?:dément\w*|démenti\w*|nier|nié\w*|nie|nient|niait|réfut\w*|rejet\w*|contest\w*)
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
re:\b(?:peu[xt]|peuvent|pouv(?:ait|aient|ons|ez|oir)|pourr\w+|saur\w+|sai[st]|savons|savez|savent|savait|faut|fallait)\s+(?:pas\s+)?(?:(?:le|la|les|l['’])\s*)?nier\b
re:\b(?:impossible|difficile|question|inutile|vain|raison|besoin|peine|lieu)\s+de\s+(?:le\s+|la\s+|les\s+|l['’])?nier\b
re:\bc['’]est\s+nier\b
# L'adjectif « dément » (fou) : « c'est dément », « un projet dément ».
re:\b(?:c['’]est|est|était|sont|serait|être|complètement|totalement|vraiment|un|une)\s+(?:(?:complètement|totalement|vraiment|assez|un\s+peu)\s+)?déments?\b
# « Une théorie contestée », « une version contestée » sans agent : une
# information en débat, pas un démenti d'une partie (« une version
# contestée par les gendarmes » reste).
re:\b(?:théories?|thèses?|versions?|récits?|chiffres?|informations?|rapports?|affirmations?|hypothèses?|interprétations?|faits)\s+(?:(?:très|largement|fortement|vivement|assez|toujours|encore)\s+)?contest(?:é|ée|és|ées)\b(?!\s+(?:[\w'’-]+\s+){0,2}?par\b)
# Prié de démentir, sans démentir : « a demandé au ministre de démentir »,
# « pousse l'élu à nier ».
re:\b(?:demand|prié|priée|priés|prie|prient|pouss|press|exhort|somm|enjoign|incit|invit|appel)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:de|d['’]|à)\s*(?:(?:le|la|les|l['’])\s*)?(?:démentir|nier|réfuter)\b
# Priver quelqu'un de quelque chose : « se sont vu nier le droit de ».
re:\bvu\s+nier\b
re:\bni\w*\s+(?:le|les|leur|son|sa|ses)\s+droits?\b
# Un adjectif d'une énumération qualifie sans démentir (« des messages
# faux, blessants et injurieux publiés … »).
re:\b(?:faux|fausses?|mensongers?|mensongères?|erronée?s?|inexacte?s?)\s*,\s+[^\W\d_]+(?:\s*,\s*[^\W\d_]+)*\s+(?:et|ou)\s+[^\W\d_]+\s+[^\W\d_]+

[denial.backref]
# Mots qui ouvrent, après une virgule, la proposition d'un démenti qui
# renvoie à une information dite plus tôt dans sa propre phrase (« X accuse
# Y de Z, ce que Y dément ») : la phrase se répond à elle-même.
ce que
ce qu'
chose que
re:ce\s+qu['’]
# « …, une information que le joueur a démentie » : un nom d'information en
# apposition.
re:(?:une|l['’]|la|les|des|cette|ces)\s*(?:[\w'’-]+\s+)?(?:informations?|rumeurs?|accusations?|allégations?|affirmations?|révélations?|versions?|hypothèses?|thèses?)\s+(?:que\s|qu['’])
# « Des experts accusent le Rwanda, qui le nie, de soutenir … » : une relative
# dont le pronom complément reprend l'accusation qui l'entoure.
re:(?:qui|lequel|laquelle)\s+(?:le|l['’])\s*

[denial.backref.concessive]
# Mots qui ouvrent, après une virgule ou un tiret, une proposition concessive
# dont le démenti renvoie à ce que sa propre phrase vient de dire (« La
# somme aurait été versée en 2017, mais le ministère dément » ; « …, ce que
# … » est dans [denial.backref]) : la phrase se répond à elle-même. Seulement
# avec un verbe sans complément à lui.
mais
bien que
bien qu'
même si
alors que
alors qu'
tandis que
tandis qu'
quoique

[denial.claim.after]
# Tours qui disent, après le démenti et dans sa phrase, l'information à
# laquelle il répond (« a démenti que la piscine fermera, comme l'affirment
# des parents », « contrairement à ce qu'avançait le journal »).
re:\bcomme\s+(?:l['’]\s*|le\s+)?(?:affirm|assur|avan[cç]|prétend|soutien|soutenai|rapport|accus|soupçonn|laiss\w*\s+entendre|suggér|écri|indiqu)\w*
re:\bcontrairement\s+(?:à\s+ce\s+qu(?:e\s+|['’]\s*)|aux\s+(?:affirmations|accusations|informations|allégations|propos)\b)

[denial.claim.marker]
# Mots par lesquels le journaliste rapporte une information sans la prendre
# à son compte : la phrase qui en porte un est une information à laquelle un
# démenti peut répondre, même sans attribution (« l'entreprise est accusée
# d'avoir … », « des rumeurs de rachat »). Le conditionnel journalistique,
# l'autre marque, est reconnu par framing.extract.hedging.
re:\baccus\w*\s+(?:de|d['’])
# « accusé par trois femmes de viol », « accusée par la société d'avoir … ».
re:\baccus\w*\s+par\s+(?:[^\s.,;:!?]+\s+){1,6}?(?:de|d['’])
re:\bsoupçonn\w*
soupçon
soupçons
rumeur
rumeurs
selon laquelle
selon lesquelles
selon lequel
selon lesquels
présumé
présumée
présumés
présumées
prétendu
prétendue
prétendus
prétendues
supposé
supposée
supposés
supposées
# « des sources font état de dissensions » : une information rapportée.
re:\bf(?:ait|ont|aisait|aisaient|aire|era|eront)\s+état\s+(?:de|d['’]|du|des)
# « Des médias ont évoqué la possibilité d'un lien » : une hypothèse prêtée
# à d'autres, sans que le journaliste s'en porte garant.
re:\bévoqu\w*\s+(?:la\s+possibilité|l['’]hypothèse|l['’]éventualité)\b

[denial.aside]
# Mots qui ouvrent une incise entre le sujet et son verbe (« Le fournisseur,
# dont le nom n'a pas été publié, a réfuté … ») : le sujet est le nom qui
# les précède.
dont
# « Son épouse, quant à elle mise en examen, réfute ».
quant

[denial.agent.gap]
# Mots d'une locution adverbiale qui peuvent séparer le participe de son
# agent (« réfutées en bloc par X », « démenties en partie par X »).
bloc
partie

[denial.denier.tail]
# Mots lus avec le sujet qui n'en font pas partie, en fin de démentant :
# « Le ministre pour sa part », « X, quant à lui », « le lycéen le
# matin-même », « Moscou lundi soir ».
pour sa part
pour leur part
de son côté
de leur côté
quant à lui
quant à elle
quant à eux
quant à elles
lui
elle
eux
elles
lui-même
elle-même
eux-mêmes
elles-mêmes
lui aussi
elle aussi
eux aussi
elles aussi
même
aussi
également
ainsi
toutefois
cependant
pourtant
néanmoins
donc
en revanche
par ailleurs
de nouveau
aussitôt
immédiatement
ce
re:(?:(?:dès|dans|en)\s+)?(?:(?:le|ce|la|cette|l['’])\s*)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|matin|soir|après-midi|nuit|veille|lendemain|matin-même|soir-même)(?:[\s-]+(?:matin|soir|midi|après-midi|même|dernier|dernière|soir-même))?

[denial.denier.cut]
# Prépositions qui ouvrent un complément de lieu, de temps ou de
# circonstance après la tête du démentant (« le chef de l'Etat devant ses
# partisans », « la maire après l'annonce ») : le démentant s'arrête avant.
devant
après
avant
lors
pendant
durant
depuis
dans
via
auprès
lorsque
lorsqu'
alors
face
malgré
sur

[denial.pronoun.person]
# Pronoms de la troisième personne qui, démentant sans antécédent donné
# par les attributions, renvoient à la dernière personne citée comme source
# (possessifs : « son démenti »).
il
elle
son
sa
ses

[denial.pronoun.org]
# Pronoms de la personne qui peuvent aussi reprendre une organisation sujet
# d'une phrase précédente (« L'association milite … Elle réfute … »).
il
elle
son
sa
ses

[denial.pronoun.other]
# Pronoms de la troisième personne qui peuvent renvoyer à toute source,
# une organisation comprise (« Ils ont démenti », « Elles rejettent »).
ils
elles
leur
leurs

[denial.finding]
# Noms de tête d'un « démentant » qui est un constat, pas une partie : « une
# version réfutée par l'autopsie », « une accusation rejetée par le
# tribunal ». Constats et décisions de justice tranchent une information ;
# ce ne sont pas des démentis officiels.
conclusion
conclusions
résultat
résultats
constatation
constatations
constat
constats
expertise
expertises
enquête
enquêtes
analyse
analyses
examen
examens
autopsie
preuve
preuves
tribunal
tribunaux
cour
juge
juges
justice
étude
études
données
statistiques
images
vidéo
vidéos
# Experts et vérificateurs évaluent une information ; ils ne sont pas la
# partie qu'elle concerne (« selon les experts, il n'y a aucune preuve »).
expert
experts
scientifique
scientifiques
chercheur
chercheurs

[denial.finding.quantity]
# Noms de quantité dont le complément en « de » est la tête (« une série
# d'expertises », « l'ensemble des analyses »).
série
ensemble
nombre

[denial.finding.head]
# Où un groupe nominal a sa tête : en français le nom vient d'abord, après
# au plus un adjectif antéposé (« la Haute Cour ») ; « first » : l'un des
# deux premiers mots.
first

[denial.finding.break]
# Prépositions contractées qui ferment un groupe nominal comme « de » (« le
# porte-parole du tribunal » est un porte-parole).
du
des
au
aux
d'

[denial.apposition]
# Déterminants qui ouvrent une apposition après un nom (« Marc X, un ancien
# conseiller, a démenti », « Rob X, le maire, a nié ») : le démentant est le
# nom qui la précède.
un
une
le
la
les
l'
son
sa
ses

[denial.bare]
# Mots après un verbe de démenti qui le laissent sans objet propre : il
# renvoie à l'information qui précède, comme un verbe sans complément (« a
# nié en bloc », « a démenti cela »).
cela
ça
en bloc
catégoriquement
formellement
fermement
vigoureusement

[denial.demonstrative]
# Sujets par lesquels un prédicat de démenti renvoie à l'information qui
# précède (« c'est faux », « cela est sans fondement »).
c'est
c'était
ce
cela
ça
ceci

[denial.claim.that]
# Mots qui ouvrent, après un nom d'information complément, la proposition
# qui la dit : « dément l'information selon laquelle … » la dit elle-même.
que
qu'
selon laquelle
selon lesquelles
selon lequel
selon lesquels

[denial.clause]
# Mots qui ouvrent, juste après un verbe de démenti, la proposition qui dit
# ce qui est démenti : « a nié avoir touché », « dément être l'auteur »,
# « réfute que … ». Le démenti dit alors lui-même ce qu'il dément.
que
qu'
avoir
être
n'avoir
n'être
s'être
l'avoir

[denial.negation]
# Mots qui nient le mot qui les suit (« aucune dissimulation », « pas de
# fraude ») : une phrase antérieure qui dit « Aucune ingérence » de ce que
# nomme l'objet d'un démenti répète le démenti, elle ne dit pas l'accusation.
aucun
aucune
aucuns
aucunes
nul
nulle
pas de
pas d'
jamais
sans
ni

[denial.claim.of]
# Mots qui ouvrent, après un nom marqueur d'information (« soupçons »,
# « rumeurs »), le complément qui dit l'information : « sur de nouveaux
# soupçons de minoration de ses revenus ».
de
d'
du
des
