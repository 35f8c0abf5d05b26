# Français : attribution des propos à leurs sources, lu par
# framing.extract.sources.
#
# Where the entries come from: written for framing from the way French news
# copy attributes claims: verbs of saying in the "incise" ("a déclaré X",
# "a-t-il ajouté", "glisse-t-elle"), in the reported clause ("a indiqué
# que"), the prepositional markers ("selon", "d'après"), and the formulas
# of sourcing (« sources diplomatiques », « sous couvert d'anonymat »),
# collected by reading French agency and newspaper copy (the Wikinews-fr
# and OrangeSum articles, read, not copied) and the reference article of
# the project; verb forms follow standard French conjugation (present,
# passé composé participle with agreement, imparfait, passé simple,
# participe présent). Stance follows the usual journalistic reading of each
# verb. Entry syntax: framing/lexicons/patterns.py.

[source.cue.neutral]
# Verbs of saying that report a claim without judging it.
dit
disent
disait
disaient
dirent
disant
déclare
déclarent
déclaré
déclarée
déclarés
déclarées
déclarait
déclaraient
déclara
déclarèrent
déclarant
indique
indiquent
indiqué
indiquée
indiqués
indiquées
indiquait
indiquaient
indiqua
indiquèrent
indiquant
# "affirmer" is the plain verb of assertion in French news copy ("a affirmé
# que"): neutral, unlike English "claimed".
affirme
affirment
affirmé
affirmée
affirmés
affirmées
affirmait
affirmaient
affirma
affirmèrent
affirmant
annonce
annoncent
annoncé
annoncée
annoncés
annoncées
annonçait
annonçaient
annonça
annoncèrent
annonçant
explique
expliquent
expliqué
expliquée
expliqués
expliquées
expliquait
expliquaient
expliqua
expliquèrent
expliquant
précise
précisent
précisé
précisée
précisés
précisées
précisait
précisaient
précisa
précisèrent
précisant
estime
estiment
estimé
estimée
estimés
estimées
estimait
estimaient
estima
estimèrent
estimant
assure
assurent
assuré
assurée
assurés
assurées
assurait
assuraient
assura
assurèrent
assurant
raconte
racontent
raconté
racontée
racontés
racontées
racontait
racontaient
raconta
racontèrent
racontant
rapporte
rapportent
rapporté
rapportée
rapportés
rapportées
rapportait
rapportaient
rapporta
rapportèrent
rapportant
signale
signalent
signalé
signalée
signalés
signalées
signalait
signalaient
signala
signalèrent
signalant
rétorque
rétorquent
rétorqué
rétorquée
rétorqués
rétorquées
rétorquait
rétorquaient
rétorqua
rétorquèrent
rétorquant
réplique
répliquent
répliqué
répliquée
répliqués
répliquées
répliquait
répliquaient
répliqua
répliquèrent
répliquant
tweete
tweetent
tweeté
tweetée
tweetés
tweetées
tweetait
tweetaient
tweeta
tweetèrent
tweetant
# "avait exposé un plan": the exposition verbs report a position too.
expose
exposent
exposé
exposée
exposés
exposées
exposait
exposaient
exposa
exposèrent
exposant
détaille
détaillent
détaillé
détaillée
détaillés
détaillées
détaillait
détaillaient
détailla
détaillèrent
détaillant
a fait savoir
fait savoir
faisait savoir
a fait valoir
fait valoir
faisait valoir
faisant valoir
# Denials: the claim reported is that something is false.
dément
démentent
démenti
démentie
démentis
démenties
démentait
démentaient
démentit
démentant
nie
nient
nié
niée
niés
niées
niait
niaient
nia
nièrent
niant
réfute
réfutent
réfuté
réfutée
réfutés
réfutées
réfutait
réfutaient
réfuta
réfutèrent
réfutant
avertit
avertissent
averti
avertie
avertis
avertissait
avertissaient
avertissant
# A statement issued, a warning with an adverb inside, a reassurance: their
# words follow a colon (« a publié un court communiqué : », « met pourtant
# en garde : »); see [source.cue.weak] for the first and last.
publié un communiqué
publié un ... communiqué
publie un communiqué
publie un ... communiqué
met ... en garde
mettent ... en garde
mis ... en garde
se veut rassurant
se veut rassurante
se veulent rassurants
se voulait rassurant
se voulait rassurante
mis en garde
met en garde
mettent en garde
mettant en garde
mettait en garde
# Verbs also common in other senses ("ajouter du sel", "répondre au
# téléphone"), or used mostly in incises ("glisse-t-il", "tranche X").
dite
dits
dites
ajoute
ajoutent
ajouté
ajoutée
ajoutés
ajoutées
ajoutait
ajoutaient
ajouta
ajoutèrent
ajoutant
juge
jugent
jugé
jugée
jugés
jugées
jugeait
jugeaient
jugea
jugèrent
jugeant
considère
considèrent
considéré
considérée
considérés
considérées
considérait
considéraient
considéra
considérèrent
considérant
confie
confient
confié
confiée
confiés
confiées
confiait
confiaient
confia
confièrent
confiant
souligne
soulignent
souligné
soulignée
soulignés
soulignées
soulignait
soulignaient
souligna
soulignèrent
soulignant
commente
commentent
commenté
commentée
commentés
commentées
commentait
commentaient
commenta
commentèrent
commentant
martèle
martèlent
martelé
martelée
martelés
martelées
martelait
martelaient
martela
martelèrent
martelant
insiste
insistent
insisté
insistée
insistés
insistées
insistait
insistaient
insista
insistèrent
insistant
répète
répètent
répété
répétée
répétés
répétées
répétait
répétaient
répéta
répétèrent
répétant
réitère
réitèrent
réitéré
réitérée
réitérés
réitérées
réitérait
réitéraient
réitéra
réitérèrent
réitérant
conclut
concluent
conclu
conclue
conclus
conclues
concluait
concluaient
conclurent
concluant
résume
résument
résumé
résumée
résumés
résumées
résumait
résumaient
résuma
résumèrent
résumant
répond
répondent
répondu
répondue
répondait
répondaient
répondit
répondirent
répondant
témoigne
témoignent
témoigné
témoignée
témoignés
témoignées
témoignait
témoignaient
témoigna
témoignèrent
témoignant
écrit
écrite
écrits
écrites
écrivent
écrivait
écrivaient
écrivit
écrivirent
écrivant
prévient
préviennent
prévenu
prévenait
prévenaient
prévint
prévenant
mentionne
mentionnent
mentionné
mentionnée
mentionnés
mentionnées
mentionnait
mentionnaient
mentionna
mentionnèrent
mentionnant
évoque
évoquent
évoqué
évoquée
évoqués
évoquées
évoquait
évoquaient
évoqua
évoquèrent
évoquant
dénonce
dénoncent
dénoncé
dénoncée
dénoncés
dénoncées
dénonçait
dénonçaient
dénonça
dénoncèrent
dénonçant
critique
critiquent
critiqué
critiquée
critiqués
critiquées
critiquait
critiquaient
critiqua
critiquèrent
critiquant
accuse
accusent
accusé
accusée
accusés
accusées
accusait
accusaient
accusa
accusèrent
accusant
fustige
fustigent
fustigé
fustigée
fustigés
fustigées
fustigeait
fustigeaient
fustigea
fustigèrent
fustigeant
déplore
déplorent
déploré
déplorée
déplorés
déplorées
déplorait
déploraient
déplora
déplorèrent
déplorant
regrette
regrettent
regretté
regrettée
regrettés
regrettées
regrettait
regrettaient
regretta
regrettèrent
regrettant
conteste
contestent
contesté
contestée
contestés
contestées
contestait
contestaient
contesta
contestèrent
contestant
rejette
rejettent
rejeté
rejetée
rejetés
rejetées
rejetait
rejetaient
rejeta
rejetant
s'exprime
s'expriment
exprimé
s'exprimait
s'exprimaient
s'exprima
s'exprimant
observe
observent
observé
observée
observés
observées
observait
observaient
observa
observèrent
observant
lance
lancent
lancé
lancée
lancés
lancées
lançait
lançaient
lança
lancèrent
lançant
lâche
lâchent
lâché
lâchée
lâchés
lâchées
lâchait
lâchaient
lâcha
lâchèrent
lâchant
glisse
glissent
glissé
glissée
glissés
glissées
glissait
glissaient
glissa
glissèrent
glissant
tranche
tranchent
tranché
tranchée
tranchés
tranchées
tranchait
tranchaient
trancha
tranchèrent
tranchant
ironise
ironisent
ironisé
ironisée
ironisés
ironisées
ironisait
ironisaient
ironisa
ironisèrent
ironisant
poursuit
poursuivent
poursuivi
poursuivait
poursuivit
poursuivant
renchérit
renchérissent
renchéri
renchérissait
renchérissant
nuance
nuancent
nuancé
nuancée
nuancés
nuancées
nuançait
nuançaient
nuança
nuancèrent
nuançant
tempère
tempèrent
tempéré
tempérait
tempérant
souffle
soufflent
soufflé
soufflée
soufflés
soufflées
soufflait
soufflaient
souffla
soufflèrent
soufflant
s'inquiète
s'inquiètent
inquiété
inquiétée
inquiétés
inquiétées
s'inquiétait
s'inquiétaient
s'inquiéta
s'inquiétèrent
s'inquiétant
s'indigne
s'indignent
indigné
indignée
indignés
indignées
s'indignait
s'indignaient
s'indigna
s'indignèrent
s'indignant
s'insurge
s'insurgent
insurgé
insurgée
insurgés
insurgées
s'insurgeait
s'insurgeaient
s'insurgea
s'insurgèrent
s'insurgeant
s'emporte
s'emportent
emporté
emportée
emportés
emportées
s'emportait
s'emportaient
s'emporta
s'emportèrent
s'emportant
s'agace
s'agacent
agacé
agacée
agacés
agacées
s'agaçait
s'agaçaient
s'agaça
s'agacèrent
s'agaçant
s'exclame
s'exclament
exclamé
exclamée
exclamés
exclamées
s'exclamait
s'exclamaient
s'exclama
s'exclamèrent
s'exclamant
s'étonne
s'étonnent
étonné
étonnée
étonnés
étonnées
s'étonnait
s'étonnaient
s'étonna
s'étonnèrent
s'étonnant
s'interroge
s'interrogent
interrogé
interrogée
interrogés
interrogées
s'interrogeait
s'interrogeaient
s'interrogea
s'interrogèrent
s'interrogeant
se félicite
se félicitent
félicité
félicitée
félicités
félicitées
se félicitait
se félicitaient
se félicita
se félicitèrent
se félicitant
se réjouit
se réjouissent
se réjouissait
interroge
interrogent
interrogeait
interrogeaient
interrogea
interrogèrent
interrogeant
demande
demandent
demandé
demandée
demandés
demandées
demandait
demandaient
demanda
demandèrent
demandant
exige
exigent
exigé
exigée
exigés
exigées
exigeait
exigeaient
exigea
exigèrent
exigeant
réclame
réclament
réclamé
réclamée
réclamés
réclamées
réclamait
réclamaient
réclama
réclamèrent
réclamant
plaide
plaident
plaidé
plaidée
plaidés
plaidées
plaidait
plaidaient
plaida
plaidèrent
plaidant
appelle
appellent
appelé
appelée
appelait
appelaient
appela
appelant
promet
promettent
promis
promise
promettait
promettaient
promit
promettant
propose
proposent
proposé
proposée
proposés
proposées
proposait
proposaient
proposa
proposèrent
proposant
prône
prônent
prôné
prônée
prônés
prônées
prônait
prônaient
prôna
prônèrent
prônant
souhaite
souhaitent
souhaité
souhaitée
souhaités
souhaitées
souhaitait
souhaitaient
souhaita
souhaitèrent
souhaitant
pense
pensent
pensé
pensait
pensaient
pensant
croit
croient
cru
croyait
croyaient
crut
croyant
espère
espèrent
espéré
espérait
espéraient
espérant
craint
craignent
craignait
craignaient
craignant
redoute
redoutent
redouté
redoutée
redoutés
redoutées
redoutait
redoutaient
redouta
redoutèrent
redoutant
prévoit
prévoient
prévu
prévoyait
prévoyaient
prédit
prédisent
prédisait
prédisaient
prédisant
# Found missing in incises and reported clauses of French wire copy
# ("réaffirme-t-il", "a-t-il argué", "énumère-t-elle"); "avance", "analyse"
# and "appuie" report speech only in an incise (see incise_only).
réaffirme
réaffirment
réaffirmé
réaffirmait
réaffirmant
argue
arguent
argué
arguait
énumère
énumèrent
énuméré
énumérait
convenu
avance
analyse
appuie

