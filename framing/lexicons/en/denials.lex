# English: official denials, read by framing.extract.denials.
#
# Where the entries come from: written for framing from the usage of denial
# verbs and "not true"-type predicates in English news copy (patterns read,
# never copied, in the FNC-1 / Emergent article bodies, whose "disagree"
# bodies are rich in denials), checked against the senses of "deny",
# "reject", "dismiss" and "refute" given by general English dictionaries.
# Entry syntax: framing/lexicons/patterns.py.

[denial]
# Verbs whose news sense is "say that a claim is false": a denial on their
# own, in narrative or quoted voice, unless [denial.not] covers the match
# (to deny someone entry, "neither confirmed nor denied", "did not deny").
deny
denies
denied
denying
refute
refutes
refuted
refuting
rebut
rebuts
rebutted
rebutting

[denial.noun]
# The noun, in frames where it names a denial being made ("in denial",
# "denial of service", "Holocaust denial" never match these). The denier is
# the subject ("the ministry issued a denial") or follows a word of
# [denial.noun.source] ("a flat denial from the spokesman").
issued a ... denial
issue a ... denial
issues a ... denial
flat denial
categorical denial
firm denial
strong denial
swift denial
blanket denial
in a denial

[denial.noun.source]
# Words that introduce the author of a denial named by a noun.
from
by

[denial.noun.head]
# The noun alone, a cue only in a frame that names its author: a possessive
# ("the Kremlin's denial", "his denials"), a [denial.noun.source] complement
# that is a party ("denials by the company"), a capitalised modifier after a
# determiner ("despite the White House denials"). "climate denial", "in
# denial", "denial of service", "visa denials" have no such frame or are
# cancelled by [denial.not].
denial
denials

[denial.noun.possessive]
# Possessive determiners that name the author of a [denial.noun.head] noun.
his
her
their
its

[denial.noun.party]
# Prepositions after a [denial.noun.head] noun that introduce its author
# when a party follows. English "of" introduces what is denied ("denial of
# the reports", "denial of entry"), never who denies.

[denial.object]
# Verbs that deny only when their object is a claim ("rejected the
# reports", "dismissed claims"); "rejected the appeal", "dismissed the
# employee", "the court dismissed the case" are decisions, not denials, and
# their objects are not in [denial.claim]. The claim noun must follow within
# a few words.
reject
rejects
rejected
rejecting
dismiss
dismisses
dismissed
dismissing
dispute
disputes
disputed
disputing
contest
contests
contested
contesting
debunk
debunks
debunked
debunking
shot down
shoots down
shooting down
brushed aside
brushes aside
brushed off
brushes off
pushed back on
pushed back against
poured cold water on

[denial.claim]
# Nouns naming an assertion someone made: the objects that make a
# [denial.object] verb a denial, and (after a [denial.anaphor] word) the
# back-references "these reports", "such claims".
report
reports
claim
claims
allegation
allegations
accusation
accusations
rumour
rumours
rumor
rumors
story
stories
speculation
suggestion
suggestions
assertion
assertions
insinuation
insinuations
characterization
characterisation
# "Rejected the idea of a wage rise" turns down a proposal; "the idea that
# wages rose" is a claim.
re:idea(?=\s+that\b)
re:notions?(?=\s+that\b)
possibility
findings
# As an object only; "refuted by the conclusions of the inquiry" stays a finding.
re:conclusions
arguments
argument
narrative
theory
theories
version
information
article
articles
contention
# "rejected any wrongdoing", "disputed any involvement": what is denied is
# named by the noun; "rejected any deal" turns down a proposal.
# Material put forward as evidence, rejected for what it is said to show:
# "dismissed the documents as early working papers", "rejected the photos
# as forgeries" (not "rejected the documents" alone, a decision).
re:(?:documents?|memos?|dossiers?|papers|leaks?|photos?|photographs?|pictures?|videos?|images?|footage|recordings?|tweets?|posts?|emails?|e-mails?|messages?)(?=\s+as\b)
re:(?<=\bany\s)(?:wrongdoing|involvement|responsibility|link|links|connection|connections|knowledge)

[denial.anaphor.near]
# Determiners of [denial.anaphor] that point to what was just told ("rejected
# that argument", "dismissed such claims"): with no claim found nearby, the
# denial answers the sentence before it.
this
that
these
those
such

[denial.anaphor]
# Determiners that make a following claim noun point back to a claim
# already told ("such reports", "these claims", "the story").
such
these
those
this
that
the
its
their
his
her

