# English: attribution of claims to sources, read by framing.extract.sources.
#
# Where the entries come from: written for framing from the way English news
# copy attributes claims. The reporting-verb families follow the classes of
# verbs of communication and cognition in English grammars (say/tell,
# announce/declare, argue/claim, admit/concede, believe/expect) and the verbs
# that the PolNeAR political-news attribution corpus (dev split, read, not
# copied) annotates as cues; stance follows the usual journalistic reading of
# each verb (neutral "said", distancing "claimed", endorsing "acknowledged").
# Source-kind cues (titles, institutions, anonymity formulas, media words,
# outlet names) were collected from wire-service style guides' descriptions
# of sourcing and checked against real articles. Entry syntax:
# framing/lexicons/patterns.py. Every section is a closed list of whole
# words; inflected forms are listed one per line.

[source.cue.neutral]
# Verbs of saying and writing that report a claim without judging it.
say
says
said
saying
tell
tells
told
telling
stated
stating
announce
announces
announced
announcing
declare
declares
declared
declaring
reports
reported
explain
explains
explained
explaining
describe
describes
described
describing
comment
commented
commenting
remark
remarks
remarked
remarking
responds
responded
responding
reply
replies
replied
replying
answers
answered
answering
write
writes
wrote
written
writing
tweet
tweets
tweeted
tweeting
posted
adds
added
adding
continued
went on to say
went on
recall
recalls
recalled
recalling
recount
recounts
recounted
recounting
mention
mentions
mentioned
mentioning
indicate
indicates
indicated
indicating
predict
predicts
predicted
predicting
forecast
forecasts
forecasting
project
projects
projected
estimate
estimates
estimated
estimating
warn
warns
warned
warning
caution
cautions
cautioned
cautioning
stress
stresses
stressed
stressing
emphasize
emphasizes
emphasized
emphasizing
emphasise
emphasises
emphasised
emphasising
underline
underlines
underlined
underlining
underscore
underscores
underscored
underscoring
repeat
repeats
repeated
repeating
reiterate
reiterates
reiterated
reiterating
testify
testifies
testified
testifying
argue
argues
argued
arguing
contend
contends
contended
contending
assert
asserts
asserted
asserting
suggest
suggests
suggested
suggesting
# Denying and disputing: the speaker's claim is that something is false.
deny
denies
denied
denying
reject
rejects
rejected
dispute
disputes
disputed
disputing
dismiss
dismisses
dismissed
dismissing
refute
refutes
refuted
refuting
counter
counters
countered
countering
retort
retorts
retorted
retorting
fired back
shot back
# Evaluative speech acts: the content is the speaker's judgement.
accuse
accuses
accused
accusing
charge
charged
complain
complains
complained
complaining
criticize
criticizes
criticized
criticizing
criticise
criticises
criticised
criticising
condemn
condemns
condemned
condemning
denounce
denounces
denounced
denouncing
slam
slams
slammed
slamming
blast
blasts
blasted
blasting
praise
praises
praised
praising
lament
laments
lamented
lamenting
tout
touts
touted
touting
joke
jokes
joked
joking
quip
quips
quipped
quipping
mused
observe
observes
observed
observing
conclude
concludes
concluded
concluding
agree
agrees
agreed
agreeing
echo
echoes
echoed
wonder
wonders
wondered
wondering
speculate
speculates
speculated
speculating
ask
asks
asked
asking
question
questions
questioned
questioning
elaborated
read
reads
# Directives and commitments: the content is what the speaker wants done.
urge
urges
urged
urging
demands
demanded
demanding
calls for
called for
calling for
call on
calls on
called on
calling on
promise
promises
promised
promising
pledge
pledges
pledged
pledging
vow
vows
vowed
vowing
propose
proposes
proposed
proposing
threaten
threatens
threatened
threatening
recommend
recommends
recommended
recommending
advises
# Cognition: PolNeAR annotates belief and expectation as attribution too.
believe
believes
believing
think
thinks
thought
expect
expects
expected
hope
hopes
hoped
fear
fears
feared
worry
worries
worried
doubt
doubts
doubted
suspect
suspects
suspected
# Naming and citing: "called the charges unsubstantiated", "cited a poll".
calls
called
calling
labeled
labelled
dubbed
likened
cite
cites
cited
learned
has learned
# Volition and refusal: PolNeAR annotates "wants to", "declined to comment".
wants
wanted
plans
intend
intends
seeks
sought
decline
declines
declined
refuse
refuses
refused
# Fixed phrases of reported speech.
quoted as saying
was quoted as saying
put it
puts it
had this to say
made clear
makes clear
made it clear
makes it clear
spoke of
speaks of
talked about
# Pointing at what one means: PolNeAR cues with the speaker as source
# ("..., he said, referring to the convention").
referring to
referred to
refers to
pointing to
pointed to
points to
talking about
talks about
spoke about
speaking about
expressed
expresses
expressing
# Conveying without saying outright, or naming items; weak: they need a
# complement or a direct object after a known subject.
highlighted
highlights
listed
shouted
chanted
emailed
implied
implies
hinted
hints
signaled
signals
offered

[source.cue.distancing]
# Verbs that report a claim while keeping the writer's distance from it.
claim
claims
claimed
claiming
allege
alleges
alleged
alleging
insist
insists
insisted
insisting
maintain
maintaining
purport
purports
purported
boast
boasts
boasted
boasting
brag
brags
bragged
bragging
profess
professes
professed

[source.cue.endorsing]
# Factive verbs: the writer presents the content as true.
acknowledge
acknowledges
acknowledged
acknowledging
admit
admits
admitted
concede
concedes
conceded
conceding
confirm
confirms
confirmed
confirming
reveal
reveals
revealed
revealing
disclose
discloses
disclosed
disclosing
note
notes
noted
noting
point out
points out
pointed out
pointing out
show
shows
showed
shown
finds
found
demonstrate
demonstrates
demonstrated
prove
proves
recognize
recognizes
recognized
recognise
recognises
recognised
establish
establishes

[source.cue.weak]
# Forms that are also common in other senses ("added to the list", "found the
# body", "the state", "a TV show"): a cue only with a clause complement
# ("that", "whether", a colon or a quotation), in a postposed attribution
# ("..., she added."), or with a direct object or a clause without "that"
# after a subject the lexicon knows ("he recalled his days in office", "she
# claims her boss agrees").
highlighted
highlights
listed
shouted
chanted
emailed
implied
implies
hinted
hints
signaled
signals
offered
calls
called
calling
labeled
labelled
dubbed
likened
learned
has learned
want
wants
wanted
plan
plans
planned
intend
intends
intended
seek
seeks
sought
decline
declines
declined
refuse
refuses
refused
describe
describes
described
describing
comment
remark
remarks
responds
responded
responding
reply
answers
answered
answering
write
writes
wrote
written
writing
tweet
tweets
tweeted
tweeting
posted
adds
added
adding
continued
went on
recall
recalls
recalled
recalling
recount
recounts
recounted
recounting
mention
mentions
mentioned
mentioning
indicate
indicates
indicated
indicating
predict
predicts
predicted
predicting
forecast
forecasts
forecasting
project
projects
projected
estimate
estimates
estimated
estimating
caution
cautions
cautioned
cautioning
stress
stresses
stressed
stressing
underline
underlines
underlined
underlining
underscore
underscores
underscored
underscoring
repeat
repeats
repeated
repeating
reiterate
reiterates
reiterated
reiterating
suggest
suggests
suggested
suggesting
reject
rejects
rejected
dispute
disputes
disputed
disputing
dismiss
dismisses
dismissed
dismissing
counter
counters
countered
countering
accuse
accuses
accused
accusing
charge
charged
complain
complains
complained
complaining
criticize
criticizes
criticized
criticizing
criticise
criticises
criticised
criticising
condemn
condemns
condemned
condemning
denounce
denounces
denounced
denouncing
slam
slams
slammed
slamming
blast
blasts
blasted
blasting
praise
praises
praised
praising
lament
laments
lamented
lamenting
tout
touts
touted
touting
joke
jokes
joked
joking
observe
observes
observed
observing
conclude
concludes
concluded
concluding
agree
agrees
agreed
agreeing
echo
echoes
echoed
wonder
wonders
wondered
wondering
ask
asks
asked
asking
question
questions
questioned
questioning
read
reads
urge
urges
urged
urging
demands
demanded
demanding
call on
calls on
called on
calling on
promise
promises
promised
promising
pledge
pledges
pledged
pledging
vow
vows
vowed
vowing
propose
proposes
proposed
proposing
threaten
threatens
threatened
threatening
recommend
recommends
recommended
recommending
advises
believe
believes
believed
believing
think
thinks
thought
expect
expects
expected
hope
hopes
hoped
fear
fears
feared
worry
worries
worried
doubt
doubts
doubted
suspect
suspects
suspected
claim
claims
maintain
maintaining
boast
boasts
boasted
boasting
profess
professes
professed
reveal
reveals
revealed
revealing
disclose
discloses
disclosed
disclosing
note
notes
show
shows
showed
shown
find
finds
found
finding
demonstrate
demonstrates
demonstrated
prove
proves
recognize
recognizes
recognized
recognise
recognises
recognised
establish
establishes
spoke of
speaks of
talked about