[source.cue.distancing]
# Verbs that report a claim while keeping the writer's distance from it.
prétend
prétendent
prétendu
prétendue
prétendait
prétendaient
prétendit
prétendant
allègue
allèguent
allégué
alléguée
alléguait
alléguaient
alléguant
soutient
soutiennent
soutenu
soutenait
soutenaient
soutint
soutenant
clame
clament
clamé
clamée
clamés
clamées
clamait
clamaient
clama
clamèrent
clamant
se vante
se vantent
vanté
vantée
vantés
vantées
se vantait
se vantaient
se vanta
se vantèrent
se vantant

[source.cue.endorsing]
# Factive verbs: the writer presents the content as true.
reconnaît
reconnait
reconnaissent
reconnu
reconnue
reconnus
reconnues
reconnaissait
reconnaissaient
reconnut
reconnaissant
admet
admettent
admis
admise
admises
admettait
admettaient
admit
admettant
avoue
avouent
avoué
avouée
avoués
avouées
avouait
avouaient
avoua
avouèrent
avouant
confirme
confirment
confirmé
confirmée
confirmés
confirmées
confirmait
confirmaient
confirma
confirmèrent
confirmant
concède
concèdent
concédé
concédait
concédaient
concéda
concédant
révèle
révèlent
révélé
révélée
révélés
révélées
révélait
révélaient
révéla
révélant
dévoile
dévoilent
dévoilé
dévoilée
dévoilés
dévoilées
dévoilait
dévoilaient
dévoila
dévoilèrent
dévoilant
note
notent
noté
notée
notés
notées
notait
notaient
nota
notèrent
notant
relève
relèvent
relevé
relevée
relevait
relevaient
releva
relevant
constate
constatent
constaté
constatée
constatés
constatées
constatait
constataient
constata
constatèrent
constatant
rappelle
rappellent
rappelé
rappelée
rappelait
rappelaient
rappela
rappelant
montre
montrent
montré
montrée
montrés
montrées
montrait
montraient
montra
montrèrent
montrant
démontre
démontrent
démontré
démontrée
démontrés
démontrées
démontrait
démontraient
démontra
démontrèrent
démontrant
prouve
prouvent
prouvé
prouvée
prouvés
prouvées
prouvait
prouvaient
prouva
prouvèrent
prouvant
établit
établissent
établi
établie
établis
établies
établissait

[source.cue.weak]
# Forms also common in other senses, or used mostly in incises: a cue only
# with a clause complement ("que", a colon, a quotation) or in a postposed
# attribution ("..., glisse-t-il.").
# A statement issued or a reassurance given introduces its words after a
# colon or "que" (« a publié un communiqué : », « se veut rassurant : »);
# the weak reading keeps them to that frame.
publié un communiqué
publié un ... communiqué
publie un communiqué
publie un ... communiqué
se veut rassurant
se veut rassurante
se veulent rassurants
se voulait rassurant
se voulait rassurante
dite
dits
dites
ajoute
ajoutent
ajouté
ajoutée
ajoutés
ajoutées
ajoutait
ajoutaient
ajouta
ajoutèrent
ajoutant
juge
jugent
jugé
jugée
jugés
jugées
jugeait
jugeaient
jugea
jugèrent
jugeant
considère
considèrent
considéré
considérée
considérés
considérées
considérait
considéraient
considéra
considérèrent
considérant
confie
confient
confié
confiée
confiés
confiées
confiait
confiaient
confia
confièrent
confiant
souligne
soulignent
souligné
soulignée
soulignés
soulignées
soulignait
soulignaient
souligna
soulignèrent
soulignant
commente
commentent
commenté
commentée
commentés
commentées
commentait
commentaient
commenta
commentèrent
commentant
martèle
martèlent
martelé
martelée
martelés
martelées
martelait
martelaient
martela
martelèrent
martelant
insiste
insistent
insisté
insistée
insistés
insistées
insistait
insistaient
insista
insistèrent
insistant
répète
répètent
répété
répétée
répétés
répétées
répétait
répétaient
répéta
répétèrent
répétant
réitère
réitèrent
réitéré
réitérée
réitérés
réitérées
réitérait
réitéraient
réitéra
réitérèrent
réitérant
conclut
concluent
conclu
conclue
conclus
conclues
concluait
concluaient
conclurent
concluant
résume
résument
résumé
résumée
résumés
résumées
résumait
résumaient
résuma
résumèrent
résumant
répond
répondent
répondu
répondue
répondait
répondaient
répondit
répondirent
répondant
témoigne
témoignent
témoigné
témoignée
témoignés
témoignées
témoignait
témoignaient
témoigna
témoignèrent
témoignant
écrit
écrite
écrits
écrites
écrivent
écrivait
écrivaient
écrivit
écrivirent
écrivant
prévient
préviennent
prévenu
prévenait
prévenaient
prévint
prévenant
mentionne
mentionnent
mentionné
mentionnée
mentionnés
mentionnées
mentionnait
mentionnaient
mentionna
mentionnèrent
mentionnant
évoque
évoquent
évoqué
évoquée
évoqués
évoquées
évoquait
évoquaient
évoqua
évoquèrent
évoquant
dénonce
dénoncent
dénoncé
dénoncée
dénoncés
dénoncées
dénonçait
dénonçaient
dénonça
dénoncèrent
dénonçant
critique
critiquent
critiqué
critiquée
critiqués
critiquées
critiquait
critiquaient
critiqua
critiquèrent
critiquant
accuse
accusent
accusé
accusée
accusés
accusées
accusait
accusaient
accusa
accusèrent
accusant
fustige
fustigent
fustigé
fustigée
fustigés
fustigées
fustigeait
fustigeaient
fustigea
fustigèrent
fustigeant
déplore
déplorent
déploré
déplorée
déplorés
déplorées
déplorait
déploraient
déplora
déplorèrent
déplorant
regrette
regrettent
regretté
regrettée
regrettés
regrettées
regrettait
regrettaient
regretta
regrettèrent
regrettant
conteste
contestent
contesté
contestée
contestés
contestées
contestait
contestaient
contesta
contestèrent
contestant
rejette
rejettent
rejeté
rejetée
rejetés
rejetées
rejetait
rejetaient
rejeta
rejetant
s'exprime
s'expriment
exprimé
s'exprimait
s'exprimaient
s'exprima
s'exprimant
observe
observent
observé
observée
observés
observées
observait
observaient
observa
observèrent
observant
lance
lancent
lancé
lancée
lancés
lancées
lançait
lançaient
lança
lancèrent
lançant
lâche
lâchent
lâché
lâchée
lâchés
lâchées
lâchait
lâchaient
lâcha
lâchèrent
lâchant
glisse
glissent
glissé
glissée
glissés
glissées
glissait
glissaient
glissa
glissèrent
glissant
tranche
tranchent
tranché
tranchée
tranchés
tranchées
tranchait
tranchaient
trancha
tranchèrent
tranchant
ironise
ironisent
ironisé
ironisée
ironisés
ironisées
ironisait
ironisaient
ironisa
ironisèrent
ironisant
poursuit
poursuivent
poursuivi
poursuivait
poursuivit
poursuivant
renchérit
renchérissent
renchéri
renchérissait
renchérissant
nuance
nuancent
nuancé
nuancée
nuancés
nuancées
nuançait
nuançaient
nuança
nuancèrent
nuançant
tempère
tempèrent
tempéré
tempérait
tempérant
souffle
soufflent
soufflé
soufflée
soufflés
soufflées
soufflait
soufflaient
souffla
soufflèrent
soufflant
s'inquiète
s'inquiètent
inquiété
inquiétée
inquiétés
inquiétées
s'inquiétait
s'inquiétaient
s'inquiéta
s'inquiétèrent
s'inquiétant
s'indigne
s'indignent
indigné
indignée
indignés
indignées
s'indignait
s'indignaient
s'indigna
s'indignèrent
s'indignant
s'insurge
s'insurgent
insurgé
insurgée
insurgés
insurgées
s'insurgeait
s'insurgeaient
s'insurgea
s'insurgèrent
s'insurgeant
s'emporte
s'emportent
emporté
emportée
emportés
emportées
s'emportait
s'emportaient
s'emporta
s'emportèrent
s'emportant
s'agace
s'agacent
agacé
agacée
agacés
agacées
s'agaçait
s'agaçaient
s'agaça
s'agacèrent
s'agaçant
s'exclame
s'exclament
exclamé
exclamée
exclamés
exclamées
s'exclamait
s'exclamaient
s'exclama
s'exclamèrent
s'exclamant
s'étonne
s'étonnent
étonné
étonnée
étonnés
étonnées
s'étonnait
s'étonnaient
s'étonna
s'étonnèrent
s'étonnant
s'interroge
s'interrogent
interrogé
interrogée
interrogés
interrogées
s'interrogeait
s'interrogeaient
s'interrogea
s'interrogèrent
s'interrogeant
se félicite
se félicitent
félicité
félicitée
félicités
félicitées
se félicitait
se félicitaient
se félicita
se félicitèrent
se félicitant
se réjouit
se réjouissent
se réjouissait
interroge
interrogent
interrogeait
interrogeaient
interrogea
interrogèrent
interrogeant
demande
demandent
demandé
demandée
demandés
demandées
demandait
demandaient
demanda
demandèrent
demandant
exige
exigent
exigé
exigée
exigés
exigées
exigeait
exigeaient
exigea
exigèrent
exigeant
réclame
réclament
réclamé
réclamée
réclamés
réclamées
réclamait
réclamaient
réclama
réclamèrent
réclamant
plaide
plaident
plaidé
plaidée
plaidés
plaidées
plaidait
plaidaient
plaida
plaidèrent
plaidant
appelle
appellent
appelé
appelée
appelait
appelaient
appela
appelant
promet
promettent
promis
promise
promettait
promettaient
promit
promettant
propose
proposent
proposé
proposée
proposés
proposées
proposait
proposaient
proposa
proposèrent
proposant
prône
prônent
prôné
prônée
prônés
prônées
prônait
prônaient
prôna
prônèrent
prônant
souhaite
souhaitent
souhaité
souhaitée
souhaités
souhaitées
souhaitait
souhaitaient
souhaita
souhaitèrent
souhaitant
pense
pensent
pensé
pensait
pensaient
pensant
croit
croient
cru
croyait
croyaient
crut
croyant
espère
espèrent
espéré
espérait
espéraient
espérant
craint
craignent
craignait
craignaient
craignant
redoute
redoutent
redouté
redoutée
redoutés
redoutées
redoutait
redoutaient
redouta
redoutèrent
redoutant
prévoit
prévoient
prévu
prévoyait
prévoyaient
prédit
prédisent
prédisait
prédisaient
prédisant
soutient
soutiennent
soutenu
soutenait
soutenaient
soutint
soutenant
clame
clament
clamé
clamait
clamaient
clama
clamant
dévoile
dévoilent
dévoilé
dévoilée
dévoilés
dévoilées
dévoilait
dévoilaient
dévoila
dévoilèrent
dévoilant
note
notent
noté
notée
notés
notées
notait
notaient
nota
notèrent
notant
relève
relèvent
relevé
relevée
relevait
relevaient
releva
relevant
constate
constatent
constaté
constatée
constatés
constatées
constatait
constataient
constata
constatèrent
constatant
rappelle
rappellent
rappelé
rappelée
rappelait
rappelaient
rappela
rappelant
montre
montrent
montré
montrée
montrés
montrées
montrait
montraient
montra
montrèrent
montrant
démontre
démontrent
démontré
démontrée
démontrés
démontrées
démontrait
démontraient
démontra
démontrèrent
démontrant
prouve
prouvent
prouvé
prouvée
prouvés
prouvées
prouvait
prouvaient
prouva
prouvèrent
prouvant
établit
établissent
établi
établie
établis
établies
établissait
révèle
révèlent
révélé
révélée
révélés
révélées
révélait
révélaient
révéla
révélant
rapporte
rapportent
rapporté
rapportée
rapportés
rapportées
rapportait
rapportaient
rapporta
rapportèrent
rapportant

