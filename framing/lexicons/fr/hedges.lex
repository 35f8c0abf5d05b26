# Indices de modalisation (hedges) et de certitude (boosters) du français,
# pour framing.extract.hedging.
#
# Sources: the French hedging inventories of Gosden-style metadiscourse
# studies as adapted for French by Vold (2006, "Epistemic modality markers
# in research articles") and Hyland's booster classes; the "conditionnel
# journalistique" as described by Abouda (2001) and Kronning (2002);
# the stock phrases of French wire copy (AFP) for unverifiable claims,
# checked on real French news (orangesum, wikinews-fr). The entry syntax is
# that of framing.lexicons.patterns. A section named "<section>.not" lists
# longer phrases that contain a cue of <section> but are not hedges.
#
# Note: the elided words of [tokenizer.elision] (meta.lex) are tokens of
# their own, so an ordinary entry matches right after one ("d'environ") and
# may end with one ("il se peut qu'" matches "il se peut qu'il").

[hedge.modal]
# Modal expressions of possibility. The present of "pouvoir" (peut,
# peuvent) is left out: ability and permission dominate.
il se peut que
il se peut qu'
il est possible que
il est possible qu'
il était possible que
il n'est pas exclu que
il n'est pas exclu qu'
n'est pas exclu
pas exclu que
il est probable que
il est probable qu'
il est vraisemblable que
il est plausible que
il y a de fortes chances que
il y a des chances que
# The verb "risquer de" takes an infinitive ("risque de durer", "risque de
# ne pas suffire", "risque de l'abîmer"); the noun takes a noun ("risque
# d'inondation", "risque de pénurie"), so a cue needs an infinitive after it.
re:(?<![\w'’-])risqu(?:e|ent|ait|aient)\s+d(?:e(?=\s)|['’])(?=\s*(?:(?:ne\s+(?:pas|plus|jamais|guère)|se|le|la|les|lui|leur|y|en|nous|vous|me|te)\s+|(?:n|s|l|m|t)['’]\s*){0,3}\w+(?:er|ir|re|oir)(?![\w'’-]))
# "susceptible de" puts a possibility ("susceptible de muter").
susceptible de
susceptibles de
susceptible d'
susceptibles d'

[hedge.modal.not]
# "risque de" + noun is a risk, not a possibility ("le risque de guerre").
le risque de
un risque de
les risques de
des risques de
du risque de
au risque de
ce risque de
aucun risque de
sans risque de
à risque de
de risque de
en termes de risque de
le risque d'
un risque d'
les risques d'
des risques d'
du risque d'
au risque d'
ce risque d'
aucun risque d'
sans risque d'
à risque d'
de risque d'

[hedge.epistemic_verb]
# Verbs of appearance and supposition.
semble
semblent
semblait
semblaient
semblerait
sembleraient
sembler
il semble
il semblerait
paraît
parait
paraissent
paraissait
paraissaient
paraîtrait
laisse penser
laissent penser
laisse supposer
laissent supposer
laisse croire
laisse entendre
laissent entendre
suppose que
supposent que
présume que
soupçonne
soupçonnent
soupçonnait
suggère
suggèrent
suggérait
on suppose
on croit savoir
je crois
je pense
nous pensons
nous croyons
# An impression put forward as such ("j'ai l'impression que le conseil se
# sert de la constitution").
j'ai l'impression que
j'ai l'impression qu'
j'ai le sentiment que
j'ai le sentiment qu'
on a l'impression que
on a l'impression qu'
nous avons l'impression que
nous avons l'impression qu'