[source.cue.directive]
# Forms whose content may be an infinitive ("urged voters to ...").
agree
agrees
agreed
want
wants
wanted
plan
plans
planned
intend
intends
intended
seek
seeks
sought
decline
declines
declined
refuse
refuses
refused
urge
urges
urged
urging
call on
calls on
called on
calling on
promise
promises
promised
promising
pledge
pledges
pledged
pledging
vow
vows
vowed
vowing
propose
proposes
proposed
proposing
threaten
threatens
threatened
threatening
recommend
recommends
recommended
recommending
advises
ask
asks
asked
asking
demands
demanded
demanding
expect
expects
expected
hope
hopes
hoped

[source.cue.participle]
# Non-finite forms ("..., adding that"): their speaker is the subject of the
# clause they hang on.
re:[A-Za-z]+ing

[source.cue.addressee]
# Forms followed by whom the speaker addressed ("told reporters that").
tell
tells
told
telling
warn
warns
warned
warning
urge
urges
urged
urging
assure
assured
remind
reminded
ask
asks
asked
asking

[source.marker]
# Prepositional attributions: "according to X, ...", "..., X said" is a verb.
according to
in the words of
as reported by
as told to

[source.marker.not_speaker]
# Heads after "according to" that order or measure, and never speak
# ("according to schedule", "according to the rules"). A document or a
# person is a source ("according to the report"; "the plan" is one too),
# so only these nouns are listed.
schedule
rule
rules
law
laws
custom
tradition
wishes
needs
size
income
need
ability
abilities
weather
season

[source.relative.any]
# Every word that opens a relative clause or a subordinate one inside a
# phrase ("a moderate whose election is remembered", "the firm that has
# the contract"): a verb after one does not make the phrase a clause.
who
whom
whose
which
that
where
when
while
because
since
as
than
if

[source.relative.subject]
# Relative pronouns that are the subject of the clause they open, read
# with their antecedent as a speaker ("Residents who live nearby said",
# "A group that monitors the war said"). After "that" a determiner opens
# a clause's own subject instead ("warned that the groups said").
who
which
that

[source.place_preposition]
# Prepositions before a place inside an appositive ("a teacher in Austin,
# Texas, said"): a name after the next comma completes the place.
in
from
of
near
outside

[source.marker.relative]
# Relative pronouns after a marker ("a report according to which"): the
# noun before the marker is the source if it can speak, and otherwise the
# marker only frames a content.
which
whom

[source.addressee_preposition]
# Prepositions opening an addressee between a verb of saying and its
# inverted subject; English names the addressee after "told" and inverts
# only after a quotation, so none is listed.

[source.leading_adjunct]
# Words that open a clause-initial adverbial written without a comma ("On
# Monday the ministry said", "In a statement the army said", "Elsewhere in
# the province the monitor reported"): a subject never starts with them.
in
on
at
after
before
during
since
following
amid
elsewhere
earlier
later
last

[source.marker.self_sourced]
# Markers that hold their own source; French has them ("de source
# diplomatique"), English says "diplomatic sources said".

[source.prenominal_adjective]
# Adjectives before the head of a source phrase where heads come first;
# English heads come last, so none is needed.

[source.inversion_word]
# Words after which a verb of saying takes its subject after it; English
# keeps the subject first ("as the paper reported"), so none is listed.

[source.relay.citing]
# A source citing a deeper one: "Reuters, citing two officials, reported".
which cited
which cites
who cited
citing
quoting
citing reports from
relying on

[source.relay.cited_by]
# The deeper source first: "X, quoted by Reuters, said".
quoted by
cited by
relayed by
as quoted by

[source.passive_agent]
# The agent of a passive reporting verb: "was denied by officials".
by

[source.not_agent]
# "by" + words that make an adverbial, not the agent of a passive
# ("confirmed by phone", "reported by far the most cases").
by phone
by telephone
by email
by e-mail
by mail
by letter
by text
by video
by videoconference
by far
by then
by now
by contrast
by comparison
by the way
by day
by night
by chance
by mistake
by accident
by design
by default
by hand
by law
by name

[source.aux]
# Auxiliaries and modals taken into the cue ("has said", "would say").
has
have
had
was
were
is
are
will
would
could
can
may
might
did
does
do
has been
have been
had been
has also
have also
had also
been
be
being
didn't
doesn't
don't
hasn't
haven't
hadn't
wasn't
weren't
isn't
aren't
won't
wouldn't
can't
couldn't

[source.adverb]
# Adverbs that may stand between subject, auxiliary and reporting verb.
not
together
now
also
also
later
earlier
previously
repeatedly
again
then
publicly
privately
recently
already
still
once
often
frequently
now
just
first
further
separately
subsequently
similarly
explicitly
specifically
flatly
firmly
quickly
immediately
simply
even
only
long
never
openly
angrily
bluntly
candidly
quietly
proudly
falsely
wrongly
correctly
famously
initially
originally
ultimately
finally
eventually
reportedly
allegedly
apparently
clearly
strongly
vehemently
categorically
emphatically
sarcastically
jokingly
bitterly
tearfully
loudly
confidently
defiantly
matter-of-factly

[source.time]
# Time and setting phrases between a cue and its subject or content
# ("said on Monday", "said in a statement that").
# A date, with its weekday: "said the company on Wednesday, Dec. 25".
re:(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*,\s*\d{4})?
today
yesterday
tonight
this morning
this afternoon
this evening
this week
this month
this year
last night
last week
last month
last year
earlier this week
earlier this month
earlier this year
earlier
later
recently
at the time
on monday
on tuesday
on wednesday
on thursday
on friday
on saturday
on sunday
monday
tuesday
wednesday
thursday
friday
saturday
sunday
monday morning
tuesday morning
wednesday morning
thursday morning
friday morning
saturday morning
sunday morning
monday night
tuesday night
wednesday night
thursday night
friday night
saturday night
sunday night
in his statement
in his interview
in his speech
in his remarks
in his letter
in his tweet
in his tweets
in his book
in his memoir
in his post
in his email
in his testimony
in his address
in his op-ed
in his column
in his ... statement
in his ... interview
in his ... speech
in her statement
in her interview
in her speech
in her remarks
in her letter
in her tweet
in her tweets
in her book
in her memoir
in her post
in her email
in her testimony
in her address
in her op-ed
in her column
in her ... statement
in her ... interview
in her ... speech
in their statement
in their interview
in their speech
in their remarks
in their letter
in their tweet
in their tweets
in their book
in their memoir
in their post
in their email
in their testimony
in their address
in their op-ed
in their column
in their ... statement
in their ... interview
in their ... speech
in its statement
in its interview
in its speech
in its remarks
in its letter
in its tweet
in its tweets
in its book
in its memoir
in its post
in its email
in its testimony
in its address
in its op-ed
in its column
in its ... statement
in its ... interview
in its ... speech
in a statement
in a ... statement
in an interview
in an ... interview
in a ... interview
in a phone interview
in an email
in an e-mail
in a tweet
in a ... tweet
in a series of tweets
in a post
in a ... post
in a letter
in a ... letter
in a speech
in a ... speech
in a memo
in a report
in a ... report
in a press release
in a news release
in a video
in a ... video
in a message
in a ... message
in testimony
in remarks
in an op-ed
in a ... op-ed
at a rally
at a ... rally
at a news conference
at a press conference
at a ... news conference
at a ... press conference
at a briefing
at a ... briefing
at an event
at a ... event
at a hearing
at a ... hearing
at a debate
during a debate
during an interview
during a ... interview
during a speech
during a ... speech
during a rally
during a ... rally
during a news conference
during a press conference
during a briefing
during a hearing
on twitter
on facebook
on instagram
on television
on tv
on air
on the phone
by phone
by telephone
by email
by e-mail
via twitter
via email
via a spokesman
via a spokeswoman
through a spokesman
through a spokeswoman
through a spokesperson
through a representative
through a lawyer
through his lawyer
through her lawyer
through an aide
on condition of anonymity
on the condition of anonymity

[source.complementizer]
# Words that open a reported clause.
that
whether
if
how
why
what
who
where
as follows

[source.infinitive]
# The infinitive marker of directive content ("urged voters to ...").
to

[source.boundary]
# Words that end a subject phrase read backwards from the cue.
that
which
who
whom
whose
when
whenever
while
whereas
because
since
although
though
unless
but
and
or
nor
so
than
after
before
as
where
whether
until
if
what
how
why
yet
whereby

[source.relative]
# Relative pronouns that stand for the speaker ("Smith, who said ...").
who
which