[source.cue.directive]
# Forms whose content may be an infinitive ("a proposé de créer").
demande
demandent
demandé
demandée
demandés
demandées
demandait
demandaient
demanda
demandèrent
demandant
exige
exigent
exigé
exigée
exigés
exigées
exigeait
exigeaient
exigea
exigèrent
exigeant
réclame
réclament
réclamé
réclamée
réclamés
réclamées
réclamait
réclamaient
réclama
réclamèrent
réclamant
appelle
appellent
appelé
appelée
appelait
appelaient
appela
appelant
promet
promettent
promis
promise
promettait
promettaient
promit
promettant
propose
proposent
proposé
proposée
proposés
proposées
proposait
proposaient
proposa
proposèrent
proposant
prône
prônent
prôné
prônée
prônés
prônées
prônait
prônaient
prôna
prônèrent
prônant
souhaite
souhaitent
souhaité
souhaitée
souhaités
souhaitées
souhaitait
souhaitaient
souhaita
souhaitèrent
souhaitant
plaide
plaident
plaidé
plaidée
plaidés
plaidées
plaidait
plaidaient
plaida
plaidèrent
plaidant
espère
espèrent
espéré
espérait
espéraient
espérant
prévoit
prévoient
prévu
prévoyait
prévoyaient

[source.cue.participle]
# Participes présents ("..., ajoutant que"): their speaker is the subject of
# the clause they hang on.
re:\w+ant

[source.cue.needs_aux]
# Past participles: a cue only after an auxiliary ("a déclaré") or in a
# passive with an agent ("réfutées par"); alone they are adjectives ("le
# retrait annoncé").
re:\w+(?:ées|és|ée|é)(?!\w)
dite
dits
dites
démenti
démentie
démentis
démenties
averti
avertie
avertis
mis en garde
conclu
conclue
conclus
conclues
répondu
répondue
prévenu
poursuivi
renchéri
promis
promise
cru
prévu
prétendu
prétendue
soutenu
reconnu
reconnue
reconnus
reconnues
admis
admise
admises
établi
établie
établis
établies
réjoui

[source.cue.addressee]
# Forms followed by whom the speaker addressed ("a déclaré à l'AFP que").
dit
déclaré
déclare
indiqué
indique
affirmé
affirme
expliqué
explique
précisé
précise
assuré
assure
confié
confie
raconté
raconte

[source.clitic]
# Subject pronouns joined to the verb of an incise ("a-t-il ajouté",
# "estime-t-elle", "ont-ils précisé").
re:-t-(?:il|elle|on)(?!\w)
re:-(?:ils|il|elles|elle|on)(?!\w)

[source.marker]
# Prepositional attributions: "selon X, ...", "..., d'après X".
selon
d'après
de source
de sources
de même source
de bonne source
de source sûre
aux dires de
au dire de
à en croire
si l'on en croit
de l'avis de
pour reprendre les mots de

[source.marker.not_speaker]
# Heads after « selon » that measure, order or wish, and never speak
# (« selon ses vœux », « les prix varient selon les régions », « selon
# la loi », « selon les cas »). A document or a person is a source
# (« selon l'étude », « selon ses proches »), so only these nouns are
# listed; a name is never one of them.
vœu
vœux
voeu
voeux
volonté
volontés
souhait
souhaits
désir
désirs
besoin
besoins
cas
région
régions
pays
saison
saisons
âge
âges
profil
profils
critère
critères
modalité
modalités
méthode
méthodes
principe
règle
règles
tradition
traditions
coutume
usage
usages
loi
lois
code
procédure
protocole
calendrier
barème
formule
secteur
secteurs
zone
zones
type
types
taille
tailles
niveau
niveaux
revenu
revenus
période
périodes
heure
heures
moment
moments
humeur
goût
goûts
boîte
boîtes
finition
finitions
motorisation
motorisations
option
options
configuration
configurations
météo
circonstances
contexte
endroit
endroits
lieu
lieux
nature
gravité
taux
durée
distance
température
températures
vitesse
vitesses
disponibilité
disponibilités

[source.relative.any]
# Les mots qui ouvrent une relative ou une subordonnée dans un groupe
# (« un élu dont le mandat a pris fin », « la société qui a le contrat ») :
# un verbe après eux ne fait pas du groupe une proposition.
qui
que
qu'
dont
où
lequel
laquelle
lesquels
lesquelles
auquel
auxquels
auxquelles
duquel
desquels
desquelles
quand
lorsque
lorsqu'
puisque
puisqu'
parce
si
comme

[source.relative.subject]
# Pronoms relatifs sujets de la relative qu'ils ouvrent, lue avec leur
# antécédent comme locuteur (« Les riverains qui ont prévenu les secours
# ont évoqué »).
qui

[source.place_preposition]
# Prépositions devant un lieu dans une apposition (« un habitant de
# Lourdes, Hautes-Pyrénées, a dit ») : le nom après la virgule complète le lieu.
à
de
d'
près

[source.marker.relative]
# Relative pronouns after a marker ("un rapport selon lequel", "le principe
# selon lequel"): the noun before the marker is the source if it can
# speak, and otherwise the marker only frames a content.
lequel
laquelle
lesquels
lesquelles

[source.addressee_preposition]
# Prepositions opening an addressee or a setting between a verb of saying
# and its inverted subject ("a indiqué à l'AFP un responsable", "a déclaré
# devant la presse le ministre"); "a" is "à" written without its accent.
à
au
aux
a
devant
sur
dans

[source.leading_adjunct]
# Mots qui ouvrent un complément circonstanciel en tête de phrase sans
# virgule (« Dans un communiqué le ministère a indiqué ») : un sujet ne
# commence jamais par eux.
dans
après
avant
lors
depuis
pendant
mardi
lundi
mercredi
jeudi
vendredi
samedi
dimanche

[source.marker.self_sourced]
# Markers that hold their own source ("de source diplomatique", "de même
# source"): the source is the marker's noun with the adjectives after it.
de source
de sources
de même source
de bonne source
de source sûre

[source.prenominal_adjective]
# Adjectifs placés avant le nom tête d'une source (« l'ancien maire »,
# « la nouvelle directrice ») : la tête est le nom qui suit.
ancien
ancienne
anciens
anciennes
nouveau
nouvel
nouvelle
nouveaux
nouvelles
futur
future
actuel
actuelle
principal
principale
principaux
jeune
premier
première
premiers
premières

[source.inversion_word]
# Words after which a verb of saying takes its subject after it ("comme le
# rapporte la radio", "comme l'a dit le maire").
comme

[source.relay.citing]
# A source citing a deeper one: "l'édition X se référant à des sources".
qui cite
qui citent
qui citait
qui citaient
se référant à
se référant aux
se référant au
en se référant à
en se référant aux
se reférant à
citant
en citant
s'appuyant sur
en s'appuyant sur
se basant sur
se fondant sur
invoquant
faisant référence à
faisant état de
évoquant
en évoquant

[source.relay.cited_by]
# The deeper source first: "X, cité par l'agence Y, a déclaré".
cité par
citée par
cités par
citées par
relayé par
relayée par
relayés par
repris par
reprise par
interrogé par
interrogée par
interrogés par
interviewé par
interviewée par
joint par
jointe par
contacté par
contactée par
contactés par
sollicité par
sollicitée par
s'exprimant dans
s'exprimant sur

[source.passive_agent]
# The agent of a passive reporting verb: "réfutées par des sources".
par

[source.not_agent]
# « par » + a word that makes an adverbial, not the agent of a passive
# (« estime par ailleurs que », « 11.000 cas confirmés par jour », « confirmé
# par téléphone »).
par ailleurs
par exemple
par contre
par conséquent
par la suite
par hasard
par erreur
par endroits
par moments
par principe
par précaution
par prudence
par téléphone
par écrit
par courrier
par mail
par e-mail
par courriel
par voie de communiqué
par visioconférence
par jour
par an
par année
par mois
par semaine
par heure
par habitant
par personne
par tête
par rapport

[source.aux]
# Auxiliaries taken into the cue ("a déclaré", "se sont inquiétés").
a
ont
avait
avaient
aurait
auraient
aura
auront
eut
est
sont
était
étaient
a été
ont été
avait été
avaient été
aurait été
auraient été
s'est
se sont
s'était
s'étaient
se serait
se seraient
va
vont
sera
seront
serait
seraient
fut
# Subjonctif (« bien que le ministre ait déclaré », « qu'il se soit dit ») ;
# « soit » seul est trop souvent « soit ... soit » ou « soi-disant » mal écrit.
ait
aient
ait été
aient été
se soit
se soient
eût
eussent
vient de
viennent de
venait de
a tenu à
re:(?:a|ont|avait|avaient|aurait|auraient|aura|auront|est|sont|était)(?:-t)?-(?:il|elle|ils|elles|on)(?!\w)

