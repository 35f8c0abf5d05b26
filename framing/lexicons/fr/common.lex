# Français : listes de mots générales partagées par les extracteurs.
#
# Origine des entrées : écrites à la main pour framing à partir de la
# grammaire du français (classes fermées : articles, pronoms, auxiliaires,
# prépositions, conjonctions, adverbes fréquents), dans l'esprit des listes
# de mots vides du projet Snowball (snowballstem.org, licence BSD) et des
# inventaires de mots grammaticaux des grammaires de référence ; aucune liste
# n'a été copiée. Une entrée par ligne, en minuscules.

[stopwords]
# Mots grammaticaux et très fréquents, sans thème : écartés quand on
# compare deux phrases par les mots pleins qu'elles partagent.
à
afin
ai
ainsi
alors
après
au
aucun
aucune
auprès
aussi
autre
autres
aux
avait
avaient
avant
avec
avoir
ayant
beaucoup
bien
c
ça
car
ce
ceci
cela
celle
celles
celui
cependant
certains
certaines
ces
cet
cette
ceux
chaque
chez
comme
comment
contre
d
dans
de
déjà
depuis
des
désormais
dès
deux
donc
dont
du
elle
elles
en
encore
entre
environ
est
et
été
étaient
était
être
eu
eux
fait
faire
fois
j
je
jusqu
l
la
là
le
les
leur
leurs
lors
lorsqu
lorsque
lui
m
mais
me
même
mêmes
mes
moi
moins
mon
n
ne
ni
non
nos
notre
nous
on
ont
or
ou
où
par
parce
pas
pendant
peu
peut
plus
plusieurs
pour
pourquoi
puis
qu
quand
que
quel
quelle
quelles
quels
qui
quoi
s
sa
sans
se
selon
ses
si
sien
son
sont
sous
sur
t
ta
tandis
te
tel
telle
telles
tels
toujours
tous
tout
toute
toutes
très
trop
tu
un
une
unes
uns
vers
via
voici
voilà
vos
votre
vous
y
lundi
mardi
mercredi
jeudi
vendredi
samedi
dimanche
hier
aujourd
demain
semaine
année
ans
an
fin
début
premier
première
nouveau
nouvelle
m
mme
monsieur
madame
également
notamment
toutefois
néanmoins
pourtant
entre
autres

[stopwords.news]
# Mots de la routine journalistique (verbes de parole, sources) : toutes
# les phrases attribuées les ont, ils ne disent rien du sujet.
déclaré
déclare
déclarait
déclaration
déclarations
affirmé
affirme
affirmait
indiqué
indique
indiquait
annoncé
annonce
annonçait
expliqué
explique
précisé
précise
ajouté
ajoute
assuré
assure
estimé
estime
souligné
souligne
rapporté
rapporte
selon
source
sources
responsable
responsables
porte
parole
communiqué
presse
médias
média
journal
récemment
auparavant

[function.aux]
# Auxiliaires et semi-auxiliaires : le sujet d'un verbe finit avant le
# premier d'entre eux (« le ministère a démenti », « X tient à démentir »).
a
ont
avait
avaient
aura
auront
aurait
auraient
eut
est
sont
était
étaient
sera
seront
serait
seraient
va
vont
allait
vient
viennent
venait
tient
tiennent
tenait
tenu
se
s'

[function.preverbal]
# Adverbes, pronoms clitiques et prépositions d'infinitif entre le sujet et
# le verbe (« il l'a formellement démenti », « a tenu à démentir ») : ils ne
# font pas partie du nom du locuteur.
également
aussi
toujours
jamais
déjà
alors
aussitôt
immédiatement
rapidement
formellement
fermement
catégoriquement
vivement
vigoureusement
publiquement
officiellement
notamment
ensuite
encore
séparément
pourtant
cependant
toutefois
néanmoins
d'ailleurs
de
d'
à
l'
les
le
la
lui
leur
se
s'
en
y
ne
n'