# Expectation, the French "expect(s)" ("la NTIA s'attend à une déferlante
# de licenciements", "on s'attend à ce que le PIB recule"); a negated one
# ("personne ne s'attendait à") reports a surprise ([hedge.epistemic_verb.not]).
re:(?<![\w'’-])s['’]\s*attend(?:ent|ait|aient|rait|raient)?\s+(?:(?:par\s+ailleurs|donc|aussi|également|désormais|toujours|encore|bien|déjà|plutôt|notamment|maintenant|dorénavant|surtout|en\s+outre)\s+)?(?:à|au|aux)(?![\w'’-])
# A judgement put as an appearance ("la loi apparaît comme une réponse à",
# "le M23 apparaît sur le point d'être battu"), like "is seen as".
re:(?<![\w'’-])(?:apparaît|apparait|apparaissent|apparaissait|apparaissaient)\s+(?:(?:désormais|aujourd['’]hui|donc|alors|aussi|plutôt|de\s+plus\s+en\s+plus|encore)\s+)?(?:comme|sur\s+le\s+point)(?![\w'’-])
# Belief put as someone's, as in English "thinks that", "believes":
# "Geneviève pense que", "les enquêteurs croient que"; negated in the first
# person, a doubt ("je ne pense pas que", "nous ne croyons pas").
pense que
pense qu'
pensent que
pensent qu'
pensait que
pensait qu'
pensaient que
pensaient qu'
croit que
croit qu'
croient que
croient qu'
croyait que
croyait qu'
croyaient que
croyaient qu'
je ne pense pas
je ne crois pas
nous ne pensons pas
nous ne croyons pas
# Doubt cast on a claim ("cette revendication a été mise en doute").
mis en doute
mise en doute
mises en doute
met en doute
mettent en doute
remet en doute
remettent en doute
# "Il apparaît que" is "it appears that"; "croire savoir" puts what one
# thinks one knows ("les dirigeants croient savoir que").
il apparaît que
il apparaît qu'
il apparait que
il apparait qu'
il apparaissait que
il apparaissait qu'
re:(?<![\w'’-])(?:croi[st]|croient|croyait|croyaient|croyons)\s+savoir(?![\w'’-])

[hedge.epistemic_verb.not]
# Thinking of, believing in: no guess. "Suggérer de" + infinitive is a
# proposal ("suggère de créer un fonds"), "comme son nom le laisse
# entendre" a stock phrase.
re:(?<![\w'’-])sugg[èé]r\w*(?:\s+\w+)?\s+(?:de|à|aux?)(?![\w'’-])
re:(?<![\w'’-])sugg[èé]r\w*(?:\s+\w+)?\s+d['’]
re:(?<![\w'’-])ne\s+s['’]\s*attend\w*\s+(?:[\w'’-]+\s+){0,2}?(?:à|au|aux)(?![\w'’-])
# "suggérer que" + a subjunctive is a proposal ("ils suggèrent qu'il soit
# indiqué dans le code"), not an inference.
re:(?<![\w'’-])sugg[èé]r\w*\s+qu(?:e\s+|['’]\s*)(?:[\w'’-]+\s+){0,4}?(?:soit|soient|fasse|fassent|puisse|puissent|aille|aillent|ait|aient|devienne|deviennent)(?![\w'’-])
# "ne pense qu'à" is to think only of something.
re:(?<![\w'’-])ne\s+pens\w*\s+qu['’]\s*(?:à|au|aux)(?![\w'’-])
comme son nom le laisse
je crois à
nous croyons à
je pense à
je pense au
je pense aux
nous pensons à
nous pensons au
nous pensons aux
je crois en
je crois au
je crois aux
nous croyons en
nous croyons au
nous croyons aux

[hedge.epistemic_adverb]
# Adverbs and adjectives of probability. "Sans doute" means "probably";
# "sans aucun doute" is a booster.
peut-être
probablement
sans doute
vraisemblablement
apparemment
possiblement
potentiellement
a priori
selon toute vraisemblance
selon toute probabilité
selon toute apparence
selon toute hypothèse
probable
probables
improbable
vraisemblable
plausible
éventuel
éventuelle
éventuels
éventuelles
éventuellement
# "Visiblement" is the evidential "apparently" ("visiblement armés",
# "n'a visiblement pas eu d'effet"); "sûrement" in current French means
# "probably" ("il y aura sûrement des responsables"); "en principe" hedges
# a plan ("quitter l'hôpital en principe mercredi").
visiblement
sûrement
en principe
# A line of inquiry put forward, not established ("l'hypothèse d'un
# attentat", "la piste d'un second protagoniste", "la piste criminelle").
l'hypothèse d'un
l'hypothèse d'une
l'hypothèse que
l'hypothèse qu'
l'hypothèse selon laquelle
la piste d'un
la piste d'une
la piste criminelle
la piste terroriste
la piste accidentelle

# "apparent" before its noun, as in English ("une apparente querelle").
un apparent
une apparente
d'apparentes
l'apparente
l'apparent
son apparente
son apparent
leur apparente
# "Possible" before its noun is an epistemic adjective ("une possible
# grève", "de possibles erreurs"), unlike "le plus possible".
un possible
une possible
de possibles
d'un possible
d'une possible
l'hypothèse de
l'hypothèse d'
hypothétique
hypothétiques
hypothétiquement

[hedge.epistemic_adverb.not]
# Manner and fixed phrases: "lentement mais sûrement", "accord de principe".
lentement mais sûrement

[hedge.reported]
# Hearsay and alleged facts.
présumé
présumée
présumés
présumées
prétendu
prétendue
prétendus
prétendues
prétendument
supposé
supposée
supposés
supposées
soi-disant
dit-on
on dit que
il paraît que
il paraîtrait que
selon des rumeurs
# Tipped for a post ("pressentie comme tête de liste"), not appointed.
pressenti
pressentie
pressentis
pressenties
rumeur
rumeurs
allégation
allégations
# Suspicion and charge put as someone's, not established ("soupçonné
# d'avoir", "accusée de fraude"), as in English "suspected of", "accused of".
re:(?<![\w'’-])(?:soupçonn|accus)(?:é|ée|és|ées)\s+(?:(?:de|du|des)(?![\w])|d['’])
des informations non confirmées
de source non confirmée
selon des informations non confirmées
# Opinion of unnamed others ("d'aucuns pensent", "certains estiment"),
# as in English "some say", "some believe".
re:(?<![\w'’-])(?:d['’]aucuns|certains|beaucoup|d['’]autres|nombreux\s+sont\s+ceux\s+qui)\s+(?:(?:y|en|le|la|les|lui)\s+)?(?:pensent|estiment|croient|jugent|considèrent|soupçonnent|disent|affirment|prétendent|voient|pensaient|estimaient|croyaient|disaient)(?![\w'’-])

[hedge.reported.not]
# An acknowledgement of receipt, not a charge.
accusé de réception
accusés de réception
# "être supposé + infinitive" is an obligation ("is supposed to"); after
# avoir, "prétendu" and "supposé" are verbs of saying, which attributions
# cover.
a prétendu
ont prétendu
avait prétendu
avaient prétendu
aurait prétendu
auraient prétendu
a supposé
ont supposé
avait supposé
est supposé
est supposée
sont supposés
sont supposées
était supposé
était supposée
étaient supposés

[hedge.approximator]
# Approximators that need no number after them.
re:(?<![\w-])environ(?![\w])
approximativement
à peu près
plus ou moins
grosso modo
re:(?<![\w-])une\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)(?![\w])
# "presque" is never a place, unlike "près d'un": "presqu'un an".
re:(?<![\w'’-])presqu(?:e\s+|['’]\s*)une?(?![\w'’-])
# Round multiples left unsaid ("un millier de", "plusieurs dizaines de").
re:(?<![\w-])un\s+millier(?![\w])
re:(?<![\w-])(?:plusieurs|quelques)\s+(?:dizaines|centaines|milliers)(?![\w])

[hedge.approximator.before_number]
# Counted only when a quantity ([hedge.quantity]) follows: "près de 200 morts",
# never "près de Damas". "Plus de", "au moins" and "jusqu'à" state a bound
# and are left out (on real news "jusqu'à" is mostly a ceiling: "jusqu'à
# cinq ans de prison", "jusqu'à 90 km/h").
près de
re:(?<![\w'’-])près\s+d['’](?=\w)
quelque
presque
quasiment
autour de
aux alentours de
de l'ordre de
re:(?<![\w'’-])de\s+l['’]ordre\s+d['’](?=\w)
pas loin de
re:(?<![\w'’-])pas\s+loin\s+d['’](?=\w)

[hedge.quantity]
# What makes a following phrase a quantity for the approximators above.
re:\d
re:une?\s+(?:million|milliard|millier|tiers|quart|centaine|dizaine)
deux
trois
quatre
cinq
six
sept
huit
neuf
dix
onze
douze
quinze
vingt
trente
quarante
cinquante
soixante
cent
cents
mille
million
millions
milliard
milliards
la moitié
un tiers
un quart
deux tiers
trois quarts

[hedge.negated_certainty]
# Explicit statements that a fact is not established.
rien ne permet d'affirmer
rien ne permet de dire
rien ne permet de confirmer
rien ne permet de savoir
rien ne prouve
il n'est pas certain que
il n'est pas certain qu'
il n'est pas sûr que
il n'est pas sûr qu'
il n'est pas clair
n'est pas clair
n'est pas encore clair
pas encore établi
on ignore
ignore encore
ignore toujours
ignore si
ignore s'
ignorait s'
ignore pour l'instant
ignore pour le moment
ignorait si
ignorait encore
on ne sait pas
on ne sait toujours pas
on ne savait pas
nul ne sait
personne ne sait
reste incertain
restent incertains
reste à confirmer
reste à déterminer
reste à établir
# Left unclear ("le scénario restait confus", "les circonstances demeurent
# obscures").
re:(?<![\w'’-])(?:rest|demeur)\w*\s+(?:(?:encore|toujours|très|assez|largement|pour\s+l['’]heure|pour\s+l['’]instant)\s+)?(?:floue?s?|confuse?s?|obscure?s?|inexpliquée?s?|mystérieu(?:x|se|ses))(?![\w'’-])
reste flou
restent floues
demeure incertain
incertain
incertaine
incertains
incertaines
non confirmé
non confirmée
non confirmés
non confirmées
pas été confirmé
pas été confirmée
pas été confirmés
pas été confirmées
pas pu être vérifié
pas pu être vérifiée
pas pu être vérifiés
pas pu être vérifiées
pas pu être confirmé
pas pu être confirmée
pas pu être confirmés
pas pu être confirmées
impossible de vérifier
impossible de confirmer
invérifiable
invérifiables
sans qu'il soit possible de vérifier
# Open outcomes, as news puts them ("reste à savoir si", "il est trop tôt
# pour dire", "on ne connaît pas l'auteur").
reste à savoir
reste à voir
trop tôt pour dire
trop tôt pour le dire
trop tôt pour savoir
difficile de dire
difficile de savoir
impossible de dire
impossible de savoir
re:(?<![\w'’-])(?<!l['’])on\s+ne\s+conna[iî]t\s+(?:toujours\s+)?pas(?![\w])

# Not knowing whether or how ("il ne sait pas si", "les enquêteurs ne
# savaient toujours pas pourquoi"), an unknown cause or fact ("les causes
# restent inconnues", "sont pour l'heure inconnues"; not "inconnu du
# public"), and a fact not established ("n'a pas été élucidé").
re:(?<![\w'’-])ne\s+(?:sai[st]|savent|savait|savaient|savons|savez|saur\w+)\s+(?:pas|toujours\s+pas|pas\s+encore|pas\s+vraiment|pas\s+exactement|pas\s+précisément|plus)\s+(?:si|s['’]|qui|quand|comment|pourquoi|où|combien|quel\w*|lequel|laquelle|ce\s+qu\w*|dans\s+quel\w*|exactement|précisément|encore)(?![\w'’-])
re:(?<![\w'’-])(?:rest\w*|demeur\w*|sont|est|était|étaient)\s+(?:(?:encore|toujours|pour\s+l['’]heure|pour\s+l['’]instant|pour\s+le\s+moment|à\s+ce\s+stade|actuellement|largement)\s+)?inconnue?s?(?![\w'’-])(?!\s+(?:du|de|des|d['’]|aux?)(?![\w'’-]))
re:(?<![\w'’-])n['’]\s*(?:a|ont|avait|avaient|est|sont)\s+(?:pas|toujours\s+pas|pas\s+encore|jamais)\s+(?:été\s+)?(?:établi|élucidé|déterminé|connu|éclairci)e?s?(?![\w'’-])

[hedge.negated_certainty.not]
# Not knowing what to do is no doubt about a fact, and uncertain times are
# a mood, not a claim left open ("une période incertaine").
re:(?<![\w'’-])(?:temps|période|périodes|contexte|climat|époque|environnement)\s+(?:(?:s['’]annonc\w*|est|sont|était|étaient|reste\w*|demeure\w*|semble\w*|devien\w*|très|si|aussi|plus|particulièrement)\s+){0,2}incertaine?s?(?![\w'’-])
on ne sait pas quoi
on ne sait plus quoi
on ne sait pas que faire

[booster]
# Certainty markers. "Certainement" is left out: in current French it
# often means "probably".
il est certain que
il est certain qu'
il est clair que
il est clair qu'
il est évident que
il est évident qu'
sans aucun doute
sans nul doute
nul doute que
nul doute qu'
il ne fait aucun doute
il ne fait pas de doute
il n'y a aucun doute
il n'y a pas de doute
aucun doute
hors de doute
incontestablement
indéniablement
# The same certainty as a predicate ("c'est indéniable", "il est
# incontestable que").
c'est indéniable
c'est incontestable
c'est indiscutable
il est indéniable que
il est indéniable qu'
il est incontestable que
il est incontestable qu'
il est indiscutable que
il est indiscutable qu'
indiscutablement
assurément
clairement
évidemment
bien sûr
bien entendu
de toute évidence
à l'évidence
manifestement
sans conteste

[booster.not]
# Manner ("plus clairement", "clairement visible", "a clairement affirmé",
# "dit clairement"): how something is seen or said, no certainty of the
# writer.
plus clairement
moins clairement
re:(?<![\w'’-])clairement(?=\s*[,.;:!?)]|\s+(?:visibles?|lisibles?|audibles?|identifié\w*|identifiables?|affirm\w*|dit|exprim\w*|annonc\w*|indiqu\w*|expliqu\w*|déclar\w*|énoncé\w*|formulé\w*|défini\w*)(?![\w'’-]))
re:(?<![\w'’-])(?:dit|dire|dis|disai\w*|disent|affirm\w*|annonc\w*|exprim\w*|expliqu\w*|indiqu\w*|déclar\w*|répond\w*|voir|vu|voit|identifi\w*|expos\w*|formul\w*)\s+clairement(?![\w'’-])

[booster.negation]
# Words that turn a following booster into its opposite ("pas clairement").
pas
jamais
guère

# --- Conditional mood --------------------------------------------------
# The French conditional is recognised by form, without a morphological
# dictionary: a person ending ([conditional.endings]) after a future stem,
# which always ends in r. [conditional.future_stems] lists the endings of
# future stems (parler-, fini-r, pourr-, devr-, prendr-, mettr-,
# connaîtr-...); [conditional.not_stems] lists whole stems that pass that
# test but are imperfects of verbs in -rer (tir-ait, serr-ait,
# démarr-ait); [conditional.not_verbs] lists whole words that are nouns or
# adjectives. These three sections hold plain letters, not patterns.
# Measured on the gold Mood=Cnd tags of the Sequoia news sentences and on
# 1,500 orangesum articles (see the hedging module's docstring).

[conditional.endings]
aient
ais
ait
ions
iez

[conditional.personal_endings]
# Endings of the first and second persons (j'aurais, nous serions, vous
# feriez). The journalistic conditional reports what others did or may do,
# in the third person; a speaker's own conditional is politeness, wish or
# a hypothesis ("je vendrais la maison", "nous serions heureux"), so in these
# persons only the modal ("nous pourrions perdre") stays a hedge.
ais
ions
iez

[conditional.future_stems]
er
ir
urr
err
dr
ttr
aîtr
aitr
oîtr
oitr
evr
uivr
vivr
pleuvr
mouvr
mpr
ncr
aur
clur

[conditional.not_stems]
# Imperfects of verbs in -irer, -rrer, -drer, -aurer...
tir
attir
retir
étir
soutir
inspir
aspir
respir
expir
conspir
transpir
soupir
admir
désir
vir
chavir
cir
empir
délir
mir
éclair
déchir
affair
serr
desserr
resserr
enserr
err
enterr
déterr
atterr
ferr
bourr
fourr
leurr
beurr
cadr
encadr
recadr
engendr
effondr
cylindr
poudr
restaur
instaur
sevr
ancr
encr

[conditional.not_verbs]
# Nouns and adjectives that end like a conditional.
attrait
attraits
minerais

[conditional.complementizers]
# What opens the reported clause after a reporting verb.
que
qu'

[conditional.if]
# "si" makes the conditional of its sentence hypothetical only with an
# imperfect or pluperfect after it ("si elle était..., nous serions");
# "si" + present goes with the future or with a plain possibility.
si
re:(?<![\w'’-])s['’](?:il|ils)(?![\w])

[conditional.question_if]
# "si" + a subject opens an indirect question ("savoir si le président
# devrait défiler", "se demande s'il viendrait"): the conditional after it
# is asked about, not asserted. A "si" of degree ("si grave") has no subject
# after it.
re:(?<![\w'’-])si\s+(?:(?:il|ils|elle|elles|on|le|la|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|nous|vous|je|tu)(?![\w'’-])|[lj]['’]|[A-ZÉÈÀÂ]\w+)
re:(?<![\w'’-])s['’]ils?(?![\w'’-])

[conditional.participle_endings]
# Endings of past participles, for the cue "aurait tué", "serait mort".
é
ée
és
ées
i
ie
is
ies
u
ue
us
ues
it
ite
its
ites
ert
erte
erts
ertes
ort
orte
orts
ortes
int
inte
ints
intes

[conditional.infinitive_endings]
# Endings of infinitives, for the cue "pourrait atteindre".
er
ir
re
oir

[conditional.not_verb_forms]
# Words after a conditional that end like a participle or an infinitive
# but are not one.
si
lieu
lieux
tout
tous
plus
nous
vous
sous
mais
puis
depuis
ensuite
ainsi
aussi
ici
parmi
lui
celui
peu
du
au
jeu
feu
prix
fois
mois
pays
dessus
contre
entre
autre
autres
notre
votre
hier
premier
première
dernier
dernière
cher
chère
encore
guère
mer
ensemble
pire
mieux
moindre
presque
jusque
quelque
comme
libre
propre
seul
seule
mais
jamais
désormais
français
anglais
frais
palais
mauvais
relais
fait
parfait
souhait
lait
trait
portrait
extrait
forfait
méfait
bienfait

[conditional.demonstratives]
# Subjects that make a conditional an evaluation of a hypothesis ("ce
# serait une faute", "cela reviendrait à tout perdre", "ça aurait été
# étrange"), the French "it would be": like English "would"
# it is no hedge without a stated condition. The modal keeps its reading
# of possibility ("cela pourrait durer"). The words of [conditional.clitics]
# may stand between ("cela ne serait pas", "ça leur coûterait").
ce
c'
cela
ça
ca

[conditional.relatives]
# "ce qui" + a conditional is the consequence of what was just said ("ce
# qui nuirait à sa réputation"), the evaluation of a hypothesis like "ce
# serait"; a compound past there stays reportative ("ce qui aurait poussé
# le ministère à agir").
qui

[conditional.clitics]
# Pronouns that may stand between a modal and its infinitive, or between a
# subject and its verb (with the negation "ne").
ne
n'
se
s'
en
y
le
la
les
lui
leur
l'
me
m'
te
t'
nous
vous

[conditional.auxiliaries]
# Conditional forms after which the cue takes in the following past
# participle ("aurait tué", "serait mort").
aur*
ser*

[conditional.reportative_auxiliaries]
# Auxiliaries whose compound conditional reports an unverified past event
# even after a past reporting verb ("a affirmé que l'armée aurait
# bombardé"), while "serait + participle" there is a future-in-the-past
# passive ("a annoncé que le sommet serait reporté").
aur*

[conditional.infinitive_heads]
# Conditionals whose cue takes in the following infinitive.
pourr*
devr*

[conditional.modals]
# Conditional forms after which the cue takes in the following infinitive
# ("pourrait atteindre"). The modal conditional keeps its epistemic
# reading after a past reporting verb, so it stays a hedge there.
pourr*

[conditional.not_hedge]
# Conditionals that do not hedge a fact: obligation and expectation
# (devoir, falloir: "la coalition devrait agir"), wish and politeness
# (vouloir, aimer, souhaiter: "nous voudrions"), advice ("il vaudrait
# mieux", "il conviendrait de") and evaluative hypotheticals. "devrait"
# is judged apart ([conditional.obligation]).
faudr*
voudr*
aimer*
souhaiter*
préférer*
vaudr*
conviendr*
# Advice: "il ferait mieux de partir"; an eventuality: "tout client qui
# viendrait à perdre sa carte".
fer* mieux
re:(?<![\w'’-])viendr\w*\s+à\s+\w+(?:er|ir|re|oir)(?![\w'’-])
# Past counterfactuals of obligation and wish ("il aurait dû être jugé",
# "elle n'aurait jamais dû partir").
aur* dû
aur* fallu
aur* aimé
aur* voulu
aur* souhaité
aur* préféré
re:(?<![\w-])aur\w*\s+(?:pas|jamais|plus|guère|donc|certainement|sans\s+doute)\s+(?:dû|fallu|aimé|voulu|souhaité|préféré)(?![\w'’-])
# "On devrait" states what people ought to do.
on devr*
# A relative after a universal or negative quantifier describes a
# hypothetical case ("toute politique qui empêcherait la reprise", "aucun
# accord qui placerait"), not a reported fact.
re:(?<![\w'’-])(?:tout|toute|tous|toutes|aucun|aucune|chaque|n['’]importe\s+quel\w*)\s+(?:[\w-]+\s+){1,3}?qui\s+(?:(?:ne|se|en|y|le|la|les|lui|leur)\s+|(?:n|s|l)['’]\s*){0,2}\w+r(?:ait|aient)(?![\w'’-])
serions heureux
serions ravis
serions sensibles
serions reconnaissants
serions honorés
serais heureux
serais heureuse
serais ravi
serais ravie
serais reconnaissant
serait souhaitable
serait préférable
serait nécessaire
serait utile
serait bon
serait bien
serait temps
serait judicieux
serait opportun
serait dommage
serait bienvenu
serait bienvenue
# The impersonal "il serait + adjective + de + infinitive" judges a
# hypothesis ("il serait irresponsable de laisser faire", "il serait
# difficile d'y voir clair"), like "ce serait"; "il serait responsable de
# l'attaque" (a noun after "de") stays reportative.
re:(?<![\w'’-])il\s+(?:ne\s+)?serait\s+(?:(?:pas|plus|moins|très|bien|donc|alors|aussi|tout|vraiment|sans\s+doute)\s+){0,2}\w+(?:ble|ile|eux|ique|if|aire|al|ant|juste|vain|faux|fou)\s+d(?:e\s+|['’]\s*)(?:(?:ne\s+pas|se|le|la|les|lui|leur|y|en)\s+|[sl]['’]\s*)?\w+(?:er|ir|re|oir)(?![\w'’-])
# "ne serait-ce que" means "if only", a fixed phrase.
serait-ce

[conditional.obligation]
# "devoir" in the conditional states an obligation ("la coalition devrait
# agir avec un mandat") as well as a forecast ("le texte devrait être
# promulgué d'ici mardi", "le bilan devrait s'alourdir"), the more common
# use in news copy (43 of 50 in a random orangesum sample). It is a hedge
# only when the sentence has the marks of a forecast: a time to come or a
# source ([conditional.forecast]), or an infinitive of outcome after it
# ([conditional.forecast_verbs]).
devr*

[conditional.between]
# Words that may stand between "devrait" and its infinitive, besides the
# clitics and adverbs in -ment ("ne devrait pas non plus durer").
pas
plus
jamais
guère
point
non
donc
aussi
également
encore
bien
déjà
toujours
ainsi
alors
enfin
notamment
d'ailleurs
ensuite
vite
sans
mal
doute
aucun
très
peu

[conditional.forecast]
# A time to come, or the source of a forecast ("selon Bercy").
re:(?<![\w'’-])(?:demain|bientôt|prochainement|rapidement|prochain|prochaine|prochains|prochaines)(?![\w'’-])
re:(?<![\w'’-])(?:d['’]ici|dès|avant|jusqu['’]à|courant|fin|début|au\s+cours\s+d[eu'’]|dans\s+(?:les|quelques|\d+|un|une|deux|trois))(?:\s+|(?<=['’]))(?:\w+\s+)?(?:\d{4}|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|jours?|semaines?|mois|ans|années?|heures?|minutes|l['’]été|l['’]automne|l['’]hiver|printemps|la\s+(?:semaine|journée|soirée|matinée|nuit)|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\w'’-])
re:(?<![\w'’-])(?:en|pour)\s+20\d\d(?![\w'’-])
re:(?<![\w'’-])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce\s+soir|cette\s+semaine|cette\s+année|ce\s+week-end|cet\s+été|cet\s+hiver|cet\s+automne|ce\s+printemps)(?![\w'’-])
re:(?<![\w'’-])en\s+fin\s+d['’]\w+
# "selon lui", "d'après elle" introduce an opinion as often as a forecast
# ("selon lui, ces ministres devraient être remplacés"): not a source here.
re:(?<![\w'’-])selon(?!\s+(?:lui|elle|eux|elles|moi|nous|vous|toi)(?![\w'’-]))(?![\w'’-])
re:(?<![\w'’-])d['’]après(?!\s+(?:lui|elle|eux|elles|moi|nous|vous|toi)(?![\w'’-]))(?![\w'’-])
[conditional.opinion]
# What makes the narrative's "devrait" an opinion or a norm rather than a
# forecast when nothing else marks one: a verb of judgement or demand before
# "que" ("estime que les réfugiés devraient être expulsés"), "selon lui",
# "à son avis".
re:(?<![\w'’-])(?:estim|consid[èé]r|jug|pens|trouv|croi|croy|réclam|demand|plaid|exig|souhait|prôn|préconis|recommand|propos|sugg[èé]r|décid|ordonn|impos|insist)\w*\s+(?:que|qu['’])
re:(?<![\w'’-])(?:selon|d['’]après|pour)\s+(?:lui|elle|eux|elles)(?![\w'’-])
re:(?<![\w'’-])à\s+(?:son|leur|leurs|mon|notre|votre)\s+(?:avis|sens|yeux)(?![\w'’-])
# The content of a plan or a text: "conformément au projet russe, la
# coalition devrait agir avec un mandat", "aux termes de l'accord".
re:(?<![\w'’-])(?:conformément|en\s+vertu|aux\s+termes)\s+(?:à|au|aux|de|du|des|d['’])

[conditional.forecast_verbs]
# Infinitives of an outcome, a state or a change rather than an act
# ("devrait durer", "devraient coûter", "devrait s'alourdir", "devrait être
# supérieure"); the pronoun of a pronominal verb is skipped. "être" + a
# participle is as often a prescription ("devrait être validé par un juge")
# and does not count.
être
avoir
avoir lieu
pouvoir
changer
établir
prendre fin
atteindre
dépasser
durer
coûter
couter
rapporter
représenter
entraîner
permettre
provoquer
apporter
rester
arriver
augmenter
baisser
reculer
progresser
croître
diminuer
grimper
chuter
doubler
tripler
passer
tomber
voir
connaître
continuer
cesser
circuler
compter
concerner
toucher
intervenir
aboutir
débuter
commencer
reprendre
revenir
suivre
peser
générer
valoir
profiter
bénéficier
recevoir
produire
poursuivre
tenir
terminer
achever
prolonger
affaiblir
renforcer
alourdir
aggraver
élever
situer
dérouler
décaler
étendre
stabiliser
accélérer
ralentir
améliorer
dégrader
traduire
confirmer
ouvrir
fermer

[conditional.hypothetical]
# A conditional in the same sentence as a condition is the apodosis of a
# hypothesis ("si elle était plus impliquée, nous serions..."), not a
# hedge on a fact. "si" is in [conditional.if].
au cas où
dans le cas où
dans l'hypothèse où
dans l'hypothèse d'
quand bien même
à supposer que
en supposant que
sinon
faute de quoi
à défaut
en cas de
en cas d'
# "Sans" at the head of a sentence puts a counterfactual ("Sans son aide,
# le club aurait fermé").
re:(?:(?<=^)|(?<=\n)|(?<=[.!?:«"“]\s)|(?<=[«"“]))sans\s+(?:le|la|les|l['’]|ce|cet|cette|ces|son|sa|ses|leur|leurs|eux|elle|elles|lui|cela|ça|mon|ma|mes|notre|nos|votre|vos)(?![\w'’-])

[conditional.reporting_verbs]
# Reporting and thinking verbs. Past forms of these followed by que/qu'
# make a later simple conditional a future-in-the-past ("Moscou estimait
# qu'une telle coalition réunirait..."), which is not a hedge. The code
# checks the tense: an imperfect, a past simple, or a participle after a
# form of avoir.
estim*
pens*
croy*
croire
cru
crut
crurent
disait
disaient
dit
déclar*
annon*
assur*
affirm*
réaffirm*
rappel*
réitér*
insist*
martel*
souten*
soutin*
indiqu*
expliqu*
précis*
prév*
espér*
promi*
promett*
ajout*
soulign*
répét*
jur*
sav*
su
sut
imagin*
suppos*
craign*
craint
redout*
prédi*
décid*
convenu
convin*
écri*
confi*
admis
admett*
reconn*
laiss*
prédis*
rapport*
signal*
anticip*
envisag*
escompt*
calcul*
jug*
considér*
avert*
convaincu*
persuadé*

[conditional.past_auxiliaries]
# Forms of avoir (and être for the few verbs that take it) that make a
# following participle a compound past.
a
ont
avait
avaient
eut
eurent
avons
avez
avions
aviez
était
étaient