[source.adverb]
# Adverbs that may stand between auxiliary and participle, negation included
# ("n'a pas démenti").
ne
n'
pas
jamais
guère
plus
également
aussi
notamment
encore
déjà
ensuite
alors
enfin
récemment
auparavant
toutefois
cependant
pourtant
néanmoins
pour sa part
pour leur part
de son côté
de leur côté
quant à lui
quant à elle
quant à eux
quant à elles
par ailleurs
d'ailleurs
en outre
publiquement
clairement
fermement
catégoriquement
formellement
officiellement
lui-même
elle-même
eux-mêmes
elles-mêmes
hier
aussitôt
immédiatement
plusieurs fois
à plusieurs reprises
à nouveau
de nouveau
même
bien
vivement
fortement
longuement
ouvertement
seulement
simplement
pour l'instant
jusqu'ici
toujours
souvent
dernièrement
précédemment

[source.time]
# Time and setting phrases between a cue and its subject or content
# ("a déclaré mardi le ministre", "a indiqué dans un communiqué que").
# A date in figures, with its weekday, may close an inverted subject or
# stand before it ("..., rapporte Le Parisien lundi 27 avril", "a annoncé la
# SNCF mercredi 25 décembre", "a déclaré le 14 novembre le ministre").
re:(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?:le\s+)?\d{1,2}(?:er)?\s+(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)(?:\s+(?:dernier|\d{4}))?(?![\w-])
hier
aujourd'hui
avant-hier
ce matin
ce soir
cet après-midi
cette semaine
lundi
mardi
mercredi
jeudi
vendredi
samedi
dimanche
lundi matin
mardi matin
mercredi matin
jeudi matin
vendredi matin
samedi matin
dimanche matin
lundi soir
mardi soir
mercredi soir
jeudi soir
vendredi soir
samedi soir
dimanche soir
la semaine dernière
le mois dernier
l'an dernier
l'année dernière
récemment
alors
à l'époque
dans un communiqué
dans un ... communiqué
dans une déclaration
dans une ... déclaration
dans une interview
dans une ... interview
dans un entretien
dans un ... entretien
dans une lettre
dans un message
dans un tweet
dans un ... tweet
dans une vidéo
dans un rapport
dans une note
dans un discours
lors d'une conférence de presse
lors d'un point de presse
lors d'un point presse
lors d'une ... conférence
lors d'un ... discours
lors d'un entretien
lors d'une interview
lors d'une rencontre
lors d'une réunion
lors d'un débat
lors de son ... discours
à la presse
aux journalistes
à des journalistes
aux médias
à la télévision
à la radio
sur twitter
sur x
sur facebook
sur son compte
sur les réseaux sociaux
devant la presse
devant les journalistes
devant les députés
devant le parlement
par téléphone
par communiqué
sous couvert d'anonymat
sous couvert de l'anonymat

[source.complementizer]
# Words that open a reported clause.
que
qu'
si
comment
pourquoi
combien
quand
où

[source.infinitive]
# Markers of directive content ("a proposé de créer", "appelle à voter").
de
d'
à

[source.boundary]
# Words that end a subject phrase read backwards from the cue.
que
qu'
qui
dont
où
lorsque
lorsqu'
quand
car
mais
et
ou
puisque
puisqu'
comme
si
ni
or
donc
tandis que
alors que
parce que
bien que
afin que
pour que
après que
avant que
dès que
même si

[source.relative]
# Relative pronouns that stand for the speaker ("X, qui a déclaré ...").
qui
lequel
laquelle
lesquels
lesquelles

[source.np_skip]
# Words that open a clause but are not part of its subject.
mais
et
ou
donc
or
cependant
pourtant
toutefois
néanmoins
ainsi
alors
auparavant
récemment
ensuite
puis
enfin
aussi
de plus
en outre
par ailleurs
d'ailleurs
de son côté
pour sa part
en effet
quant à
c'est
ce sont
c'était
ce fut
hier
aujourd'hui
voici
voilà

[source.np_internal]
# Words that may join the parts of a noun phrase read forwards
# ("le porte-parole de la diplomatie américaine").
de
du
des
d'
et

[source.preposition]
# Prepositions that start a modifier after the head of a source phrase.
de
du
des
d'
à
au
aux
pour
chez
auprès
en
sur
dans
avec
par
près
sous
au sein
dont
y compris
notamment

[source.determiner]
# Déterminants et quantifieurs qui ouvrent un groupe nominal (classe fermée).
autre
autres
le
la
l'
les
un
une
des
du
de
d'
ce
cet
cette
ces
son
sa
ses
leur
leurs
plusieurs
certains
certaines
quelques
deux
trois
quatre
cinq
six
sept
huit
neuf
dix
tous
toutes
aucun
aucune
chaque
notre
nos
votre
vos
mon
ma
mes
nombre de
de nombreux
de nombreuses

[source.determiner.definite]
# Determiners of a phrase that refers back ("le porte-parole" = an earlier one).
le
la
l'
les
ce
cet
cette
ces

[source.plural]
# Determiners and pronouns that make a source phrase plural.
les
des
ces
plusieurs
certains
certaines
quelques
deux
trois
quatre
cinq
six
sept
huit
neuf
dix
nombreux
nombreuses
# « Nombre d'électeurs », « bon nombre de »
nombre
ils
elles
eux
leurs

[source.pronoun]
# Personal pronouns that stand for a source mentioned before ("selon lui").
il
elle
ils
elles
lui
eux

[source.pronoun.nonpersonal]
# Pronouns that stand for an organisation or an outlet, not a person: an
# unresolved one is an organisation, and only organisations and outlets are
# its antecedents ("it said"). French "il"/"elle" stand for both and are
# left to [source.pronoun].

[source.pronoun.indefinite]
# Pronouns for nobody in particular ("on assure que"): an anonymous source,
# never the antecedent of a later pronoun.
on

[source.masculine]
# Mots qui marquent une source au masculin (accord du pronom "il").
il
ils
lui
eux
le
un
du
au
ce
cet
m.
monsieur

[source.feminine]
# Mots qui marquent une source au féminin (accord du pronom "elle").
elle
elles
la
une
cette
mme
mme.
madame

[source.title]
# Titles and official roles: with a name a named person, alone an unnamed
# official ("un haut responsable").
pouvoirs publics
porte-parole
ministre
ministres
premier ministre
première ministre
ministre des affaires étrangères
ministre de la défense
ministre de l'intérieur
président
présidente
présidents
vice-président
vice-présidente
chef
cheffe
chefs
chef de la diplomatie
chef d'état-major
chef de l'état
chef de l'etat
chef du gouvernement
président de la république
directeur
directrice
directeurs
directeur général
directrice générale
secrétaire
secrétaire d'état
secrétaire d'etat
secrétaire général
secrétaire générale
ambassadeur
ambassadrice
ambassadeurs
général
généraux
colonel
commandant
amiral
maire
maires
député
députée
députés
eurodéputé
eurodéputée
eurodéputés
sénateur
sénatrice
sénateurs
procureur
substitut
substitute
procureure
procureurs
magistrat
magistrate
magistrats
juge
juges
préfet
préfète
sous-préfet
sous-préfète
consul
consule
bâtonnier
bâtonnière
premier secrétaire
première secrétaire
gouverneur
conseiller
conseillère
conseillers
conseiller spécial
responsable
responsables
haut responsable
hauts responsables
haut fonctionnaire
hauts fonctionnaires
haut gradé
hauts gradés
représentant
représentante
représentants
diplomate
diplomates
fonctionnaire
fonctionnaires
dirigeant
dirigeante
dirigeants
chancelier
chancelière
roi
reine
émir
prince
patron
patronne
délégué
déléguée
commissaire
négociateur
négociateurs
envoyé
envoyée
envoyé spécial
émissaire
officier
officiers
enquêteur
enquêteurs
enquêtrice
policier
policiers
gendarme
gendarmes
pompiers
sapeurs-pompiers
secours
secouristes
avocat
avocate
avocats
chargé d'affaires
attaché
autorités
élu
élue
élus
candidat
candidate
bras droit
pape
cardinal
évêque
rabbin
imam
militaire
militaires
officiel
officiels
médiateur
ministère public

[source.official_adjective]
# Adjectives that make an unnamed source official ("sources officielles").
officielle
officielles
officiel
officiels
gouvernementale
gouvernementales
gouvernemental
gouvernementaux
ministérielle
ministérielles
autorisée
autorisées
autorisé
autorisés

[source.anonymous_head]
# Heads of source phrases that name no one ("des sources", "un proche").
source
sources
interlocuteur
interlocuteurs
interlocutrice
interlocutrices
proche
proches
personne
personnes
quelqu'un
entourage
informateur
informateurs
informatrice
initié
initiés
connaisseur
connaisseurs
familier
familiers

[source.anonymity]
# Mots d'une source qui taisent son identité ("une source proche du
# dossier", "un responsable anonyme"); ils l'emportent sur tout titre.
anonyme
anonymes
non identifié
non identifiée
non identifiés
non identifiées
proche de
proches de
proche du
proches du
proche des
proches des
au fait du dossier
au fait de
au fait des
bien informé
bien informée
bien informés
bien informées
dans l'entourage de
de l'entourage de

[source.anonymity.clause]
# Formules après une source qui taisent son identité ("un responsable, sous
# couvert d'anonymat").
sous couvert d'anonymat
sous couvert de l'anonymat
sous le couvert de l'anonymat
sous le sceau de l'anonymat
ayant requis l'anonymat
qui a requis l'anonymat
requérant l'anonymat
qui a souhaité garder l'anonymat
qui souhaite garder l'anonymat
souhaitant garder l'anonymat
qui a souhaité rester anonyme
souhaitant rester anonyme
qui a requis l'anonymat

[source.generic]
# Unnamed groups: vague sources, counted as anonymous.
experts
expert
analystes
observateurs
commentateurs
spécialistes
critiques
détracteurs
opposants
partisans
soutiens
électeurs
habitants
riverains
témoins
famille
familles
parents
proches
manifestants
économistes
chercheurs
scientifiques
militants
certains
beaucoup
d'autres
plusieurs
la plupart
nombreux

[source.document]
# Documents and measures that "disent" or "montrent" something.
sondage
éléments
premiers éléments
sondages
étude
études
rapport
rapports
enquête
enquêtes
chiffres
données
statistiques
document
documents
bilan
communiqué
note
courrier
lettre
courriel
tweet
message
vidéo
texte
décret
arrêt
jugement
décision
plainte
procès-verbal
expertise
analyse
estimation
estimations
prévisions
baromètre
informations
révélations
liste
listes

[source.org_noun]
# Heads of organisation names ("le ministère", "la diplomatie russe").
maison d'édition
gouvernement
ministère
parti
comité
commission
conseil
cour
tribunal
association
fondation
institut
université
banque
fonds
union
police
armée
état-major
mairie
préfecture
parquet
gendarmerie
syndicat
fédération
confédération
entreprise
société
groupe
compagnie
assemblée
sénat
parlement
administration
coalition
alliance
régime
cabinet
ambassade
consulat
délégation
mission
direction
office
bureau
service
services
renseignement
département
diplomatie
présidence
exécutif
opposition
majorité
équipe
organisation
ong
collectif
mouvement
agence
autorité
justice
défense
marine
aviation
forces
# Observatoires et ONG que l'on cite par leur nom ("l'Observatoire
# national"), et les géants d'un secteur ("le géant pétrolier").
observatoire
géant
groupement
centre
ministères
# « l'État » comme institution (« l'État a tranché »).
état
etat
constructeur
constructeurs
# Entreprises et organismes désignés par leur métier (« l'assureur », « le
# fabricant », « la centrale syndicale »).
assureur
assureurs
fabricant
opérateur
transporteur
laboratoire
distributeur
exploitant
firme
multinationale
centrale
intersyndicale
club
municipalité
hôpital

