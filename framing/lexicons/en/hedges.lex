# English hedge and booster cues for framing.extract.hedging.
#
# Sources: the hedge and booster inventories of Hyland (1998, "Hedging in
# Scientific Research Articles"; 2005, "Metadiscourse"), the uncertainty cue
# classes of the Szeged Uncertainty Corpus (Szarvas et al. 2012) as observed
# in its WikiWeasel part, Prince, Frader & Bosk (1982) for approximators, and
# the stock phrases of wire copy for unverifiable claims ("could not be
# independently verified"). Each section is one hedge kind; the entry syntax
# is that of framing.lexicons.patterns. A section named "<section>.not"
# lists longer phrases that contain a cue of <section> but are not hedges;
# a cue they cover is dropped.

[hedge.modal]
# Epistemic modal verbs and modal expressions of possibility. "can" is left
# out (ability, and a cue in 5% of its Szeged uses), so is "would": in news
# it is mostly the future-in-the-past of reported speech ("said it would
# resign"); in Szeged wiki only 30% of its uses are cues, and adding it
# moved sentence-level F1 there from 0.77 down to 0.76.
may
might
could
may or may not
might well
may well
it is possible that
it's possible that
it is possible
it's possible
it was possible that
it is conceivable that
there is a chance that
there is a possibility that
the possibility of
possibility of
the possibility that
a possibility that
it is also possible
it is quite possible
it is entirely possible
it is very possible
it is certainly possible
it is still possible
it's also possible
it's quite possible
it's entirely possible
it's very possible
it's certainly possible
it's still possible