[source.np_skip]
# Words that open a clause but are not part of its subject.
but
and
or
so
yet
however
also
meanwhile
still
now
then
later
earlier
instead
moreover
indeed
in fact
nevertheless
nonetheless
furthermore
besides
still
today
yesterday
it is
it was
it's
this is
here
there

[source.np_internal]
# Words that may join the parts of a noun phrase read forwards
# ("a spokesman for the State Department", "a professor at Yale").
of
for
at
and
's
’s

[source.preposition]
# Prepositions that start a modifier after the head of a source phrase.
of
for
at
in
on
with
from
to
by
within
inside
near
about
close
familiar
among
under
over
behind
including
such as
especially

[source.determiner]
# Determiners and quantifiers that open a noun phrase (closed class).
the
a
an
this
that
these
those
some
many
several
few
one
two
three
four
five
six
seven
eight
nine
ten
dozens
hundreds
all
both
each
every
another
other
his
her
its
their
our
my
your
most
no
any
multiple
numerous
various

[source.determiner.definite]
# Determiners of a phrase that refers back ("the spokesman" = an earlier one).
the
this
that
these
those

[source.plural]
# Determiners and pronouns that make a source phrase plural.
these
those
some
many
several
few
two
three
four
five
six
seven
eight
nine
ten
dozens
hundreds
all
both
multiple
numerous
various
they
them
we

[source.pronoun]
# Personal pronouns that stand for a source mentioned before.
he
she
they
him
her
them

[source.pronoun.nonpersonal]
# Pronouns that stand for an organisation or an outlet, not a person: an
# unresolved one is an organisation, and only organisations and outlets are
# its antecedents ("it said"). French "il"/"elle" stand for both and are
# left to [source.pronoun].
it

[source.pronoun.indefinite]
# Pronouns for nobody in particular ("on assure que"): an anonymous source,
# never the antecedent of a later pronoun.

[source.masculine]
# Words that mark a source as masculine, for pronoun agreement.
he
him
his
mr
mr.

[source.feminine]
# Words that mark a source as feminine, for pronoun agreement.
she
her
hers
mrs
mrs.
ms
ms.
miss

[source.title]
# Titles and official roles: with a name a named person, alone an unnamed
# official ("a senior official").
official
officials
spokesman
spokesmen
spokeswoman
spokeswomen
spokesperson
spokespeople
spokespersons
press secretary
press officer
representative
representatives
rep
rep.
aide
aides
adviser
advisers
advisor
advisors
diplomat
diplomats
officer
officers
authorities
authority
minister
ministers
prime minister
foreign minister
defense minister
defence minister
interior minister
finance minister
secretary
secretary of state
secretary of defense
secretary of homeland security
secretary-general
secretary general
undersecretary
under secretary
deputy
president
presidents
vice president
vice-president
president-elect
prime minister
premier
chancellor
governor
governors
lt. governor
lieutenant governor
mayor
mayors
senator
senators
sen
sen.
congressman
congresswoman
congressmen
lawmaker
lawmakers
legislator
legislators
assemblyman
assemblywoman
councilman
councilwoman
councilmember
speaker
house speaker
majority leader
minority leader
whip
chairman
chairwoman
chair
chairs
chief
chiefs
director
directors
head
commissioner
commissioners
administrator
ambassador
ambassadors
envoy
envoys
negotiator
negotiators
general
gen
gen.
lt.
lt
col.
colonel
maj.
major
admiral
adm.
commander
captain
capt.
sergeant
sgt.
attorney general
prosecutor
prosecutors
district attorney
judge
judges
justice
justices
sheriff
police chief
investigator
investigators
inspector
inspectors
detective
detectives
agent
agents
staffer
staffers
strategist
strategists
pollster
pollsters
analyst
manager
campaign manager
chief of staff
chief executive
ceo
mp
mps
cfo
founder
co-founder
executive
executives
king
queen
prince
princess
emir
sheikh
pope
cardinal
bishop
rabbi
imam
rev.
reverend
dr.
doctor
professor
prof.
economist
lawyer
lawyers
attorney
attorneys
candidate
nominee
incumbent
challenger
leader
leaders
former president
ex-president

[source.official_adjective]
# Adjectives that make an unnamed source official ("official sources").
official
government
governmental
administration

[source.anonymous_head]
# Heads of source phrases that name no one ("a source", "people").
source
sources
insider
insiders
person
people
individual
individuals
someone
somebody
confidant
confidants
associate
associates
one

[source.anonymity]
# Words inside a source phrase that withhold its identity ("people familiar
# with the matter", "a source close to"); they win over any title.
familiar with
close to
briefed on
with knowledge of
with direct knowledge
knowledgeable about
in the know
anonymous
anonymously
unnamed
unidentified
un-named

[source.anonymity.clause]
# Formulas after a source that withhold its identity ("a senior official who
# asked not to be named", "..., speaking on condition of anonymity").
who asked not to be named
who asked not to be identified
who declined to be named
who declined to be identified
who requested anonymity
who spoke on condition of anonymity
who spoke on the condition of anonymity
asked not to be named
asked not to be identified
declined to be named
declined to be identified
speaking on condition of anonymity
speaking on the condition of anonymity
on condition of anonymity
on the condition of anonymity
requested anonymity
requesting anonymity
granted anonymity
speaking anonymously
not authorized to speak
not authorised to speak
was not authorized
were not authorized

[source.generic]
# Unnamed groups: vague sources, counted as anonymous.
critics
critic
experts
expert
analysts
observers
commentators
supporters
opponents
detractors
voters
residents
witnesses
protesters
protestors
demonstrators
economists
scientists
researchers
activists
skeptics
sceptics
advocates
some
many
others
most
fans
members
parents
students
workers
veterans
americans

[source.document]
# Documents and measures that "say" or "show" something.
average
averages
polling
polling averages
results
numbers
tracking poll
slide
chart
map
forecasts
models
poll
polls
survey
surveys
study
studies
report
reports
data
figures
statistics
documents
document
records
analysis
estimates
filing
filings
memo
letter
statement
research
review
audit
census
projections
tally
article
story
investigation
complaint
indictment
lawsuit
ruling
transcript
email
emails
e-mail
tweet
video
footage
ad
book
website
survey data
exit polls
exit poll
model

[source.org_noun]
# Heads of organisation names ("the Clinton campaign", "the Justice Department").
campaign
corps
administration
government
party
committee
department
ministry
agency
office
commission
council
court
congress
senate
police
army
military
navy
company
firm
group
organization
organisation
association
union
federation
confederation
foundation
institute
university
bank
fund
board
bureau
center
centre
coalition
alliance
regime
cabinet
parliament
assembly
legislature
embassy
consulate
delegation
team
league
church
corporation
inc
inc.
corp
corp.
co.
ltd
llc
secretariat
caucus
# Monitors, armed groups and relief bodies that war and crisis reporting
# cites by name ("the national observatory", "the civil defence", "a rights
# monitor", "Transparency International"): the head word is the organisation's.
observatory
monitor
watchdog
defence
militia
brigade
command
directorate
international
watch
forum
society
giant
ngo
committees
movement
chamber
service
services
force
forces
council
junta
ministry
institution
school
hospital
clinic
charity
lab
laboratory
think tank
# Companies and bodies named by their trade ("the insurer", "the automaker").
insurer
insurers
manufacturer
automaker
carmaker
drugmaker
airline
retailer
lender
conglomerate
startup
club
municipality
pac
super pac

[source.media_cue]
# Words that make a source phrase a news outlet or a journalist.
media
state media
local media
news
newspaper
newspapers
paper
daily
weekly
tabloid
outlet
outlets
news outlet
news agency
wire
wire service
broadcaster
tv
television
channel
radio
network
magazine
journal
website
site
blog
news site
publication
reporter
reporters
correspondent
journalist
journalists
columnist
editor
editorial board
newsroom