[function.inversion]
# Mots après lesquels le sujet d'un verbe de démenti le suit : « ce que
# dément Pékin », « une version que réfute l'intéressé ».
que
qu'

[function.passive]
# Formes d'« être » devant un participe passé : un passif.
été
est
sont
était
étaient
sera
seront
serait
seraient
être
fut
furent
soit
soient

[function.agent]
# Marque du complément d'agent (« démentie par le ministère »).
par

[function.clause]
# Mots qui ouvrent une proposition : le sujet d'un verbe n'est jamais plus
# à gauche. Pas « comme », plus souvent préposition (« donnée comme
# membre ») que conjonction.
que
qu'
qui
dont
lequel
laquelle
lesquels
lesquelles
quand
lorsque
lorsqu'
tandis
mais
et
car
si
puisque
parce
où
selon

[function.connective]
# Connecteurs et adverbes de phrase qui précèdent le sujet (« Cependant,
# le ministère a démenti »).
cependant
mais
et
or
toutefois
pourtant
néanmoins
ainsi
aussi
alors
depuis
puis
ensuite
enfin
en revanche
de son côté
de leur côté
pour sa part
pour leur part
quant à lui
quant à elle
quant à eux
par ailleurs
de même
lundi
mardi
mercredi
jeudi
vendredi
samedi
dimanche
hier
récemment
auparavant

[function.determiner]
# Déterminants : mots qui peuvent ouvrir un groupe nominal.
le
la
les
l'
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
notre
nos
aucun
aucune
plusieurs
certains
certaines

[function.preposition]
# Prépositions : un segment entre virgules qui en commence une est un
# complément circonstanciel (« pour sa part », « dans un communiqué »),
# pas le sujet du verbe.
à
au
aux
dans
en
par
pour
avec
sans
après
avant
pendant
depuis
selon
lors
dès
malgré
sur
sous
chez
contre
vers
de
d'
cité
citée
interrogé
interrogée
interrogés
contacté
contactée
contactés
joint
jointe

[function.pronoun]
# Pronoms personnels sujets.
il
elle
ils
elles
on
nous
je
vous

[function.infinitive]
# Prépositions devant un infinitif : dans « a tenu à démentir » le sujet
# est celui du verbe principal.
à
de
d'

[function.participle]
# Participes présents (« démentant », « niant ») : leur sujet est celui de
# la proposition principale.
re:(?-i:\w+ant)

[function.name_link]
# Mots en minuscules à l'intérieur d'un nom propre (« ministère de la
# Défense », « Banque de France »).
de
du
des
d'
la
le
l'
et

[function.relative]
# Pronoms relatifs sujets : le verbe qui suit a pour sujet le nom qui les
# précède (« le ministère, qui a démenti »).
qui

[function.coordinator]
# Conjonctions de coordination : le verbe qui suit partage le sujet du
# verbe précédent (« X a reconnu les faits mais a nié les avoir prémédités »).
et
mais
ou
puis

[function.time]
# Mots de temps : un complément de temps entre le sujet et le verbe
# (« l'entreprise, samedi soir, a démenti ») ne fait pas partie du sujet.
lundi
mardi
mercredi
jeudi
vendredi
samedi
dimanche
janvier
février
mars
avril
mai
juin
juillet
août
septembre
octobre
novembre
décembre
hier
aujourd'hui
soir
matin
après-midi
nuit
semaine
dernier
dernière
ce
cette
le
la
en

[function.time_head]
# Mots de temps qui terminent un groupe nominal lu vers la droite
# (« rejetée par le directeur dimanche »).
lundi
mardi
mercredi
jeudi
vendredi
samedi
dimanche
hier
aujourd'hui

[function.first_person]
# Sujets de première personne : « je réfute » cité est le démenti du
# locuteur de la citation.
je
j'
nous
on
