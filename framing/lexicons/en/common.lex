# English: general word lists shared by the extractors.
#
# Where the entries come from: written by hand for framing from English
# grammar (the closed classes: articles, pronouns, auxiliaries, prepositions,
# conjunctions, common adverbs), in the spirit of the stop word lists of the
# Snowball project (snowballstem.org, BSD licence) and of the function-word
# inventories in standard English grammars; no list was copied. Every entry
# is one lowercase word unless said otherwise.

[stopwords]
# Closed-class and very frequent words that carry no topic: left out when
# two sentences are compared by the content words they share.
a
about
above
across
after
again
against
all
almost
along
already
also
although
always
am
among
an
and
another
any
anyone
anything
are
around
as
at
away
back
be
became
because
become
been
before
being
below
between
both
but
by
can
cannot
could
did
do
does
doing
done
down
during
each
either
else
enough
even
ever
every
few
for
from
further
get
gets
got
had
has
have
having
he
her
here
hers
herself
him
himself
his
how
however
i
if
in
into
is
it
its
itself
just
last
least
less
like
made
make
many
may
me
might
more
most
much
must
my
myself
neither
never
no
nor
not
now
of
off
often
on
once
one
only
or
other
others
our
ours
ourselves
out
over
own
per
perhaps
quite
rather
really
same
several
shall
she
should
since
so
some
something
still
such
than
that
the
their
theirs
them
themselves
then
there
these
they
this
those
though
through
thus
to
too
toward
towards
under
until
up
upon
us
very
via
was
we
well
were
what
whatever
when
where
whether
which
while
who
whom
whose
why
will
with
within
without
would
yet
you
your
yours
yourself
monday
tuesday
wednesday
thursday
friday
saturday
sunday
today
yesterday
tomorrow
week
year
years
time
new
first
two
three
mr
mrs
ms
dr

[stopwords.news]
# Reporting and news-routine words: every attributed sentence has them, so
# they say nothing about which claim a sentence is about.
according
said
says
say
saying
told
tell
tells
added
adds
stated
states
statement
statements
announced
reported
reporting
confirmed
claimed
alleged
allegedly
reportedly
insisted
explained
noted
asked
spokesman
spokeswoman
spokesperson
official
officials
source
sources
comment
comments
news
media
press
interview
recently
earlier
later

[function.aux]
# Auxiliaries and modals: a verb's subject ends before the first of them
# ("the ministry has denied", "an official was quick to deny").
has
have
had
having
is
are
was
were
be
been
being
will
would
shall
should
can
could
may
might
must
do
does
did
went
moved
rushed
hastened

[function.preverbal]
# Adverbs that sit between a subject and its verb ("Bettman vehemently
# denied"): not part of the speaker's name. Lowercase words in -ly are
# adverbs there, bar the nouns and names listed in the regex.
re:(?-i:(?!(?:family|ally|assembly|supply|rally|monopoly|anomaly|bully|belly|jelly|lily|fly|folly|holy|ugly|italy|july)\b)[a-z]+ly)
further
also
quickly
swiftly
promptly
later
since
then
again
immediately
previously
publicly
repeatedly
already
always
once
earlier
vehemently
strongly
flatly
firmly
categorically
emphatically
vigorously
angrily
officially
furiously
roundly
initially
consistently
formally
steadfastly
reportedly
allegedly
subsequently
separately
likewise
too
not
never
has
have
had

[function.inversion]
# Words after which a denial verb's subject follows it (none in English).

[function.passive]
# Forms of "be" (and "get") before a past participle: a passive.
is
are
was
were
be
been
being
get
gets
got
getting

[function.agent]
# Marker of the agent of a passive ("denied by the ministry").
by

[function.clause]
# Words that open a clause: a verb's subject is never further left. Not
# "since", which is more often the adverb of "has since denied".
that
which
who
whom
whose
when
while
whereas
because
after
before
if
although
though
and
but
as
where
so
said
says
say
told
saying
adding

[function.connective]
# Linking words and sentence adverbs that may head a clause before its
# subject ("However, the ministry denied ...").
however
but
and
yet
meanwhile
moreover
also
still
instead
though
although
indeed
later
earlier
previously
then
now
so
thus
update
in turn
in response
in a statement
for its part
for his part
for her part
for their part

[function.determiner]
# Determiners: words that may open a noun phrase.
the
a
an
this
these
that
those
his
her
its
their
our
my
some
any
no
every
each
another
several

[function.preposition]
# Prepositions: a comma-delimited stretch opening with one is an adjunct
# ("for his part", "in a statement"), not a verb's subject.
about
according
after
against
amid
among
as
at
before
by
despite
during
for
from
in
into
of
on
since
through
to
under
until
with
within
without

[function.pronoun]
# Personal pronouns that can be a verb's subject.
he
she
they
it
we
i
you

[function.infinitive]
# The infinitive marker: "took to Instagram to deny" has its subject
# before the main verb, not right before "to".
to

[function.participle]
# Present participles ("denying", "refuting"): never the head of a
# passive, and their subject is the main clause's.
re:(?-i:[a-z]+ing)

[function.name_link]
# Lowercase words inside a proper name ("Ministry of Defence",
# "Bank of England").
of
the
and
for
's

[function.relative]
# Relative pronouns: a verb right after one has the noun before it as its
# subject ("the physician who denied the report"); "that" is left out, it
# is far more often a complementizer ("it is evident that ...").
who
which

[function.coordinator]
# Coordinating conjunctions: a verb right after one shares the subject of
# the verb before ("Korovin denied A and also denies B").
and
but
or

[function.time]
# Time words: a time adjunct between subject and verb ("the airline on
# Sunday dismissed") is not part of the subject. Stripped from the right of
# a subject together with a preposition or "last"/"this" before them.
monday
tuesday
wednesday
thursday
friday
saturday
sunday
january
february
march
april
june
july
august
september
october
november
december
yesterday
today
tonight
morning
afternoon
evening
night
week
weekend
month
year
last
this
on
in
at
earlier
late

[function.time_head]
# Time words that end a noun phrase read rightwards ("denied by the
# ministry Monday").
monday
tuesday
wednesday
thursday
friday
saturday
sunday
yesterday
today
tonight

[function.first_person]
# First-person subjects: a quoted "we deny" is the quoted speaker's denial.
i
we