[source.outlet]
# Well-known news outlets (matched with their capitals).
The New York Times
New York Times
The Times
the Times
The Washington Post
Washington Post
The Post
the Post
The Wall Street Journal
Wall Street Journal
the Journal
USA Today
Los Angeles Times
The Los Angeles Times
The Boston Globe
Boston Globe
Chicago Tribune
The Chicago Tribune
The New York Post
New York Post
Daily News
The Daily Beast
Daily Beast
The Guardian
Guardian
The Independent
The Telegraph
Daily Telegraph
Daily Mail
The Daily Mail
The Sun
Financial Times
The Financial Times
The Economist
Economist
Reuters
Associated Press
The Associated Press
AP
AFP
Agence France-Presse
Agence France Presse
Bloomberg
Bloomberg News
BBC
CNN
Fox News
Fox
MSNBC
NBC
NBC News
CBS
CBS News
ABC
ABC News
NPR
PBS
CNBC
C-SPAN
Politico
POLITICO
The Hill
Axios
HuffPost
Huffington Post
The Huffington Post
BuzzFeed
BuzzFeed News
Vox
Slate
Salon
The Atlantic
The New Yorker
Newsweek
Time magazine
TIME
Breitbart
Breitbart News
The Intercept
ProPublica
Mother Jones
The Nation
National Review
The Weekly Standard
Washington Examiner
The Washington Examiner
The Washington Times
Washington Times
The Daily Caller
Daily Caller
The Western Journal
Western Journal
PolitiFact
FactCheck.org
Snopes
Al Jazeera
Al-Jazeera
Al Arabiya
Haaretz
Ynetnews
Ynet
The Jerusalem Post
Jerusalem Post
The Times of Israel
Times of Israel
Der Spiegel
Spiegel
Bild
Le Monde
Le Figaro
El País
El Pais
Corriere della Sera
TASS
Tass
RIA Novosti
RIA
Interfax
Sputnik
RT
Russia Today
Kommersant
Izvestia
Xinhua
China Daily
Global Times
Kyodo
Yonhap
NHK
IRNA
Fars
Tasnim
Anadolu
dpa
DPA
ANSA
EFE
Euronews
Sky News
ITV
France 24
Deutsche Welle
South China Morning Post
The Times of India
Dawn
Axel Springer
The Charlotte Observer
Charlotte Observer
Miami Herald
The Miami Herald
Des Moines Register
The Des Moines Register
The Detroit News
Detroit Free Press
The Dallas Morning News
Houston Chronicle
San Francisco Chronicle
The Denver Post
Star Tribune
The Arizona Republic
The Philadelphia Inquirer
The Atlanta Journal-Constitution
Yahoo News
Business Insider
Forbes
Fortune
Mediaite
Drudge Report
TMZ
Variety
Rolling Stone
Inquisitr
PandoDaily
CBC
CBC News
Newsmax
MarketWatch
TechCrunch
The Verge
Engadget
Mashable
Gizmodo
Recode
The Hollywood Reporter
Hollywood Reporter
Us Weekly
Entertainment Weekly
Page Six
The Mirror
Daily Mirror
Daily Express
Evening Standard
The Scotsman
The Irish Times
Irish Times
Toronto Star
The Globe and Mail
Globe and Mail
National Post
Sydney Morning Herald
The Sydney Morning Herald
The Australian
Hindustan Times
The Hindu
Straits Times
The Straits Times
Japan Times
The Japan Times
Korea Herald
The Moscow Times
Moscow Times
Kyiv Independent
Kyiv Post
Radio Free Europe
RFE/RL
Voice of America
VOA
Süddeutsche Zeitung
Frankfurter Allgemeine
Die Welt
Die Zeit
La Repubblica
El Mundo
Asahi Shimbun
Yomiuri Shimbun
Nikkei
Caixin
People's Daily
TOLOnews
Tolo News
Gulf News
Arab News
Asharq Al-Awsat
Al-Monitor
Middle East Eye
Daily Sabah
Hurriyet
Vice News
Quartz
The Root
Raw Story
Talking Points Memo
Daily Kos
The Federalist
RedState
Townhall
TheBlaze
The Blaze
The Daily Wire
Daily Wire
One America News
OAN
Fox Business
Washington Free Beacon
The Washington Free Beacon
Free Beacon
The New Republic
New Republic
New York Magazine
New York magazine
Roll Call
The Texas Tribune
Texas Tribune
Seattle Times
The Seattle Times
Boston Herald
The Boston Herald
Baltimore Sun
The Baltimore Sun
Chicago Sun-Times
Orlando Sentinel
Tampa Bay Times
Sacramento Bee
The Sacramento Bee
Kansas City Star
The Kansas City Star
Newsday
New York Daily News
The Oregonian
RealClearPolitics
FiveThirtyEight
Mediapart
Vanity Fair
Teen Vogue
The Washington Times
NewsBusters
The Guardian US
Guardian US
UPI
Buzzfeed
Radar Online

[source.institution]
# Institutions that speak as one ("the Kremlin said"): named organisations.
Kremlin
the Kremlin
Pentagon
the Pentagon
White House
the White House
State Department
the State Department
Foreign Office
Downing Street
Number 10
Elysee
Élysée
the Elysee
Quai d'Orsay
Whitehall
the Vatican
Vatican
Congress
Senate
Supreme Court
Justice Department
DOJ
Department of Justice
Defense Department
Department of Defense
Homeland Security
Treasury
Foreign Ministry
Defense Ministry
Defence Ministry
Interior Ministry
United Nations
UN
U.N.
NATO
EU
European Union
European Commission
IMF
World Bank
FBI
CIA
NSA
DHS
EPA
FDA
CDC
IRS
NASA
Federal Reserve
the Fed
Interpol
WHO
Hamas
Hezbollah
Taliban
Islamic State
ISIS
ISIL
Knesset
Bundestag
Democrats
Republicans
GOP
DNC
RNC
Democratic Party
Republican Party
Labour
Tories
Conservatives
Secret Service
Scotland Yard
Blue House
the Blue House
intelligence community

[source.capital]
# Capitals and countries used as speakers ("Moscow said"): named
# organisations by metonymy.
Moscow
Washington
Paris
London
Berlin
Beijing
Tokyo
Tehran
Kiev
Kyiv
Ankara
Damascus
Jerusalem
Tel Aviv
Brussels
Pyongyang
Seoul
Riyadh
Cairo
Ottawa
Madrid
Rome
Warsaw
Baghdad
Kabul
Doha
Abu Dhabi
Islamabad
New Delhi
Delhi
Minsk
Baku
Yerevan
Tbilisi
Vienna
Canberra
Havana
Caracas
Mexico City
Ethiopia
Sudan
Libya
Nigeria
Niger
Chad
Senegal
Kenya
South Africa
Congo
Rwanda
Somalia
Eritrea
Jordan
Kuwait
Bahrain
Oman
Yemen
Lebanon
Armenia
Azerbaijan
Georgia
Belarus
Moldova
Romania
Bulgaria
Hungary
Greece
Serbia
Croatia
Kosovo
Austria
Netherlands
the Netherlands
Denmark
Sweden
Norway
Finland
Ireland
Portugal
Brazil
Argentina
Chile
Colombia
Peru
Bolivia
Australia
New Zealand
Indonesia
Malaysia
the Philippines
Philippines
Thailand
Vietnam
Myanmar
Bangladesh
Sri Lanka
Nepal
Kazakhstan
Taiwan
Hong Kong
Algeria
Morocco
Tunisia
Mali
Palestinian Authority
Belgium
Switzerland
Russia
China
Iran
Israel
Turkey
Ukraine
Syria
France
Germany
Britain
Japan
India
Pakistan
North Korea
South Korea
Saudi Arabia
Egypt
Iraq
Afghanistan
Mexico
Canada
Cuba
Venezuela
Qatar
Poland
Italy
Spain
the United States
United States
the U.S.
U.S.
US
the US
the UK
UK
U.K.
# Every other sovereign state (written for framing from general knowledge):
# a country that speaks is its government.
Albania
Andorra
Angola
Antigua and Barbuda
Bahamas
Barbados
Belize
Benin
Bhutan
Bosnia
Bosnia and Herzegovina
Botswana
Brunei
Burkina Faso
Burma
Burundi
Cambodia
Cameroon
Cape Verde
Central African Republic
Comoros
Costa Rica
Cyprus
Czech Republic
Czechia
Djibouti
Dominica
Dominican Republic
East Timor
Ecuador
El Salvador
Equatorial Guinea
Estonia
Eswatini
Fiji
Gabon
Gambia
Ghana
Great Britain
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Iceland
Ivory Coast
Jamaica
Kiribati
Kyrgyzstan
Laos
Latvia
Lesotho
Liberia
Liechtenstein
Lithuania
Luxembourg
Madagascar
Malawi
Maldives
Malta
Mauritania
Mauritius
Micronesia
Monaco
Mongolia
Montenegro
Mozambique
Namibia
Nauru
Nicaragua
North Macedonia
Palau
Palestine
Panama
Papua New Guinea
Paraguay
Samoa
San Marino
Seychelles
Sierra Leone
Singapore
Slovakia
Slovenia
Solomon Islands
South Sudan
Suriname
Tajikistan
Tanzania
Togo
Tonga
Trinidad and Tobago
Turkmenistan
Tuvalu
Uganda
United Arab Emirates
United Kingdom
Uruguay
Uzbekistan
Vanuatu
Vatican
Zambia
Zimbabwe

[source.nationality]
# Capitalised adjectives that are not names ("a Russian official").
American
Russian
Israeli
Palestinian
Syrian
Iranian
Iraqi
Chinese
Japanese
Korean
North Korean
South Korean
French
German
British
English
Italian
Spanish
Turkish
Ukrainian
Saudi
Egyptian
Afghan
Pakistani
Indian
Mexican
Canadian
Cuban
European
Western
Arab
Kurdish
Jewish
Muslim
Christian
Catholic
Democratic
Republican
Democrat
Republican-led
Democratic-led
Conservative
Liberal
Federal
Congressional