[denial.label]
# Verbs that label a claim with a [denial.predicate] word: "called the
# report baseless", "termed the reports as false". The predicate must follow
# within a few words; the cue then spans from the verb to the predicate.
called
calls
calling
termed
terms
terming
described
describes
describing
labelled
labeled
labels
labelling
labeling
branded
brands
dubbed
deemed
dismissed
dismisses
dismissing
# "Classified" labels only with "as" ("classified the report as false");
# "classified information … false" is an adjective.
re:classifie[sd](?=\s+(?:[\w'’-]+\s+){0,4}?as\b)

[denial.label.not_before]
# Words after which a labelled predicate judges a situation, not a claim
# ("called it ridiculous that ...", "deemed it absurd to ...").
that
to

[denial.label.not_object]
# Objects of a label verb that are the press, not a claim it published:
# "calls the media 'fake news'", "describes unfavourable coverage as fake
# news" attack an outlet; "called the report fake news" still labels a claim
# (a claim noun in the object keeps the label).
media
press
coverage
outlet
outlets
network
networks
newspaper
newspapers
journalists
reporters
pundits

[denial.predicate]
# Words by which a speaker says a claim is false. They deny only with a
# speaker: inside a quotation, or in a sentence holding an attribution
# ("police said the rumours were untrue"), or after a [denial.label] verb;
# the journalist's own "the story is false" is a fact-check, not an
# official denial.
untrue
there is no truth
there was no truth
there's no truth
no truth to
no truth in
not a shred of truth
not true
isn't true
wasn't true
aren't true
weren't true
baseless
unfounded
groundless
without foundation
without any foundation
no foundation
without basis
without any basis
no basis in fact
fabrication
complete fabrication
total fabrication
nonsense
pack of lies
making up lies
did not happen
didn't happen
never happened
has never happened
did not take place
didn't take place
never took place
re:\bno\s+(?:[\w'’-]+\s+){1,6}?(?:took|has\s+taken|had\s+taken|have\s+taken)\s+place\b
# Knowledge denied: "said he had no knowledge of the payments".
re:\b(?:had|has|have|having)\s+no\s+(?:prior\s+)?knowledge\s+(?:of|about)\b
has nothing to do with
had nothing to do with
have nothing to do with
re:\bno\s+evidence\s+(?:whatsoever\s+)?(?:that|of|to\s+support)\b
# A decision reported as taken, denied by the one who would take it: "no
# decision has been taken", "nothing has been decided".
re:\bno\s+(?:final\s+)?decisions?\s+(?:[\w'’-]+\s+){0,8}?(?:has|have|had)\s+(?:yet\s+)?been\s+(?:taken|made|reached)\b
re:\bnothing\s+(?:has|had)\s+(?:yet\s+)?been\s+decided\b
# A plan reported, denied: "there is no question of closing the unit" (not
# "no question that", which asserts).
re:\bno\s+question["”’]?\s+of\b
# Words that also qualify nouns ("false flag", "fabricated evidence", "made
# up names", "the fake news media"): only as predicates, after a form of
# "be" or before a punctuation mark.
re:\b(?:is|are|was|were|be|been|being|remains?|['’]s|['’]re)\s+[\"“'‘]?(?:(?:completely|totally|entirely|absolutely|utterly|simply|just|all|categorically|patently|demonstrably|clearly|wholly|100\s+percent|100%)\s+[\"“'‘]?)?(?:false|fabricated|incorrect|inaccurate|misleading|made\s+up(?!\s+of\b)|fake|fake\s+news|lies|an?\s+(?:outright\s+|complete\s+|total\s+|blatant\s+)?lie|a\s+hoax|fiction|pure\s+fiction|invented|a\s+fabrication)\b(?!\s+(?!(?:and|or|but|in|on|to|as|that|which|because|since|from|by|at|for|and|now|too|anyway)\b)[a-z]{3,})
# A straight quotation mark after the word may open the noun it qualifies
# ('oppose false "privatization" efforts').
re:(?<![\w-])(?:false|fabricated|incorrect|inaccurate|misleading)(?=\s*(?:[.,;:!?»”’)]|"(?![\w‘“])|$))
# "Fake news" alone ('"Fake news!" he said', 'It's all "fake news."'), not
# as a verb's object or a term ("people are reading fake news, or …", "the
# term 'fake news' now refers to …").
re:(?<![\w,;'’-]\s)(?<![\w'’-])fake\s+news(?=\s*(?:[.,;:!?)]|[”"’»]\s*(?:[.,;:!?)]|$)|$))

[denial.predicate.label]
# Words that deny only as what a [denial.label] verb calls a claim
# ("dismissed the reports as speculation", "called it ridiculous"): alone
# they are ordinary evaluation ("there is a lot of speculation").
speculation
pure speculation
ridiculous
absurd
garbage
rubbish
a lie
lies
a hoax
fiction
pure fiction
fake
fake news
false
# "a group made up of bloggers" is composed, not invented.
re:made\s+up(?!\s+of\b)
invented
wrong
erroneous
inaccurate
incorrect
misleading
fabricated
fantasy
a fantasy

[denial.not]
# Matches that overlap a cue cancel it.
# Not denying: "neither confirmed nor denied", "would not confirm or deny".
re:\bconfirm(?:s|ed|ing)?\s+(?:or|nor)\s+den(?:y|ies|ied|ying)\b
# Either outcome open: "witnesses could verify or refute parts of the story".
re:\b(?:verify|verifies|verified|prove|proves|proved|support|supports|corroborate|corroborates|confirm|confirms)\s+(?:[\w'’-]+\s+){0,3}?or\s+(?:refute|refutes|rebut|rebuts|disprove|disproves|deny|denies|dispute|disputes)\b
re:\bden(?:y|ies|ied|ying)\s+(?:or|nor)\s+confirm(?:s|ed|ing)?\b
# Negated or withheld denials: "did not deny", "has never denied",
# "refused to deny", "stopped short of denying".
re:(?:\bnot|\bnever|n['’]t)\s+(?:(?:\w+ly|yet|publicly|explicitly|immediately|outright|been|be|being|fully)\s+){0,2}(?:den(?:y|ies|ied|ying)|refut\w*|reject\w*|dismiss\w*|disput\w*|rebut\w*|debunk\w*|contest\w*)\b
re:\b(?:refus\w*|declin\w*|fail\w*|unable|reluctant)\s+to\s+(?:\w+ly\s+)?(?:deny|refute|reject|dispute)\b
re:\b(?:short\s+of|without)\s+(?:\w+ly\s+)?(?:denying|rejecting|disputing)\b
# Not being able to deny is conceding: "no one can deny", "there's no denying".
re:\b(?:can|could|cannot|can['’]t|couldn['’]t)\s+(?:not\s+|be\s+|have\s+|really\s+|\w+ly\s+)?(?:den(?:y|ied)|refute[d]?|dispute[d]?|reject(?:ed)?)\b
re:\b(?:no|hard\s+to|difficult\s+to|impossible\s+to)\s+(?:deny|denying|dispute|disputing|refute)\b
# To deny someone something: "denied entry", "was denied a visa", "denied
# him bail", "women denied abortions".
re:\bden(?:y|ies|ied|ying)\s+(?:(?:him|her|them|us|me|you|it|the\s+\w+|\w+['’]s)\s+)?(?:an?\s+|the\s+|their\s+|his\s+|her\s+)?(?:entry|access|bail|parole|visas?|permission|permits?|requests?|rights?|admission|asylum|licen[cs]es?|boarding|services?|treatment|opportunit(?:y|ies)|chances?|funding|coverage|benefits?|citizenship|tenure|hearing|seats?|membership|approval|passage|place|honou?r|food|water|care|justice|release|leave|custody|promotion|insurance|loans?|credit|nomination|appeal|applications?|petitions?|motions?|claims\s+for|compensation|victory|win|title|medal|award|abortions?)\b
# Passive without an agent is that same sense ("his parents asked and were
# denied", "she was denied parole"); "was denied by the ministry" and "the
# reports were denied" (a claim noun just before) stay.
re:(?<!reports\s)(?<!report\s)(?<!claims\s)(?<!claim\s)(?<!allegations\s)(?<!allegation\s)(?<!accusations\s)(?<!rumours\s)(?<!rumors\s)(?<!story\s)(?<!stories\s)\b(?:was|were|been|being|is|are|be|get|gets|got|getting)\s+(?:\w+ly\s+)?denied\b(?!\s+by\b)
# To deny a named person or a pronoun something ("to deny Muslims their
# safety", "denied Trump the nomination").
re:\bden(?:y|ies|ied|ying)\s+(?:him|her|them|us|me|you|(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+))?)\s+(?:their|his|her|its|our|my|your|a|an|the|any)\s+
# The same sense with the beneficiary or a modifier between verb and noun
# ("denied a White House request", "deny same-sex couples the basic right",
# "denies the president new money", "denying an assault rifle ban"); a clause, a claim noun, a pronoun
# subject, a gerund or a preposition in the gap means a claim is denied
# ("denied the report that the ministry cut funding", "denied cutting aid"),
# and so does a verb after the noun ("denied campaign funds paid for it").
re:\bden(?:y|ies|ied|ying)\s+(?:(?!(?:that|reports?|claims?|allegations?|accusations?|he|she|they|it|we|i|in|of|on|about|for|to|over|with|any|ever|by)\b)(?![\w'’-]*ing\b)[\w'’-]+\s+){0,3}?(?:(?:an?|the|their|his|her|its|our|that|this)\s+)?(?:(?!(?:that|reports?|claims?)\b)(?![\w'’-]*ing\b)[\w'’-]+\s+){0,2}?(?:rights?|money|funds|funding|aid|requests?|benefits?|care|access|entry|stay|motions?|petitions?|injunctions?|waivers?|exemptions?|visas?|permits?|bail|parole|housing|services?|protections?|licen[cs]es?|bans?|bills?|abortions?|coverage|projects?|applications?|applicants?|treatment|loans?|insurance|contracts?|jobs?|mortgages?)\b(?=\s*(?:[.,;:!?)]|$|\s+(?:to|for|from|in|under|of|on|at|and|or|until|because|if|unless|by|as|while|since|after|before|without)\b))
# A ruling, not a denial: "he would deny the stay", "her claims will be
# dismissed", "he was dismissed in 2017" (a firing).
re:\b(?:be|been|being|was|were|is|are|get|gets|got)\s+(?:\w+ly\s+)?dismissed\b(?!\s+(?:by|as)\b)
# Hypothetical and normative denials: "no one would deny the facts", "if we
# denied the request", "the only way to refute it".
re:\b(?:would|might|should|must|will|shall|['’]ll)\s+(?:\w+ly\s+)?(?:deny|refute|rebut|reject|dismiss|dispute|debunk)\b
# A concession or a purpose, not a denial: "it's not to deny the brutality
# of slavery", "none of this is to deny its sins".
re:\b(?:not|is|was)\s+to\s+(?:\w+ly\s+)?(?:deny|dispute|refute|reject|dismiss)\b
# Refusing to acknowledge a quality or a reality, not denying a claim:
# "deny our equality", "denying American exceptionalism", "denied the
# growing anti-Semitism".
re:\bden(?:y|ies|ied|ying)\s+(?:[\w'’-]+\s+){0,3}?(?:equality|dignity|humanity|nobility|exceptionalism|legitimacy|sovereignty|greatness|brutality|sins|suffering|racism|anti-semitism|antisemitism|bigotry|reality|science|history|humanity)\b
re:\b(?:if|unless|whether)\s+(?:[\w'’-]+\s+){0,3}?(?:den(?:y|ies|ied)|refutes?|refuted|rejects?|rejected|dismiss(?:es|ed)?|disputes?|disputed)\b
re:\bways?\s+to\s+(?:\w+ly\s+)?(?:deny|refute|rebut|debunk|dispute)\b
# What helps refute a claim is evidence, not a party's denial: "the warnings
# could have helped rebut false claims".
re:\bhelp(?:s|ed|ing)?\s+(?:to\s+)?(?:\w+ly\s+)?(?:deny|refute|rebut|debunk|dispute|disprove)\b
# Believing a claim no hoax is no denial: "I don't think it's a hoax".
re:\b(?:don['’]t|doesn['’]t|didn['’]t|do\s+not|does\s+not|did\s+not|never)\s+(?:think|believe|say|said|claim|claimed|suggest|suggested)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}?(?:is|are|was|were|['’]s|['’]re)\s+(?:a\s+)?(?:hoax|false|untrue|fake|made\s+up|lies|a\s+lie|fabricated|not\s+true)\b
# Asked or pushed to deny, not denying: "urging McGahn to deny it",
# "pressured him to deny the reports".
re:\b(?:urg|pressur|ask|tell|told|want|forc|push|order|instruct|encourag|lean)\w*\s+(?:on\s+)?(?:[\w'’-]+\s+){1,3}?to\s+(?:\w+ly\s+)?(?:deny|refute|rebut|dispute|reject|dismiss|debunk)\b
# Refusing a person, with no object after: "When the House denies him, he
# negotiates".
re:\bden(?:y|ies|ied|ying)\s+(?:him|her|them|us|me)\s*(?=[,.;:!?)]|$)
# To deny oneself something.
re:\bden(?:y|ies|ied|ying)\s+(?:himself|herself|themselves|ourselves|myself|yourself|itself|oneself)\b
# An adjective in a list before its noun ("false, hurtful and damaging
# rumours") qualifies, it does not deny.
re:\b(?:false|fake|misleading|inaccurate|incorrect)\s*,\s+[a-z]+(?:\s*,\s*[a-z]+)*,?\s+(?:and|or)\s+[a-z]+\s+[a-z]+
# The alternative, not a verdict: "whether they were true or false".
re:\b(?:true|accurate|real)\s+(?:or|and)\s+(?:\w+ly\s+)?(?:false|untrue|inaccurate|fake|not)\b
re:\b(?:false|untrue|inaccurate|fake)\s+(?:or|and)\s+(?:\w+ly\s+)?(?:true|accurate|real)\b
# The noun of refusing or of rejecting a consensus, not of a claim denied:
# "his climate change denial", "the applicant's visa denial", "the
# president's denial of entry", "the agency's denial rate".
re:\b(?:climate|science|holocaust|genocide|evolution|vaccine|reality|racism|covid)(?:[\s-]+[a-z]+)?[\s-]+denials?\b
re:\b(?:visa|permit|loan|claims?|coverage|licen[cs]e|gun|benefits?|h-1b|applications?|insurance)[\s-]+denials?\b
re:\bdenials?\s+(?:rates?|per|letters?)\b
re:\bdenials?[\s-]+of[\s-]+(?:(?:an?|the|their|his|her|its|any)\s+)?(?:[a-z-]+\s+){0,2}?(?:entry|access|bail|parole|visas?|permits?|rights?|review|services?|care|aid|benefits?|coverage|insurance|immunity|justice|equal|protection|certiorari|requests?|applications?|motions?|petitions?|appeals?|funding|housing|treatment|citizenship|membership|admission|asylum|assignments?|loans?|licen[cs]es?|claims\s+for|reality|science|facts?|history|the\s+holocaust|climate|global\s+warming|autonomy|freedoms?|democracy|due\s+process|basic|human|civil|voting)\b
# A refusal reversed or upheld is a decision: "USCIS reversed its denial",
# "denials that were overturned".
re:\b(?:revers|overturn|uph[oe]ld|appeal|challeng)\w*\s+(?:(?:its|the|their|his|her|a|that)\s+)?(?:[a-z-]+\s+)?denials?\b
re:\bdenials?\s+(?:that|which)\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:overturned|reversed|upheld|appealed|challenged)\b

# The participle as an adjective names refusals counted or listed ("the
# rate of denied purchases", "involuntary denied boardings"), not a denial.
re:\b(?:of|the|for|with|their|its|involuntary|original)\s+denied\s+(?!(?:by|that|it|this|them|any|the|an?|his|her|their|its|having|being|to|in|on|as|and|or|but|he|she|they|we|knowing|ever|wrongdoing|involvement)\b)[a-z]+
# Refusing people something: "denying those who are prohibited", "deny
# anyone a majority", "deny employees all manner of care", "deny Mr. Smith
# the nomination".
re:\bden(?:y|ies|ied|ying)\s+those\s+(?:who|whom|with|without|from)\b
re:\bden(?:y|ies|ied|ying)\s+(?:[a-z-]+\s+)?(?:anyone|anybody|everyone|everybody|someone|somebody|nobody|people|employees|workers|voters|citizens|women|men|children|kids|patients|customers|consumers|buyers|students|immigrants|refugees|residents|families|members|candidates|opponents|others|couples|prisoners|detainees|veterans|teachers|minorities)\s+(?:an?|the|their|his|her|its|all|any|access|entry)\b
re:\bden(?:y|ies|ied|ying)\s+(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+(?-i:[A-Z][\w-]+)\s+(?:their|his|her|its|a|an|the|any)\s+
# Things granted or withheld, with the article and nothing that tells a
# claim: "deny a quorum", "deny the sale", "deny new witnesses", "denying a
# delegate majority", "deny Smith “fundamental fairness”".
re:\bden(?:y|ies|ied|ying)\s+(?:(?!(?:that|reports?|claims?|allegations?|accusations?|he|she|they|it|we|i|in|of|on|about|for|to|over|with|any|ever|by)\b)[“"‘']?[\w'’.-]+\s+){0,4}?[“"‘']?(?:quorum|majority|majorities|sales?|purchases?|witness(?:es)?|fairness|nominations?|boardings?|contraception|transactions?|transfers?|votes?|passports?|credentials|(?:re)?hearings?|raises?|amendments?|clearances?)\b(?=[”"’']?\s*(?:[.,;:!?)]|$|\s+(?:to|for|from|in|under|of|on|at|and|or|but|until|because|if|unless|by|as|while|since|after|before|without|going|into)\b))
# What is granted, refused by a law or an office: "the benefits denied by
# the act", "clearances denied by the office", "after the march was denied".
re:\b(?:benefits?|rights?|access|entry|visas?|permits?|permission|requests?|applications?|petitions?|appeals?|bail|parole|asylum|coverage|loans?|licen[cs]es?|clearances?|amendments?|funding|care|treatment|march|walk|rally|protest)\s+(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been|been)\s+)?(?:\w+ly\s+)?denied\b
# Negation shared with a coordinated verb: "by not addressing or refuting
# it", "couldn't confirm, deny or comment", "sees no reason to dispute".
re:(?:\bnot|\bnever|n['’]t|\bwithout)\s+(?:[\w'’-]+\s*,?\s+){1,3}?(?:or|nor|and)\s+(?:den(?:y|ies|ied|ying)|refut\w*|reject\w*|dismiss\w*|disput\w*|rebut\w*|debunk\w*|contest\w*)\b
re:(?:\bnot|\bnever|n['’]t)\s+(?:\w+\s+)?confirm\w*\s*,\s+den(?:y|ies|ied|ying)\b
re:\bno\s+(?:reason|need|basis|grounds|way)\s+to\s+(?:\w+ly\s+)?(?:deny|dispute|refute|reject|doubt|rebut)\b
# A denial planned or hoped for is not made: "in order to refute Cruz", "the
# first chance to refute the case", "plans to dispute the findings".
re:\b(?:in\s+order|chance|opportunity|occasion|want|wants|wanted|plans?|planning|planned|going|aims?|aiming|hopes?|hoping|intends?|intend\w*|prepared|preparing|expected|expects?)\s+to\s+(?:\w+ly\s+)?(?:deny|refute|rebut|dispute|debunk|disprove|reject|dismiss)\b
# Something that failed to happen, told by the speaker: "they fell out when
# that didn't happen" ("because this never happened" still denies).
re:\b(?:when|after|if|until|unless|once)\s+(?:that|this|it)\s+(?:did\s+not|didn['’]t|has\s+not|hasn['’]t)\s+(?:\w+ly\s+)?happen\w*
# A delay, not a denial: "the notification did not happen until Monday".
re:\b(?:did\s+not|didn['’]t)\s+(?:happen|take\s+place)\s+until\b
# Firsts and refusals to be involved, not denials: "this has never happened
# to any president before", "I will have nothing to do with it".
re:\bnever\s+(?:happened|taken\s+place|took\s+place)\s+(?:[\w'’-]+\s+){0,6}?before\b
re:\b(?:will|would|['’]ll|want|wants|wanted|going)\s+(?:to\s+)?(?:\w+ly\s+)?have\s+nothing\s+to\s+do\s+with\b
# A hope, a doubt or a prediction is not a denial: "I'm hoping it's not
# true", "concerned the book would be inaccurate".
re:\b(?:hop\w*|wish\w*|pray\w*|doubt\w*|fear\w*|worr\w*)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}?(?:is|are|was|were|['’]s|['’]re|be)\s+(?:\w+ly\s+)?(?:not\s+true|untrue|false|a\s+hoax|fake)\b
re:\b(?:would|will|could|might|may)\s+(?:\w+ly\s+)?be\s+(?:[\w'’-]+\s+){0,5}?[“"‘']?(?:\w+ly\s+)?(?:false|inaccurate|incorrect|misleading|fake|untrue|fabricated)\b
# What was shown false is a finding told: "claims exposed as false".
re:\bexposed\s+as\s+(?:\w+ly\s+)?(?:false|fake|a\s+hoax|lies|fabricated|untrue)\b
# An admission that one's own words were false is no denial: "admitted the
# explanation she gave was false".
re:\b(?:admit\w*|acknowledg\w*|conced\w*|confess\w*)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,10}?(?:was|were|is|are|had\s+been)\s+(?:\w+ly\s+)?(?:false|untrue|not\s+true|inaccurate|incorrect|misleading)\b
# A consensus rejected is no denial of a claim about the speaker: "called
# global warming a hoax".
re:\b(?:global\s+warming|climate\s+change|evolution|the\s+holocaust|vaccines?)\s+(?:is\s+|was\s+|as\s+)?(?:an?\s+)?[“"‘']?(?:hoax|myth|lie|fake|fraud|fiction|invented|made\s+up)\b
# "Fake news" as the thing blamed or attacked is a term, not a predicate
# ("blaming 'fake news'", "a war on fake news"); "called out" is a phrasal
# verb ("called out wrong names").
re:\b(?:blam\w+|attack\w*|against|on|about|of|the|so-called|from|by|with|spreading|spread|peddl\w+|purvey\w+)\s+[“"‘']?fake\s+news\b
re:\bcall(?:s|ed|ing)?\s+out\b
# Describing how something was done is no label ("described how the group
# used fake accounts").
re:\b(?:describ\w+|call\w+|term\w*|brand\w*|label\w*)\s+(?:how|what|why|when|where|whether)\b

[denial.backref]
# Words that open, after a comma, the clause of a denial pointing back to a
# claim told earlier in its own sentence ("X accused Y of Z, something Y
# denies", "…, which the ministry rejected"): the sentence answers itself.
# "which" only with a subject after it; ", which denied" has the speaker
# before the comma.
something
# "…, an allegation that Trump has denied", "… - an allegation Tehran has
# denied": a claim noun in apposition.
re:(?:an?|the)\s+(?:[\w'’-]+\s+)?(?:allegations?|claims?|accusations?|charges?|assertions?|suggestions?|reports?|rumou?rs?)\s+(?:(?:that|which)\s+)?
re:which\s+(?!(?:has|have|had|was|were|is|are|also|quickly|then|later|promptly|swiftly|immediately|strongly|flatly)\b)(?:the\s+|an?\s+)?[\w'’-]+\s

[denial.backref.concessive]
# Words that open, after a comma or a dash, a concessive clause whose denial
# points back to the claim its own sentence told before it ("Regions could
# lose funding, though the agency denies that will happen"; "…, but he denies
# it"): the sentence answers itself. Only with a verb that keeps no object.
though
although
even though
but
while
whereas
yet

[denial.claim.after]
# Phrases that tell, after the denial and in its sentence, the claim it
# answers ("denied that the pool would close, as some parents claim",
# "contrary to what the paper reported").
re:\bas\s+(?:[\w'’.-]+\s+){0,5}?(?:had\s+|has\s+|have\s+)?(?:claimed|claims|claim|alleged|alleges|allege|reported|suggested|suggests|contended|contends|asserted|asserts|charged|charges)\b
re:\bcontrary\s+to\s+(?:what|claims|reports|the\s+claims?|the\s+reports?)\b

[denial.claim.marker]
# Words by which the journalist tells a claim without vouching for it; a
# sentence holding one is a claim a later denial can answer, even with no
# attribution ("the firm was accused of dumping waste", "rumours that the
# club was for sale").
accused of
accusing
accuses
accusation
accusations
alleged
allegedly
allegation
allegations
suspected of
suspicion
suspicions
rumour
rumours
rumor
rumors
reportedly
purportedly
speculation
# Told in a denier's own words as others' claim: '"They accused me of taking
# bribes. It is a lie," the mayor said', '"Some people say I lied."'.
re:\baccused\s+(?:me|us|him|her|them|you)\s+of\b
re:\b(?:some|many|other|few)\s+(?:people\s+|critics\s+|reports\s+)?(?:say|said|claim|claimed|claims|allege|alleged|suggest|suggested|have\s+said|have\s+claimed)\b
re:\b(?:people|critics|they|others)\s+(?:are\s+)?(?:say|saying|claim|claiming|allege|alleging)\s+(?:that\s+)?(?:i|we|he|she|they)\b
re:\b(?:is|are|was|were)\s+(?:said|believed|thought|understood)\s+to\s+(?:have|be)\b
re:\b(?:reports?|claims?|suggestions?|notions?|ideas?|assertions?|contentions?|theory|theories|insinuations?)\s+that\b
# What an inquiry examines is told without being vouched for: "Mueller is
# investigating whether the campaign colluded".
re:\b(?:investigat\w*|probe|probes|probing|looking\s+into|examining|inquiry\s+into)\s+(?:[^\s;:!?]+\s+){0,12}?whether\b
# "Several outlets raised the possibility of a link": a hypothesis told as
# somebody else's, not vouched for.
re:\braised\s+the\s+(?:possibility|prospect|spectre|specter)\b
speculated

[denial.aside]
# Words that open an aside between a subject and its verb ("the firm, whose
# owner was not named, denied …"): the subject is the noun before them.
whose

[denial.agent.gap]
# Words of an adverbial phrase that may part a participle from its agent
# ("denied in part by the ministry").
part

[denial.denier.tail]
# Words read along with a subject that are not part of it, at the end of a
# denier: "the minister, for his part", "the company itself", "Moscow too".
for his part
for her part
for its part
for their part
himself
herself
itself
themselves
too
also
once more
once again
again
however
though
meanwhile
re:(?:earlier|later)\s+(?:in\s+the|that)\s+(?:day|week|morning|evening)
re:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?

[denial.denier.cut]
# Prepositions that open an adjunct after a denier's head (French needs
# them: « le chef de l'Etat devant ses partisans »); English role phrases
# keep theirs ("an expert at the museum").

[denial.pronoun.person]
# Third-person pronouns that, as a denier with no antecedent from the
# attributions, stand for the last person named as a source before them
# (possessives: "his denial").
he
she
his
her

[denial.pronoun.other]
# Third-person pronouns that may stand for any source, an organisation
# included ("It denied the report", "They rejected the claims").
they
it
their
its

[denial.finding]
# Head nouns of a "denier" that is a finding, not a party: "an allegation
# rejected by the inquiry", "evidence shows the story was a hoax", "a claim
# refuted by the autopsy". Findings and rulings settle a claim; they are not
# official denials.
conclusion
conclusions
results
evidence
finding
findings
inquiry
inquiries
investigation
investigations
probe
court
courts
judge
jury
autopsy
analysis
analyses
test
tests
study
studies
research
data
statistics
records
footage
images
photos
# Experts and fact-checkers assess a claim; they are not the party it is
# about ("surgeons dismissed the photo as a hoax", "fact-checkers rated it
# false", "the internal watchdog found no evidence").
expert
experts
scientist
scientists
researcher
researchers
fact-checker
fact-checkers
watchdog
watchdogs
inspector
auditor
auditors
surgeon
surgeons
biologist
biologists
physicist
physicists
epidemiologist
epidemiologists
virologist
virologists
statistician
statisticians
historian
historians
outlets
websites
debunkers
re:snopes(?:\.com)?|politifact|factcheck(?:\.org)?

[denial.finding.quantity]
# Nouns of quantity whose "of" complement is the head ("a series of
# inquiries", "a piece of evidence").
series
piece
number
set
body

[denial.finding.head]
# Where a noun group has its head: English puts modifiers first ("the court
# spokesman" is a spokesman), so the head is the last word.
last

[denial.finding.break]
# Words that end a denier's head group before its modifiers: "the judge
# overseeing the case" is a judge, "the scientists who studied it" are
# scientists.
who
which
that
whose
re:[a-z]+ing

[denial.apposition]
# Determiners that open an apposition after a name ("Mark X, a former aide,
# denied", "Haley, the former governor, denied", "Kate X, his deputy
# campaign manager, denied"): the denier is the name before it.
a
an
the
his
her
its
their

[denial.bare]
# Words after a denial verb that leave it with no object of its own: it
# points back to the claim just told, like a verb with nothing after it
# ("Cruz denied it", "the company flatly denied").
it
this
that
them
so
flatly
categorically
strongly
vehemently
emphatically

[denial.demonstrative]
# Subjects by which a predicate of denial points back to the claim just told
# ("this is a hoax", "that is not true", "it is false").
this
that
it
these
those

[denial.claim.that]
# Words that open, after a claim noun object, the clause telling the claim:
# "denied reports by CNN that he would …" tells the claim itself.
that

[denial.clause]
# Words that open, right after a denial verb, the clause telling what is
# denied: "denied that any troops crossed", "denied being part of", "denied
# he was its architect". The denial then tells its claim itself. Nouns in
# -ing ("denied wrongdoing") are objects, not clauses.
that
having
being
he
she
they
we
# A clause with a noun for subject: "denied jihadi groups were a true
# reflection of Islam" (no coordinator between: "denied wrongdoing and was
# released" is two verbs).
re:(?:(?!(?:and|or|but|that|which|who|to|in|on|at|for|with|as|after|before|because|while)\b)[\w'’-]+\s+){1,3}(?:was|were|is|are|had|has|have|would|could|will)\b
re:(?!(?:nothing|anything|something|everything|wrongdoing|wrongdoings|funding|wedding|building|morning|evening|meeting|meetings|thing|things|spring|sibling|earnings|findings|briefing|briefings|ruling|rulings|hearing|hearings|recording|recordings|wiring|shooting|shootings|bombing|bombings|killing|killings|dealings|ring|king|sting)\b)[a-z]{3,}ing\b

[denial.negation]
# Words that deny the word right after them ("no collusion", "never
# happened"): an earlier sentence saying "No interference" about what a
# denial's object names repeats the denial, it does not tell the claim.
no
not
never
nor
without

[denial.claim.of]
# Words that open, after a claim noun that is a marker ("allegations",
# "rumours"), the complement telling the claim: "denied allegations of
# sexual misconduct", not "said the allegations against him were baseless".
of