[source.media_cue]
# Words that make a source phrase a news outlet or a journalist.
journal
journaux
quotidien
quotidiens
hebdomadaire
hebdomadaires
mensuel
édition
chaîne
chaînes
agence de presse
agence de presse
site
site d'information
site d'informations
site internet
magazine
radio
télévision
télé
tv
média
médias
presse
revue
portail
station
journaliste
journalistes
correspondant
correspondante
correspondants
rédaction
tabloïd
gazette
publication
éditorialiste
chroniqueur
chroniqueuse
blog

[source.outlet]
# Well-known news outlets (matched with their capitals).
The Hollywood Reporter
Variety
The Independent
The Telegraph
Daily Mail
NBC
CBS
ABC
NPR
Le Monde
Le Figaro
Libération
Les Echos
Les Échos
Le Parisien
Aujourd'hui en France
Le Point
L'Express
L'Obs
Le Nouvel Observateur
Marianne
Mediapart
Le Canard enchaîné
Le JDD
JDD
Le Journal du dimanche
Ouest-France
Sud Ouest
La Croix
L'Humanité
Le Monde diplomatique
La Tribune
Challenges
Valeurs actuelles
20 Minutes
Le Dauphiné libéré
La Voix du Nord
Le Progrès
Nice-Matin
La Dépêche
BFMTV
BFM TV
TF1
France 2
France 3
France 24
France Inter
France Info
franceinfo
France Culture
Europe 1
RTL
RMC
LCI
CNews
Arte
TV5 Monde
TV5Monde
RFI
AFP
Agence France-Presse
Reuters
AP
Associated Press
Bloomberg
Le Soir
La Libre Belgique
Le Temps
La Tribune de Genève
Le Devoir
La Presse
Radio-Canada
RTBF
RTS
Jeune Afrique
Ynetnews
Ynet
Haaretz
Times of Israel
Jerusalem Post
Yediot Aharonot
Yedioth Ahronoth
Maariv
The New York Times
New York Times
Washington Post
The Washington Post
Wall Street Journal
The Wall Street Journal
The Guardian
Guardian
Financial Times
The Times
The Economist
BBC
CNN
Fox News
Politico
Axios
Der Spiegel
Spiegel
Bild
El País
La Repubblica
Corriere della Sera
TASS
Tass
Itar-Tass
RIA Novosti
Ria Novosti
Interfax
Sputnik
RT
Kommersant
Izvestia
Vedomosti
Rossiïskaïa Gazeta
Xinhua
Chine nouvelle
Quotidien du peuple
Al Jazeera
Al-Jazeera
Al Arabiya
Anadolu
IRNA
Fars
SANA
Asharq Al-Awsat
L'Orient-Le Jour
El Watan
Le Matin
HuffPost
Huffington Post
Le HuffPost
Slate.fr
Rue89
Konbini
Le Télégramme
Les Dernières Nouvelles d'Alsace
L'Est républicain
La Montagne
Midi libre
Midi Libre
La Provence
Var-Matin
Corse-Matin
Le Républicain lorrain
Paris Match
Le Journal de Montréal
Journal de Montréal
Le Soleil
TVA Nouvelles
Courrier international
L'Équipe
L'Equipe
Télérama
Les Inrocks
Les Inrockuptibles
Le Nouvel Obs
Nouvel Obs
France Télévisions
M6
TMC
BFM Business
Public Sénat
France Bleu
Atlantico
Reporterre
Sud Radio
La Nouvelle République
Le Courrier picard
Paris-Normandie
L'Indépendant
Charente libre
Le Bien public
L'Alsace
Le Vif
24 Heures
Tribune de Genève
La Stampa
Süddeutsche Zeitung
Die Welt
Die Zeit
Frankfurter Allgemeine Zeitung
El Mundo
Daily Telegraph
The Daily Telegraph
The Sun
Novaïa Gazeta
Novaya Gazeta
Gazeta Wyborcza
Al-Ahram
Hürriyet
dpa
DPA
ANSA
EFE
Kyodo
Yonhap
Belga
Keystone-ATS
Tasnim
KCNA
CBC
Ouest France
Metronews
Le Huffington Post
Closer
Voici
Gala
Public
Non Stop People
Purepeople
Brut
BuzzFeed

[source.institution]
# Institutions that speak as one ("le Kremlin a déclaré"): named
# organisations.
Kremlin
Pentagone
Maison Blanche
Maison-Blanche
Quai d'Orsay
Matignon
Élysée
Elysée
Elysee
Bercy
Beauvau
place Beauvau
Downing Street
Foreign Office
Whitehall
Département d'État
Département d'Etat
département d'État
département d'Etat
Bundestag
Knesset
Onu
ONU
Nations unies
Otan
OTAN
UE
Union européenne
Commission européenne
Parlement européen
Conseil européen
Conseil de sécurité
FMI
Banque mondiale
BCE
OMS
AIEA
Hamas
Hezbollah
État islamique
Etat islamique
EI
Daesh
Daech
Vatican
Saint-Siège
Congrès
Sénat
Assemblée nationale
Conseil constitutionnel
Conseil d'État
Conseil d'Etat
Cour de cassation
Cour des comptes
Insee
INSEE
CNRS
Interpol
Europol
Frontex
FBI
CIA
NSA
Tsahal
Les Républicains
LR
PS
Parti socialiste
RN
Rassemblement national
La France insoumise
LFI
EELV
MoDem
talibans
Talibans
Maison Bleue
Maison bleue

[source.capital]
# Capitals, countries and their peoples used as speakers ("Moscou
# estimait"): named organisations by metonymy.
Moscou
Washington
Paris
Londres
Berlin
Pékin
Tokyo
Téhéran
Kiev
Kyiv
Ankara
Damas
Jérusalem
Tel-Aviv
Tel Aviv
Bruxelles
Pyongyang
Séoul
Riyad
Le Caire
Ottawa
Madrid
Rome
Varsovie
Bagdad
Kaboul
Doha
Abou Dhabi
Alger
Rabat
Tunis
Dakar
Abidjan
Bamako
Niamey
Ouagadougou
New Delhi
Islamabad
Minsk
Bakou
Erevan
Tbilissi
Vienne
Canberra
Brasilia
Caracas
La Havane
Beyrouth
Amman
Tripoli
Khartoum
Kinshasa
Ramallah
Russie
France
États-Unis
Etats-Unis
Chine
Iran
Israël
Turquie
Ukraine
Syrie
Allemagne
Royaume-Uni
Japon
Inde
Pakistan
Corée du Nord
Corée du Sud
Arabie saoudite
Égypte
Egypte
Irak
Afghanistan
Algérie
Maroc
Tunisie
Mali
Liban
Qatar
Pologne
Italie
Espagne
Belgique
Suisse
Canada
Québec
Éthiopie
Ethiopie
Soudan
Libye
Nigeria
Niger
Tchad
Sénégal
Cameroun
Kenya
Congo
Rwanda
Somalie
Érythrée
Erythrée
Jordanie
Koweït
Bahreïn
Oman
Yémen
Palestine
Arménie
Azerbaïdjan
Géorgie
Biélorussie
Bélarus
Moldavie
Roumanie
Bulgarie
Hongrie
Grèce
Serbie
Croatie
Kosovo
Albanie
Autriche
Pays-Bas
Danemark
Suède
Norvège
Finlande
Irlande
Portugal
Brésil
Argentine
Chili
Colombie
Pérou
Venezuela
Bolivie
Cuba
Mexique
Australie
Indonésie
Malaisie
Philippines
Thaïlande
Vietnam
Birmanie
Bangladesh
Népal
Kazakhstan
Ouzbékistan
Taïwan
Vatican
Burkina Faso
Côte d'Ivoire
Afrique du Sud
Emirats arabes unis
Émirats arabes unis
Pays-Bas
Nouvelle-Zélande
Sri Lanka
Hong Kong
Arabie saoudite
Russes
Américains
Israéliens
Syriens
Iraniens
Chinois
Européens
Occidentaux
Ukrainiens
Turcs
Britanniques
Allemands
Palestiniens
Kurdes
# Autres capitales citées comme locuteurs (« Kigali a démenti ») ; celles
# qui sont aussi des prénoms ou des patronymes courants (Santiago, Lima,
# Colombo) sont laissées aux autres indices.
Kigali
Nairobi
Addis-Abeba
Abuja
Kampala
Luanda
Harare
Pretoria
Mogadiscio
Bangui
N'Djamena
Yaoundé
Libreville
Brazzaville
Lomé
Cotonou
Conakry
Nouakchott
Asmara
Dodoma
Lusaka
Maputo
Antananarivo
Bogota
Quito
Managua
Tachkent
Astana
Bichkek
Douchanbé
Achgabat
Chisinau
Riga
Vilnius
Tallinn
Helsinki
Oslo
Stockholm
Copenhague
Dublin
Lisbonne
Athènes
Ryad
Sanaa
Mascate
Dacca
Katmandou
Rangoun
Naypyidaw
Bangkok
Hanoï
Vientiane
Phnom Penh
Manille
Jakarta
Taipei
Wellington
Buenos Aires
Montevideo
Asuncion
# Les autres États souverains (écrits pour framing) : un pays qui parle est
# son gouvernement. « Maurice » est laissé de côté : c'est aussi un prénom.
Andorre
Angola
Bahamas
Bhoutan
Bosnie
Bosnie-Herzégovine
Botswana
Brunei
Burundi
Bénin
Cambodge
Cap-Vert
Centrafrique
Chypre
Comores
Costa Rica
Djibouti
Equateur
Estonie
Eswatini
Fidji
Gabon
Gambie
Ghana
Guatemala
Guinée
Guinée équatoriale
Guinée-Bissau
Guyana
Haïti
Honduras
Islande
Jamaïque
Kirghizstan
Laos
Lesotho
Lettonie
Liberia
Libéria
Liechtenstein
Lituanie
Luxembourg
Macédoine du Nord
Madagascar
Malawi
Maldives
Malte
Mauritanie
Monaco
Mongolie
Monténégro
Mozambique
Namibie
Nicaragua
Ouganda
Panama
Papouasie-Nouvelle-Guinée
Paraguay
RDC
République centrafricaine
République dominicaine
République démocratique du Congo
République tchèque
Salvador
Seychelles
Sierra Leone
Singapour
Slovaquie
Slovénie
Soudan du Sud
Suriname
Tadjikistan
Tanzanie
Tchéquie
Timor oriental
Togo
Trinité-et-Tobago
Turkménistan
Uruguay
Viêt Nam
Zambie
Zimbabwe
Équateur
# Capitales des autres États (« Belgrade dit redouter ») ; pas celles qui
# sont aussi des prénoms ou des noms de famille courants (Victoria, Sofia, Lima).
Tirana
Andorre-la-Vieille
Manama
Dhaka
Bridgetown
Belmopan
Porto-Novo
Thimphou
La Paz
Sarajevo
Gaborone
Brasília
Bandar Seri Begawan
Gitega
Bujumbura
Ndjamena
Bogotá
San José
Yamoussoukro
Zagreb
Nicosie
Prague
Saint-Domingue
San Salvador
Malabo
Mbabane
Addis Abeba
Accra
Bissau
Port-au-Prince
Tegucigalpa
Budapest
Reykjavik
Maseru
Monrovia
Vaduz
Lilongwe
Kuala Lumpur
La Valette
Port-Louis
Mexico
Oulan-Bator
Podgorica
Windhoek
Amsterdam
La Haye
Skopje
Port Moresby
Asunción
Bucarest
Saint-Marin
Sao Tomé
Belgrade
Freetown
Bratislava
Ljubljana
Paramaribo
Berne
Nuku'alofa
Pristina