[source.portfolio]
# Capitalised portfolios and branches inside titles and organisation names.
State
Defense
Defence
Treasury
Justice
Interior
Commerce
Energy
Education
Labor
Labour
Health
Agriculture
Transportation
Veterans Affairs
Homeland Security
Foreign Affairs
Finance
Economy
Trade
Intelligence
Armed Services
Judiciary
Foreign Relations
Affairs
Department
Ministry
Office
Committee
Campaign
Administration
Party
Agency
Council
Court
Commission
Service
Services
Bureau
Police
Army
Navy
Air Force
Marine Corps
Senate
House
Congress
Republicans
Democrats
White
Press
Secretary

[source.calendar]
# Capitalised words that are dates, not names.
Monday
Tuesday
Wednesday
Thursday
Friday
Saturday
Sunday
January
February
March
April
May
June
July
August
September
October
November
December
# Abbreviated months of datelines ("3 Mar 2019").
Jan
Feb
Mar
Apr
Jun
Jul
Aug
Sep
Sept
Oct
Nov
Dec

[source.passive_aux]
# Auxiliaries that make a reporting verb passive ("was denied by").
was
were
is
are
be
been
being
has been
have been
had been
will be
would be

[source.expletive]
# Empty subjects of an agentless passive ("it was reported that").
it
there

[source.cue.speaker_subject]
# Passive-looking cues whose subject is the speaker.
quoted as saying
was quoted as saying
quoted as telling

[source.not_head]
# Words that cannot end a subject phrase: adverbs in -ly ("widely",
# "reportedly"), written so that nouns in -ly (family, ally, rally, assembly,
# supply, reply, daily) stay out.
re:[a-z]{2,}(?:ely|rly|dly|tly|gly|sly|wly|ably|ibly)|[a-z]{3,}(?:ally|ully|ously)|[a-z]{4,}ily

[source.oblique]
# Prepositions that open the content of an evaluative verb after its object
# ("accused the GOP of stoking", "criticized Trump for", "warned of").
of
for
about
against
over

[source.coordinator]
# Conjunctions that join two named sources into one ("Clinton and Trump
# said").
and
or
&

[source.cue.evaluative]
# Verbs of praise and blame whose content follows their object and a
# preposition of [source.oblique] ("accused the GOP of stoking").
accuse
accuses
accused
accusing
criticize
criticizes
criticized
criticizing
criticise
criticises
criticised
criticising
praise
praises
praised
praising
slam
slams
slammed
slamming
blast
blasts
blasted
blasting
condemn
condemns
condemned
condemning
denounce
denounces
denounced
denouncing
warn
warns
warned
warning
caution
cautions
cautioned
thank
thanks
thanked
blame
blames
blamed
blaming
charge
charged

[source.cue.noun_like]
# Forms that are just as often nouns ("the swing states", "his plans",
# "reports of fraud"): a cue only after an auxiliary other than have, or
# after a subject whose head is known (a pronoun, a name, a title, an
# institution, a document ...).
reporting
state
states
report
reports
plan
plans
call
calls
claim
claims
charge
charges
question
questions
comment
comments
demand
demands
tweet
tweets
show
shows
answer
answers
reply
estimate
estimates
forecast
forecasts
project
projects
promise
promises
pledge
pledges
vow
vows
fear
fears
hope
hopes
doubt
doubts
want
wants
note
notes
remark
remarks
praise
echo
echoes
read
reads
suspect
suspects
decline
declines
refuse
dispute
disputes
counter
stress
repeat
tout
blast
blasts
slam
slams
joke
jokes
quip
quips
urge
urges
ask
finding
warning

[source.possessive_aux]
# Auxiliaries that are also verbs of having: before a form of
# [source.cue.noun_like] they make it a noun ("has plans").
has
have
had

[source.cue.incise_only]
# Verbs that report speech only after the quotation or clause ("...,"
# she quipped.), and mean something else elsewhere ("continued the talks").
quip
quips
quipped
quipping
mused
continued
went on

[source.cue.naming]
# Verbs that name or describe, whose content is often a quoted label in
# their clause ("called the plan "a disaster"").
calls
called
calling
labeled
labelled
dubbed
described
describes
describing
likened
branded
termed

[source.official_body]
# Bodies whose unnamed members are officials ("a member of the
# administration", "an aide in the Kremlin"); institutions count too.
government
administration
ministry
department
cabinet
military
army
embassy

[source.not_source]
# Words that never name a source: the reader addressed, imperatives.
you
your
please
let
let's

[source.as_parenthetical]
# Words that open a parenthetical attribution ("as Mr. Bown observed,").
as

[source.grammar.head]
# Where the head of a source phrase stands: English puts it last
# ("State Department spokesman Mark Toner").
last

[source.grammar.plural_suffix]
# Endings of plural nouns, for pronoun agreement ("officials" ... they).
s

[source.grammar.plural_suffix.not]
# Singular endings that look plural ("press", "boss").
ss

[source.grammar.title_prefix]
# Prefixes joined to a title that keep it a title ("ex-ministre",
# "ex-minister").
ex-

[source.grammar.possessive_suffix]
# Endings of a possessor before a noun ("Clinton's plan" is a noun).
's
s'

# -- families of attribution beyond saying ----------------------------------
# PolNeAR and attribution grammars count as attributions not only verbs of
# saying but verbs of belief, intention, evaluation and evidence: the
# subject is still the source, the complement (a clause, an infinitive or a
# direct object) still what is attributed. The families below were drawn
# from the cognition, volition and judgement classes of English verb
# grammars and kept where PolNeAR's train split marks the form as a cue
# often enough in the contexts the extractor accepts (checked by counting,
# not copied). A verb in none of them is a verb of saying. Each family's
# verbs are read like weak verbs of saying: they need a clause complement,
# a postposed clause, or a direct object after a subject the lexicon knows
# (a name, a pronoun, a title, an organisation, a document). Stance stays that of the stance sections
# ("show", "reveal" endorse; the rest are neutral: believing or opposing is
# the source's attitude, not the writer's judgement of the claim).
highlighted
highlights
listed
shouted
chanted
emailed
implied
implies
hinted
hints
signaled
signals
requested
offered
portrayed
portrays
challenged
challenges
encouraged

[source.family.belief]
# Holding a view, expecting or fearing something.
believe
believes
believing
think
thinks
thought
thinking
expect
expects
expected
expecting
hope
hopes
hoped
hoping
fear
fears
feared
fearing
worry
worries
worried
worrying
doubt
doubts
doubted
doubting
suspect
suspects
suspected
know
knows
knew
see
sees
considers
considered
wonder
wonders
wondered
wondering
speculate
speculates
speculated
speculating
learned
has learned

[source.family.intention]
# Wanting, planning or committing to do something.
wants
wanted
plans
intend
intends
seeks
sought
decline
declines
declined
refuse
refuses
refused
promise
promises
promised
promising
pledge
pledges
pledged
pledging
vow
vows
vowed
vowing
threaten
threatens
threatened
threatening
prefer
prefers
preferred

[source.family.evaluation]
# Judging a person, a position or a plan: praise, blame, backing, opposing.
portrayed
portrays
challenged
challenges
encouraged
criticize
criticizes
criticized
criticizing
criticise
criticises
criticised
criticising
praise
praises
praised
praising
endorse
endorses
endorsed
endorsing
support
supports
supported
supporting
oppose
opposes
opposed
accuse
accuses
accused
accusing
blame
blames
blamed
blaming
defends
defended
defending
attacked
attacking
mock
mocks
mocked
mocking
thank
thanks
thanked
thanking
applaud
applauds
applauded
applauding
condemn
condemns
condemned
condemning
denounce
denounces
denounced
denouncing
decried
decry
decries
slam
slams
slammed
slamming
blast
blasts
blasted
blasting
lament
laments
lamented
lamenting
tout
touts
touted
touting
welcomed
welcomes
hailed
hails
backed
backing
favor
favors
favored
ridiculed
chided
questioned
questioning
dismissed
dismisses
dismissing

[source.family.evidence]
# A finding or a document showing something ("polls show", "the audit
# found").
finds
show
shows
showed
shown
found
reveal
reveals
revealed
revealing
indicate
indicates
indicated
demonstrate
demonstrates
demonstrated
prove
proves

[source.infinitive.before_cue]
# A cue verb right after this marker is an infinitive governed by another
# verb ("declined to comment", "is expected to support"): the governing
# verb, when it is a cue, carries the attribution. On PolNeAR train such
# infinitives are cues in about a quarter of cases.
to

[source.pronoun.first_second]
# Speakers referring to themselves or their audience. As the subject of a
# belief, intention or evaluation verb ("I think", "we want") they are
# nearly always inside quoted speech, not a source the writer cites.
i
we
you

[source.label_addressee]
# Prepositions that open the outlet or audience a speaker label addresses
# before its colon ("Pompeo to CBN News: ..."): the speaker is the words
# before it, the outlet is the addressee, not the source.
to