[hedge.modal.not]
# "could" + negation reports an inability or a failure ("could not be
# reached for comment"), not a possibility; "May" + a day is the month.
could not
couldn't
could never
could hardly
could no longer
re:(?<!\w)may\s+\d
in may
since may
until may
early may
late may
mid-may
last may
next may
# A modal is never followed by a finite verb: "May was shot" is a name.
re:(?<![\w'’-])may\s+(?:was|were|is|are|has|had|did|does|said|says|told|and|of|to)(?![\w])
# Purpose clauses: "so that they could vote" is an ability, not a guess.
so that ... could
so that ... might
so that ... may
in order that ... could
# Advice and wish: "you may want to check", "might wish to".
may want to
might want to
may wish to
might wish to
# The second person addresses the reader or the hearer ("you may own one
# already", "you could feel the tension", "you may not like it, but"):
# a generic or concessive statement, not a guess about the news.
re:(?<![\w'’-])you\s+(?:may|might|could)(?![\w'’-])
# Perception and past ability: "could see the smoke", "could be heard
# shouting", "all I could do", "as fast as they could", "the best anyone
# could hope for", "before the guards could react".
re:(?<![\w'’-])could\s+(?:(?:still|only|barely|clearly|easily|just)\s+)?(?:be\s+)?(?:see|hear|feel|smell|seen|heard|felt|smelled)(?![\w'’-])
re:(?<![\w'’-])(?:all|everything|whatever|the\s+best|the\s+most|the\s+least|as\s+\w+\s+as)(?:\s+\w+)?\s+(?:i|you|he|she|we|they|anyone|anybody|someone|somebody|one)\s+(?:could|might)(?![\w'’-])
re:(?<![\w'’-])before\s+(?:\w+\s+){1,2}could(?![\w'’-])
# The measure of a superlative or a comparison ("the best life I could ever
# imagine", "more than they could have hoped for", "all one could ask for").
re:(?<![\w'’-])could\s+(?:ever\s+|have\s+(?:ever\s+)?)(?:imagine|imagined|dream|dreamed|dreamt|hope|hoped|ask|asked|wish|wished)(?![\w'’-])
re:(?<![\w'’-])could\s+(?:ever\s+)?(?:hope|ask|wish)\s+for(?![\w'’-])
re:(?<![\w'’-])what\s+(?:i|you|he|she|we|they)\s+could(?![\w'’-])
# Purpose after "so" and a person ("rushed to the airport so they could
# be in the open", "so he could continue negotiating"), and the idiom
# "might as well": a goal or a resignation, not a guess.
re:(?<![\w'’-])so\s+(?:i|you|he|she|we|they)\s+(?:could|might|may)(?![\w'’-])
might as well
may as well
# "could" with its verb left out is an ability ("they tried and found they
# could.").
re:(?<![\w'’-])could(?=\s*[,.;:!?"”’)])
# A negative subject or object makes "could" an impossibility in the past
# ("nothing could be done", "no one could doubt", "no seats could be
# found", "could find no trace"), a fact rather than a guess.
re:(?<![\w'’-])(?:no\s+one|nobody|nothing|none|neither|no\s+[\w'’-]+)\s+(?:(?:else|of\s+them|of\s+us|of\s+these|of\s+those)\s+)?could(?![\w'’-])
re:(?<![\w'’-])could\s+(?:find|get|do|see|offer|give|say)\s+(?:no|nothing|none)(?![\w'’-])

[hedge.epistemic_verb]
# Verbs and verb phrases of belief, inference and appearance.
appear to
appears to
appeared to
appearing to
it appears
it appeared
it would appear
seem
seems
seemed
seeming to
it would seem
suggest
suggests
suggested that
suggesting that
re:(?<![\w'’-])suggesting(?=\s+(?:the|a|an|this|that|these|those|he|she|they|it|some|many|there)\s+[\w'’-]+\s+(?:\w+\s+)?(?:was|were|is|are|had|has|have|would|could|might|may|will|did)(?![\w'’-]))
believe
believes
believed
i think
we think
think that
thinks that
i guess
i suspect
we suspect
suspect that
suspects that
suspected that
speculate
speculates
speculated
hypothesize
hypothesizes
hypothesized
hypothesise
hypothesises
hypothesised
theorize
theorizes
theorized
theorise
theorises
theorised
assume
assumes
assumed that
presume
presumes
doubt that
doubt whether
doubts that
doubtful
is expected to
are expected to
was expected to
were expected to
is widely expected to
are widely expected to
tend to
tends to
indicating that
points to the possibility
raises the possibility
# Opinion presented as a judgement of the subject or of people at large
# ("considered one of the best", "regarded as a pioneer").
consider ... as
considers ... as
considered ... as
regard ... as
regards ... as
regarded as
viewed ... as
# "view" and "views" are also nouns ("in her view, as ..."): only with a
# pronoun object.
re:(?<![\w'’-])views?\s+(?:him|her|it|them|this|that|these|those|themselves|himself|herself|itself|us|me|you)\s+as(?![\w'’-])
consider ... to be
considers ... to be
considered ... to be
considered to be
considered one of
# Inference, expectation and fear.
imply
implies
implying
expect
expects
expected
thought that
believing
thought it
thought he
thought she
thought they
indicates that
indicate that
feared that
fears that
is feared
are feared
feared dead
# Opinion held by an unnamed group ("many consider it", "some consider him
# the best"): a judgement, not a fact.
re:(?<![\w'’-])(?:some|many|most|others|people|critics|fans|historians|scholars|experts|analysts|observers|commentators|who|whom)\s+(?:\w+ly\s+|also\s+|still\s+|now\s+)?consider(?![\w'’-])
re:(?<![\w'’-])(?:some|many|most|others|people|critics|fans|historians|scholars|experts|analysts|observers|commentators)\s+(?:\w+ly\s+|also\s+|still\s+|now\s+)?(?:think|assume|suspect)(?![\w'’-])
re:(?<![\w'’-])(?:many|most|others|people|critics|fans|historians|scholars|experts|analysts|observers|commentators)\s+(?:\w+ly\s+|also\s+|still\s+|then\s+|had\s+)?(?:thought|assumed|suspected)(?![\w'’-])
# "Some thought the game tasteless", not "gave it some thought".
re:(?=some\s)(?<![\w'’-])(?<!give\s)(?<!gave\s)(?<!given\s)(?<!giving\s)(?<!put\s)(?<!with\s)(?<!after\s)(?<!of\s)some\s+thought(?=\s+(?!(?:to|into|about|of|on|and|or|was|is|had|has|went|goes|go|for|in|that\s+went)(?![\w'’-]))[\w"“'‘])
# A belief about what happened, not an assumption of a role ("he assumed
# he would leave", not "assumed office").
re:(?<![\w'’-])(?:assume|assumes|assumed|assuming)(?=\s+(?:he|she|they|we|there|everyone|everybody)(?![\w'’-]))

# Negated belief states the speaker's doubt ("I don't think it will pass").
don't think
do not think
didn't think
did not think
doesn't think
does not think
# "considered" as a judgement ("considered the best", "a team considered
# among the greatest"), not as thought given to a matter ("considered for
# the post", "considered the proposal").
re:(?<![\w'’-])considered(?![\w'’-])(?!\s+(?:for|in|at|during|on|and|or|but|that|about|how|whether|what|which|when|\w+ing|by\s+the|the\s+(?:possibility|idea|question|proposal|case|matter|option|issue|request|bill|plan|offer|motion))\b)(?!\s*[,.;:!?)])(?!\s+(?:him|her|it|them|this|that|these|those)\s*[,.;:!?)])
# Belief and hypothesis nouns that carry a claim ("the belief that").
idea that
belief that
beliefs that
view that
assumption that
hypothesis that
# A judgement put as someone's way of seeing ("what he sees as a betrayal",
# "which some see as the next step", "what they consider a soulless
# corporation").
re:(?<![\w'’-])what\s+(?:he|she|they|we|i|you|it|some|many|critics|(?!(?:was|is|has|does|this|his|its)(?![\w'’-]))\w+s)\s+(?:\w+ly\s+)?(?:(?:sees?|saw|views?|viewed|regards?|regarded|perceives?|perceived)\s+as|considers?|considered)(?![\w'’-])
re:(?<![\w'’-])(?:some|many|most|others|critics|opponents|supporters|analysts|observers|experts)\s+(?:\w+ly\s+)?(?:see|saw|perceive|perceived)(?=\s+(?:[\w'’-]+\s+){0,5}?as(?![\w'’-]))
# Fear and concern put a claim as a possibility ("amid fears that the virus
# could spread", "there were concerns that the club would fold").
expecting to
expecting that
fear that
concern that
concerns that
worry that
worries that
worried that
# A forecast put as such ("tax cuts that are projected to increase the
# deficit", "is forecast to be a major hurricane").
re:(?<![\w'’-])(?:is|are|was|were|been|be|now|also)\s+(?:(?:now|also|still|widely)\s+)?(?:projected|forecast|forecasted|predicted)\s+to(?![\w'’-])

[hedge.epistemic_verb.not]
# "a suspect that the police held" is the noun with a relative clause.
re:(?<![\w'’-])(?:a|the|another|one|any|no|each|every|main|prime|key|second|third|new)\s+suspect\s+that(?![\w'’-])
# Disbelief, faith and thinking of something: not a guess.
i think about
i think of
we think about
we think of
couldn't believe
could not believe
can't believe
cannot believe
wouldn't believe
won't believe
don't believe me
believe in
believes in
believed in
believing in
believe me
believe it or not
make believe
hard to believe
difficult to believe
# The perfect of "consider" is thought given to a matter ("we have not
# considered such action"), not a judgement.
re:(?<![\w'’-])(?:has|have|had|having|'ve)\s+(?:(?:not|never|also|already|long|seriously|carefully)\s+)?considered(?![\w'’-])
# Certainty that something is so, the opposite of a doubt.
no doubt that
little doubt that
# A comparison with a forecast reports an outcome, not a guess.
than expected
as expected
# Causing an appearance is no guess about it ("put on the ring to make it
# seem as if they vanished"); a demand of the reader is no expectation about
# the news ("they expect you to follow the dress code").
re:(?<![\w'’-])(?:make|makes|made|making)\s+(?:it|them|him|her|this|that|things|everything|us|me|you)\s+(?:seem|appear)(?![\w'’-])
re:(?<![\w'’-])expect(?:s|ed|ing)?\s+you\s+to(?![\w'’-])

[hedge.epistemic_adverb]
# Adverbs and adjectives of probability.
possibly
probably
perhaps
maybe
likely
unlikely
most likely
more than likely
in all likelihood
in all probability
presumably
apparently
seemingly
conceivably
arguably
potentially
probable
improbable
almost certainly
not necessarily
a possible
the possible
one possible
another possible
# A cause or an origin put forward as one of several.
re:(?<![\w'’-])possible\s+(?:reasons?|causes?|explanations?|origins?|sources?|links?|connections?|motives?)(?![\w'’-])
possible that
# "possible" before its noun, after a preposition, puts a guess ("over
# possible collusion", "to possible military action", "for possible
# wrongdoing"); elsewhere it counts options as often ("three possible
# outcomes", "the maximum possible value", "as uniform as possible across").
re:(?<![\w'’-])possible(?:(?<=['’]s\spossible)|(?<=s['’]\spossible)|(?<=for\spossible)|(?<=about\spossible)|(?<=over\spossible)|(?<=into\spossible)|(?<=to\spossible)|(?<=of\spossible)|(?<=on\spossible)|(?<=against\spossible)|(?<=with\spossible)|(?<=amid\spossible)|(?<=amidst\spossible)|(?<=from\spossible)|(?<=toward\spossible)|(?<=towards\spossible)|(?<=regarding\spossible)|(?<=concerning\spossible)|(?<=including\spossible)|(?<=and\spossible)|(?<=or\spossible))(?=\s+(?!(?:to|that|for|in|at|on|of|by|with|from|and|or|but|nor|if|when|where|because|as|since|without|under|the|a|an|this|that|these|those|its|his|her|their|our|your|my|it|he|she|they|we|you|i|once|now|again|yet|here|there|so|too|then|even|only|just|until|unless|before|after|through|due|given|thanks|anymore|today|right|is|are|was|were|be|been|will|would)(?![\w'’-]))[a-z][a-z-]*(?<!ly)(?![\w'’-]))
# "apparent" before its noun ("an apparent suicide", "the apparent
# plot"); after a verb it means "evident" ("it became apparent").
an apparent
the apparent
in apparent
its apparent
his apparent
her apparent
their apparent
in theory

[hedge.epistemic_adverb.not]
# "possible" and "likely" in phrases that state no uncertainty.
as soon as possible
as much as possible
as quickly as possible
as far as possible
whenever possible
wherever possible
where possible
if possible
made possible
re:possible(?:(?<=est\spossible)|(?<=every\spossible)|(?<=all\spossible)|(?<=what\spossible)|(?<=only\spossible)|(?<=whatever\spossible)|(?<=no\spossible)|(?<=last\spossible)|(?<=first\spossible)|(?<=best\spossible)|(?<=worst\spossible))(?![\w'’-])
# Pollsters' term for a sample, not a guess.
likely voters
likely voter

[hedge.reported]
# Hearsay: the claim is attributed to nobody in particular ("reportedly",
# "is said to", "is believed to"), or marked as alleged.
reportedly
allegedly
alleged
purportedly
purported
purports
purport to
supposedly
reputedly
ostensibly
rumor
rumors
rumour
rumours
rumored
rumoured
allegation
allegations
allege
alleges
alleging
# Accusations: the claim is put as someone's charge, not as established
# ("accused him of fraud", "the putative father").
accused
accuse
accuses
accusing
putative
accusation
accusations
suspected
re:(?<![\w'’-])(?:is|are|was|were|been|being|be|widely|generally|commonly|long|also|still|now)\s+(?:(?:widely|generally|commonly|largely|long|also|still|now|often|increasingly)\s+)?(?:believed|thought|said|rumou?red|alleged|understood|presumed|reputed|considered|regarded)\s+to(?![\w])
re:(?<![\w'’-])(?:it\s+is|it\s+was|it's)\s+(?:(?:widely|generally|commonly|also|now)\s+)?(?:believed|thought|said|rumou?red|alleged|understood|reported|presumed|assumed)(?![\w])
re:(?<![\w'’-])(?:is|are|was|were|been|being|be|widely|generally|commonly|largely|often|also|still|increasingly)\s+(?:(?:widely|generally|commonly|largely|often|also|still|now|increasingly|\w+ly)\s+){0,2}(?:seen|viewed|regarded|perceived|considered)\s+as(?![\w])
re:(?<![\w'’-])(?:is|are|was|were|been|being|widely|generally|commonly|often|also|still)\s+(?:(?:widely|generally|commonly|often|also|still|now)\s+)?(?:considered|regarded|thought)(?![\w])(?!\s+(?:for|in|at|during|on|and|or|but|that|about|how|whether|to)\b)(?!\s*[,.;:!?)])
re:(?<![\w'’-])(?:is|are|was|were|been|being)\s+reported\s+to\s+(?:be|have)(?![\w])
re:(?<![\w'’-])(?:is|are|was|were|been|being|be)\s+\w+ly\s+(?:believed|thought|said|rumou?red|alleged|understood|presumed|reputed|considered|regarded|seen|viewed)(?![\w])
re:(?<![\w'’-])(?:thought|believed|rumou?red|reputed|presumed)\s+to\s+(?:be|have)(?![\w])
re:(?<![\w'’-])(?:is|are|was|were|been|being|often|widely|generally|commonly)\s+assumed\s+to(?![\w])
re:(?<![\w'’-])(?:seen|viewed|regarded|considered|thought|assumed|believed|perceived)\s+by\s+(?:many|some|most|others|critics|scholars|historians|people|observers|commentators)(?![\w])
# Belief of unnamed others, in the passive ("seen by many as", "is
# supposed to have fled"; "supposed to" alone is mostly obligation).
supposed to have
have been suggested
re:(?<![\w'’-])(?:is|are|was|were|been|being)\s+suspected\s+of(?![\w])
re:(?<![\w'’-])(?:is|are|was|were|been|being|stands?|stood)\s+accused\s+of(?![\w])
according to unconfirmed reports
unconfirmed reports
speculation that
some say
some believe
it has been suggested
it has been reported
it has been claimed
# A claim as a noun is the claimant's, not established ("her claims that
# the pact is secret", "a claim that could contradict").
re:(?=claims?\s+(?:that|of)(?![\w'’-]))(?:(?<=\sthe\s)|(?<=^the\s)|(?<=\sa\s)|(?<=^a\s)|(?<=\shis\s)|(?<=^his\s)|(?<=\sher\s)|(?<=^her\s)|(?<=\stheir\s)|(?<=^their\s)|(?<=\sits\s)|(?<=^its\s)|(?<=\sthese\s)|(?<=^these\s)|(?<=\sthose\s)|(?<=^those\s)|(?<=\ssuch\s)|(?<=^such\s)|(?<=\sunsubstantiated\s)|(?<=^unsubstantiated\s)|(?<=\sunfounded\s)|(?<=^unfounded\s)|(?<=\sfalse\s)|(?<=^false\s)|(?<=\sdubious\s)|(?<=^dubious\s)|(?<=\sunproven\s)|(?<=^unproven\s)|(?<=\sunverified\s)|(?<=^unverified\s)|(?<=\ssimilar\s)|(?<=^similar\s)|(?<=\searlier\s)|(?<=^earlier\s)|(?<=\snew\s)|(?<=^new\s)|(?<=\sprevious\s)|(?<=^previous\s)|(?<=\swidespread\s)|(?<=^widespread\s)|(?<=\sdisputed\s)|(?<=^disputed\s)|(?<=\sbaseless\s)|(?<=^baseless\s)|(?<=['’]s\s)|(?<=s['’]\s))claims?\s+(?:that|of)(?![\w'’-])

[hedge.reported.not]
# "the accused" is the defendant, named by the court's word; a denied
# accusation ("I'm not accusing anybody", "was never accused of") puts no
# claim forward.
the accused
re:(?<![\w'’-])(?:not|never|n['’]t)\s+(?:been\s+|being\s+)?(?:accus\w+|alleg\w+)(?![\w'’-])

[hedge.condition]
# Conditions: the claim holds only under a hypothesis ("if the talks fail",
# "unless", "provided that"). The Szeged Uncertainty Corpus calls these
# hypo_condition; on its WikiWeasel part "if" and "unless" are cues in most
# of their uses. "would", "will", "until" and "as long as" are left out: they
# are cues in a third or less of their uses there (narrative "would later
# become", durations, comparisons), and in news "said it would" is reported
# future, not a hypothesis.
if
even if
only if
unless
in case
provided that
providing that
so long as
on condition that
on the condition that
supposing that
# A condition put by inversion at the head of a clause ("Should he enter the
# race, it would ...", "Had they known, ...", "Were it to fail, ..."): its
# clause ends with a comma, unlike a question ("Should he resign?").
re:(?-i:(?=Should\s|Had\s|Were\s)(?:(?<=^)|(?<=\n)|(?<=[.!?;:]\s)|(?<=[—–]\s)|(?<=[“"‘]))(?:Should|Had|Were)(?=\s+(?:he|she|it|they|we|I|you|the|a|an|this|that|these|those|there|his|her|its|their|our|[A-Z][\w'’.-]+)\s[^,.;:?!\n]{1,120},))

[hedge.condition.not]
# Fixed phrases with "if" that state no condition: comparison ("as if"),
# definition ("if and only if"), concession ("most if not all", "little, if
# any,", "useful, if slow,") and the stock "if possible", "if anything".
as if
if and only if
if any
if anything
if ever
if possible
if necessary
if not all
if not most
if not more
if not ... then at least
a matter of if
in case of
re:,\s*if\s+(?:not\s+)?(?:\w+ly\s+)?\w+\s*[,)]
re:(?<![\w'’-])if-
# A condition on the reader or hearer ("if you live nearby", "if you need
# help") or an apology ("sorry if") hedges no
# claim; "if (" is program code left in the page.
if you
if your
even if you
sorry if
# "if" after a verb of asking or finding out is a question
# ([hedge.condition.question]), not a hypothesis.
re:if(?:(?<=ask\sif)|(?<=asks\sif)|(?<=asked\sif)|(?<=asking\sif)|(?<=wonder\sif)|(?<=wonders\sif)|(?<=wondered\sif)|(?<=wondering\sif)|(?<=see\sif)|(?<=seeing\sif)|(?<=check\sif)|(?<=checks\sif)|(?<=checked\sif)|(?<=checking\sif))(?![\w'’-])
re:(?<![\w'’-])if\s*\(

[hedge.condition.question]
# Open questions: a claim put as a question nobody has settled ("whether
# the talks will resume", "asked if"); Szeged's hypo_investigation. Counted
# as kind "condition", but they bring in no consequence "would".
whether
whether or not
re:if(?:(?<=ask\sif)|(?<=asks\sif)|(?<=asked\sif)|(?<=asking\sif)|(?<=wonder\sif)|(?<=wonders\sif)|(?<=wondered\sif)|(?<=wondering\sif)|(?<=see\sif)|(?<=seeing\sif)|(?<=check\sif)|(?<=checks\sif)|(?<=checked\sif)|(?<=checking\sif))(?![\w'’-])

[hedge.condition.question.not]
# After a statement of ignorance or doubt the question is part of that cue
# ("it is unclear whether" is one hedge, not two).
re:(?<![\w'’-])(?:unclear|clear|known|unknown|certain|uncertain|sure|unsure|doubt|doubts|doubted|doubtful)\s+(?:as\s+to\s+)?whether(?![\w'’-])
re:(?<![\w'’-])(?:be\s+seen|(?:early|soon|hard|difficult)\s+to\s+(?:say|tell|know))\s+whether(?![\w'’-])
# "Whether it is X or Y, ..." at the head of a clause and a clause-final
# ", whether it is popular or not" are concessions, not questions.
re:(?=whether\s)(?:(?<=^)|(?<=\n)|(?<=[,;:.!?"“‘]\s)|(?<=["“‘]))whether\s+[^,.;:?!()\n]{1,80}?\s+or\s+[^,.;:?!()\n]{1,80}?,
re:(?<=,\s)whether\s+[^,.;:?!()\n]{1,80}?\s+or\s+not(?=\s*[,.;:!?)]|\s*$)

[hedge.condition.consequence]
# The consequence of a condition ("if it rained, the match would be
# cancelled"): a condition cue only in a sentence that has a cue of
# [hedge.condition]; alone, "would" is mostly reported future.
would
wouldn't
would not

[hedge.condition.consequence.not]
# Politeness and wish ("we would be glad to talk", "would like to"): no
# consequence of the hypothesis, even in a sentence that has one.
would like
would love
would prefer
would rather
re:(?<![\w'’-])would\s+(?:(?:be|feel)\s+)?(?:glad|happy|delighted|pleased|grateful|honou?red|thrilled)(?![\w'’-])

[hedge.approximator]
# Approximators that need no number after them; round multiples left
# unsaid ("several dozen dead", "a few hundred protesters").
approximately
several dozen
a few dozen
several hundred
a few hundred
several thousand
a few thousand
an estimated
or so
give or take
more or less
roughly speaking

[hedge.approximator.not]
# "about" as the preposition a verb or an adjective takes ("worry about two
# things", "talked about three plans"), not "about 40 people".
re:about(?:(?<=care\sabout)|(?<=cares\sabout)|(?<=cared\sabout)|(?<=caring\sabout)|(?<=talk\sabout)|(?<=talks\sabout)|(?<=talked\sabout)|(?<=talking\sabout)|(?<=think\sabout)|(?<=thinks\sabout)|(?<=thinking\sabout)|(?<=worry\sabout)|(?<=worries\sabout)|(?<=worried\sabout)|(?<=know\sabout)|(?<=knew\sabout)|(?<=knows\sabout)|(?<=learn\sabout)|(?<=learned\sabout)|(?<=learnt\sabout)|(?<=hear\sabout)|(?<=heard\sabout)|(?<=read\sabout)|(?<=write\sabout)|(?<=writes\sabout)|(?<=wrote\sabout)|(?<=complain\sabout)|(?<=complained\sabout)|(?<=concerned\sabout)|(?<=excited\sabout)|(?<=upset\sabout)|(?<=serious\sabout)|(?<=curious\sabout)|(?<=joke\sabout)|(?<=joked\sabout)|(?<=forget\sabout)|(?<=forgot\sabout)|(?<=dream\sabout)|(?<=dreamed\sabout)|(?<=argue\sabout)|(?<=argued\sabout)|(?<=argues\sabout)|(?<=debate\sabout)|(?<=debated\sabout)|(?<=speak\sabout)|(?<=spoke\sabout)|(?<=speaks\sabout)|(?<=speaking\sabout)|(?<=news\sabout)|(?<=story\sabout)|(?<=stories\sabout)|(?<=questions\sabout)|(?<=something\sabout)|(?<=anything\sabout)|(?<=nothing\sabout)|(?<=everything\sabout))(?![\w'’-])

[hedge.approximator.before_number]
# Counted only when a quantity ([hedge.quantity]) follows: "about 37 countries",
# never "talked about". "more than", "over", "at least" and "up to" are
# left out: they state a bound, not an approximation (on real news "up to"
# is mostly a ceiling: a fine of up to 5,000 dollars, holds up to ten litres).
about
around
roughly
some
nearly
almost
close to
as many as
as much as
somewhere around
in the region of
upwards of

[hedge.quantity]
# What makes a following phrase a quantity for the approximators above.
re:[$€£]?\d
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
eleven
twelve
fifteen
twenty
thirty
forty
fifty
sixty
seventy
eighty
ninety
hundred
hundreds
thousand
thousands
million
millions
billion
billions
dozen
dozens
half
a third
a quarter
a fifth
a tenth
a dozen
a hundred
a thousand
a million
a billion
a half
two-thirds
three-quarters
one-third

[hedge.negated_certainty]
# Explicit statements that a fact is not established. "There is no
# evidence" is left out: news uses it to reject a claim, not to hedge one.
unclear
it is unclear
it was unclear
it remains unclear
it is not clear
it was not clear
it is not yet clear
it was not immediately clear
it is not immediately clear
not immediately clear
not yet clear
not clear whether
not known whether
it is not known
it was not known
it is unknown
remains unknown
it is uncertain
not certain
uncertain whether
unconfirmed
unverified
could not be independently verified
could not be independently confirmed
could not immediately be verified
could not immediately be confirmed
could not be verified
could not be confirmed
cannot be independently verified
cannot be independently confirmed
cannot be verified
can not be verified
has not been independently verified
have not been independently verified
has not been confirmed
have not been confirmed
was not independently verified
were not independently verified
not independently verified
not independently confirmed
there was no immediate confirmation
there was no independent confirmation
no immediate confirmation
it is impossible to verify
unsubstantiated
impossible to verify
impossible to confirm
little is known
not well understood
# Open outcomes, as news puts them.
remains to be seen
remain to be seen
too early to say
too early to tell
too early to know
too soon to say
too soon to tell
too soon to know
hard to say
hard to tell
hard to know
difficult to say
difficult to know
no one knows
nobody knows
# Not sure, and a fact left unknown ("the cause is still unknown"; not
# "unknown to the public").
not sure
not so sure
unsure
not entirely clear
re:(?<![\w'’-])(?:is|are|was|were|remains?|remained|still)\s+(?:(?:still|as\s+yet|yet|currently|largely|also)\s+)?unknown(?![\w'’-])(?!\s+(?:to|for|in|by|outside|until|till)(?![\w'’-]))
# A source unable to confirm a report ("said he could not confirm the
# authenticity of the video").
re:(?<![\w'’-])(?:could\s+not|couldn't|cannot|can\s+not|can't|was\s+unable\s+to|were\s+unable\s+to|is\s+unable\s+to|are\s+unable\s+to|unable\s+to|did\s+not|didn't)\s+(?:(?:immediately|independently|yet)\s+)?(?:confirm|verify)(?![\w'’-])

[hedge.negated_certainty.not]
# A social-network account without a check mark, not an unverified claim.
re:(?<![\w'’-])unverified\s+(?:\w+\s+)?accounts?(?![\w'’-])

[booster]
# Certainty markers (Hyland 2005, boosters), kept to those that express
# the writer's or speaker's certainty rather than mere emphasis.
clearly
certainly
definitely
undoubtedly
undeniably
unquestionably
indisputably
incontrovertibly
doubtless
no doubt
without doubt
without a doubt
without any doubt
beyond doubt
beyond any doubt
beyond a doubt
there is no doubt
there's no doubt
there can be no doubt
of course
obviously
surely
it is clear that
it's clear that
it is certain that
it is obvious that
it is evident that
in fact

[booster.not]
# Manner and degree ("speak very clearly", "more clearly", "explain clearly
# with examples", "clearly visible", "stated clearly."), a fact
# put as a hypothesis ("if in fact") and the idiom "slowly but surely": no
# certainty of the writer.
slowly but surely
re:(?<![\w'’-])clearly(?=\s*[,.;:!?)]|\s+(?:with|about|enough|visible|audible|identified|identifiable|marked|labell?ed|defined|stated|explained|written|worded|displayed|signposted)(?![\w'’-]))
very clearly
more clearly
most clearly
less clearly
so clearly
too clearly
as clearly
if in fact
whether in fact

[booster.negation]
# Words that turn a following booster into its opposite ("not clearly").
not
re:n['’]t(?![\w])
never
no
hardly

[capitalised]
# Words written with a capital in running text that are not names, so a cue
# they begin is kept after a word ("and I think it will pass").
i