[source.nationality]
# Capitalised words that are not names (French writes adjectives of
# nationality in lower case; these are the capitalised cases).
Occidental
Occidentaux
Européen
Européens

[source.portfolio]
# Capitalised portfolios and branches inside titles and organisation names
# ("ministre des Affaires étrangères", "département de la Défense").
Affaires étrangères
Affaires
Étrangères
Défense
Intérieur
Justice
Économie
Economie
Finances
Santé
Éducation
Education
Éducation nationale
Travail
Agriculture
Culture
Armées
Outre-mer
Transports
Environnement
Budget
Europe
Comptes publics
Sports
Logement
Industrie
Commerce
Etat
État
République
Assemblée
Sénat
Gouvernement
Parlement
Conseil
Cour
Ministère
Département
Parti
Commission
Force aérienne
Marine
Armée

[source.calendar]
# Capitalised words that are dates, not names.
Lundi
Mardi
Mercredi
Jeudi
Vendredi
Samedi
Dimanche
Janvier
Février
Mars
Avril
Mai
Juin
Juillet
Août
Septembre
Octobre
Novembre
Décembre

[source.passive_aux]
# Auxiliaries that make a reporting verb passive ("ont été réfutées par").
a été
ont été
avait été
avaient été
aurait été
auraient été
est
sont
était
étaient
fut
sera
seront
ait été
aient été
été

[source.expletive]
# Empty subjects of an agentless passive ("il a été annoncé que").
il
ce
c'

[source.oblique]
# Prepositions that open the content of an evaluative verb after its object
# ("félicite le gouvernement pour", "met en garde contre"). "de" is left
# out: after an object it is far more often "of" ("accuse une baisse de 3 %").
pour
contre

[source.cue.evaluative]
# Verbs of praise and blame whose content follows their object and a
# preposition of [source.oblique].
accuse
accusent
accusé
accusait
accusaient
accusant
critique
critiquent
critiqué
critiquait
critiquant
dénonce
dénoncent
dénoncé
dénonçait
dénonçant
fustige
fustigent
fustigé
fustigeait
fustigeant
félicite
félicitent
félicité
félicitait
remercie
remercient
remercié
remerciait
salue
saluent
salué
saluait
met en garde
mettent en garde
mis en garde
mettait en garde

[source.coordinator]
# Conjunctions that join two named sources into one ("Paris et Berlin ont
# déclaré").
et
ou

[source.object_clitic]
# Object pronouns between a subject and its verb ("X l'avait appelé",
# « ... », lui avait dit X): not subjects.
l'
le
la
les
lui
leur
me
m'
te
t'
nous
vous
y
en

[source.cue.incise_only]
# Verbs that report speech only in an incise after the quotation or the
# clause ("..., glisse-t-il", "..., lâche le ministre"); elsewhere they
# mean something else ("la population se sent lâchée").
avance
analyse
appuie
énumère
énumèrent
lance
lancent
lancé
lancée
lancés
lancées
lançait
lançaient
lança
lancèrent
lançant
lâche
lâchent
lâché
lâchée
lâchés
lâchées
lâchait
lâchaient
lâcha
lâchèrent
lâchant
glisse
glissent
glissé
glissée
glissés
glissées
glissait
glissaient
glissa
glissèrent
glissant
tranche
tranchent
tranché
tranchée
tranchés
tranchées
tranchait
tranchaient
trancha
tranchèrent
tranchant
ironise
ironisent
ironisé
ironisée
ironisés
ironisées
ironisait
ironisaient
ironisa
ironisèrent
ironisant
souffle
soufflent
soufflé
soufflée
soufflés
soufflées
soufflait
soufflaient
souffla
soufflèrent
soufflant
nuance
nuancent
nuancé
nuancée
nuancés
nuancées
nuançait
nuançaient
nuança
nuancèrent
nuançant
poursuit
poursuivent
poursuivi
poursuivait
poursuivit
renchérit
renchérissent
renchéri
renchérissait
tempère
tempèrent
tempéré
tempérait

[source.cue.naming]
# Verbs that name or describe, whose content is often a quoted label in
# their clause ("a qualifié la réforme de « désastre »").
appelé
appelle
appelait
qualifié
qualifie
qualifiait
qualifient
traité
traite
surnommé
décrit
décrivait

[source.reflexive]
# Reflexive pronouns: before a verb form that is not itself listed with
# them they make another verb ("les Verts s'affirment" is not "affirment").
se
s'

[source.official_body]
# Bodies whose unnamed members are officials ("un membre du gouvernement",
# "le pensionnaire de l'Élysée"); institutions count too.
gouvernement
ministère
administration
cabinet
présidence
exécutif
diplomatie
armée
état-major
préfecture
parquet

[source.not_source]
# Words that never name a source: the reader addressed.
vous
tu
toi

[source.as_parenthetical]
# Words that open a parenthetical attribution ("comme l'a rappelé le
# ministre,").
comme

[source.grammar.comma_inversion]
# Whether a verb of saying right after a comma takes the phrase after it as
# its subject when that phrase closes the sentence ("..., rapporte La
# Gazette", "..., a averti le ministre"): French inverts after any verb
# of saying, so French says yes.
yes

[source.grammar.title_prefix]
# Prefixes joined to a title that keep it a title ("ex-ministre",
# "ex-minister").
ex-

[source.grammar.head]
# Where the head of a source phrase stands: French puts it first and the
# name after it ("le porte-parole de la diplomatie américaine Mark Toner").
first

[source.grammar.plural_suffix]
# Endings of plural nouns, for pronoun agreement ("les responsables" ... ils).
s
x

# -- familles d'attribution au-delà de la parole ----------------------------
# Comme en anglais (voir en/sources.lex), croire, vouloir, juger et montrer
# attribuent aussi un contenu à une source : le sujet est la source, le
# complément (une complétive, un infinitif, un objet direct) ce qui lui est
# attribué. Les verbes viennent des classes de verbes d'opinion, de volonté
# et de jugement des grammaires du français ; les formes nouvelles ont été
# vérifiées à la lecture d'un échantillon d'articles d'orangesum-fr et de
# wikinews-fr (sans corpus annoté en français). Un verbe hors de ces sections
# est un verbe de parole. Les verbes de ces familles se lisent comme les
# verbes faibles : il leur faut une complétive, une incise, ou un objet
# direct après un sujet connu du lexique. Posture : celle des sections de
# posture (« montre », « révèle » engagent le rédacteur), neutre sinon.

[source.family.belief]
# Opinion, attente, crainte.
croit
croient
cru
croyait
croyaient
croyant
pense
pensent
pensé
pensait
pensaient
pensant
estime
estiment
estimé
estimait
estimaient
estimant
juge
jugent
jugé
jugeait
jugeaient
jugeant
considère
considèrent
considéré
considérait
considéraient
considérant
espère
espèrent
espéré
espérait
espéraient
espérant
craint
craignent
craignait
craignaient
craignant
redoute
redoutent
redouté
redoutait
doute
doutent
douté
doutait

[source.family.intention]
# Volonté, promesse, engagement, refus.
veut
veulent
voulu
voulait
voulaient
promet
promettent
promis
promettait
promettaient
promettant
s'engage
s'engagent
s'engageait
refuse
refusent
refusé
refusait
refusaient
menace
menacent
menacé
menaçait

[source.family.evaluation]
# Éloge, blâme, soutien, opposition.
critique
critiquent
critiqué
critiquait
critiquaient
critiquant
dénonce
dénoncent
dénoncé
dénonçait
dénonçaient
dénonçant
accuse
accusent
accusé
accusait
accusaient
accusant
fustige
fustigent
fustigé
fustigeait
fustigeant
déplore
déplorent
déploré
déplorait
déplorant
salue
saluent
salué
saluait
saluaient
saluant
défend
défendent
défendu
défendait
défendaient
défendant
condamne
condamnent
condamné
condamnait
condamnant

[source.family.evidence]
# Ce qu'une étude, un sondage, un document montre.
montre
montrent
montré
montrait
montraient
montrant
révèle
révèlent
révélé
révélait
révélaient
révélant
démontre
démontrent
démontré
démontrait
prouve
prouvent
prouvé
prouvait

[source.pronoun.first_second]
# Le locuteur qui parle de lui ou à son public : sujet d'un verbe d'opinion,
# de volonté ou de jugement (« je pense », « nous voulons »), il est presque
# toujours dans une citation dont les guillemets ne se ferment pas.
je
j'
nous
vous

[source.cue.clause_only]
# Verbes faibles qui n'attribuent jamais avec un simple objet direct :
# « accuser le coup », « accuse une baisse » enregistrent un fait ; l'accusation
# passe par « accuser X de ... ».
accuse
accusent
accusé
accusait
accusaient
accusant
# « a prévu deux exceptions », « avait prévu une fête » : un plan ou une
# disposition ; la prévision passe par « prévoit que », « a prévu de ».
prévu

[source.noun_preposition]
# Après ces prépositions, une forme de verbe sans auxiliaire est un nom
# (« la demande de soutien », « sans critique ») ; « en » n'y est pas : il
# est aussi le pronom de « en appelle à », « en dit plus ».
de
du
des
d'
à
au
aux
pour
sans
par
sur
contre
avec
# « A la demande » : « à » capitalisé sans accent.
a
dès
après
avant
depuis
dans
malgré
selon
vers
sous
entre

[source.relative_clause]
# Pronoms relatifs qui ouvrent une description de la source ; la relative
# appartient à la source (« Jeanne Dupont, qui a mené l'enquête, a déclaré »).
qui
dont

[source.org_ending]
# Mots qui terminent les noms de sociétés et d'organismes ("Vexcorp SA",
# "Norlande Industries") : après un autre mot à majuscule d'un nom sans
# titre, le nom est celui d'une organisation. Formes juridiques et mots de
# secteur ; les têtes de [source.org_noun] n'ont pas besoin d'entrée.
sa
sas
sarl
sca
se
ag
gmbh
inc
corp
ltd
plc
llc
holding
holdings
industries
technologies
systems
group
airlines
motors
énergie
energies
énergies
assurances
finance
capital
partners
international
france
consulting
conseil
immobilier
distribution
télécom
télécoms
pharma
fc
palace
# Noms de sociétés anglophones cités tels quels (« Paramount Pictures »).
pictures
studios
entertainment
records
motor
airways
corporation
company
bank
foundation
institute
pharmaceuticals
labs
brands
foods
auctions