[source.not_speaker_label]
# Capitalised words that open headlines and section heads before a colon
# ("The Latest:", "Update:", "Watch:") without naming who speaks.
latest
update
updated
watch
live
breaking
correction
related
exclusive
analysis
opinion
editorial
video
photos
read
note
editor
editor's
clarification
clarifications
corrections
disclaimer
updates
consider
remember
imagine
background
context
bonus
meanwhile
why
what
how
takeaway
takeaways
bottom
file
photo
image
graphic
chart
map

[source.cue.impersonal]
# Appearance and expectation with no one named as holding the view ("the
# deal seems doomed", "she is expected to win", "he reportedly told"):
# PolNeAR marks them as attributions without a source. Forms of "appear"
# followed by a preposition other than "to" mean being present and are
# left out by the extractor.
seem
seems
seemed
appear
appears
appeared
is expected
are expected
was expected
were expected
is widely expected
reportedly
# Hearsay passives with no agent ("the envoy is said to be", "two
# guards were reported hurt"), which news copy uses for unverified
# claims.
is said
are said
was said
were said
is reported
are reported
was reported
were reported
is believed
are believed
was believed
were believed
is thought
are thought

[source.cue.questioned]
# Verbs of questioning used without naming who asked: a fronted participle
# ("Asked about the deal, she said") or a passive ("he was asked whether").
# PolNeAR marks them as attributions without a source.
asked
pressed
questioned

[source.participle_lead]
# Conjunctions that may open a fronted participle clause ("when asked",
# "after being pressed").
when
after
once
if
before
while
until

[source.grammar.comma_inversion]
# Whether a verb of saying right after a comma takes the phrase after it as
# its subject when that phrase closes the sentence ("..., rapporte La
# Provence"). English inverts only with "said"-like verbs and often has
# an object there ("X, a friend, told Yahoo News"), so English says no.
no

[source.grammar.unquoted_speaker_label]
# Whether a name before a colon at the start of a headline or paragraph is
# a speaker even without a quotation after it ("Graham: Trump Is Wrong",
# transcript labels "Q:", "SANDERS:"), as in English web headlines. French
# copy puts a place or a topic there ("Lac Salvane : ..."), so French says
# no and needs the quotation.
yes

[source.cue.no_inversion]
# Verbs whose subject never follows them: the phrase right after them is
# whom they address ("..., told NBC", "Jane Doe, a critic of the plan, told
# the Herald that ..."), never an inverted speaker (unlike "said", "asked",
# "warned": '"Why?" asked Jane Doe'). A verb of perception after a comma
# or opening a sentence is an imperative ("For more, see the report").
tell
tells
told
see

[source.grammar.adverb_suffix]
# Suffix of derived adverbs read over between a subject and its verb
# ("successfully argued", "forcefully told") when [source.adverb] lacks
# them; a word after a determiner or a possessive is a noun ("his family").
ly

[source.quantifier_subject]
# Quantifiers that stand alone as a subject of people ("Some believe",
# "Another said", "Both agreed").
some
many
most
all
both
another
others
several
few

[source.cue.clause_only]
# Weak verbs that never attribute with a bare object: with an object they
# are actions ("added salt", "found the body", "read the letter",
# "continued the tour"); measured on PolNeAR train, their object readings
# are mostly not attributions.
add
adds
added
adding
find
finds
found
read
reads
continued
went on

[source.noun_preposition]
# After these prepositions a cue form without auxiliary is a noun
# ("secretary of state", "in support of", "for comment"); an -ing form is
# a gerund and stays a cue ("by saying").
of
in
for
with
on
about
from
against
without
under
over
into

[source.marker.document]
# Prepositions that place a finding in a poll or a study ("Trump leads in
# the latest poll", "per a new survey"): an attribution to the document
# when the phrase's head is in [source.evidence_head].
in
per

[source.evidence_head]
# Heads of documents that hold findings, as opposed to statements and
# interviews whose "in" is the setting of a verb of saying. Singular only:
# "ahead in the polls" is a standing, not a cited poll (on PolNeAR train,
# plural heads are cues in under a third of cases).
poll
survey
study
analysis
tally
average
model
forecast
census
audit

[source.relative_clause]
# Relative pronouns opening a clause that describes a source; the clause
# belongs to the source phrase ("Jane Doe, who led the inquiry, said").
who
whose

[source.org_ending]
# Words that end the names of companies and bodies ("Brixton Holdings",
# "Vortex Motors", "Zentra PLC"): after another capitalised word of a name
# without a title, the name is an organisation's. Legal forms and sector
# words of company names; heads already in [source.org_noun] need no entry.
inc
inc.
corp
corp.
co
co.
ltd
ltd.
llc
llp
lp
plc
ag
gmbh
sa
nv
bv
holdings
airlines
airways
lines
motors
automotive
industries
technologies
technology
systems
solutions
partners
capital
energy
petroleum
oil
mining
resources
logistics
telecom
telecommunications
communications
pharmaceuticals
pharma
therapeutics
biotech
labs
enterprises
ventures
brands
foods
entertainment
studios
pictures
records
insurance
financial
securities
investments
bancorp
trust
railways
railroad
institution
college
hospital
club
united
collective
initiative
project
fc
palace
auctions

[source.outlet_ending]
# Words that end the names of newspapers ("the Norland Times", "the Daily
# Post"): after another capitalised word of a name, the name is an outlet's.
times
post
tribune
herald
gazette
chronicle
telegraph
courier
examiner
inquirer
dispatch
mirror
express
independent
guardian

[source.org_description]
# Heads of an apposition that describes an organisation, beyond the heads
# of [source.org_noun] ("Vexcorp, the maker of ...", "Halvard, a regional
# lender,"): after a name, they make it an organisation's.
maker
automaker
carmaker
drugmaker
chipmaker
manufacturer
producer
airline
lender
insurer
retailer
supplier
distributor
conglomerate
startup
start-up
subsidiary
brand
chain
provider
nonprofit
non-profit
consultancy
utility
exporter
importer

[source.grammar.definite_name_org]
# Whether a definite article right before a bare proper name makes it an
# organisation's ("the Vexcorp", "the Halvard Trust"): English gives
# persons' names no article, so English says yes.
yes

[source.org_pronoun]
# Pronouns that refer to things, not persons: one of them in the first words
# after a one-word name ("Vexcorp denied its role") makes the name an
# organisation's; emphatic "itself" ("the app itself") does not count.
its

[source.org_pronoun.not_after]
# Verbs after which "its" opens a clause of their own, whose subject is
# often another's ("Smith said its forces had pulled back"): "its" right
# after them says nothing of the speaker.
said
says
say
told
tells
added
stated
noted
claimed
insisted
argued
explained
believes
believed
thinks
thought
warned
announced
reported
suggested

[source.address_form]
# Forms of address before a surname ("Mr. X"): the name is a person's,
# wherever it appears in the document.
mr
mr.
mrs
mrs.
ms
ms.
miss
dr
dr.
sir
dame
prof
prof.
rev
rev.

[source.outlet_noun]
# Nouns for a news outlet that introduce its name ("the newspaper X", "the
# X newspaper reported"): elsewhere in the document the name is an outlet's.
newspaper
newspapers
daily
tabloid
weekly
broadcaster
channel
magazine
outlet
website
publication

[source.org_relative]
# Relative pronouns said of things, not persons ("X, which").
which

[source.plural_verb]
# Plural verb forms after a singular-looking name ("X have said"), as
# British copy writes of bodies; never of a person. Only forms that cannot
# be an infinitive ("did X say", "let X say").
are
were
have
aren't
weren't
haven't

[source.media_verb]
# Verbs of publishing: "the X reported", "the X wrote" tell an outlet.
reported
reports
wrote
writes
published
publishes
broadcast
broadcasts
aired
airs

[source.media_addressee]
# What comes before the article of an outlet that is given an interview
# ("told the X", "in an interview with the X").
told
interview with
speaking to
spoke to
op-ed in
column in
wrote in
writing in
statement to
comments to
remarks to

[source.contracted_article]
# Prepositions that carry the article (French "au"); none in English.

[source.grammar.adjective_suffix]
# Adjectives come before the noun in English: none is skipped between an
# introducing noun and a name.

[source.grammar.age_form]
# How a description takes up an age given in apposition ("Jane Doe, 45,"
# then "the 45-year-old"); N stands for the number.
N-year-old

[source.org_name]
# Companies, unions, groups and movements known by one name, which nothing
# in "X said" tells from a surname (matched with their capitals). Read only
# for the kind of a name that would otherwise be a person's, so a name
# used as a modifier ("a Twitter account") reads as before. Names that
# are also common surnames or words ("Ford", "Total", "Visa") are left
# out: the document evidence decides for them.
Pfizer
Moderna
BioNTech
AstraZeneca
Novartis
Sanofi
Bayer
Monsanto
Gazprom
Rosneft
Lukoil
Aramco
Saudi Aramco
ExxonMobil
Exxon
Chevron
TotalEnergies
Apple
Google
Alphabet
Microsoft
Amazon
Facebook
Meta
Twitter
Instagram
WhatsApp
YouTube
TikTok
ByteDance
Snapchat
LinkedIn
Reddit
Netflix
Disney
Walmart
Tesla
SpaceX
Boeing
Airbus
Uber
Lyft
Airbnb
PayPal
Samsung
Huawei
Nokia
Ericsson
Intel
Nvidia
IBM
Oracle
Siemens
Volkswagen
Toyota
Nissan
Renault
Stellantis
Alibaba
Tencent
Baidu
Starbucks
Nestlé
Nestle
Unilever
Glencore
JPMorgan
Citigroup
Barclays
HSBC
BlackRock
Moody's
Amnesty
Amnesty International
Greenpeace
Oxfam
UNICEF
Unicef
UNESCO
UNHCR
OPEC
Opec
WTO
OECD
ACLU
NRA
Planned Parenthood
Human Rights Watch
Red Cross
Médecins Sans Frontières
al-Qaeda
al Qaeda
Al Qaeda
Al-Qaeda
al-Shabab
Boko Haram
Fatah
PLO
Goldman Sachs
Morgan Stanley
Lehman Brothers
Merrill Lynch
Wells Fargo
AirAsia
Apple Music
White Helmets
# Airlines, carmakers and brands cited by their one name.
Delta
Lufthansa
Ryanair
easyJet
Qantas
Sony
Nintendo
Verizon
Comcast
Spotify
Merck
Roche
GlaxoSmithKline
Shell
Vodafone
Santander
Deloitte
McKinsey
PepsiCo
Coca-Cola
McDonald's
Nike
Adidas
Ikea
IKEA
Zara
Coinbase
Binance
OpenAI
Palantir
Raytheon
Lockheed
Martin
Northrop
Grumman
Halliburton
Hyundai
Honda
BMW
Daimler
Volvo
Xiaomi
Lenovo
Foxconn
TSMC
Qualcomm
Cisco
Salesforce
Pinterest
Telegram
Weibo
WeChat
Carrefour
Danone

[source.signature.boilerplate]
# Sign-up and sharing prompts that page extraction glues between an embedded
# post's text and its signature ("... SIGN UP FOR OUR NEWSLETTER — Jane Doe
# (@jdoe) May 2, 2016"): not the poster's words.
sign up for our newsletter
sign up for our newsletters
subscribe to our newsletter
subscribe to our newsletters
sign up for our daily newsletter
follow us on twitter

[source.as_publication]
# The word that cites a publication before its name and a verb of
# publishing ("As Radar has reported"): a one-word name never given to a
# person is then an outlet's (a name alone before "reported" may be a
# reporter's signature, "Costa reported from Washington").
as

[source.published_in]
# The preposition that places a document in a publication after its
# participle ("a study published on Friday in the Norland Journal"): the
# publication is then what the document speaks for.
in

[source.grammar.present_participle_suffix]
# Ending of the present participle that opens an adverbial clause before
# the subject ("Speaking to reporters, Jane Doe said"): such a clause is no
# subject.
ing

[source.grammar.participle_suffix]
# Endings of past participles that close a document's phrase before its
# agent ("a report compiled by", "a study published in"); irregular forms
# ending otherwise are left out.
ed
en
wn

[source.given_name]
# Common given names (English-speaking countries first, then names often
# in international news), written for framing from general knowledge. Read
# only to tell a person from an organisation when nothing else does: a
# given name opening a two-word name whose last word is a body word ("John
# Army" is a man, "Kurdish Army" a body), the person named after an
# organisation's name ("the head of the Norland Observatory Rami Haddad"),
# a given name in apposition to an unnamed description ("one of the
# marchers, Andrea"). Names that are also places, months, clubs or common
# capitalised words ("Jordan", "Austin", "May", "Will", "Said") are left
# out, since a false given name would turn a body into a person.
Salvador
Aaron
Abby
Abdel
Abdel-Fattah
Abdul
Abdullah
Abigail
Adam
Adrian
Adrienne
Ahmad
Ahmed
Ahmet
Aidan
Aisha
Alan
Albert
Alec
Alejandro
Alex
Alexander
Alexandra
Alexandria
Alexei
Alexey
Alexis
Alfred
Ali
Alice
Alicia
Alison
Allen
Allison
Alyssa
Amanda
Amber
Amelia
Amir
Amy
Anastasia
Andrea
Andrei
Andrew
Andrey
Andrés
Andy
Angela
Angie
Anita
Ann
Anna
Annalena
Anne
Annie
Anthony
Antonio
Antony
Anwar
Arnaud
Arthur
Ashley
Audrey
Avigdor
Ayman
Barack
Barbara
Barry
Bashar
Ben
Benazir
Benjamin
Benny
Benoit
Benoît
Beppe
Bernard
Bernie
Beth
Beto
Betsy
Betty
Beverly
Bill
Billy
Binali
Blake
Bob
Bobby
Bonnie
Boris
Brad
Bradley
Brandon
Brenda
Brent
Brett
Brian
Bridget
Brittany
Brooke
Bruce
Bruno
Bryan
Caitlin
Calvin
Cameron
Carl
Carla
Carlos
Carol
Caroline
Carolyn
Carrie
Casey
Catherine
Cathy
Chad
Charles
Charlie
Charlotte
Cheryl
Chloe
Chris
Christiane
Christina
Christine
Christopher
Chuck
Cindy
Claire
Clara
Clarence
Claudia
Clint
Cody
Colin
Condoleezza
Connie
Connor
Cory
Craig
Crystal
Cynthia
Dale
Dan
Dana
Daniel
Danielle
Danny
Darren
Dave
David
Dean
Debbie
Deborah
Debra
Denise
Dennis
Derek
Deval
Diana
Diane
Dianne
Dick
Diego
Dmitri
Dmitry
Don
Donald
Donna
Doris
Dorothy
Doug
Douglas
Dylan
Ed
Eddie
Edouard
Edward
Ehud
Elaine
Eleanor
Elena
Eli
Elijah
Elisabeth
Elizabeth
Ella
Ellen
Elon
Emily
Emma
Emmanuel
Enrico
Eric
Erica
Erik
Erin
Ethan
Eugene
Eva
Evan
Evelyn
Evo
Fatima
Felipe
Fernando
Frances
Francis
Francisco
Francois
Frank
Frank-Walter
François
Fred
Frederick
Friedrich
Fumio
Gabriel
Gail
Gary
Gavin
Gene
George
Gerald
Gerhard
Gilad
Gina
Giorgia
Giuseppe
Glen
Glenn
Gloria
Gordon
Grace
Greg
Gregory
Gustavo
Gwen
Gérald
Hamid
Hamza
Hannah
Hans
Harold
Harry
Harvey
Hassan
Heather
Heidi
Heiko
Helen
Helmut
Henry
Hillary
Hiroshi
Holly
Horst
Hosni
Hossein
Howard
Hugh
Hugo
Hunter
Hussein
Ian
Ibrahim
Igor
Ilhan
Imran
Inácio
Irina
Isaac
Ismail
Ivan
Ivanka
Jacinda
Jack
Jackie
Jacob
Jacques
Jair
Jake
Jamal
James
Jamie
Jan
Jane
Janet
Janice
Jared
Jason
Javad
Javier
Jay
Jean
Jean-Luc
Jean-Marie
Jean-Michel
Jean-Yves
Jeb
Jeff
Jeffrey
Jenna
Jennifer
Jenny
Jeremy
Jerome
Jerry
Jesse
Jessica
Jill
Jim
Jimmy
Jo
Joan
Joanne
Jodi
Joe
Joel
Joey
John
Johnny
Jon
Jonathan
Jose
Joseph
Josh
Joshua
José
Joy
Joyce
Juan
Judith
Judy
Julia
Julian
Julie
Jurgen
Justin
Jürgen
Kamala
Kanye
Karen
Karim
Kate
Katherine
Kathleen
Kathryn
Kathy
Katie
Kay
Keir
Keith
Kelly
Kellyanne
Ken
Kenji
Kenneth
Kerry
Kevin
Khaled
Khalid
Kim
Kimberly
Kirk
Kirsten
Klaus
Kristen
Kristi
Kristin
Kyle
Larry
Laura
Lauren
Laurent
Lawrence
Layla
Leah
Lee
Leila
Leo
Leonard
Leslie
Lewis
Liam
Linda
Lindsay
Lindsey
Lionel
Lisa
Liz
Lloyd
Lori
Louis
Louise
Lucas
Lucy
Luis
Luiz
Luke
Lynn
Madeline
Maggie
Mahmoud
Malcolm
Manuel
Marc
Marcia
Marco
Marcus
Margaret
Maria
Mariam
Mariano
Marie
Marilyn
Marine
Mario
Marion
Mark
Markus
Marsha
Martha
Martin
Marvin
Mary
Matt
Matteo
Matthew
Maureen
Max
Megan
Mehdi
Melania
Melanie
Melissa
Merrick
Mevlut
Michael
Michele
Michelle
Miguel
Mike
Mikhail
Mitch
Mitchell
Mohamed
Mohammad
Mohammed
Molly
Monica
Morgan
Muhammad
Mustafa
Nabil
Naftali
Nancy
Narendra
Natalia
Natalie
Nathan
Nawaz
Neil
Newt
Nicholas
Nick
Nicola
Nicolas
Nicole
Nicolás
Nigel
Nikolai
Noah
Norman
Nour
Olaf
Oleg
Olga
Oliver
Olivia
Olivier
Omar
Osama
Pablo
Pamela
Paolo
Pat
Patricia
Patrick
Patty
Paul
Paula
Pedro
Peggy
Penny
Pete
Peter
Petro
Phil
Philip
Phillip
Phyllis
Pierre
Rachel
Rahul
Ralph
Rami
Rand
Randy
Rashida
Ray
Raymond
Rebecca
Recep
Regina
Reince
Rex
Reza
Rhonda
Ricardo
Richard
Rick
Ricky
Rishi
Rita
Rob
Robert
Roberta
Roberto
Robin
Rod
Roger
Ron
Ronald
Rose
Ross
Roy
Ruby
Rudy
Russell
Ruth
Ryan
Sadiq
Saeb
Salah
Salim
Sally
Sam
Samantha
Samir
Samuel
Sandra
Sara
Sarah
Satya
Scott
Sean
Sergei
Sergey
Sergio
Seth
Shane
Shannon
Sharon
Shawn
Sheila
Sheryl
Shimon
Shinzo
Shirley
Silvio
Sonia
Sophia
Sophie
Stacy
Stanley
Stephanie
Stephen
Steve
Steven
Stuart
Sue
Sundar
Susan
Suzanne
Svetlana
Ségolène
Takeshi
Tammy
Tanya
Tara
Tariq
Tatiana
Ted
Teresa
Terry
Theresa
Thomas
Tiffany
Tim
Timothy
Tina
Todd
Tom
Tommy
Tony
Tracy
Travis
Trevor
Troy
Tulsi
Ursula
Valerie
Valérie
Vanessa
Vernon
Veronica
Vicki
Victor
Viktor
Vincent
Vladimir
Volodymyr
Walid
Walter
Wanda
Warren
Wayne
Wendy
Wesley
Whitney
William
Willie
Wolfgang
Xavier
Yahya
Yair
Yannick
Yasmin
Yitzhak
Yoshihide
Youssef
Yulia
Yuri
Yusuf
Zachary
Ziad
Zoe
Édouard
Élisabeth
Éric