[source.outlet_ending]
# Mots qui terminent les noms de journaux ("Norlande Matin", "Vexville
# Hebdo") : après un autre mot à majuscule d'un nom, le nom est un média.
matin
soir
hebdo
infos
info
actu
presse
dimanche
magazine
mag
# Noms de journaux anglophones cités tels quels (« le L.A. Times »).
times
post
herald
tribune
gazette
chronicle
telegraph
examiner
inquirer
dispatch
mirror
daily

[source.org_description]
# Têtes d'une apposition qui décrit une organisation, en plus de celles de
# [source.org_noun] ("Vexcorp, le fabricant de ...", "Halvard, un
# assureur régional,") : après un nom, elles en font une organisation.
fabricant
constructeur
producteur
opérateur
transporteur
compagnie
assureur
distributeur
enseigne
chaîne
filiale
marque
start-up
startup
plateforme
fournisseur
prestataire
exploitant
promoteur
équipementier
laboratoire
cabinet
conglomérat
éditeur
diffuseur

[source.grammar.definite_name_org]
# Whether a definite article right before a bare proper name makes it an
# organisation's ("la Vexcorp", "le Halvard"): French, like English, gives
# persons' names no article, so French says yes.
yes

[source.org_pronoun]
# French possessives do not tell a company from a person ("sa", "son"), and
# "elle" is said of both: no entry, the rule stays off for French.

[source.org_pronoun.not_after]
# Verbs after which a [source.org_pronoun] entry opens a clause of its own;
# the French section above has no entry, so neither has this one.

[source.address_form]
# Formes d'adresse devant un nom (« M. X », « Me X ») : le nom est celui
# d'une personne partout dans le document.
m
m.
mme
mme.
mlle
me
monsieur
madame
mademoiselle
dr
docteur
maître
pr

[source.outlet_noun]
# Noms de titres de presse qui introduisent leur nom (« le quotidien X ») :
# ailleurs dans le document, le nom est celui d'un média.
journal
quotidien
hebdomadaire
mensuel
magazine
tabloïd
gazette
revue
chaîne
radio
télévision
site
portail
station

[source.org_relative]
# « qui » se dit des personnes comme des choses : pas d'entrée.

[source.plural_verb]
# Les organismes s'accordent au singulier en français : pas d'entrée.

[source.media_verb]
# Verbes de publication : « rapporte X », « écrit le X » désignent un média.
rapporte
rapportent
rapporté
rapportait
écrit
écrivait
publie
publié
publiait
titre
titré
titrait

[source.media_addressee]
# Ce qui précède l'article d'un média à qui l'on parle (« a confié au X »,
# « dans un entretien au X »).
entretien au
entretien à
entretien accordé au
entretien accordé à
interview au
interview à
interview accordée au
interview accordée à
colonnes du
colonnes de
déclaré au
déclaré à
confié au
confié à
indiqué au
indiqué à
expliqué au
expliqué à
affirmé au
affirmé à
assuré au
assuré à
précisé au
précisé à
raconté au
raconté à
interrogé par
interrogée par
interviewé par
interviewée par
confrères du
confrères de

[source.contracted_article]
# Prépositions qui portent l'article : le nom qui suit a le sien.
au
aux
du

[source.grammar.adjective_suffix]
# Terminaisons d'adjectifs sautés entre un nom qui introduit et le nom propre
# (« le groupe pharmaceutique américain X »).
ique
ain
aine
ais
aise
ois
oise
ien
ienne
éen
éenne
al
ale
el
elle
if
ive
aire
iste

[source.grammar.age_form]
# Pas de reprise de l'âge par un adjectif en français (« l'homme de 45 ans »).

[source.org_name]
# Entreprises, syndicats et mouvements connus par un seul nom, que rien
# dans « X a déclaré » ne distingue d'un patronyme (avec leurs capitales).
# Lus seulement pour la sorte d'un nom qui serait sinon celui d'une
# personne. Les noms qui sont aussi des patronymes courants (« Bouygues »,
# « Dassault ») sont laissés de côté.
Gazprom
Rosneft
Total
TotalEnergies
EDF
Engie
SNCF
RATP
Air France
Renault
Peugeot
PSA
Stellantis
Airbus
Safran
Thales
Sanofi
Danone
L'Oréal
LVMH
Kering
Carrefour
Auchan
Michelin
Vinci
Alstom
Areva
Orano
BNP Paribas
Société générale
Crédit agricole
Axa
Pfizer
Moderna
BioNTech
AstraZeneca
Novartis
Bayer
Monsanto
Apple
Google
Microsoft
Amazon
Facebook
Twitter
Tesla
Boeing
Uber
Netflix
Huawei
Samsung
Volkswagen
Toyota
Nestlé
Greenpeace
Amnesty International
Amnesty
Oxfam
Médecins sans frontières
MSF
Croix-Rouge
Unicef
UNICEF
Unesco
UNESCO
HCR
OCDE
OMC
Opep
OPEP
Medef
MEDEF
FNSEA
Moody's
Fitch
Al-Qaïda
al-Qaïda
Boko Haram
Fatah
Goldman Sachs
Morgan Stanley
Lehman Brothers
Merrill Lynch
Wells Fargo
Febelfin
AirAsia
# Compagnies aériennes, constructeurs et marques cités par leur seul nom.
Lufthansa
Ryanair
easyJet
Sony
Nintendo
Spotify
Deliveroo
Airbnb
Instagram
TikTok
YouTube
WhatsApp
Meta
Alphabet
Nvidia
Intel
Disney
Veolia
Vivendi
Publicis
Capgemini
Atos
Ubisoft
Sodexo
Saint-Gobain
Hermès
Chanel
Decathlon
Intermarché
Lidl
Aldi
Ikea
Nike
Adidas
McDonald's
Coca-Cola
Shell
Siemens
Nokia
Ericsson
Alibaba
Tencent
Xiaomi
Hyundai
Honda
BMW
Daimler
Volvo
Delta
Force ouvrière
Solidaires
Sud Rail
SUD Rail

[source.signature.boilerplate]
# Sign-up and sharing prompts that page extraction glues between an embedded
# post's text and its signature (« ... — Jeanne Martin (@jmartin) 2 mai
# 2016 »): not the poster's words.
abonnez-vous à notre newsletter
abonnez-vous à notre lettre d'information
inscrivez-vous à notre newsletter
inscrivez-vous à notre lettre d'information
suivez-nous sur twitter

[source.grammar.gendered_pronouns]
# Si « il » et « elle » reprennent aussi des choses selon leur genre
# grammatical (« Le ministère a annoncé ... Il précise que »), de sorte
# qu'un organisme dont l'article a le genre du pronom peut en être
# l'antécédent. L'anglais n'a que « it » pour les choses.
yes

[source.as_publication]
# Le mot qui cite une publication avant son nom et un verbe de publication
# (« Comme Radar l'a rapporté ») : un nom d'un seul mot jamais donné à une
# personne est alors celui d'un média.
comme

[source.published_in]
# La préposition qui place un document dans une publication après son
# participe (« une étude publiée vendredi dans la revue X ») : la
# publication est alors ce au nom de quoi le document parle.
dans

[source.grammar.present_participle_suffix]
# Terminaison du participe présent qui ouvre une subordonnée avant le sujet
# (« Soulignant que ..., son homologue a exhorté ») : elle n'est pas le
# sujet.
ant

[source.grammar.participle_suffix]
# Terminaisons des participes passés qui ferment la phrase d'un document
# avant son agent (« un rapport établi par », « une étude publiée dans »).
é
ée
és
ées
i
ie
is
ies
it
ite
its
ites
u
ue
us
ues

[source.given_name]
# Prénoms courants (français d'abord, puis prénoms fréquents dans
# l'actualité internationale), écrits pour framing à partir de
# connaissances générales. Lus seulement pour distinguer une personne d'une
# organisation quand rien d'autre ne le fait : un mot d'organisation qui
# ouvre un nom sans article n'est un prénom que s'il est de cette liste
# (« Marine Le Pen », mais « Police Secours »), un prénom en apposition à
# une description sans nom (« une des participantes, Andrea »). Les prénoms
# qui sont surtout des noms de pays ou de villes (« France », « Paris ») sont
# laissés de côté : un faux prénom ferait d'un organisme une personne.
Salvador
Abdallah
Abdel
Abdel-Fattah
Abdelaziz
Abdelkader
Abdelmadjid
Abdoulaye
Adrien
Adèle
Agathe
Agnès
Ahmad
Ahmed
Aicha
Alain
Alban
Albert
Alexandra
Alexandre
Alexeï
Alexis
Ali
Alice
Aline
Alix
Amadou
Amanda
Amandine
Aminata
Amir
Amélie
Anaïs
Andrea
Andrew
Andrzej
André
Andrée
Angela
Anna
Anne
Anne-Marie
Anne-Sophie
Annick
Annie
Anthony
Antoine
Antoinette
Antonio
Antony
Arlette
Armand
Arnaud
Arthur
Ashley
Audrey
Augustin
Aurore
Aurélie
Aurélien
Axel
Ayman
Aïcha
Bachar
Bachir
Baptiste
Barack
Barbara
Bastien
Benjamin
Benny
Benoit
Benoît
Benyamin
Bernadette
Bernard
Bernie
Bertrand
Bill
Blanche
Boris
Brian
Brigitte
Bruno
Béatrice
Béji
Camille
Carlos
Carole
Caroline
Catherine
Chantal
Charles
Charlotte
Christelle
Christian
Christiane
Christine
Christophe
Christopher
Chuck
Claire
Clarisse
Claude
Claudine
Clémence
Clément
Colette
Corinne
Cyril
Cyrille
Cécile
Céline
Damien
Daniel
Danielle
David
Delphine
Denis
Denise
Diana
Didier
Diego
Djamel
Dmitri
Dominique
Donald
Dorothy
Edith
Edouard
Elena
Elisabeth
Elise
Elizabeth
Elodie
Elon
Emile
Emilie
Emily
Emma
Emmanuel
Emmanuelle
Eric
Estelle
Etienne
Eugène
Fabien
Fabienne
Fabrice
Fanny
Farid
Fatima
Fatou
Fatoumata
Felipe
Fernando
Florence
Florent
Florian
Francis
Francisco
Franck
Francois
François
Françoise
Frederic
Friedrich
Frédéric
Frédérique
Félix
Gabriel
Gabrielle
Gary
Gaston
Gaël
Gaëlle
Geneviève
George
Georges
Germaine
Gilbert
Gilles
Gina
Ginette
Giorgia
Giuseppe
Gordon
Greta
Grégoire
Grégory
Guillaume
Guy
Gérald
Gérard
Hamid
Hamza
Hans
Harry
Hassan
Helen
Helene
Henri
Henriette
Herve
Hervé
Hillary
Hocine
Hosni
Hossein
Hubert
Hugo
Hugues
Hélène
Ibrahim
Ibrahima
Igor
Inès
Irina
Irène
Isabelle
Ismail
Ismaël
Ismaïl
Ivan
Ivanka
Jacinda
Jacqueline
Jacques
Jair
Jamal
James
Janet
Jared
Jason
Javier
Jean
Jean-Baptiste
Jean-Christophe
Jean-Claude
Jean-François
Jean-Jacques
Jean-Louis
Jean-Luc
Jean-Marc
Jean-Marie
Jean-Michel
Jean-Noël
Jean-Paul
Jean-Pierre
Jean-Yves
Jeanne
Jeannine
Jeff
Jennifer
Jeremy
Jerome
Jessica
Joe
Johanna
John
Jonathan
Jordan
Joseph
Josette
Josiane
José
Joël
Joëlle
Juan
Jules
Julia
Julie
Julien
Juliette
Justin
Justine
Jérémie
Jérémy
Jérôme
Kamala
Kamel
Karen
Karim
Karine
Kate
Kaïs
Keir
Kellyanne
Kevin
Khaled
Kim
Klaus
Kyriakos
Laetitia
Laura
Laure
Laurence
Laurent
Laëtitia
Leila
Leïla
Linda
Lionel
Liz
Lloyd
Louis
Louise
Luc
Lucas
Lucie
Lucien
Lucienne
Ludovic
Luis
Luiz
Léa
Léon
Léonie
Madeleine
Mahmoud
Malik
Mamadou
Manon
Manuel
Marc
Marcel
Marcelle
Marco
Margaret
Margaux
Marguerite
Maria
Marianne
Mariano
Marie
Marie-Christine
Marie-Claude
Marie-France
Marie-Thérèse
Marine
Mario
Marion
Mark
Marlène
Martine
Mateusz
Mathieu
Mathilde
Matteo
Matthew
Matthieu
Maurice
Maxime
Meghan
Mehdi
Melania
Melissa
Michael
Michel
Michelle
Michèle
Miguel
Mike
Mireille
Mitch
Mohamed
Mohammed
Monique
Mouammar
Mourad
Moussa
Moustafa
Muriel
Mustafa
Mustapha
Mylène
Myriam
Mélanie
Nabil
Nadia
Nadine
Naftali
Najat
Najib
Nancy
Narendra
Natalia
Nathalie
Nicola
Nicolas
Nicole
Nigel
Nour
Noémie
Noël
Odette
Odile
Olaf
Oleg
Olga
Olivia
Olivier
Omar
Osama
Ousmane
Oussama
Pablo
Paolo
Pascal
Pascale
Patrice
Patricia
Patrick
Paul
Paulette
Pauline
Pedro
Peter
Philippe
Pierre
Pierre-Yves
Prisca
Quentin
Rachel
Rachid
Rachida
Rafic
Rami
Raphaël
Raymond
Raymonde
Rebecca
Recep
Renaud
René
Renée
Rex
Reza
Richard
Rishi
Robert
Roberto
Roger
Roland
Romain
Ron
Ronald
Rose
Roselyne
Rudy
Ryan
Régine
Régis
Rémi
Rémy
Saad
Sabine
Sacha
Sadiq
Salah
Samir
Sandrine
Sara
Sarah
Saïd
Scott
Sean
Serge
Sergei
Sergio
Sergueï
Sibeth
Silvio
Simon
Simone
Sofiane
Solène
Sophie
Steve
Steven
Stéphane
Stéphanie
Susan
Suzanne
Sylvain
Sylvie
Sébastien
Ségolène
Tarek
Tariq
Ted
Theresa
Thibault
Thierry
Thomas
Théo
Thérèse
Tim
Timothée
Tony
Ursula
Valentin
Valérie
Vanessa
Victor
Viktor
Vincent
Virginie
Vladimir
Volodymyr
Véronique
Walid
William
Wolfgang
Xavier
Yacine
Yahya
Yann
Yannick
Yasmina
Yaïr
Youssef
Yves
Yvette
Yvonne
Ziad
Zoé
Édith
Édouard
Élisabeth
Élise
Élodie
Émile
Émilie
Éric
Étienne

[source.relative.personal]
# Relative pronouns that may stand for a person named after a preposition
# ([source.antecedent_cut]): « une lettre signée par Jean Dupont, qui affirme ».
qui

[source.antecedent_cut]
# Prepositions after which a name ends the phrase a relative pronoun stands
# for: « une lettre adressée par Jean Dupont, qui affirme » est de Jean Dupont.
par
avec
contre
pour

[source.naming_participle]
# Naming verbs that, as participles without an auxiliary, give a thing its
# name instead of reporting speech ("a group called X", ", now called X,").
appelé
appelée
appelés
appelées
baptisé
baptisée
baptisés
baptisées
surnommé
surnommée
surnommés
surnommées
dénommé
dénommée
dénommés
dénommées
intitulé
intitulée
intitulés
intitulées
nommé
nommée
nommés
nommées

[source.naming_adverb]
# Adverbs between a comma and a naming participle (", now called X,").
désormais
aussi
également
anciennement
parfois
souvent
officiellement
jadis
alors

[source.label_addressee]
# Prépositions qui ouvrent le média ou l'auditoire d'un intitulé de locuteur
# avant ses deux-points (« Jean Vexin à l'AFP : », « X sur BFMTV : ») : le
# locuteur est ce qui les précède, le média est le destinataire, non la
# source.
à
au
aux
sur
dans
devant

[source.not_speaker_label]
# Capitalised words that open titles and section heads before a colon
# (« VIDÉO : ... », « Analyse : ... ») without naming who speaks.
vidéo
video
direct
info
infos
exclusif
exclusive
analyse
décryptage
tribune
éditorial
édito
chronique
témoignage
témoignages
récit
enquête
entretien
interview
portrait
reportage
infographie
photos
alerte
urgent
flash
actualisation
correctif

[source.media_product]
# Pieces of a news medium: as a source they relay that medium ("un reportage
# d'Al-Jazira", "a Times documentary"), read as media_relay.
article
articles
reportage
reportages
documentaire
documentaires
dépêche
dépêches
émission
éditorial
tribune
chronique
papier

[source.media_product.ambiguous]
# Media products that also name other things ("l'article 3 du décret", "the
# story of his life"): media_relay only with a capitalised complement.
article
articles
tribune
chronique
papier

[source.clause_opener]
# Words that open a reported clause inside a relative clause after an
# inverted source (« ..., ajoute le documentaire, qui précise que ... »): the relative reports speech of its own, so it is
# no description of the source.
que
qu'

[source.media_product.origin]
# Prepositions that name who made a media product ("un article du Monde",
# "a story by Reuters"), unlike those of its topic ("his story about X").
de
du
des
d'
par

[source.profession]
# Professions: a title before a name ("Dr. Jane Doe", "l'économiste Claire
# Nodier"), but an unnamed holder the article does not identify is no
# official: "an economist at the bank", « un avocat d'affaires » are anonymous
# sources; "the family's lawyer" stays official_unnamed.
docteur
médecin
médecins
professeur
professeure
économiste
économistes
analyste
analystes
stratège
politologue
sondeur
avocat
avocate
avocats
chercheur
chercheuse
chercheurs
scientifique
scientifiques

[source.relation_head]
# Words that open an apposition telling whom a speaker is close to (« M. X,
# proche de Y, pense »): passed over on the way back to the subject, as a
# preposition would be (they are nouns too: « selon ses proches »).
proche
proches

[source.cue.person_object]
# Verbes qui rapportent un propos mais, avec des personnes pour objet direct,
# agissent sur elles (« a admis deux patients »).
admis
admet
admettent
# « a appelé les pompiers » téléphone ; « a rappelé son ambassadeur » le fait revenir.
appelle
appellent
appelé
appelée
appelait
appelaient
appela
rappelle
rappellent
rappelé
rappelait
rappela

[source.person_noun]
# Noms de personnes sur lesquelles agit un verbe de [source.cue.person_object].
patient
patients
patiente
patientes
élève
élèves
étudiant
étudiants
étudiante
étudiantes
candidat
candidats
réfugié
réfugiés
migrant
migrants
membre
membres
enfant
enfants
joueur
joueurs
adolescent
adolescents
adolescente
adolescentes
prévenu
prévenus
prévenue
accusé
accusés
accusée
homme
hommes
femme
femmes
jeune
jeunes
mineur
mineurs
mineure
individu
individus
quadragénaire
trentenaire
quinquagénaire
auteur
auteurs
police
pompiers
secours
gendarmes
gendarmerie
samu
ambulance
mère
père
parents
épouse
mari
fils
fille
famille
ami
amis
amie
frère
sœur
avocat
avocats
médecin
médecins
ambassadeur
ambassadeurs
émissaire

[source.cue.needs_speaker]
# Verbes d'exigence qui, après un sujet singulier qu'aucun lexique ne connaît,
# disent ce qu'une chose requiert et non ce que quelqu'un réclame (« la
# diffusion d'une langue exige une garantie »).
exige
exigent
exigeait
exigeaient
exigea
exigé
réclame
réclamait
menace
menacent
menaçait
menaçaient

[source.cue.example_marker]
# Verbe entre deux virgules qui introduit un exemple (« des langues, disons,
# régionales »), non un propos.
disons
mettons

[source.naming_antecedent]
# Pronoms indéfinis auxquels un participe de nomination donne un nom.
chose

[source.object_quantity]
# Prépositions d'une quantité qui ne ferment pas un objet direct (« plus de
# deux mille patients »).
de

[source.not_cue_phrase]
# Locutions qui s'ouvrent sur la forme d'un verbe de parole et ne rapportent
# rien (« demander la main de » : demander en mariage).
demande la main
demandé la main
demander la main
demandait la main
croyait pas si bien dire
croyais pas si bien dire
croit pas si bien dire
croyaient pas si bien dire

[source.noun_adjective]
# Adjectifs placés avant le nom : après l'un d'eux, une forme de
# [source.cue.noun_like] qui suit un déterminant ou une préposition est un
# nom (« ses nouveaux projets »).
nouveau
nouveaux
nouvelle
nouvelles
grand
grands
grande
grandes
premier
premiers
première
premières
dernier
derniers
dernière
dernières
ancien
anciens
ancienne
anciennes

[source.grammar.noun_adjective_suffix]
# Les adjectifs suivent surtout le nom en français : aucune terminaison.

[source.degree_adverb]
# Adverbes de degré qui précèdent un adjectif, jamais un verbe conjugué : la
# forme d'un verbe de parole après eux est un adjectif (« très critique »).
très
trop
assez
fort

[source.naming_after_name]
# Verbes de parole qui, entre virgules juste après un nom propre et devant un
# autre nom, donnent un surnom (« Claude Vexin, dit Raël, est connu ») ; une
# incise suit les mots qu'elle rapporte (« c'est faux, dit Paul, »).
dit
dite

[source.cue.court_sense]
# Verbes d'évaluation qui, dits par un tribunal, prononcent une peine (« le
# tribunal a condamné X à deux ans ») et ne rapportent aucun avis.
condamne
condamnent
condamné
condamnée
condamnait
condamnaient
condamna

[source.court_noun]
# Têtes de sujets qui jugent (un tribunal, une cour, un jury).
tribunal
tribunaux
cour
cours
juge
juges
jury
justice

[source.cue.display_object]
# Verbes de preuve qui, avec une qualité pour objet, la montrent (« ont
# montré leur détermination »).
montre
montrent
montré
montrait
montraient
montrant

[source.display_noun]
# Qualités montrées, pour [source.cue.display_object].
détermination
courage
solidarité
fermeté
unité
patience
résilience
force
volonté

[source.cue.grant_object]
# Verbes qui, avec un droit ou une autorisation pour objet, le refusent
# (« a refusé le visa ») et ne rapportent aucun propos.

[source.grant_noun]
# Droits et autorisations refusés, pour [source.cue.grant_object].
visa
visas
permis
autorisation
asile