[source.relative.personal]
# Relative pronouns that may stand for a person named after a preposition
# ([source.antecedent_cut]): "the letter from Manafort, which said" is the letter's; "McCarthy, who said" is his.
who

[source.antecedent_cut]
# Prepositions after which a name ends the phrase a relative pronoun stands
# for: "testimony given earlier this year by McCarthy, who said" is McCarthy's.
by
to
from
with
than
against

[source.naming_participle]
# Naming verbs that, as participles without an auxiliary, give a thing its
# name instead of reporting speech ("a group called X", ", now called X,").
called
dubbed
named
nicknamed
titled
labeled
labelled
termed
branded
known

[source.naming_adverb]
# Adverbs between a comma and a naming participle (", now called X,").
now
also
formerly
once
sometimes
often
previously
officially
popularly
commonly
later
aptly

[source.media_product]
# Pieces of a news medium: as a source they relay that medium ("un reportage
# d'Al-Jazira", "a Times documentary"), read as media_relay.
article
articles
story
stories
documentary
documentaries
broadcast
dispatch
editorial
column
op-ed
podcast
segment
piece
exposé
expose
feature

[source.media_product.ambiguous]
# Media products that also name other things ("l'article 3 du décret", "the
# story of his life"): media_relay only with a capitalised complement.
article
articles
story
stories
column
piece
segment
feature

[source.clause_opener]
# Words that open a reported clause inside a relative clause after an
# inverted source ("..., said Jane Doe, who added that ..."): the relative reports speech of its own, so it is
# no description of the source.
that

[source.media_product.origin]
# Prepositions that name who made a media product ("un article du Monde",
# "a story by Reuters"), unlike those of its topic ("his story about X").
by
from

[source.profession]
# Professions: a title before a name ("Dr. Jane Doe", "l'économiste Claire
# Nodier"), but an unnamed holder the article does not identify is no
# official: "an economist at the bank", « un avocat d'affaires » are anonymous
# sources; "the family's lawyer" stays official_unnamed.
doctor
doctors
dr.
physician
professor
professors
prof.
economist
economists
analyst
analysts
strategist
strategists
pollster
pollsters
lawyer
lawyers
attorney
attorneys
researcher
researchers
scientist
scientists

[source.cue.person_object]
# Verbs that report a claim ("confirmed the death", "admitted his mistake")
# but, with people as their direct object, act on them: "confirm the
# nominees" approves them, "admitted two million workers" lets them in.
confirm
confirms
confirmed
confirming
admit
admits
admitted
admitting
# "called the police" phones them; "recalled its ambassador" brings him home.
call
calls
called
calling
recall
recalls
recalled
recalling

[source.person_noun]
# Nouns of people a verb of [source.cue.person_object] acts on, beside
# titles, professions and groups the other sections list.
nominee
nominees
appointee
appointees
judge
judges
justice
justices
worker
workers
patient
patients
student
students
immigrant
immigrants
migrant
migrants
refugee
refugees
applicant
applicants
member
members
candidate
candidates
recruit
recruits
visitor
visitors
tourist
tourists
child
children
player
players
newcomers
asylum-seekers
seekers
prisoners
detainees
inmates
police
firefighters
paramedics
ambulance
mother
father
parents
wife
husband
son
daughter
family
friend
friends
brother
sister
lawyer
lawyers
doctor
doctors
ambassador
ambassadors
envoy
envoys

[source.cue.needs_speaker]
# Verbs that, after a singular subject no lexicon knows, say what a thing
# endangers, not what someone threatens ("the flood threatened the
# harbour"). "Demand" is left out: a group demands ("a GOP wing demanded").
threatens
threatened

[source.cue.example_marker]
# A verb between two commas with nothing of its own on either side that
# introduces an example ("unlike, say, trying"), not speech.
say

[source.naming_antecedent]
# Indefinite pronouns a naming participle gives a name to ("something
# called X").
something
anything
nothing
everything
someone
somebody

[source.object_quantity]
# Prepositions inside a quantity that do not end a direct object ("more
# than two million workers").
than

[source.not_cue_phrase]
# Set phrases that open with a cue's form and report nothing.
think tank
think tanks
think-tank
think-tanks
say-so
calls itself
called itself
call themselves
called themselves
calling itself

[source.noun_adjective]
# Adjectives that stand before a noun: after one of them, a form of
# [source.cue.noun_like] that follows a determiner, a possessive or a
# preposition is a noun ("in major projects", "his own plans").
major
minor
new
big
recent
old
own
latest
early
key
top
past
future
main
earlier
previous
similar
such
other

[source.grammar.noun_adjective_suffix]
# Endings of adjectives before a noun ("his political jokes", "a
# controversial claim"), for the rule of [source.noun_adjective]; endings
# that nouns share are left out ("proposal", "clinic", "initiative").
ical
ional
ial
eral
ous
ful
less
ern

[source.degree_adverb]
# Adverbs of degree that stand before adjectives, never before a finite
# verb: a cue's form after one is an adjective ("very concerned"); not
# "too", which also means "as well" ("he too noted").
very

[source.naming_after_name]
# Verbs that, between commas right after a name and before another name,
# give a nickname (French « dit »); none in English news copy.

[source.cue.court_sense]
# Evaluation verbs that, said of a court, pass sentence ("the court
# condemned him to death") rather than report a view.
condemned
condemns

[source.court_noun]
# Heads of subjects that judge.
court
courts
tribunal
judge
jury

[source.cue.display_object]
# Verbs of evidence that, with a quality as object, display it ("showed
# their determination", "showed uncharacteristic fortitude").
show
shows
showed
shown
showing
displayed

[source.display_noun]
# Qualities shown, for [source.cue.display_object].
determination
resolve
courage
fortitude
restraint
solidarity
strength
unity
leadership
patience
compassion
respect
resilience
bravery
defiance
commitment
flexibility

[source.cue.grant_object]
# Verbs that, with a grant as object, refuse or give it ("denied more than
# 800 licenses"), not deny a claim.
denied
denies
deny
denying

[source.grant_noun]
# Things granted, for [source.cue.grant_object].
license
licenses
licence
licences
permit
permits
visa
visas
bail
access
entry
permission
asylum
parole
funding
tenure
benefits
service
