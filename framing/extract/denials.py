"""Official denials: who says a claim is false, where, and which claim.

A denial is a statement by a party rejecting a claim: "The Kremlin denied
the report", « ces informations ont été réfutées par des sources
officielles », or the denier's own words in a quotation (« Aucune
délocalisation n'a eu lieu », a dit un représentant). Cues come from the
``[denial*]`` sections of the language's lexicon:

- ``[denial]``: verbs whose news sense is "say a claim is false" (deny,
  refute, démentir, nier, réfuter): a denial wherever they occur;
  ``[denial.noun]``: the noun in frames that name a denial being made ("a
  flat denial from the spokesman", « un démenti formel »);
  ``[denial.noun.head]``: the bare noun, a cue only when a frame names its
  author (:func:`_noun_party`): a possessive ("the Kremlin's denial", « son
  démenti »), a complement that is a party ("denials by the company", « les
  dénégations du ministère »), a capitalised modifier ("the White House
  denials"); "climate denial", "in denial", "denial of entry" are not.
- ``[denial.object]``: verbs that deny only when their object is a claim
  (``[denial.claim]``): "rejected the reports", « conteste les faits », or
  a claim as subject of the passive. A rejection of an appeal, a bill or a
  request is a decision, not a denial: those nouns are not claim nouns, so
  "the court rejected the appeal" and « rejeter un projet de loi » do not
  fire (a court rejecting *accusations* still does: the words cannot tell).
  A participle after a determiner ("a debunked rumour") refers to a
  rejection told elsewhere and does not fire.
- ``[denial.predicate]``: words by which a speaker calls a claim false
  ("untrue", "there is no truth", « sans fondement », « aucune … n'a eu
  lieu »). They need a speaker: the cue must lie in an attribution's
  reported content or in a quotation that is somebody's words. The
  journalist's own "the story is false" is a fact-check, not an official
  denial; so is a comment opening after a comma with a demonstrative
  subject, however far the reported content was stretched ("X warns the
  reform would ruin it, but that too is incorrect"), a main clause after a
  restrictive relative that opens the sentence ("The woman who claimed she
  had three arms is a fake"), and a predicate whose speaker is an outlet
  (a ``media_relay`` source: "the story is fake, according to the Gazette").
- ``[denial.label]`` followed within a few words by a predicate (or a word
  of ``[denial.predicate.label]``): "called the report baseless",
  « qualifié de "mensonge" ». The cue spans from the verb to the predicate.
  An object that names no claim and is the press (``[denial.label.not_object]``,
  "calls the media 'fake news'") or only a name ("called BuzzFeed fake
  news") is an insult, not a denial; where modifiers come first, a
  predicate followed by a noun qualifies it ("a group called APT, which
  created fake accounts").

``[denial.not]`` cancels a cue it overlaps: negated or withheld denials
("did not deny", « n'a pas démenti », "neither confirmed nor denied"),
concessions ("no one can deny", « on ne peut nier »), the sense of depriving
("denied entry", "was denied bail", « se sont vu nier le droit »), rulings,
hypotheses and requests ("would deny the stay", "if we denied", "urged him
to deny", « a demandé au ministre de démentir ») and legal terms (« faux et
usage de faux »). A cue in a question outside quotations is asked, not told
("What are we willing to deny?"), and is skipped. In a sentence holding a verb or noun
cue, predicate and label cues are not counted again ("X denied the reports,
calling them baseless" is one denial).

The denier is found in this order: for a predicate in reported speech, the
speaker of the attribution that reports it (never an attribution without a
source, "it seems to be false", nor a finding, "a study found no evidence");
for a cue inside a quotation of four words or more, the quotation's
speaker: the subject of the clause a colon ends right before it (« le
ministère a publié un communiqué : "…" »), else the attribution that holds
the quotation, else one whose cue follows its closing mark (« "…", selon le
procureur »); unless the cue is a verb whose subject (not a first person)
can be read in the quotation (« une pratique démentie par Mme X »).
Otherwise the syntax around the cue, read with the ``[function.*]`` word
lists of ``common.lex``: the agent of a passive ("réfutées par des sources
officielles"), the subject after the verb in a French inverted relative
(« ce que dément Pékin »), or the subject left of the verb (skipping
auxiliaries, adverbs, asides between commas, relative clauses and the
asides of ``[denial.aside]``, « X, dont l'identité …, a réfuté »; keeping
a role before a name in apposition, « La directrice de l'hôpital, Sophie
X, a démenti », and coordinated subjects, « le pilote et son frère, qui
niaient »; taking the name before an apposition between commas that a word
of ``[denial.apposition]`` opens, "Haley, the former governor, denied";
taking the noun a relative clause follows, "The company that built the
bridge rejected"; sharing the subject of a coordinated verb), the subject
between a preposition and a participle ("despite Lauer calling the report
false"), the main clause's subject after an opening participial clause
("After initially denying the payment, the treasurer admitted"); failing that, the
source of an attribution whose cue is the denial verb, then of the nearest
attribution in the sentence. An attribution's source replaces the phrase
found when it is that very phrase (it may resolve a pronoun), unless that
resolution reaches back to an earlier sentence while the pronoun's own
sentence names a person as its subject before it ("Papadopoulos pleaded
guilty because he denied"); a pronoun of ``[denial.pronoun.*]`` still
unresolved takes as antecedent the last source named in its sentence or the
two before, the subjects of those sentences included (a name, a role or an
organisation; not a question's, a headline's, a quotation's that does not
hold the pronoun, nor a capitalised word found in lower case elsewhere):
"he", « il » a person, and in French « il », « elle » also an organisation
that was a subject (``[denial.pronoun.org]``). After a quotation that opens
the sentence the verb of an incise has its subject after it (« "C'est
faux", dément de son côté le ministre », « réfute-t-il »). A denier
loses the adjuncts read along with it (``[denial.denier.tail]``: « X pour sa
part », « X quant à lui », « X lundi soir »; ``[denial.denier.cut]``: « X
devant ses partisans »), and a possessive one ("her denial") takes the
nearest name before it in its sentence. The kind
comes from :func:`framing.extract.sources.classify_source`. A denier whose
head (or, in English, the role before a name that ends it: "plastic
surgeon John Doe") is a word of ``[denial.finding]`` is a finding or a ruling, not a
party, and the cue is dropped ("a claim rejected by the inquiry", « une
version réfutée par l'autopsie »; "the court spokesman denied" stays).

The claim a denial answers is the sentence that tells it: its own when it
tells it before the cue, else the nearest earlier claim sharing enough
content words with it (a denial that tells its claim itself, "dismissed the
notion that …", takes one more than two paragraphs back only when it
shares twice as much, and never a later one; names weigh more, the article's topic words less,
the denial's object and the denier's name more), the claim a back-reference
points to ("these reports", "Cruz denied it", « Une version démentie par
X »), and failing that its own when it tells the claim itself ("denied
reports that …", "denied that the troops crossed", « a nié avoir … »);
None when the evidence is too thin (the rules are given in
:func:`extract_denials`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from framing.errors import LanguageError
from framing.extract.records import Attribution, Denial, Source
from framing.lexicons import load_lexicon
from framing.lexicons.matcher import Match, SectionMatcher, Tokens, section_matcher
from framing.lexicons.patterns import section_regex
from framing.spans import Span, make_span
from framing.text import Document, Quote, Sentence, Token, tokenize

__all__ = ["extract_denials"]

# A first body paragraph shorter than this is a kicker, dateline or
# standfirst fragment rather than a lede, and the lede runs on to the next.
_KICKER_WORDS = 12
# Letters of the prefix that two content words must share to count as the
# same word ("délocalisation" / "délocalisés", "planes" / "plane").
_PREFIX = 5
# How far (in words) a claim noun may follow a [denial.object] verb and a
# predicate a [denial.label] verb; how far a passive agent may follow.
_OBJECT_GAP = 4
_LABEL_GAP = 8
_AGENT_GAP = 2
# How far (in words) a passive participle may follow the claim noun it has
# for subject (« cette version officielle a rapidement été contestée »).
_PASSIVE_GAP = 4
# A subject longer than this is more likely a clause we failed to cut.
_MAX_SUBJECT_TOKENS = 12
# A matched cue longer than this is shown as its first and last words.
_CUE_WORDS = 5
# A quotation this short without an attribution is a scare quote ("fake
# news" as a term), not somebody's words.
_MIN_QUOTE_WORDS = 4
# Characters (punctuation, spaces) that may part a quotation from the "selon
# X" or "a dit X" incise that names its speaker.
_INCISE_GAP = 4
# A sentence must hold this many words before the comma that opens a
# back-reference (« …, ce que Téhéran dément ») for it to tell a claim.
_BACKREF_WORDS = 5
# How many paragraphs back « ces informations » may reach with no shared word.
_ANAPHOR_PARAGRAPHS = 2
# How many words may part « ces informations » from the cue that denies them
# ("denied on Monday the reports"); farther, they are another clause's
# ("a statement sent after this article was published").
_ANAPHOR_GAP = 6
# The weighted overlap an earlier claim needs to be the answer: two plain
# words, or a name and a word. A name counts half again as much as a plain
# word; a word found in a quarter of the article's sentences or more (its
# topic: "Trump", « Macron ») counts half as much, as it marks no claim.
_MIN_EVIDENCE = 2.0
# The share of the best score that a nearer claim needs to be preferred.
_NEAR_SHARE = 0.5
_NAME_WEIGHT = 1.5
_TOPIC_SHARE = 0.25
_TOPIC_MIN_SENTENCES = 4
# What a claim nearby needs when the denial points back ("these reports"):
# the back-reference is evidence enough with one word shared.
_ANAPHOR_EVIDENCE = 1.0
# What the denier's name adds to an earlier claim that names it without
# being its words: the claim is about the denier ("accused of", « soupçonné »).
_DENIER_WEIGHT = 1.0
# What a word of the denial's object adds ("denied any wrongdoing", « dément
# toute ingérence »): it names what is denied, the claim's own word.
_OBJECT_WEIGHT = 1.0
# What a sentence not told as a claim (no attribution, marker, conditional
# or quotation, not the title) needs: it tells the claim only by sharing
# much of the denial's content.
_PLAIN_EVIDENCE = 3.0
# What a claim more than _ANAPHOR_PARAGRAPHS back needs when the denial tells
# its own claim: twice as much.
_FAR_EVIDENCE = 2 * _PLAIN_EVIDENCE
# Words that must follow a claim marker in the denial's own clause for the
# denial to tell the claim itself ("denied claims that it threatened the
# family", « démenti des rumeurs selon lesquelles … »).
_OBJECT_CLAIM_WORDS = 4
# Words of a heading inside an article, a paragraph of its own with no final
# stop: it names a section, it tells no claim.
_HEADING_WORDS = 10
# Words of a denial sentence short enough to follow up the sentence before
# ("Iran has denied any involvement.", « M. X réfute toute implication. »).
_SHORT_WORDS = 12
# Words between a concessive opener and the denial verb: its subject and
# adverbs ("though the Trump administration strongly denies").
_CONCESSIVE_SUBJECT = 7
# A quotation this short that a predicate opens ('"Untrue and ridiculous,"
# she said') says its subject is the claim told before.
_BARE_QUOTE_WORDS = 5
# Attribution families that report no words: a denial predicate needs a speaker.
_NOT_SPEECH = frozenset({"evidence"})
# Source kinds that "he", « il » may stand for.
_PERSON_KINDS = frozenset({"named_person", "official_unnamed", "anonymous"})
# Kinds of a sentence's subject that may be a pronoun's antecedent: any other
# noun phrase ("The idea", « Le couple ») is classified anonymous.
_SUBJECT_KINDS = frozenset({"named_person", "official_unnamed", "named_org"})
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_PUNCTUATION = re.compile(r"[^\w\s'’-]")
# Marks that end a denial's object (quotation marks do not: « toute "dissimulation" »).
_CLAUSE_END = re.compile(r"[,;:.!?()]")
# A denial verb with no object ("the ministry had denied.", « Le club s'est
# empressé de démentir, mais … ») points back to the last claim told.
_BARE = re.compile(r"\s*(?:[,;:.!?)»”\"’]|$)")


@lru_cache(maxsize=8192)
def _fold(word: str) -> str:
    """Lowercase, typographic apostrophe straightened, accents removed."""
    word = word.lower().replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


@dataclass(frozen=True)
class _Lexicon:
    """The compiled denial lexicon of one language."""

    cue: SectionMatcher
    noun: SectionMatcher
    source_tail: re.Pattern[str] | None
    noun_head: SectionMatcher
    possessive: SectionMatcher
    noun_party: SectionMatcher
    denier_tail: re.Pattern[str] | None
    denier_cut: SectionMatcher
    agent_gap: SectionMatcher
    object_verb: SectionMatcher
    object_tail: re.Pattern[str] | None
    claim_before: re.Pattern[str] | None
    anaphor: re.Pattern[str] | None
    backref: re.Pattern[str] | None
    concessive: re.Pattern[str] | None
    near_anaphor: frozenset[str]
    claim_after: re.Pattern[str] | None
    claim_marker: SectionMatcher
    bare: SectionMatcher
    demonstrative: SectionMatcher
    claim_that: SectionMatcher
    claim_of: SectionMatcher
    clause_object: SectionMatcher
    negation: SectionMatcher
    aside: SectionMatcher
    indefinite: SectionMatcher
    person_pronoun: SectionMatcher
    org_pronoun: SectionMatcher
    other_pronoun: SectionMatcher
    finding: SectionMatcher
    quantity: SectionMatcher
    head_rule: frozenset[str]
    group_break: SectionMatcher
    label: SectionMatcher
    label_predicate: re.Pattern[str] | None
    label_not_after: re.Pattern[str] | None
    label_not_object: SectionMatcher
    predicate: SectionMatcher
    negative: SectionMatcher
    connective: re.Pattern[str] | None
    agent_tail: re.Pattern[str] | None
    ignore: frozenset[str]
    claim_words: frozenset[str]
    # Their first letters: "claimed", "reported", « rapporte » name a claim too.
    claim_stems: frozenset[str]
    aux: SectionMatcher
    preverbal: SectionMatcher
    passive: SectionMatcher
    clause: SectionMatcher
    determiner: SectionMatcher
    preposition: SectionMatcher
    inversion: SectionMatcher
    infinitive: SectionMatcher
    participle: SectionMatcher
    pronoun: SectionMatcher
    time: SectionMatcher
    time_head: SectionMatcher
    first_person: SectionMatcher
    name_link: SectionMatcher
    relative: SectionMatcher
    coordinator: SectionMatcher
    conditional_word: re.Pattern[str] | None
    # Source phrase -> its content words (see _source_keys), filled as read.
    source_keys: dict[str, tuple[list[str], bool]] = field(
        default_factory=dict, compare=False, hash=False
    )


@cache
def _lexicon(lang: str) -> _Lexicon:
    lex = load_lexicon(lang)
    claim = section_regex(lang, "denial.claim")
    gap_words = r"[^\s.!?;:]+"
    object_tail = claim_before = anaphor = None
    if claim:
        object_tail = re.compile(
            rf"(?:[\s,]+{gap_words}){{0,{_OBJECT_GAP}}}?[\s,]+(?:{claim})", re.IGNORECASE
        )
        claim_before = re.compile(
            rf"(?:{claim})(?:[\s,]+{gap_words}){{0,{_PASSIVE_GAP}}}?[\s,]*$", re.IGNORECASE
        )
        determiners = sorted(set(lex["denial.anaphor"]), key=lambda e: (-len(e), e))
        if determiners:
            dets = "|".join(
                re.escape(d).replace("'", "['’]").replace(r"\ ", r"\s+") for d in determiners
            )
            anaphor = re.compile(
                rf"(?<![\w'’-])(?:{dets})(?:(?<=['’])\s*|\s+)(?:[^\W\d_]+(?:['’]s)?\s+){{0,2}}?(?:{claim})",
                re.IGNORECASE,
            )
    backref = claim_after = None
    refs = section_regex(lang, "denial.backref")
    if refs or claim:
        heads = [f"(?:{refs})" if refs else None]
        if claim:
            # "…, a claim rejected by", « …, une version démentie par ».
            heads.append(rf"[\w'’]+(?:\s+[^\W\d_]+)?\s+(?:{claim})\s*$")
        backref = re.compile(r"\s*(?:" + "|".join(h for h in heads if h) + ")", re.IGNORECASE)
    concede = section_regex(lang, "denial.backref.concessive")
    after = section_regex(lang, "denial.claim.after")
    if after:
        claim_after = re.compile(rf"(?<![\w'’-])(?:{after})", re.IGNORECASE)
    agents = section_regex(lang, "function.agent")
    agent_tail = None
    if agents:
        agent_tail = re.compile(
            rf"[\"”»’']?(?:\s+[^\s.!?;:,]+){{0,{_AGENT_GAP}}}?\s+(?:{agents})\s+", re.I
        )
    connective = section_regex(lang, "function.connective")
    not_after = section_regex(lang, "denial.label.not_before")
    markers = section_regex(lang, "denial.noun.source")
    tail = section_regex(lang, "denial.denier.tail")
    source_tail = re.compile(rf"\s+(?:{markers})\s+", re.I) if markers else None
    labelled = [
        a
        for a in (
            section_regex(lang, "denial.predicate"),
            section_regex(lang, "denial.predicate.label"),
        )
        if a
    ]
    return _Lexicon(
        cue=section_matcher(lang, "denial"),
        noun=section_matcher(lang, "denial.noun"),
        source_tail=source_tail,
        noun_head=section_matcher(lang, "denial.noun.head"),
        possessive=section_matcher(lang, "denial.noun.possessive"),
        noun_party=section_matcher(lang, "denial.noun.party"),
        denier_tail=re.compile(rf"(?:[\s,]+(?:{tail}))+[\s,]*$", re.I) if tail else None,
        denier_cut=section_matcher(lang, "denial.denier.cut"),
        agent_gap=section_matcher(lang, "denial.agent.gap"),
        object_verb=section_matcher(lang, "denial.object"),
        object_tail=object_tail,
        claim_before=claim_before,
        anaphor=anaphor,
        backref=backref,
        near_anaphor=frozenset(_fold(e) for e in lex["denial.anaphor.near"]),
        concessive=re.compile(rf"\s*(?:{concede})\s", re.IGNORECASE) if concede else None,
        claim_after=claim_after,
        claim_marker=section_matcher(lang, "denial.claim.marker"),
        bare=section_matcher(lang, "denial.bare"),
        demonstrative=section_matcher(lang, "denial.demonstrative"),
        claim_that=section_matcher(lang, "denial.claim.that"),
        claim_of=section_matcher(lang, "denial.claim.of"),
        clause_object=section_matcher(lang, "denial.clause"),
        negation=section_matcher(lang, "denial.negation"),
        aside=section_matcher(lang, "denial.aside"),
        indefinite=section_matcher(lang, "denial.apposition"),
        person_pronoun=section_matcher(lang, "denial.pronoun.person"),
        org_pronoun=section_matcher(lang, "denial.pronoun.org"),
        other_pronoun=section_matcher(lang, "denial.pronoun.other"),
        finding=section_matcher(lang, "denial.finding"),
        quantity=section_matcher(lang, "denial.finding.quantity"),
        head_rule=frozenset(lex["denial.finding.head"]),
        group_break=section_matcher(lang, "denial.finding.break"),
        label=section_matcher(lang, "denial.label"),
        label_predicate=re.compile("|".join(labelled), re.I) if labelled else None,
        label_not_after=re.compile(
            rf"[\s\"”»’']*(?:(?:et|and|ou|or)\s+[^\W\d_]+[\s\"”»’']*)?(?:{not_after})", re.I
        )
        if not_after
        else None,
        label_not_object=section_matcher(lang, "denial.label.not_object"),
        predicate=section_matcher(lang, "denial.predicate"),
        negative=section_matcher(lang, "denial.not"),
        connective=re.compile(rf"\s*(?:{connective})\s*,?", re.I) if connective else None,
        agent_tail=agent_tail,
        ignore=frozenset(
            _fold(w)
            for section in ("stopwords", "stopwords.news", "denial.claim")
            for w in section_matcher(lang, section).words
        ),
        claim_words=section_matcher(lang, "denial.claim").words,
        claim_stems=frozenset(
            _fold(w)[:_PREFIX] for w in section_matcher(lang, "denial.claim").words
        ),
        aux=section_matcher(lang, "function.aux"),
        preverbal=section_matcher(lang, "function.preverbal"),
        passive=section_matcher(lang, "function.passive"),
        clause=section_matcher(lang, "function.clause"),
        determiner=section_matcher(lang, "function.determiner"),
        preposition=section_matcher(lang, "function.preposition"),
        inversion=section_matcher(lang, "function.inversion"),
        infinitive=section_matcher(lang, "function.infinitive"),
        participle=section_matcher(lang, "function.participle"),
        pronoun=section_matcher(lang, "function.pronoun"),
        name_link=section_matcher(lang, "function.name_link"),
        time=section_matcher(lang, "function.time"),
        time_head=section_matcher(lang, "function.time_head"),
        first_person=section_matcher(lang, "function.first_person"),
        relative=section_matcher(lang, "function.relative"),
        coordinator=section_matcher(lang, "function.coordinator"),
        # The mood's endings (hedges.lex) find the words to ask hedging about.
        conditional_word=re.compile(
            r"(?<![\w'’-])[^\W\d_]+(?:"
            + "|".join(re.escape(e) for e in sorted(lex["conditional.endings"], key=len)[::-1])
            + r")(?![\w'’-])",
            re.IGNORECASE,
        )
        if lex["conditional.endings"]
        else None,
    )


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    cue: str
    strength: int  # 2: [denial], [denial.noun] or object verb; 1: predicate or label
    needs_speaker: bool
    kind: str  # verb, noun, label or predicate
    # A bare noun ("the Kremlin's denial", « le démenti de l'Élysée »): a cue
    # only with its denier, which :func:`_noun_party` finds.
    bare: bool = False


def _norm_cue(text: str) -> str:
    words = text.lower().replace("’", "'").split()
    if len(words) > _CUE_WORDS:
        # A negative construction with a gap: « aucune … n'a eu lieu ».
        words = [words[0], "...", *words[-3:]]
    return " ".join(words)


def _find_cues(
    doc: Document, lex: _Lexicon, sentence: Sentence, tokens: Sequence[tuple[str, Token]]
) -> list[_Cue]:
    """Every cue match of one sentence (``tokens``: its keyed tokens), before overlaps."""
    text = doc.text
    s, e = sentence.start, sentence.end
    cut = Tokens([t for _, t in tokens], [k for k, _ in tokens])

    def matches(section: SectionMatcher) -> Iterator[Match]:
        # Every match, overlapping or not: _select weighs them across sections.
        return section.finditer(text, s, e, tokens=cut, overlapping=True)

    found: list[_Cue] = []
    for m in matches(lex.cue):
        verb = _Cue(m.start(), m.end(), _norm_cue(m.group()), 2, False, "verb")
        if m.group() in lex.noun_head and _after_determiner(
            text, tokens, m.start(), lex, nouns=True
        ):
            # « le démenti de l'Élysée », « son démenti »: the participle's
            # form used as a noun, a cue only with its author.
            verb = _Cue(m.start(), m.end(), verb.cue, 2, False, "noun", bare=True)
            if _noun_party(doc, lex, sentence, verb) is None:
                continue
        found.append(verb)
    for m in matches(lex.noun):
        found.append(_Cue(m.start(), m.end(), _norm_cue(m.group()), 2, False, "noun"))
    for m in matches(lex.noun_head):
        if any(c.start < m.end() and m.start() < c.end for c in found):
            continue  # "a flat denial": the listed frame already holds it
        cue = _Cue(m.start(), m.end(), _norm_cue(m.group()), 2, False, "noun", bare=True)
        if _noun_party(doc, lex, sentence, cue) is not None:
            found.append(cue)
    if lex.object_tail is not None:
        for m in matches(lex.object_verb):
            after = lex.object_tail.match(text, m.end(), e)
            before = None
            if after is None and lex.claim_before is not None:
                before = lex.claim_before.search(text, max(s, m.start() - 80), m.start())
            if before is not None and any(c.end <= m.start() for c in found):
                # "X rejected the reports, dismissing the author as …": the claim
                # before the verb is the object of the denial already found.
                continue
            if (after is not None or before is not None) and not _after_determiner(
                text, tokens, m.start(), lex
            ):
                found.append(_Cue(m.start(), m.end(), _norm_cue(m.group()), 2, False, "verb"))
    labels: set[tuple[int, int]] = set()
    # Predicates a label gives to the press or a name, not to a claim.
    insults: list[tuple[int, int]] = []
    if lex.label_predicate is not None:
        for m in matches(lex.label):
            limit = _word_limit(text, m.end(), e, _LABEL_GAP)
            for _, token in tokens:
                if not m.end() <= token.start <= limit:
                    continue
                p = lex.label_predicate.match(text, token.start, e)
                if p is not None and lex.label_not_after is not None:
                    after = lex.label_not_after.match(text, p.end(), e)
                    if after is not None:
                        if p.group().lower() in lex.claim_words:
                            # « qualifié cette rumeur de "fausse information" »:
                            # the claim named, its label follows.
                            continue
                        # « juge absurde que … »: a situation judged, no claim.
                        break
                if p is not None and p.end() > p.start():
                    if _labels_no_claim(text, lex, m.end(), token.start, p.end(), e):
                        insults.append((p.start(), p.end()))
                        break
                    cue = f"{_norm_cue(m.group())} ... {_norm_cue(p.group())}"
                    end = p.end()
                    close = end + (text[end : end + 1] in _THIN_SPACES)
                    opened = text[: token.start].rstrip(_THIN_SPACES)[-1:]
                    if close < e and text[close] in _CLOSERS and opened in _OPENERS:
                        end = close + 1  # 'called it a "fabrication"': keep the quote whole
                    found.append(_Cue(m.start(), end, cue, 1, False, "label"))
                    labels.add((p.start(), p.end()))
                    break
    for m in matches(lex.predicate):
        if (m.start(), m.end()) not in labels and not _overlaps(m.start(), m.end(), insults):
            found.append(_Cue(m.start(), m.end(), _norm_cue(m.group()), 1, True, "predicate"))
    if found:
        negatives = [(n.start(), n.end()) for n in matches(lex.negative)]
        found = [c for c in found if not _overlaps(c.start, c.end, negatives)]
    return found


def _labels_no_claim(
    text: str, lex: _Lexicon, start: int, end: int, after: int, limit: int
) -> bool:
    """Whether a label's object is the press or a name, not a claim.

    "calls the media 'fake news'", "describes coverage he dislikes as fake
    news", "called BuzzFeed fake news" insult an outlet or a person; "called
    the report fake news", "called it baseless" label a claim. So does the
    predicate qualifying a noun after it ("a group called APT, which
    created fake personas"). An object naming a claim keeps the label.
    """
    words = _WORD.findall(text, start, end)
    if any(w.lower() in lex.claim_words for w in words):
        return False
    # Where modifiers come first ([denial.finding.head]), a word right after
    # the predicate is the noun it qualifies; French puts the label's object
    # after it (« qualifié de "mensonges absolus" les bilans »).
    rest = text[after:limit]
    following = _WORD.match(text, after + len(rest) - len(rest.lstrip()))
    if following is not None and "last" in lex.head_rule:
        word = following.group().lower()
        if (
            word[:1].islower()
            and not any(
                word in section
                for section in (lex.coordinator, lex.preposition, lex.clause, lex.aux, lex.time)
            )
            # "fabricated lies": the noun is itself a label's word
            and (lex.label_predicate is None or not lex.label_predicate.match(following.group()))
        ):
            return True  # "fake personas": an adjective, not what the object is called
    if not words:
        return False
    if any(w in lex.label_not_object for w in words):
        return True
    return all(w[:1].isupper() for w in words)


def _after_determiner(
    text: str, tokens: Sequence[tuple[str, Token]], start: int, lex: _Lexicon, nouns: bool = False
) -> bool:
    """Whether a participle modifies a noun ("a debunked rumour", "the disputed claims").

    Such a participle refers to a rejection told elsewhere, it is not one.
    With ``nouns``, whether the word is itself a noun after its determiner
    or a possessive (« le démenti », « son démenti »).
    """
    previous = [t for key, t in tokens if t.end <= start]
    if not previous:
        return False
    word = previous[-1].text
    if nouns:
        return word in lex.determiner or word in lex.possessive
    # Where modifiers come first ([denial.finding.head]), a participle after a
    # preposition qualifies a noun too ("doubles down on disputed claims"),
    # unless it is a present participle ("in disputing the claims") or an
    # infinitive ("quick to dismiss the reports"; « pour balayer »).
    verb = _WORD.match(text, start)
    return word in lex.determiner or (
        "last" in lex.head_rule
        and word in lex.preposition
        and word not in lex.infinitive
        and verb is not None
        and verb.group() not in lex.participle
    )


def _word_limit(text: str, start: int, end: int, words: int) -> int:
    """The offset where the ``words``-th word after ``start`` begins (or ``end``)."""
    for count, m in enumerate(_WORD.finditer(text, start, end), start=1):
        if count > words:
            return m.start()
    return end


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


def _select(doc: Document, cues: list[_Cue]) -> list[_Cue]:
    """Drop cues inside a longer one; a sentence with a strong cue keeps only strong ones.

    A weak cue in a quotation of its own (four words or more, not holding
    the strong cue) stays: « X a réfuté ces informations : "Rien n'est
    décidé" » reports a denial and quotes another.
    """
    cues.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[_Cue] = []
    for cue in cues:
        if kept and cue.start < kept[-1].end:
            if cue.end - cue.start > kept[-1].end - kept[-1].start:
                kept[-1] = cue
            continue
        kept.append(cue)
    if any(not c.bare for c in kept if c.strength == 2):
        # "X denied the report, repeating his denial": the noun tells the
        # same denial again, or another party's that the verb overshadows.
        kept = [c for c in kept if not c.bare]
    strong = [c for c in kept if c.strength == 2]
    if strong:
        # "X denied the reports, calling them baseless" is one denial.
        kept = [c for c in kept if c.strength == 2 or _quoted_apart(doc, c, strong)]
    return kept


def _quoted_apart(doc: Document, cue: _Cue, strong: Sequence[_Cue]) -> bool:
    quote = doc.quote_at(cue.start)
    return (
        quote is not None
        and len(_WORD.findall(quote.content.text)) >= _MIN_QUOTE_WORDS
        and not any(quote.content.contains(c.start) for c in strong)
    )


# ---------------------------------------------------------------- speakers

_Tok = tuple[int, int, str]


def _attribution_sentences(
    doc: Document, attributions: Sequence[Attribution]
) -> dict[int, list[Attribution]]:
    """Sentence index -> attributions whose clause or reported content touches it."""
    table: dict[int, list[Attribution]] = {}
    for a in attributions:
        indexes = {a.sentence}
        for span in (a.quote, a.content):
            if span is None:
                continue
            for offset in (span.start, max(span.start, span.end - 1)):
                sentence = doc.sentence_at(offset)
                if sentence is not None:
                    indexes.add(sentence.index)
        for index in indexes:
            table.setdefault(index, []).append(a)
    return table


def _quote_speaker(
    doc: Document, offset: int, attributions: Sequence[Attribution]
) -> Attribution | None:
    """The attribution whose quotation or content holds ``offset``.

    One that names its source comes first: a sourceless frame around the
    quotation ("X appeared to blame the press, writing: "…"") names nobody.
    """
    attributions = sorted(attributions, key=lambda a: a.source is None)
    for a in attributions:
        for span in (a.quote, a.content):
            if span is not None and span.contains(offset):
                return a
    quote = doc.quote_at(offset)
    if quote is not None:
        for a in attributions:
            if a.quote is not None and a.quote.overlaps(quote):
                return a
    return None


def _tokens(doc: Document, start: int, end: int) -> list[_Tok]:
    return [(t.start, t.end, t.text) for t in tokenize(doc.text, doc.lang, start, end)]


def _is_word(token: _Tok) -> bool:
    return token[2][0].isalnum()


def _trim_subject(tokens: list[_Tok], lex: _Lexicon) -> list[_Tok]:
    """Cut a left context down to the noun phrase that is the verb's subject."""
    # The subject ends at the first auxiliary ("has", « a »); a stretch that
    # opens with one (« a, pour sa part, démenti ») holds no subject.
    for i, (_, _, word) in enumerate(tokens):
        if word in lex.aux:
            tokens = tokens[:i]
            break
    while (
        tokens
        and (
            tokens[-1][2] in lex.preverbal
            or tokens[-1][2] in lex.aux
            # "Putin emphatically and repeatedly denied"
            or (
                tokens[-1][2] in lex.coordinator
                and len(tokens) > 1
                and tokens[-2][2] in lex.preverbal
            )
            # « ce dernier », « cette dernière »: a time word after a bare
            # determiner is the noun.
            or (tokens[-1][2] in lex.time and any(t[2] not in lex.determiner for t in tokens[:-1]))
        )
    ):
        tokens = tokens[:-1]
    if len(tokens) > 1 and tokens[-1][2] in lex.preposition:
        tokens = tokens[:-1]
    while tokens and not _is_word(tokens[-1]):
        tokens = tokens[:-1]
    while tokens and not _is_word(tokens[0]):
        tokens = tokens[1:]
    if len(tokens) == 1:
        start, end, word = tokens[0]
        if word[-2:] in ("'s", "’s") and word[:-2] in lex.pronoun:
            # "He's denied": the pronoun without the contracted auxiliary.
            tokens = [(start, end - 2, word[:-2])]
    return tokens


def _name_run(tokens: list[_Tok], lex: _Lexicon) -> list[_Tok]:
    """The pronoun or (determiner +) capitalised name that opens ``tokens``."""
    if tokens and tokens[0][2] in lex.pronoun:
        return tokens[:1]
    i = 0
    while i < len(tokens) and tokens[i][2] in lex.determiner:
        i += 1
    end = i
    j = i
    while j < len(tokens):
        word = tokens[j][2]
        if word[0].isupper():
            end = j + 1
        elif not (word in lex.name_link and end > i):
            break
        j += 1
    if end == i and 0 < i < len(tokens) and _is_word(tokens[i]):
        # "The singer took to Instagram to deny": a determiner and its noun,
        # and the name that may follow it (« le groupe Bayer »).
        end = i + 1
        while end < len(tokens) and tokens[end][2][0].isupper():
            end += 1
    return tokens[:end] if end > i else []


def _is_phrase(tokens: list[_Tok], lex: _Lexicon) -> bool:
    """Whether the tokens can be a speaker: not a claim, an adjunct or a function word."""
    if not tokens or len(tokens) > _MAX_SUBJECT_TOKENS:
        return False
    if tokens[0][2] in lex.preposition:
        return False
    words = [t[2].lower().replace("’", "'") for t in tokens]
    if any(w in lex.claim_words for w in words):
        return False
    return any(_is_word(t) and t[2] not in lex.determiner and t[2] not in lex.aux for t in tokens)


_QUOTE_MARKS = frozenset('«»“”"‘’')
_THIN_SPACES = " \u00a0\u202f"
_OPENERS = frozenset("«“\"‘'")
_CLOSERS = frozenset("»”\"’'")
_CLOSING = " \u00a0\u202f»”\"’')"
_SEPARATORS = frozenset(',;:()—–-«»"“”')
# Marks that open the clause of a back-reference (see _same_sentence_claim).
_CLAUSE_MARKS = (",", "—", "–", " - ", "(")
# Characters after which a capital letter opens a sentence or a quotation.
_OPENING_CONTEXT = frozenset('.!?:;«“"‘(—–-•►')


def _segments(doc: Document, start: int, end: int) -> list[list[_Tok]]:
    """The stretches of ``[start, end)`` between commas and quotation marks, right to left."""
    pieces: list[list[_Tok]] = [[]]
    for token in _outside_brackets(_tokens(doc, start, end)):
        if token[2] in _QUOTE_MARKS:
            # 'the "religious police" has denied': marks do not cut a phrase.
            continue
        if token[2] in _SEPARATORS:
            pieces.append([])
        else:
            pieces[-1].append(token)
    return pieces[::-1]


def _span_of(doc: Document, tokens: list[_Tok]) -> Span:
    """The span of ``tokens``, widened to a quotation mark left open inside it."""
    start, end = tokens[0][0], tokens[-1][1]
    inside = doc.text[start:end]
    for opener, closer in (("«", "»"), ("“", "”"), ('"', '"')):
        count_open = inside.count(opener)
        count_close = inside.count(closer) if opener != closer else 0
        if opener == closer:
            if count_open % 2 == 1 and doc.text[end : end + 1] == closer:
                end += 1
        elif count_open > count_close and doc.text[end : end + 1] == closer:
            end += 1
        elif count_close > count_open and start > 0 and doc.text[start - 1] == opener:
            start -= 1
    return make_span(doc.text, start, end)


def _subject_after_adjunct(
    doc: Document, lex: _Lexicon, sentence: Sentence, cue: _Cue
) -> Span | None:
    """The subject after an opening adjunct that holds the cue.

    "Denying the reports, the spokesman said …", « Après avoir nié les
    faits, l'écrivain a reconnu … »: the cue sits before the sentence's first
    comma with no subject to its left.
    """
    comma = doc.text.find(",", cue.end, sentence.end)
    if comma < 0 or "," in doc.text[sentence.start : cue.start]:
        return None
    start = comma + 1
    if lex.connective is not None:
        m = lex.connective.match(doc.text, start, sentence.end)
        if m is not None and m.end() > start:
            start = m.end()
    # The main clause runs on after its subject ("the lawyer eventually
    # admitted …", « l'écrivain a reconnu … »): the subject ends at its
    # auxiliary, else it is the name or determiner and noun opening the clause.
    stretch: list[_Tok] = []
    for token in _tokens(doc, start, sentence.end):
        if stretch and (token[2] in lex.clause or token[2] in lex.pronoun):
            break  # "admitted he had paid": the auxiliary of another clause
        if token[2] in _SEPARATORS:
            break
        if token[2] in lex.aux and stretch:
            words = _trim_subject(stretch, lex)
            return _span_of(doc, words) if _is_phrase(words, lex) else None
        stretch.append(token)
    words = _name_run(stretch, lex)
    if words and _is_phrase(words, lex):
        return _span_of(doc, words)
    return _phrase_right(doc, lex, start, sentence.end)


def _subject_left(
    doc: Document, lex: _Lexicon, sentence: Sentence, cue: _Cue
) -> tuple[Span | None, bool]:
    """The subject noun phrase left of a verb cue, as a span (or None).

    The flag is true when the verb shares the subject of an earlier verb
    ("Korovin denied X and also denies Y"): the caller reuses that denier.
    """
    context = _outside_brackets(_tokens(doc, sentence.start, cue.start))
    detached = _detached_relative(context, lex)
    if detached is not None:
        # "Le milliardaire, qui vante l'ordre, a démenti": the relative
        # clause is an aside; the subject is the noun before it.
        found = _head_np(context[:detached], lex)
        return (None if found is None else _span_of(doc, found)), False
    boundary = None
    for i in range(len(context) - 1, -1, -1):
        if context[i][2] in lex.clause and not _joins_adverbs(context, i, lex):
            boundary = context[i]
            before, context = context[:i], context[i + 1 :]
            break
    start = context[0][0] if context else cue.start
    if lex.connective is not None:
        while True:
            m = lex.connective.match(doc.text, start, cue.start)
            if m is None or m.end() == start:
                break
            start = m.end()
    words = [t for t in context if t[0] >= start and _is_word(t)]
    cue_word = doc.text[cue.start : cue.end].split()[0]
    nonfinite = bool(words) and words[-1][2] in lex.infinitive
    if not nonfinite and cue_word in lex.participle:
        nonfinite = not (words and (words[-1][2] in lex.aux or words[-1][2] in lex.passive))
    phrase = None
    if nonfinite:
        # "X took to Instagram to deny", "X issued a statement denying": the
        # subject is the name opening the stretch that holds the main verb,
        # or what precedes its auxiliary ("an official was quick to deny").
        for segment in _segments(doc, start, cue.start):
            if any(_is_word(t) for t in segment):
                if segment[0][2] in lex.aux and not any(
                    t[2] in lex.determiner or t[2][0].isupper() for t in segment
                ):
                    # « Martine X, candidate LR, a tenu à démentir »: the
                    # subject lies before the verb group's stretch.
                    phrase = _last_phrase(doc, lex, start, segment[0][0])
                elif any(i > 0 and t[2] in lex.aux for i, t in enumerate(segment)):
                    trimmed = _trim_subject(segment, lex)
                    phrase = trimmed if _is_phrase(trimmed, lex) else None
                else:
                    run = _name_run(segment, lex)
                    if run and run[0][2] not in lex.preposition:
                        phrase = run
                    elif cue_word in lex.participle:
                        phrase = _gerund_subject(doc, segment, lex, cue.start)
                break
    else:
        phrase = _last_phrase(doc, lex, start, cue.start)
        if (
            phrase is not None
            and boundary is not None
            and before
            and (
                boundary[2] in lex.relative
                # "that" after a noun, then a verb and its object.
                or (_is_word(before[-1]) and _holds_object(phrase, lex))
            )
            and phrase[0][0] == start
            and phrase[0][2][0].islower()
            and phrase[0][2] not in lex.determiner
            and phrase[0][2] not in lex.pronoun
        ):
            # "The company that made the ventilators rejected": the stretch
            # after the relative opens with its verb; the subject is the
            # noun the relative clause follows.
            found = _head_np(before, lex)
            phrase = found if found is not None else phrase
    if phrase is not None:
        if boundary is not None and boundary[2] in lex.coordinator and phrase[0][0] == start:
            # « la Russie et les talibans ont démenti »: coordinated subjects,
            # when the first one opens its clause.
            first = _np_before(before, lex)
            if first is not None:
                opener = before[: len(before) - len(first)]
                if not opener or not _is_word(opener[-1]) or opener[-1][2] in lex.clause:
                    phrase = [*first, boundary, *phrase]
        return _span_of(doc, phrase), False
    if boundary is not None and boundary[2] in lex.relative and before:
        # "Rivers' physician, who on Thursday shot down the report".
        found = _head_np(before, lex)
        return (None if found is None else _span_of(doc, found)), False
    empty = all(w[2] in lex.preverbal or w[2] in lex.time or w[2] in lex.aux for w in words)
    if boundary is not None and boundary[2] in lex.coordinator and empty:
        return None, True
    return None, False


def _joins_adverbs(tokens: list[_Tok], i: int, lex: _Lexicon) -> bool:
    """Whether the coordinator at ``i`` joins two adverbs ("emphatically and repeatedly")."""
    return (
        0 < i < len(tokens) - 1
        and tokens[i][2] in lex.coordinator
        and tokens[i - 1][2] in lex.preverbal
        and tokens[i + 1][2] in lex.preverbal
    )


def _gerund_subject(
    doc: Document, segment: list[_Tok], lex: _Lexicon, cue_start: int
) -> list[_Tok] | None:
    """The subject right before a participle that a preposition opens.

    "despite Lauer calling the report false", "with the ministry denying":
    the noun phrase between the preposition and the participle is its
    subject, not the main clause's (which a comma before the participle
    keeps: « … du nom de son fils, démentant »).
    """
    while segment and segment[-1][2] in lex.preverbal:
        segment = segment[:-1]  # "despite lawyers repeatedly denying"
    found = _np_before(segment, lex)
    if found is None or _PUNCTUATION.search(doc.text, found[-1][1], cue_start):
        return None
    at = len(segment) - len(found)
    return found if at > 0 and segment[at - 1][2] in lex.preposition else None


def _detached_relative(context: list[_Tok], lex: _Lexicon) -> int | None:
    """Where ", qui" opens an aside when the verb follows a comma (else None)."""
    last = max((i for i, t in enumerate(context) if t[2] in _SEPARATORS), default=-1)
    if last < 0 or any(
        _is_word(t) and t[2] not in lex.aux and t[2] not in lex.preverbal
        for t in context[last + 1 :]
    ):
        return None
    for i in range(last - 1, 0, -1):
        if context[i][2] not in lex.relative and context[i][2] not in lex.aside:
            continue
        if context[i - 1][2] == ",":
            return i - 1
        # « Le médecin qui attend des excuses, avait réfuté »: the relative
        # follows the noun phrase that opens the sentence.
        head = _np_before(context[:i], lex)
        if head is not None and head[0] == context[0]:
            return i
    return None


def _head_np(tokens: list[_Tok], lex: _Lexicon) -> list[_Tok] | None:
    """The noun phrase that a relative clause or an aside after ``tokens`` is about.

    It is the whole stretch since the last comma or clause word when that
    stretch is a noun phrase (« L'exploitant forestier mis en cause, dont
    … »), else the noun phrase that ends ``tokens``; two phrases joined by a
    coordinator are kept together (« le pilote et son frère, qui niaient »).
    """
    while tokens and not _is_word(tokens[-1]):
        tokens = tokens[:-1]
    cut = max(
        (
            i
            for i, t in enumerate(tokens)
            if (t[2] in _SEPARATORS and t[2] not in _QUOTE_MARKS) or t[2] in lex.clause
        ),
        default=-1,
    )
    stretch = tokens[cut + 1 :]
    if len(stretch) > _MAX_SUBJECT_TOKENS and stretch[0][2] in lex.determiner:
        # « L'ancien président de la tristement célèbre radio X, qui … »: too
        # long a phrase is cut to its head, before its first complement.
        at = next((i for i, t in enumerate(stretch) if i and t[2] in lex.preposition), 0)
        stretch = stretch[:at] if at else stretch
    if (
        stretch
        and (stretch[0][2] in lex.determiner or stretch[0][2][0].isupper())
        and not _holds_object(stretch, lex)
        and stretch[0][2] not in lex.preposition
        and not any(t[2] in lex.aux or t[2] in lex.relative for t in stretch)
        and _is_phrase(stretch, lex)
    ):
        found = stretch
    else:
        found = _np_before(tokens, lex)
        if found is None:
            return None
    at = len(tokens) - len(found)
    if at >= 2 and tokens[at - 1][2] == "," and _is_apposition(found, lex):
        # « Alassane X, homme du Nord qui dément »: the name the role describes.
        name = _np_before(tokens[: at - 1], lex)
        if name is not None and _is_name(name, lex):
            return [*name, tokens[at - 1], *found]
    if at >= 2 and tokens[at - 1][2] in lex.coordinator and tokens[at - 1][2] in lex.clause:
        first = _head_np(tokens[: at - 1], lex)
        if first is not None and len(first) + len(found) < 2 * _MAX_SUBJECT_TOKENS:
            return [*first, tokens[at - 1], *found]
    return found


def _holds_object(tokens: list[_Tok], lex: _Lexicon) -> bool:
    """Whether a stretch holds a verb and its object (« des experts accusent le Rwanda »).

    A determiner right after a lower-case word that is neither a
    preposition, a determiner nor a name link follows a verb.
    """
    return any(
        tokens[i][2] in lex.determiner
        and tokens[i][2].lower().replace("’", "'") not in lex.group_break
        and tokens[i - 1][2][0].islower()
        and _is_word(tokens[i - 1])
        and tokens[i - 1][2] not in lex.preposition
        and tokens[i - 1][2] not in lex.determiner
        and tokens[i - 1][2] not in lex.name_link
        and tokens[i - 1][2] not in lex.coordinator
        for i in range(1, len(tokens))
    )


def _sentence_subject(doc: Document, lex: _Lexicon, sentence: Sentence) -> Span | None:
    """The subject of the sentence's first verb ("The prisoner admitted X but denied Y").

    It is what precedes the first auxiliary in its comma-delimited stretch
    (« Interpellé, il a reconnu X mais nié Y » gives « il »); without an
    auxiliary, the name (or determiner and noun) that opens the sentence.
    """
    start = sentence.start
    if lex.connective is not None:
        m = lex.connective.match(doc.text, start, sentence.end)
        if m is not None:
            start = m.end()
    stretch: list[_Tok] = []
    for token in _outside_brackets(_tokens(doc, start, sentence.end)):
        if token[2] in _SEPARATORS or token[2] in lex.coordinator:
            stretch = []
            continue
        if token[2] in lex.clause:
            break
        if token[2] in lex.aux and stretch:
            words = _trim_subject(stretch, lex)
            if not _is_phrase(words, lex):
                return None
            # « La Poste, direction du courrier, a réagi et a nié »: the
            # apposition before the stretch belongs to the subject.
            whole = _last_phrase(doc, lex, start, token[0])
            if whole is not None and whole[-1] == words[-1]:
                words = whole
            return _span_of(doc, words)
        stretch.append(token)
    first: list[_Tok] = []
    for token in _tokens(doc, start, sentence.end):
        if token[2] in _SEPARATORS or token[2] in lex.clause:
            break
        first.append(token)
    words = _name_run(first, lex)
    return _span_of(doc, words) if _is_phrase(words, lex) else None


def _is_apposition(phrase: list[_Tok], lex: _Lexicon) -> bool:
    """A bare role noun ("chef de la police", "spokesman for the ministry") or
    an age ("John Smith, 64,", « Bruno X, 64 ans, »)."""
    first = phrase[0][2]
    if first.isdigit():
        return len(phrase) <= 3
    return first[0].islower() and first not in lex.determiner and first not in lex.pronoun


def _outside_brackets(tokens: list[_Tok]) -> list[_Tok]:
    """``tokens`` without those inside parentheses: asides hold no subject.

    A bracket still open at the end holds what follows it ("(Toback has
    denied …"): the tokens after it are kept.
    """
    kept, depth, opened = [], 0, 0
    for i, token in enumerate(tokens):
        if token[2] in "([":
            if not depth:
                opened = i
            depth += 1
        elif token[2] in ")]" and depth:
            depth -= 1
        elif not depth:
            kept.append(token)
    if depth:
        return _outside_brackets(tokens[opened + 1 :])
    return kept


def _np_before(tokens: list[_Tok], lex: _Lexicon) -> list[_Tok] | None:
    """The noun phrase that ends ``tokens``: back to its determiner or a break."""
    phrase: list[_Tok] = []
    while tokens and not _is_word(tokens[-1]):
        tokens = tokens[:-1]
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i][2]
        joined = (
            # "82-year-old": a hyphen inside a word joins, it does not part.
            word == "-"
            and 0 < i < len(tokens) - 1
            and tokens[i - 1][1] == tokens[i][0]
            and tokens[i + 1][0] == tokens[i][1]
        )
        if (word in _SEPARATORS and not joined) or word in lex.clause or word in lex.aux:
            break
        if word in lex.preposition and word not in lex.name_link:
            break
        phrase.insert(0, tokens[i])
        if word in lex.determiner and (
            word not in lex.name_link
            or (
                # An article links names after a capitalised word or a
                # preposition (« Marine Le Pen », « ministre de l'Intérieur »);
                # after a verb it opens the object (« accusent le Rwanda »).
                i > 0
                and word not in lex.preposition
                and word.lower().replace("’", "'") not in lex.group_break
                and _is_word(tokens[i - 1])
                and not tokens[i - 1][2][0].isupper()
                and tokens[i - 1][2] not in lex.preposition
                and tokens[i - 1][2] not in lex.name_link
            )
        ):
            break
    while phrase and not _is_word(phrase[0]):
        phrase = phrase[1:]
    if phrase and phrase[0][2][0].islower() and phrase[0][2] not in lex.determiner:
        # "did little to mollify Democrats, who rejected": with no determiner
        # to open it, a lower-case word before a name is the verb governing it.
        run = len(phrase)
        while run > 0 and (phrase[run - 1][2][0].isupper() or phrase[run - 1][2] in lex.name_link):
            run -= 1
        while run < len(phrase) and not phrase[run][2][0].isupper():
            run += 1
        # (« homme du Nord » keeps its complement.)
        if 0 < run < len(phrase) and not (
            phrase[run - 1][2] in lex.preposition or phrase[run - 1][2] in lex.name_link
        ):
            phrase = phrase[run:]
    return phrase if _is_phrase(phrase, lex) else None


def _last_phrase(doc: Document, lex: _Lexicon, start: int, end: int) -> list[_Tok] | None:
    """The noun phrase that ends the stretch ``[start, end)``, before its verb group."""
    first = True
    apposition: list[_Tok] | None = None
    indefinite: list[_Tok] | None = None
    for segment in _segments(doc, start, end):
        phrase = _trim_subject(segment, lex)
        if indefinite is not None:
            # "Mark X, a former aide, will deny": the name the apposition
            # describes; "Earlier, a spokesman denied" keeps the apposition.
            if phrase and phrase[0][2] not in lex.preposition and _is_name(phrase, lex):
                return phrase
            return indefinite
        if not phrase:
            if first:
                first = False
                continue
            return None
        first = False
        if phrase[0][2] in lex.preposition:
            pronouns = [i for i, t in enumerate(phrase) if i > 0 and t[2] in lex.pronoun]
            if not pronouns:
                # "for his part", « pour sa part »: an adjunct, look further left.
                continue
            # "According to TMZ she has denied": the pronoun after the adjunct.
            phrase = phrase[pronouns[-1] :]
        if not _is_phrase(phrase, lex):
            return None
        if (
            apposition is None
            and phrase[0][2] in lex.indefinite
            and doc.text[: phrase[0][0]].rstrip().endswith(",")
            and doc.text[phrase[-1][1] : end].lstrip().startswith(",")
        ):
            # Between commas: "Haley, the former governor, denied" (not
            # « Hôpital X : la direction dément »).
            indefinite = phrase
            continue
        if apposition is None and _is_apposition(phrase, lex):
            # « le général X, chef de la police, a nié »: the apposition
            # names the same speaker as the phrase before it; keep both.
            apposition = phrase
            continue
        if apposition is None and _is_name(phrase, lex):
            role = _role_before(doc, lex, start, phrase[0][0])
            if role is not None:
                # « La directrice de l'hôpital, Sophie X, a démenti ».
                return [*role, *phrase]
        return phrase if apposition is None else [*phrase, *apposition]
    return indefinite if indefinite is not None else apposition


def _is_name(phrase: list[_Tok], lex: _Lexicon) -> bool:
    """Whether a phrase is a bare name: capitalised words, no determiner."""
    return all(t[2][0].isupper() or t[2] in lex.name_link for t in phrase) and (
        phrase[0][2] not in lex.determiner and phrase[0][2] not in lex.pronoun
    )


def _role_before(doc: Document, lex: _Lexicon, start: int, end: int) -> list[_Tok] | None:
    """The role phrase before a name in apposition (« La directrice du centre, »).

    It must be the whole stretch from ``start`` (the clause start) to the
    comma before the name, open with a determiner and hold no time word (« La
    semaine dernière, X a démenti » is an adjunct).
    """
    pieces = _segments(doc, start, end)
    if len(pieces) < 2 or pieces[0]:
        return None
    words = [t for piece in pieces[1:] for t in piece]
    role = pieces[1]
    if len(pieces) > 2 and any(pieces[2:]):
        return None
    if not role or role[0][2] not in lex.determiner or words != role:
        return None
    if any(t[2] in lex.time or t[2] in lex.time_head or t[2] in lex.aux for t in role[1:]):
        return None
    return role if _is_phrase(role, lex) else None


def _phrase_right(doc: Document, lex: _Lexicon, start: int, end: int) -> Span | None:
    """A noun phrase starting at ``start``: up to punctuation or a clause word."""
    words: list[_Tok] = []
    for token in _tokens(doc, start, end):
        word = token[2]
        if not words and (
            (word in lex.preverbal and word not in lex.determiner)
            or word in _QUOTE_MARKS
            or word == "("
        ):
            continue  # « ce que dément fermement la Chine », « par (Mme X) »
        if not _is_word(token) or (words and word in lex.clause):
            break
        if words and (
            (word in lex.preposition and word not in lex.name_link) or word in lex.time_head
        ):
            break
        words.append(token)
        if len(words) > _MAX_SUBJECT_TOKENS:
            return None
    if not _is_phrase(words, lex):
        return None
    return _span_of(doc, words)


def _incise_subject(doc: Document, lex: _Lexicon, start: int, end: int) -> Span | None:
    """The subject after the verb of an incise, past a euphonic « -t- » and a
    short adjunct (« dément de son côté le chef d'état-major », « réfute-t-il »)."""
    tokens = [
        (t[0] + 2, t[1], t[2][2:]) if t[2].startswith("t-") else t
        for t in _tokens(doc, start, end)
        if _is_word(t) and t[2] != "t"
    ][:6]
    if not tokens:
        return None
    first = tokens[0]
    if first[2] in lex.preposition:
        # « de son côté », « à son tour »: skip to the next determiner or name.
        later = [t for t in tokens[2:5] if t[2] in lex.determiner or t[2][0].isupper()]
        if not later:
            return None
        first = later[0]
    return _phrase_right(doc, lex, first[0], end)


def _word_before(
    doc: Document, lex: _Lexicon, sentence: Sentence, cue_start: int, *, skip_aux: bool = False
) -> str:
    """The last word before ``cue_start`` in its sentence, adverbs (and auxiliaries) skipped."""
    before = _tokens(doc, max(sentence.start, cue_start - 60), cue_start)
    words = [t[2] for t in before if _is_word(t)]
    while words and (
        (words[-1] in lex.preverbal and words[-1] not in lex.aux)
        or (skip_aux and (words[-1] in lex.aux or words[-1] in lex.passive))
    ):
        words.pop()
    return words[-1] if words else ""


def _inverted_coordinate(doc: Document, lex: _Lexicon, sentence: Sentence, start: int) -> bool:
    """Whether a verb at ``start`` is coordinated with an inverted one before it.

    The coordinator right before the verb follows a clause that an inversion
    word opens, its verb first, with no comma between (« ce que confirme X
    mais nie Y »; « ce que le ministre reconnaît et nie » keeps its subject).
    """
    before = _tokens(doc, sentence.start, start)
    if len(before) < 3 or before[-1][2] not in lex.coordinator:
        return False
    for i in range(len(before) - 2, 0, -1):
        word = before[i - 1][2]
        if word in _SEPARATORS:
            return False
        if word in lex.inversion:
            after = before[i][2]
            return not (after in lex.determiner or after in lex.pronoun or after[0].isupper())
    return False


def _noun_party(doc: Document, lex: _Lexicon, sentence: Sentence, cue: _Cue) -> Span | None:
    """Who makes the denial a noun names: its possessor or its complement.

    "a flat denial from the spokesman", "denials by the company", « les
    dénégations du ministère » (a ``[denial.noun.party]`` complement that is
    a party, not a claim: « le démenti de cette information » has none),
    "the Kremlin's denial", "his denials", « son démenti » (a possessive,
    adjectives between), "the White House denials" (a capitalised modifier
    after a determiner). The noun of "climate denial", "visa denial" or
    "the denial of entry" has none of these frames, or ``[denial.not]``
    cancels it.
    """
    text = doc.text
    following = _tokens(doc, cue.end, min(sentence.end, cue.end + 40))[:1]
    if (
        cue.bare
        and text[cue.start].isupper()
        and following
        and following[0][2][0].isupper()
        and _WORD.search(text, sentence.start, cue.start)
    ):
        return None  # "the Active Denial System": a word of a name
    if cue.bare and text[cue.end : cue.end + 1] in "-‐":
        return None  # "denial-of-service", "denial-plagued": a compound
    if lex.source_tail is not None:
        m = lex.source_tail.match(text, cue.end, sentence.end)
        if m is not None:
            phrase = _complement(doc, lex, m.end(), sentence.end)
            if not cue.bare or (phrase is not None and _is_party(doc, lex, phrase)):
                return phrase
    after = _tokens(doc, cue.end, min(sentence.end, cue.end + 80))
    k = 0
    # Adjectives after the noun: « les démentis insistants de son entourage ».
    while (
        k < min(2, len(after) - 1)
        and _is_word(after[k])
        and after[k][2][0].islower()
        and not any(
            after[k][2] in section
            for section in (lex.noun_party, lex.preposition, lex.determiner, lex.aux, lex.clause)
        )
    ):
        k += 1
    if k and lex.source_tail is not None:
        m = lex.source_tail.match(text, after[k - 1][1], sentence.end)
        if m is not None:
            phrase = _complement(doc, lex, m.end(), sentence.end)
            if phrase is not None and _is_party(doc, lex, phrase):
                return phrase
    if k < len(after) and after[k][2] in lex.noun_party:
        phrase = _complement(doc, lex, after[k][1], sentence.end)
        if phrase is not None and _is_party(doc, lex, phrase):
            return phrase
    before = _tokens(doc, max(sentence.start, cue.start - 120), cue.start)
    i = len(before) - 1
    # Adjectives before the noun: "Putin's vehement public denials".
    while (
        i >= 0
        and len(before) - 1 - i < 2
        and _is_word(before[i])
        and (before[i][2][0].islower() or before[i][2] in lex.time)
        and before[i][2] not in lex.possessive
        and before[i][2] not in lex.determiner
        and before[i][2] not in lex.preposition
        and before[i][2][-2:] not in ("'s", "’s")
    ):
        i -= 1
    if (
        i > 0
        and before[i][2] in ("'", "’")
        and before[i - 1][1] == before[i][0]
        and before[i - 1][2][-1:] == "s"
        and i + 1 == len(before)
    ):
        # "the senators' denials", the mark cut as a token of its own.
        before = [*before[: i - 1], (before[i - 1][0], before[i][1], before[i - 1][2] + "'")]
        i -= 1
    if i < 0 or not _is_word(before[i]):
        return None
    start, end, word = before[i]
    if word in lex.possessive:
        return make_span(text, start, end)
    if len(word) > 2 and word[-2:].replace("’", "'") in ("'s", "s'"):
        # "the Kremlin's denial", "the companies' denials".
        end -= 1 if word[-1] == "s" else 0
        end -= 1
        j = i
        # Back to the possessor's determiner or the start of its name; a
        # lower-case word only between a determiner and the name ("the
        # former White House aide's"), never a function word ("lent credence
        # to Kavanaugh's").
        while j > 0 and _is_word(before[j - 1]) and j > i - 5:
            prev = before[j - 1][2]
            if prev in lex.determiner:
                j -= 1
                break
            if any(prev in section for section in _function_words(lex)):
                break
            if not prev[0].isupper():
                gap = before[max(0, j - 3) : j - 1]
                d = next(
                    (k for k in range(len(gap) - 1, -1, -1) if gap[k][2] in lex.determiner), None
                )
                if d is not None and not any(
                    t[2] in section
                    for t in gap[d + 1 :]
                    for section in (*_function_words(lex), lex.time, lex.time_head)
                ):
                    j -= 1
                    continue
                break
            j -= 1
        while j < i and any(before[j][2] in section for section in _function_words(lex)):
            j += 1  # "Despite Trump's denial", "But Kavanaugh's denials"
        if end <= before[j][0]:
            return None
        phrase = make_span(text, before[j][0], end)
        return phrase if _is_party(doc, lex, phrase) else None
    if word[0].isupper() and i + 1 == len(before) and word not in lex.time:
        j = i
        while j > 0 and _is_word(before[j - 1]) and before[j - 1][2][0].isupper():
            j -= 1
        if j > 0 and before[j - 1][2] in lex.possessive:
            # "his Monday denial".
            return make_span(text, before[j - 1][0], before[j - 1][1])
        if j > 0 and before[j - 1][2] in lex.determiner and not _opens_sentence(doc, before[j]):
            phrase = make_span(text, before[j][0], end)
            return phrase if _is_party(doc, lex, phrase) else None
    return None


def _function_words(lex: _Lexicon) -> tuple[SectionMatcher, ...]:
    return (lex.preposition, lex.clause, lex.relative, lex.coordinator, lex.pronoun, lex.aux)


def _complement(doc: Document, lex: _Lexicon, start: int, end: int) -> Span | None:
    """The noun phrase after a noun's preposition, up to the verb that follows it
    (« le démenti de l'Élysée est arrivé », "denials by the firm were")."""
    phrase = _phrase_right(doc, lex, start, end)
    if phrase is None:
        return None
    words = _tokens(doc, phrase.start, phrase.end)
    for i, token in enumerate(words):
        if i and (
            token[2] in lex.aux
            or token[2] in lex.preverbal
            or re.split(r"['’]", token[2])[0] in lex.pronoun
        ):
            return _span_of(doc, words[:i]) if _is_phrase(words[:i], lex) else None
    return phrase


def _trim_denier(doc: Document, lex: _Lexicon, span: Span) -> Span:
    """A denier phrase without the adjuncts read along with it.

    « Le ministre pour sa part », « X quant à lui », « le lycéen le
    matin-même »: a ``[denial.denier.tail]`` phrase at the end goes; « le
    chef de l'Etat devant ses partisans »: the phrase stops at a word of
    ``[denial.denier.cut]`` after its head.
    """
    text = doc.text
    start, end = span.start, span.end
    words = _tokens(doc, start, end)
    for i, token in enumerate(words):
        if i and token[2] in lex.denier_cut and _is_phrase(words[:i], lex):
            end = words[i - 1][1]
            break
    if lex.denier_tail is not None:
        m = lex.denier_tail.search(text, start, end)
        if m is not None and _is_phrase(_tokens(doc, start, m.start()), lex):
            end = m.start()
    end = start + len(text[start:end].rstrip(" ,"))
    return span if end == span.end else make_span(text, start, end)


def _possessor(
    doc: Document,
    lex: _Lexicon,
    sentence: Sentence,
    denier: Source,
    classify: Callable[[Document, Span], str] | None,
) -> Source:
    """A possessive denier ("his denial", « ses dénégations ») with the nearest
    name before it in its sentence for antecedent ("Giuffre sued Maxwell over
    her denial", "Putin was strong in his denial"), when there is one."""
    if classify is None:
        return denier
    word = denier.span.text
    kinds = _PERSON_KINDS if word in lex.person_pronoun and word not in lex.org_pronoun else None
    here = doc.quote_at(denier.span.start)
    tokens = _tokens(doc, sentence.start, denier.span.start)
    i = len(tokens)
    while i > 0:
        i -= 1
        if not (_is_word(tokens[i]) and tokens[i][2][0].isupper()):
            continue
        j = i
        while j > 0 and _is_word(tokens[j - 1]) and tokens[j - 1][2][0].isupper():
            j -= 1
        run = tokens[j : i + 1]
        i = j
        while run and any(
            run[0][2] in section
            for section in (lex.determiner, lex.pronoun, lex.preposition, lex.clause, lex.relative)
        ):
            run = run[1:]  # "Despite its denial", "When Putin was asked"
        if not run or doc.quote_at(run[0][0]) not in (None, here):
            continue
        if (
            len(run) == 1
            and not _WORD.search(doc.text, sentence.start, run[0][0])
            and re.search(rf"(?<![\w'’-]){re.escape(run[0][2].lower())}(?![\w'’-])", doc.text)
        ):
            continue  # "Just days later": a capital that opens the sentence
        span = _span_of(doc, run)
        kind = classify(doc, span)
        if kind in _SUBJECT_KINDS and (kinds is None or kind in kinds):
            return Source(denier.span, kind, span)
    return denier


def _names_denial(doc: Document, lex: _Lexicon, sentence: Sentence) -> bool:
    """Whether a sentence names a denial by its noun ("it's a straight-up
    denial", « malgré des démentis clairs »), outside ``[denial.not]``."""
    text = doc.text
    heads = [
        (m.start(), m.end()) for m in lex.noun_head.finditer(text, sentence.start, sentence.end)
    ]
    if not heads:
        return False
    negatives = [
        (n.start(), n.end()) for n in lex.negative.finditer(text, sentence.start, sentence.end)
    ]
    return any(not _overlaps(start, end, negatives) for start, end in heads)


def _opens_sentence(doc: Document, token: _Tok) -> bool:
    before = doc.text[: token[0]].rstrip()[-1:]
    return not before.isalnum() and (before in _OPENING_CONTEXT or token[0] == 0)


def _is_party(doc: Document, lex: _Lexicon, span: Span) -> bool:
    """Whether a phrase can make a denial: a name or a role, not a claim or a finding."""
    found = _WORD.findall(span.text)
    if not found or any(w.lower().replace("’", "'") in lex.claim_words for w in found):
        return False
    if any(w[0].isupper() for w in found):
        return True
    return _classifier()(doc, span) in ("named_org", "official_unnamed", "named_person")


def _agent(doc: Document, lex: _Lexicon, sentence: Sentence, cue: _Cue) -> Span | None:
    """The agent after a passive participle ("denied by a spokesman")."""
    if lex.agent_tail is None:
        return None
    m = lex.agent_tail.match(doc.text, cue.end, sentence.end)
    if m is None:
        return None
    gap = [t for t in _tokens(doc, cue.end, m.end())[:-1] if _is_word(t)]
    # Only adverbs and time words may stand between ("démentie samedi par");
    # "denied the reports by saying", "a hoax perpetrated by" have no agent.
    if not all(t[2] in lex.preverbal or t[2] in lex.time or t[2] in lex.agent_gap for t in gap):
        return None
    return _phrase_right(doc, lex, m.end(), sentence.end)


def _denier_span(
    doc: Document, lex: _Lexicon, sentence: Sentence, cue: _Cue
) -> tuple[Span | None, bool]:
    """The denier found from the syntax around a cue, and the ellipsis flag."""
    text = doc.text
    if cue.kind == "noun":
        party = _noun_party(doc, lex, sentence, cue)
        if party is not None or cue.bare:
            return party, False
    closing = re.search(r"[»”\"]\s*,\s*$", text[sentence.start : cue.start])
    quote = doc.quote_at(sentence.start + closing.start() - 1) if closing is not None else None
    if (
        cue.kind == "verb"
        and quote is not None
        and not _WORD.search(text, sentence.start, quote.start)
    ):
        # « "C'est faux", dément le ministre », « "…", réfute-t-il »: an
        # incise after a quotation that opens the sentence has its subject
        # after the verb.
        right = _incise_subject(doc, lex, cue.end, sentence.end)
        if right is not None:
            return right, False
    if cue.kind in ("verb", "label"):
        cue_word = text[cue.start : cue.end].split()[0]
        before = _word_before(doc, lex, sentence, cue.start)
        passive = before in lex.passive and cue_word not in lex.participle
        adjectival = not (
            before in lex.aux or before in lex.infinitive or cue_word in lex.participle
        )
        if passive or adjectival:
            agent = _agent(doc, lex, sentence, cue)
            if agent is not None or (passive and cue.kind == "verb"):
                return agent, False
        if _word_before(doc, lex, sentence, cue.start, skip_aux=True) in lex.inversion:
            # « ce que dément Pékin », « qu'a rejetée le directeur »: the
            # subject follows the verb.
            return _phrase_right(doc, lex, cue.end, sentence.end), False
        if _inverted_coordinate(doc, lex, sentence, cue.start):
            # « ce que confirme un témoin mais nie le compagnon ».
            return _phrase_right(doc, lex, cue.end, sentence.end), False
    span, ellipsis = _subject_left(doc, lex, sentence, cue)
    if span is None and not ellipsis and cue.kind == "verb":
        span = _subject_after_adjunct(doc, lex, sentence, cue)
    return span, ellipsis


def _verb_group_start(doc: Document, lex: _Lexicon, sentence: Sentence, cue: _Cue) -> int:
    """Where the verb group of a verb cue starts: « ont été réfutées », "has denied"."""
    if cue.kind != "verb":
        return cue.start
    start = cue.start
    for token in reversed(_tokens(doc, max(sentence.start, cue.start - 40), cue.start)):
        word = token[2]
        if word in lex.aux or word in lex.passive:
            start = token[0]
        elif word not in lex.preverbal:
            break
    return start


# ----------------------------------------------------------------- claims


def _key(lex: _Lexicon, word: str) -> str | None:
    """The comparison key of a content word (None for a function word)."""
    word = _fold(word)
    if "'" in word:
        word = word.split("'", 1)[1] if len(word.split("'", 1)[0]) <= 5 else word
    if len(word) < 3 or word in lex.ignore:
        return None
    return word[:_PREFIX]


def _content_keys(doc: Document, lex: _Lexicon, start: int, end: int, skip=()) -> set[str]:
    return set(_named_keys(doc, lex, start, end, skip))


def _named_keys(doc: Document, lex: _Lexicon, start: int, end: int, skip=()) -> dict[str, bool]:
    """The content keys of a region, each with whether it is a name.

    A name is a capitalised word that does not open a sentence, a quotation
    or a bracket.
    """
    text = doc.text
    keys: dict[str, bool] = {}
    for m in _WORD.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in skip):
            continue
        key = _key(lex, m.group())
        if key is None:
            continue
        before = text[max(start, m.start() - 4) : m.start()].rstrip(_THIN_SPACES + "\n")
        name = m.group()[0].isupper() and bool(before) and before[-1] not in _OPENING_CONTEXT
        keys[key] = keys.get(key, False) or name
    return keys


def _lede(doc: Document) -> set[int]:
    paragraphs = {-1}
    if doc.paragraphs:
        paragraphs.add(0)
        if len(doc.paragraphs) > 1 and len(_WORD.findall(doc.paragraphs[0].text)) < _KICKER_WORDS:
            paragraphs.add(1)
    return paragraphs


def _source_keys(lex: _Lexicon, span: Span) -> tuple[list[str], bool]:
    """The content words of a source phrase in order ("Son avocat" -> ["avoca"]),
    and whether they are all capitalised (a name)."""
    known = lex.source_keys.get(span.text)
    if known is not None:
        return known
    keys, name = [], True
    for m in _WORD.finditer(span.text):
        word = _fold(m.group())
        if "'" in word:
            word = word.split("'", 1)[1]
        if len(word) >= 3 and word not in lex.ignore:
            keys.append(word[:_PREFIX])
            name = name and m.group()[0].isupper()
    lex.source_keys[span.text] = (keys, name)
    return keys, name


def _same_phrase(lex: _Lexicon, a: Span, b: Span) -> bool:
    if a.overlaps(b) or _fold(a.text) == _fold(b.text):
        return True
    (ka, name_a), (kb, name_b) = _source_keys(lex, a), _source_keys(lex, b)
    if not ka or not kb:
        return False
    if name_a and name_b and ka[-1] == kb[-1]:
        return True  # "Trump", "Donald Trump"
    if len(ka) > len(kb):
        ka, kb = kb, ka
    return set(ka) <= set(kb) and kb[0] in ka


def _same_source(lex: _Lexicon, source: Source | None, other: Source | None) -> bool:
    """Whether two sources name the same speaker.

    Pronouns count through their antecedent. Two phrases name the same
    speaker when they overlap, when both are names with the same last word
    ("Trump", "Donald Trump"), or when the content words of the shorter are
    among those of the longer and include its first one ("l'avocat" and «
    son avocat », "the clinic" and "the clinic's spokesman"; not "X" and «
    les parents de X », nor "the Russian ministry" and "the Ukrainian
    ministry").
    """
    if source is None or other is None:
        return False
    mine = [source.span] + ([source.antecedent] if source.antecedent else [])
    theirs = [other.span] + ([other.antecedent] if other.antecedent else [])
    return any(_same_phrase(lex, a, b) for a in mine for b in theirs)


@dataclass
class _Claims:
    """Per-document material for choosing the claim a denial answers.

    ``narrative[i]`` is true when sentence ``i`` (in ``ordered``) tells a
    claim that no attribution gives to a source (see _claim_sentences);
    ``named[i]`` when it tells one as a claim: with a ``[denial.claim]`` noun
    ("the reports", « ces informations »), a marker or the conditional.
    ``marked[i]`` when it holds a marker ("Facebook accused of censoring
    …"); ``negated`` gives the keys of the words a negation denies ("no
    collusion"), ``names`` those of its capitalised words. ``topic`` holds
    the keys found in so many of the article's sentences that they mark no
    claim.
    """

    ordered: list[Sentence]
    keys: Callable[[int], set[str]]
    sources: list[list[Source | None]]
    narrative: list[bool]
    opens_with_anaphor: list[bool]
    named: list[bool]
    marked: list[bool]
    topic: Callable[[], frozenset[str]]
    stems: Callable[[int], set[str]]
    names: Callable[[int], frozenset[str]]
    negated: Callable[[int], frozenset[str]]


@dataclass(frozen=True)
class _Evidence:
    """What one denial brings to the choice of its claim.

    ``keys``: its content keys (name or not); ``denier_keys``: those of the
    denier's phrase and antecedent, ``denier_names`` the capitalised ones;
    ``object_keys``: those of the words right after a verb cue, what is
    denied ("denied any wrongdoing", « dément toute ingérence »);
    ``anaphoric``: it points back ("these reports", « ces informations », a
    verb with no object), ``noun`` the key
    of the claim noun it points back with; ``opens_backref``: it opens with a
    back-reference (« Ce que le ministre a démenti »), to the sentence before;
    ``fragment``: it is a claim noun and its participle (« Une version démentie
    par X »), to the sentence before if that one tells a claim;
    ``follows``: the
    claim answered by a denial in the sentence right before, which a bare
    "X denied it" shares; ``states_claim``: its own clause tells the claim
    after a claim marker ("denied reports that …"); ``tells_claim``: it
    tells one otherwise (a clause for object, "denied that …", « a nié avoir
    … », another source's attribution or the conditional after the cue),
    its own sentence when nothing earlier is found.
    """

    keys: dict[str, bool]
    denier_keys: frozenset[str]
    denier_names: frozenset[str]
    object_keys: frozenset[str]
    anaphoric: bool
    noun: str | None
    opens_backref: bool
    fragment: bool
    follows: int | None
    states_claim: bool
    tells_claim: bool
    clause: bool = False
    near: bool = False
    short: bool = False


def _same_sentence_claim(
    doc: Document,
    lex: _Lexicon,
    sentence: Sentence,
    cue: _Cue,
    denier: Source | None,
    by_sentence: dict[int, list[Attribution]],
) -> bool:
    """Whether the denial's own sentence tells the claim it answers.

    It does when an attribution to another source is told before the cue
    (« Washington accuse l'Iran de …, ce que Téhéran dément »), or a word
    of ``[denial.claim.marker]`` at least five words before it ("the
    rival's claims that the vote was rigged are untrue"), or after it in a
    phrase of ``[denial.claim.after]`` (« a démenti que …, comme
    l'affirment des parents »), or when the cue's clause points back to the
    start of the sentence with a word of ``[denial.backref]`` or a claim
    noun in apposition (« L'usine était soupçonnée de …, ce que la
    direction dément », « …, une version démentie par sa famille »).
    """
    text = doc.text
    for a in by_sentence.get(sentence.index, ()):
        if a.sentence != sentence.index or a.source is None:
            continue
        if _same_source(lex, denier, a.source):
            continue
        told = a.content if a.content is not None else a.cue
        if a.cue.end <= cue.start and told.end <= cue.start:
            return True
    if lex.claim_after is not None and lex.claim_after.search(text, cue.end, sentence.end):
        return True
    for m in lex.claim_marker.finditer(text, sentence.start, cue.start):
        if len(_WORD.findall(text, m.end(), cue.start)) >= _BACKREF_WORDS:
            return True  # "the rival's claims that the vote was rigged are untrue"
    if lex.backref is None:
        return False
    # The clause opens after a comma, a dash or a bracket ("…, which Cruz
    # has denied", "… - an allegation Tehran has denied").
    marks = [(text.rfind(mark, sentence.start, cue.start), mark) for mark in _CLAUSE_MARKS]
    comma, mark = max(marks)
    if comma < 0 or len(_WORD.findall(text, sentence.start, comma)) < _BACKREF_WORDS:
        return False
    return lex.backref.match(text, comma + len(mark), cue.start) is not None


def _concessive_claim(doc: Document, lex: _Lexicon, sentence: Sentence, cue: _Cue) -> bool:
    """Whether a denial that points back opens a concessive clause after the
    claim told in its own sentence ("Regions could lose their funding, though
    the agency denies that will happen", « …, mais l'intéressé dément »).

    The clause opens after a comma or a dash with a word of
    ``[denial.backref.concessive]``, a few words before the cue; the main
    clause has words enough to tell a claim, and the verb keeps no object of
    its own, or a clause too short to tell one ("…, though the firm denied
    reports of a merger" names another).
    """
    if lex.concessive is None or cue.kind != "verb" or doc.quote_at(cue.start) is not None:
        return False
    text = doc.text
    comma, mark = max((text.rfind(mark, sentence.start, cue.start), mark) for mark in _CLAUSE_MARKS)
    if comma < 0 or len(_WORD.findall(text, sentence.start, comma)) < _BACKREF_WORDS:
        return False
    m = lex.concessive.match(text, comma + len(mark), cue.start)
    if m is None or _PUNCTUATION.search(text, m.end(), cue.start):
        return False
    if len(_WORD.findall(text, m.end(), cue.start)) > _CONCESSIVE_SUBJECT:
        return False
    rest = _clause_words(doc, lex, sentence, cue)
    if rest is not None and len(rest) < _OBJECT_CLAIM_WORDS:
        return True  # "though the agency denies that will happen": too short for a claim
    return _points_back(doc, lex, sentence, cue)[0]


def _quoted_claim(
    lex: _Lexicon,
    quote: Quote,
    sentence: Sentence,
    denier: Source | None,
    by_sentence: dict[int, list[Attribution]],
    markers: set[int],
) -> bool:
    """Whether a sentence of a denier's quotation tells the claim it denies.

    It does with a ``[denial.claim.marker]`` word ("they accused me of
    …") or with an attribution, inside the quotation, to a source other
    than the denier ("some people say I took bribes").
    """
    if sentence.index in markers:
        return True
    return any(
        a.source is not None
        and quote.content.start <= a.source.span.start < quote.content.end
        and not _same_source(lex, denier, a.source)
        for a in by_sentence.get(sentence.index, ())
    )


def _topic(keys: Callable[[int], set[str]], count: int) -> frozenset[str]:
    """The keys found in so many of the article's sentences that they name its topic."""
    seen: dict[str, int] = {}
    for i in range(count):
        for k in keys(i):
            seen[k] = seen.get(k, 0) + 1
    need = max(_TOPIC_MIN_SENTENCES, _TOPIC_SHARE * count)
    return frozenset(k for k, n in seen.items() if n >= need)


def _denier_keys(
    doc: Document, lex: _Lexicon, denier: Source | None
) -> tuple[frozenset[str], frozenset[str]]:
    """The content keys of the denier's phrase and of its antecedent, and
    those of their capitalised words ("Rosenstein", "Facebook", not "the
    president")."""
    if denier is None:
        return frozenset(), frozenset()
    spans = [denier.span] + ([denier.antecedent] if denier.antecedent else [])
    keys = frozenset(k for span in spans for k in _source_keys(lex, span)[0])
    names = frozenset(k for span in spans for k in _capitalised(doc, lex, span.start, span.end))
    return keys, names


def _negated(doc: Document, lex: _Lexicon, start: int, end: int) -> frozenset[str]:
    """The keys of the words a word of ``[denial.negation]`` denies right
    before them ("no collusion", « aucune dissimulation »)."""
    text = doc.text
    found = set()
    for m in lex.negation.finditer(text, start, end):
        after = _WORD.search(text, m.end(), end)
        if after is not None and not text[m.end() : after.start()].strip(_THIN_SPACES + "\"“”«»'’"):
            key = _key(lex, after.group())
            if key is not None:
                found.add(key)
    return frozenset(found)


def _capitalised(doc: Document, lex: _Lexicon, start: int, end: int) -> frozenset[str]:
    """The keys of the capitalised content words of a region, names or not
    ("Facebook accusé de …" opens with one)."""
    return frozenset(
        key
        for m in _WORD.finditer(doc.text, start, end)
        if m.group()[0].isupper() and (key := _key(lex, m.group())) is not None
    )


def _cue_words(doc: Document, cue: _Cue) -> list[tuple[int, int]]:
    """The parts of a cue that say "denied", not what is denied.

    A verb or noun cue is all denial; a label cue keeps its object ("called
    the Gazette's report baseless": the Gazette's report is what is denied),
    a negative construction all its words (« aucune délocalisation … n'a eu
    lieu »).
    """
    if cue.kind == "predicate":
        return []
    if cue.kind != "label":
        return [(cue.start, cue.end)]
    words = list(_WORD.finditer(doc.text, cue.start, cue.end))
    if len(words) < 3:
        return [(cue.start, cue.end)]
    return [(words[0].start(), words[0].end()), (words[-1].start(), cue.end)]


def _object_keys(
    doc: Document, lex: _Lexicon, sentence: Sentence, cue: _Cue, skip: Sequence[tuple[int, int]]
) -> frozenset[str]:
    """The content keys of what a verb cue denies: the words right after it,
    up to punctuation or a clause word ("denied any wrongdoing", « a démenti
    toute ingérence »)."""
    if cue.kind != "verb" or _clause_object(doc, lex, sentence, cue):
        return frozenset()  # "denied that …": a clause, scored as the rest
    text = doc.text
    limit = _word_limit(text, cue.end, sentence.end, _OBJECT_GAP + 1)
    stop = _CLAUSE_END.search(text, cue.end, limit)
    end = stop.start() if stop is not None else limit
    keys = set()
    for m in _WORD.finditer(text, cue.end, end):
        if m.group() in lex.clause or any(a <= m.start() < b for a, b in skip):
            break
        key = _key(lex, m.group())
        if key is not None:
            keys.add(key)
    return frozenset(keys)


def _points_back(
    doc: Document, lex: _Lexicon, sentence: Sentence, cue: _Cue
) -> tuple[bool, str | None]:
    """Whether a denial refers to a claim told before, and the claim noun it uses.

    It does with a ``[denial.anaphor]`` word before a claim noun ("these
    reports", « ces informations ») a few words from the cue, as a noun
    ("issued a flat denial"), as a predicate with a ``[denial.demonstrative]``
    subject ("this is a hoax", « c'est faux »), or as a verb with no object or a pronoun of
    ``[denial.object.pronoun]`` for one ("the ministry had denied.", "Cruz
    denied it"). The noun is given as a key of its first letters.
    """
    text = doc.text
    if lex.anaphor is not None:
        for m in lex.anaphor.finditer(text, sentence.start, sentence.end):
            if m.end() <= cue.start:
                gap = text[m.end() : cue.start]
            else:
                gap = text[cue.end : max(cue.end, m.start())]
            if len(_WORD.findall(gap)) <= _ANAPHOR_GAP and not _told_after(
                doc, lex, sentence, m.end()
            ):
                noun = _WORD.findall(m.group())[-1]
                return True, _fold(noun)[:_PREFIX]
    if cue.kind == "noun":
        return True, None
    if cue.kind == "predicate":
        # "this is a hoax", « c'est faux »: a demonstrative for subject; '"Untrue
        # and ridiculous," she said': the predicate opens the quotation.
        before = list(_WORD.finditer(text, max(sentence.start, cue.start - 40), cue.start))[-3:]
        quote = doc.quote_at(cue.start)
        opens = (
            quote is not None
            and not _WORD.search(text, quote.content.start, cue.start)
            and len(_WORD.findall(quote.content.text)) <= _BARE_QUOTE_WORDS
        )
        return opens or any(w.group().lower() in lex.demonstrative for w in before), None
    if cue.kind != "verb":
        return False, None
    if _BARE.match(text, cue.end, sentence.end) is not None:
        return True, None
    clause = _clause_words(doc, lex, sentence, cue)
    if clause is not None and clause[0].lower().replace("’", "'") in lex.demonstrative:
        return True, None  # "denied that this had happened", « a nié que cela … »
    pos = cue.end
    for _ in range(2):
        # "denied it.", "a nié en bloc", "denied it and said …": the verb
        # keeps no object of its own.
        if _BARE.match(text, pos, sentence.end) is not None:
            return True, None
        rest = text[pos : sentence.end]
        start = pos + len(rest) - len(rest.lstrip())
        after = _WORD.match(text, start, sentence.end)
        if after is not None and after.group() in lex.coordinator:
            return True, None
        m = lex.bare.match(text, start, sentence.end)
        if m is None:
            return False, None
        pos = m.end()
    return _BARE.match(text, pos, sentence.end) is not None, None


def _near_anaphor(doc: Document, lex: _Lexicon, sentence: Sentence, cue: _Cue) -> bool:
    """Whether the denial points back with a determiner of
    ``[denial.anaphor.near]`` ("rejected that argument", « réfute cette
    thèse »), which names what was just told, not a claim far back."""
    if lex.anaphor is None or not lex.near_anaphor:
        return False
    text = doc.text
    for m in lex.anaphor.finditer(text, sentence.start, sentence.end):
        gap = text[m.end() : cue.start] if m.end() <= cue.start else text[cue.end : m.start()]
        if len(_WORD.findall(gap)) > _ANAPHOR_GAP or _told_after(doc, lex, sentence, m.end()):
            continue
        head = m.group().lower().replace("’", "'")
        return any(
            _fold(head).startswith(d) and not _fold(head)[len(d) : len(d) + 1].isalpha()
            for d in lex.near_anaphor
        )
    return False


def _told_after(doc: Document, lex: _Lexicon, sentence: Sentence, end: int) -> bool:
    """Whether a claim noun ending at ``end`` opens the clause that tells it
    ("the notion that …", « les informations selon lesquelles … »): it names
    its claim there, it does not point back."""
    text = doc.text
    w = _WORD.search(text, end, sentence.end)
    return (
        w is not None
        and not _PUNCTUATION.search(text, end, w.start())
        and lex.claim_that.match(text, w.start(), sentence.end) is not None
    )


def _object_noun(doc: Document, lex: _Lexicon, sentence: Sentence, cue: _Cue) -> str | None:
    """The key of a claim noun heading the denial's object ("denied a newspaper
    report that …", « dément les rumeurs »), within a few words of the cue."""
    text = doc.text
    limit = _word_limit(text, cue.end, sentence.end, _OBJECT_GAP + 1)
    for m in _WORD.finditer(text, cue.end, limit):
        if m.group().lower() in lex.claim_words:
            return _fold(m.group())[:_PREFIX]
    return None


def _pronoun_speakers(lex: _Lexicon, sources: Sequence[Source | None]) -> bool:
    """Whether a sentence's claims are all given to a bare pronoun ("he wrote")."""
    speakers = [s for s in sources if s is not None]
    return bool(speakers) and all(s.span.text in lex.pronoun for s in speakers)


def _fragment(doc: Document, lex: _Lexicon, sentence: Sentence, cue: _Cue) -> bool:
    """Whether the denial is a claim noun and its participle, no verb of their
    own (« Une version fermement démentie par X. », "Claims denied by the
    ministry."): it answers the sentence before when that one tells a claim."""
    if cue.kind != "verb":
        return False
    # An aside between dashes is left out (« Des accusations lourdes -
    # appuyées par des captures d'écran - réfutées par X »).
    head = re.sub(r"\s[-–—]\s[^-–—]*\s[-–—]\s", " ", doc.text[sentence.start : cue.start])
    if _PUNCTUATION.search(head):
        return False
    words = [w.lower().replace("’", "'") for w in _WORD.findall(head)]
    others = [
        w for w in words if not (w in lex.claim_words or w in lex.determiner or w in lex.preverbal)
    ]
    # One adjective may qualify the noun ("Des accusations lourdes").
    return (
        bool(words)
        and any(w in lex.claim_words for w in words)
        and len(others) <= 1
        and not any(
            w in section
            for w in others
            for section in (*_function_words(lex), lex.participle, lex.passive)
        )
    )


def _opens_backref(doc: Document, lex: _Lexicon, sentence: Sentence, cue: _Cue) -> bool:
    """Whether the denial's sentence opens with a bare back-reference.

    « Ce que le ministre a démenti » points to the sentence before; « Des
    révélations que la députée dément » names its claim, to be looked for.
    """
    if lex.backref is None:
        return False
    m = lex.backref.match(doc.text, sentence.start, cue.start)
    return m is not None and not any(w.lower() in lex.claim_words for w in _WORD.findall(m.group()))


def _states_claim(doc: Document, lex: _Lexicon, sentence: Sentence, cue: _Cue) -> bool:
    """Whether the denial's own clause tells the claim after a claim marker.

    A ``[denial.claim.marker]`` word follows the cue with enough words after
    it ("denied accusing the family of …"); a marker that is a claim noun
    needs a clause of ``[denial.claim.that]`` or a complement of
    ``[denial.claim.of]`` right after it ("denied claims that it had
    threatened the family", « a démenti des rumeurs selon lesquelles … »,
    "allegations of misconduct", not "the allegations against him are
    baseless"); or a
    claim noun is the object, such a clause after it ("denied reports by CNN
    that he would …").
    """
    text = doc.text
    for m in lex.claim_marker.finditer(text, cue.end, sentence.end):
        end = m.end()
        if m.group().lower().replace("’", "'") in lex.claim_words:
            that = None
            for w in _WORD.finditer(text, end, _word_limit(text, end, sentence.end, 2)):
                that = lex.claim_that.match(text, w.start(), sentence.end) or lex.claim_of.match(
                    text, w.start(), sentence.end
                )
                if that is not None:
                    break
            if that is None:
                continue
            end = that.end()
        if len(_WORD.findall(text, end, sentence.end)) >= _OBJECT_CLAIM_WORDS:
            return True
    limit = _word_limit(text, cue.end, sentence.end, _OBJECT_GAP + 1)
    for m in _WORD.finditer(text, cue.end, limit):
        if m.group().lower() not in lex.claim_words:
            continue
        for w in _WORD.finditer(text, m.end(), _word_limit(text, m.end(), sentence.end, 4)):
            that = lex.claim_that.match(text, w.start(), sentence.end)
            if that is not None:
                return len(_WORD.findall(text, that.end(), sentence.end)) >= _OBJECT_CLAIM_WORDS
        break
    return False


def _tells_claim(
    doc: Document,
    lex: _Lexicon,
    sentence: Sentence,
    cue: _Cue,
    denier: Source | None,
    by_sentence: dict[int, list[Attribution]],
) -> bool:
    """Whether the denial's sentence tells the claim after the cue otherwise.

    A clause of ``[denial.clause]`` right after a verb cue ("denied that
    any troops crossed", "denied being part of", « a nié avoir touché »),
    unless it opens with a word of ``[denial.demonstrative]`` ("denied that
    this would happen" points back); an attribution to another source after
    the cue (« X dément toute tension, alors que des sources font état de
    dissensions »); or a verb in the conditional after it (« a réfuté la
    thèse de Parisiens qui fuiraient la capitale »).
    """
    text = doc.text
    if cue.kind == "verb" and _clause_object(doc, lex, sentence, cue):
        return True
    for a in by_sentence.get(sentence.index, ()):
        told = a.content if a.content is not None else a.quote
        if (
            a.sentence == sentence.index
            and a.source is not None
            and a.family not in _NOT_SPEECH
            and told is not None
            and told.start >= cue.end
            and not _same_source(lex, denier, a.source)
            and not _names_claim(doc, a.source, lex)
            and len(_WORD.findall(told.text)) >= _OBJECT_CLAIM_WORDS
        ):
            return True
    if lex.conditional_word is not None:
        conditional = _conditional()
        for m in lex.conditional_word.finditer(text, cue.end, sentence.end):
            if conditional(m.group(), doc.lang) and doc.quote_at(m.start()) is None:
                return True
    return False


def _clause_object(doc: Document, lex: _Lexicon, sentence: Sentence, cue: _Cue) -> bool:
    """Whether a verb cue takes a clause that tells the claim ("denied that
    the troops crossed", « a nié avoir touché de l'argent »)."""
    rest = _clause_words(doc, lex, sentence, cue)
    return (
        rest is not None
        and rest[0].lower().replace("’", "'") not in lex.demonstrative
        and len(rest) >= _OBJECT_CLAIM_WORDS
    )


def _clause_words(doc: Document, lex: _Lexicon, sentence: Sentence, cue: _Cue) -> list[str] | None:
    """The words of the clause of ``[denial.clause]`` right after a verb cue
    (adverbs and time words may come between), or None."""
    text = doc.text
    pos = cue.end
    for m in _WORD.finditer(text, cue.end, sentence.end):
        if _PUNCTUATION.search(text, pos, m.start()):
            return None
        word = m.group()
        if word in lex.preverbal or word in lex.time or word in lex.time_head:
            pos = m.end()  # "denied on Friday that", « a démenti ce jeudi avoir »
            continue
        opener = lex.clause_object.match(text, m.start(), sentence.end)
        if opener is None:
            return None
        return _WORD.findall(text, opener.end(), sentence.end) or None
    return None


def _answer(
    claims: _Claims,
    lex: _Lexicon,
    position: int,
    evidence: _Evidence,
    denier: Source | None,
    excluded: set[int],
    lede: set[int],
    forward: bool,
    quoted: frozenset[int] = frozenset(),
) -> Sentence | None:
    """The sentence of the claim a denial answers (the rule: see extract_denials).

    ``quoted``: sentences of the denier's own quotation that tell the claim.
    """
    ordered = claims.ordered
    here = ordered[position].paragraph
    topic = claims.topic()
    weights = {
        k: (_NAME_WEIGHT if name else 1.0) / (2 if k in topic else 1)
        + (_OBJECT_WEIGHT if k in evidence.object_keys else 0.0)
        for k, name in evidence.keys.items()
    }

    @cache
    def other(i: int) -> bool:
        sources = claims.sources[i]
        # An attribution without a source ("it seems") is nobody's claim.
        return any(s is not None and not _same_source(lex, denier, s) for s in sources)

    @cache
    def own(i: int) -> bool:
        return any(s is not None for s in claims.sources[i]) and not other(i)

    @cache
    def heading(i: int) -> bool:
        # A heading inside the article that negates ('"No gift in sight"', «
        # Aucun cadeau ») echoes the denial below it; one that tells a claim
        # (« "Il m'a demandé de maintenir mon candidat" ») may be the claim.
        s = ordered[i]
        if claims.negated(i) == frozenset():
            return False
        alone = all(
            o.paragraph != s.paragraph for o in ordered[max(0, i - 1) : i + 2] if o is not s
        )
        return (
            s.paragraph > 0
            and alone
            and not s.text.rstrip(_CLOSING).endswith((".", "!", "?", "…", ":"))
            and len(_WORD.findall(s.text)) <= _HEADING_WORDS
        )

    @cache
    def candidate(i: int) -> bool:
        # The title is the story the article tells: its claim when denied.
        if heading(i):
            return False
        return (
            other(i)
            or ((claims.narrative[i] or ordered[i].paragraph < 0) and not own(i))
            or ordered[i].index in quoted
        )

    # A denial that tells its claim ("denied harassing X", « a nié avoir
    # harcelé X ») names what it denies: an earlier sentence the journalist
    # tells sharing only names with it (the parties, the denier) is another
    # event of the same affair, not the claim. Somebody's report naming the
    # denier may be it ("Reports said he was seen at Pulse. Pulse denied …").
    plain = frozenset(k for k, name in evidence.keys.items() if not name)
    telling = evidence.states_claim or evidence.tells_claim

    @cache
    def score(i: int) -> float:
        keys = claims.keys(i)
        if telling and not keys & plain and not other(i):
            return 0.0
        denied = keys & evidence.object_keys
        if denied and denied <= claims.negated(i):
            return 0.0  # '"No interference", the ministry says': a denial again
        total = sum(weights[k] for k in keys & weights.keys())
        if evidence.noun is not None and evidence.noun in claims.stems(i):
            total += 1.0  # "denied the reports": "X reported that …"
        if not own(i) and (
            evidence.denier_keys & keys
            if total
            else (
                ((evidence.denier_names & keys) and (evidence.denier_names & claims.names(i)))
                # « le garde du corps … nie »: a description named again.
                or len(evidence.denier_keys & keys) >= 2
            )
        ):
            # A claim about the denier: by any word of the denier's phrase when
            # it shares another, by the name alone otherwise ("Reports said
            # men had seen him at Pulse. Pulse denied that he …").
            total += _DENIER_WEIGHT
        return total

    def nearest(indexes: list[int], floor: float) -> int | None:
        """The first of ``indexes`` scoring ``_NEAR_SHARE`` of the best score (and
        ``floor``), moved to the earliest such sentence of its paragraph."""
        top = max((score(i) for i in indexes), default=0.0)
        if top < floor:
            return None
        need = max(floor, top * _NEAR_SHARE)
        passing = [i for i in indexes if score(i) >= need]
        paragraph = ordered[passing[0]].paragraph
        return min(i for i in passing if ordered[i].paragraph == paragraph)

    def run_back(choice: int, candidates: list[int]) -> int:
        """The first sentence of the run of attributed claims ``choice`` ends."""
        while (
            other(choice)
            and choice - 1 in candidates
            and other(choice - 1)
            and (
                ordered[choice - 1].paragraph == ordered[choice].paragraph
                or claims.opens_with_anaphor[choice]
            )
        ):
            choice -= 1
        return choice

    # Nearest first.
    earlier = [i for i in range(position - 1, -1, -1) if ordered[i].index not in excluded]
    candidates = [i for i in earlier if candidate(i)]
    choice = None
    # The sentence the denial follows, a heading between them left out.
    before = position - 2 if position >= 2 and heading(position - 1) else position - 1
    if (
        (evidence.opens_backref or (evidence.fragment and candidate(before)))
        and earlier
        and before in earlier[:2]
    ):
        return ordered[before]
    if (
        evidence.short
        and earlier
        and earlier[0] == position - 1
        and ordered[position - 1].paragraph == here
        and (candidate(position - 1) or claims.named[position - 1])
        and not own(position - 1)
        and not ordered[position - 1].text.rstrip(_CLOSING).endswith("?")
    ):
        # "… explosions on tankers that the U.S. suspects Iran of carrying
        # out. Iran has denied any involvement.": a short follow-up answers
        # the claim its paragraph just told, whatever other sentences share
        # its one or two words.
        return ordered[position - 1]
    if evidence.anaphoric:
        near = [
            i
            for i in earlier
            if here - ordered[i].paragraph <= _ANAPHOR_PARAGRAPHS
            and (candidate(i) or (claims.named[i] and not own(i)))
        ]
        # "Those reports" point back to a claim told nearby: the nearest one
        # sharing a word, the claim noun counting ("Reports emerged that …");
        # failing that what the denial just before answered ("Cruz denied
        # it"), or the nearest claim told with a marker, the conditional or a
        # claim word ("IS has claimed that …"), then the nearest attributed
        # claim, then a quotation with no speaker.
        choice = nearest(near, _ANAPHOR_EVIDENCE)
        if choice is not None and not claims.keys(choice) & weights.keys():
            # Chosen for naming the denier alone: an accusation told nearer
            # with a marker is what « il nie en bloc » answers ("X is accused
            # of …").
            accused = [i for i in near if i > choice and claims.marked[i] and not own(i)]
            if accused:
                choice = accused[0]
        far = nearest(candidates, _MIN_EVIDENCE)
        if far is not None and (choice is None or score(far) >= 2 * score(choice)):
            # A claim told farther back but sharing twice as much is the one.
            choice = far
        if choice is None and evidence.follows is not None:
            return ordered[evidence.follows]
        if choice is None:
            marked = (
                [i for i in near if claims.named[i]]
                or [i for i in near if other(i)]
                or [i for i in near if ordered[i].paragraph >= 0]
            )
            if marked:
                choice = run_back(marked[0], candidates)
    # A denial that tells the claim itself ("denied reports that …") answers
    # an earlier claim only when it shares much with it; else its own.
    floor = _PLAIN_EVIDENCE if evidence.states_claim else _MIN_EVIDENCE

    def close(i: int) -> bool:
        # Words shared with a claim told far back are mostly the story's
        # ("dismissed the notion that …" and a lede on the same affair).
        return (
            not evidence.states_claim
            or here - ordered[i].paragraph <= _ANAPHOR_PARAGRAPHS
            or score(i) >= _FAR_EVIDENCE
        )

    if choice is None:
        choice = nearest([i for i in candidates if close(i)], floor)
    if choice is None:
        # An attributed or marked claim in the denial's paragraph or the one
        # before needs one shared word ("Trump said a warship destroyed an
        # Iranian drone. Iran denied losing a drone."), two when the denial
        # tells a claim itself.
        adjacent = [
            i
            for i in candidates
            if (other(i) or (claims.marked[i] and not own(i))) and here - ordered[i].paragraph <= 1
        ]
        choice = nearest(adjacent, _MIN_EVIDENCE if evidence.states_claim else 1.0)
    if choice is None and evidence.anaphoric:
        if evidence.follows is not None:
            return ordered[evidence.follows]
        if (
            evidence.near
            and earlier
            and earlier[0] == position - 1
            and here - ordered[position - 1].paragraph <= 1
            and not own(position - 1)
            and ordered[position - 1].paragraph >= 0
            # « Le ministre aurait-il menti ? » asks, it tells no claim.
            and not ordered[position - 1].text.rstrip(_CLOSING).endswith("?")
        ):
            # "Democrats respond that … Coburn rejected that argument": what
            # was just told, even in a form not read as a claim.
            return ordered[position - 1]
        if candidates:
            first = candidates[0]
            if here - ordered[first].paragraph <= _ANAPHOR_PARAGRAPHS:
                # « ces informations » with no shared word: the last claim told,
                # from the first sentence of its run of claim sentences.
                choice = run_back(first, candidates)
            else:
                opening = [i for i in candidates if ordered[i].paragraph in lede]
                choice = opening[-1] if opening else None
    if choice is None:
        choice = nearest([i for i in earlier if not own(i) and close(i)], _PLAIN_EVIDENCE)
    if choice is None and forward and not (evidence.states_claim or evidence.clause):
        # A denial that tells its claim ("denied that he had been briefed")
        # answers itself, not what the article goes on to tell. Later
        # sentences are often the denier's own words again ("He wrote: …"):
        # a claim whose speaker is only a pronoun is not taken.
        later = [
            i
            for i in range(position + 1, len(ordered))
            if ordered[i].index not in excluded
            and candidate(i)
            and not _pronoun_speakers(lex, claims.sources[i])
        ]
        choice = nearest(later, floor)
    if choice is None and (evidence.states_claim or evidence.tells_claim):
        return ordered[position]
    return None if choice is None else ordered[choice]


# ------------------------------------------------------------------ main


def _classifier() -> Callable[[Document, Span], str]:
    from framing.extract.sources import classify_source

    return classify_source


def _conditional() -> Callable[[str, str], bool]:
    try:
        from framing.extract.hedging import is_conditional_form
    except ImportError:  # pragma: no cover - hedging ships with the package
        return lambda word, lang: False
    return is_conditional_form


def _claim_sentences(
    doc: Document, lex: _Lexicon, by_index: dict[int, Sentence], tokens: Tokens
) -> tuple[set[int], set[int], set[int]]:
    """The sentences that tell a claim with no attribution to say whose.

    The journalist tells one without vouching for it with a
    ``[denial.claim.marker]`` word ("accused of", « soupçonné ») or a verb
    in the conditional mood outside quotations, the French journalistic
    conditional (« aurait touché »); a quotation of four words or more is
    somebody's claim even when no attribution names the speaker. A question
    is asked, not told. ``tokens``: the tokens of the sentences, with their
    keys. Returns all of them, those told with a marker or the
    conditional, and those told with a marker.
    """
    found = set()
    text = doc.text
    for m in lex.claim_marker.finditer(text, tokens=tokens):
        sentence = doc.sentence_at(m.start())
        if sentence is not None and sentence.index in by_index:
            found.add(sentence.index)
    markers = set(found)
    if lex.conditional_word is not None:
        conditional = _conditional()
        for m in lex.conditional_word.finditer(text):
            if conditional(m.group(), doc.lang) and doc.quote_at(m.start()) is None:
                sentence = doc.sentence_at(m.start())
                if sentence is not None and sentence.index in by_index:
                    found.add(sentence.index)
    marked = set(found)
    for quote in doc.quotes:
        # Somebody's words even when no attribution names the speaker.
        if len(_WORD.findall(quote.content.text)) >= _MIN_QUOTE_WORDS:
            first = doc.sentence_at(quote.content.start)
            last = doc.sentence_at(max(quote.content.start, quote.content.end - 1))
            if first is not None and last is not None:
                found.update(i for i in range(first.index, last.index + 1) if i in by_index)
    found = {i for i in found if not by_index[i].text.rstrip(_CLOSING).endswith("?")}
    return found, marked & found, markers & found


def extract_denials(
    doc: Document, *, attributions: Sequence[Attribution] | None = None
) -> list[Denial]:
    """Find the official denials of a document and the claims they answer.

    Parameters
    ----------
    doc : Document
        A segmented article (:func:`framing.pipeline.prepare` or
        :func:`framing.text.segment`).
    attributions : sequence of Attribution, optional
        The document's attributions, when the caller already has them;
        otherwise :func:`framing.extract.sources.extract_attributions` is
        run. They give the denier of a quoted denial (the quotation's
        speaker), the speaker that a predicate cue ("untrue") needs, and the
        claims a denial can answer.

    Returns
    -------
    list of Denial
        One per cue occurrence, in text order (a denial noun with no denier
        found is a mention, « un démenti ne suffit pas », and is left out).
        ``position`` is the relative
        place of the cue in the body (0 in the title); ``in_lede`` is true in
        the title and the first body paragraph, and in the second one when
        the first is a kicker of fewer than 12 words (a dateline, an
        "UPDATE:" line, a standfirst fragment).

        ``answers`` is the sentence of the claim the denial answers, or
        None when no sentence gives enough evidence: a wrong link is worse
        than none. It is chosen by the first rule that gives one:

        0. A denial of a sentence that already holds a denial by the same
           denier answers what that one answers ("X denied the report,
           saying: 'this is untrue'" tells one claim).
        1. The denial's own sentence, when it tells the claim before the
           cue: an attribution to another source ends before the cue
           (« Washington accuse l'Iran de …, ce que Téhéran dément »), a
           ``[denial.claim.marker]`` word stands five words or more before
           the cue ("the rival's claims that the vote was rigged are
           untrue"), a ``[denial.claim.after]`` phrase follows it (« …,
           comme l'affirment des parents »), or the cue's clause opens
           after a comma, a dash or a bracket with a ``[denial.backref]``
           word or a claim noun (« …, ce que Pékin dément », "… - an
           allegation Tehran has denied", « accusent le Rwanda, qui le
           nie, de … »); so is a concessive clause of
           ``[denial.backref.concessive]`` whose verb keeps no object or a
           clause too short to tell a claim ("Regions could lose funding,
           though the agency denies that will happen", « …, mais le
           ministère dément »).
        2. The claims told earlier (title included; sentences holding a
           denial excluded) are the title, the sentences that carry an
           attribution to a source other than the denier, the sentences of
           a quotation of four words or more, and the journalist's
           sentences that tell a claim without vouching for it (a
           ``[denial.claim.marker]`` word, or a verb in the conditional
           mood outside quotations, « aurait touché »); never a question
           nor the denier's own words, unless a sentence of the denier's
           quotation before the denial tells the claim with a marker or
           as somebody else's ('"Some people say I took bribes. That is
           untrue," the mayor said'). Two sources are the same speaker
           when one's content words are those of the other, its head
           included ("l'avocat", « son avocat »), or when both are names
           with the same last word. A claim is scored by the content words
           it shares with the denial (its sentence, or its whole quotation
           for a quoted denial, without the words that say "deny" and the
           denier; a label cue keeps its object, "called the Gazette's
           report baseless"; lowercased, accents removed, stopwords,
           reporting words and claim nouns left out, compared on their
           first five letters): a name counts 1.5, another word 1, half as
           much when found in a quarter of the article's sentences (its
           topic), 1 more when it is the object of the denial verb ("denied
           any wrongdoing", « dément toute ingérence »; not for a denial
           that points back); the denier's phrase in a claim about it adds
           1 (its capitalised name alone is enough: "Reports said men had
           seen him at Pulse. Pulse denied …", or two words of its
           description, « un garde du corps … Le garde du corps nie »), and
           so does the denial's
           claim noun ("denied the reports") found in the claim ("X
           reported that …"). A sentence that denies the object's words
           itself (« "Aucune dissimulation", assure Pékin ») scores 0; so
           does, for a denial that tells its claim (rules 5 and 8), a
           sentence the journalist tells sharing only names with it (« Y a
           frappé X. X nie avoir harcelé Y »). A heading inside the article
           (a paragraph of its own, ten words at most, no final stop) is
           never a claim.
        3. A denial that opens with a bare back-reference (« Ce que le
           ministre a démenti ») answers the sentence before; so does one
           made of a claim noun and its participle (« Une version démentie
           par X. », "Claims denied by the ministry.") when that sentence
           tells a claim (a heading between them left out). A short denial
           (twelve words at most, not quoted, telling no claim: "Iran has
           denied any involvement.") answers the sentence before it in its
           paragraph when that one tells a claim or names one.
        4. A denial that points back ("these allegations", « ces
           informations » a few words from the cue, a noun cue, a verb with
           no object or only words of ``[denial.bare]``, "Cruz denied it",
           « a nié en bloc », a clause whose subject is a word of
           ``[denial.demonstrative]``, "denied that this had happened", a
           predicate with such a subject, « c'est faux », or opening a
           short quotation, '"Untrue," she said', or no content word of its
           own) answers the nearest claim within two paragraphs scoring 1,
           unless one farther back scores twice as much; failing that, what
           a denial in the sentence before answered; failing that, the
           nearest claim within two paragraphs told with a marker, the
           conditional or a claim word, else the nearest attributed one,
           else a quotation (a claim chosen for naming the denier alone
           gives way to a nearer one told with a claim marker, « Il est
           accusé de … Il nie en bloc »), taken back to the first sentence
           of its run of
           attributed claims in the same paragraph (or continued by « Ces
           informations … »). When rule 5 finds none either, a determiner
           of ``[denial.anaphor.near]`` ("rejected that argument", « cet
           argument ») takes the sentence right before (in its paragraph or
           the one before, not the denier's, not a question), even one not
           read as a claim ("Democrats respond that …"); when no claim lies
           within two paragraphs, the earliest claim of the title and lede.
        5. Otherwise the nearest claim scoring at least 2 and half the best
           score, moved to the earliest claim of its paragraph that scores
           as much (a report told over several sentences is answered where
           it is first told); failing that, a claim attributed to another
           source or told with a marker in the denial's paragraph or the
           one before scoring 1. A denial whose own object tells the claim
           after a marker (a ``[denial.claim.marker]`` word; a marker that
           is a claim noun needs a ``[denial.claim.that]`` clause or a
           ``[denial.claim.of]`` complement, "denied allegations of …", and
           so does a claim noun object: "denied reports by CNN that …")
           needs 3 for the first (6 for a claim more than two paragraphs
           back), 2 for the second.
        6. Any earlier sentence not told by the denier scoring 3 (6 more
           than two paragraphs back for a denial telling its claim).
        7. A denial in the lede with nothing earlier, not telling its claim
           after a marker or with a clause, answers the first later
           claim passing rule 5 (never one whose speaker is only a pronoun,
           most often the denier again); ``distance_paragraphs`` (denial
           paragraph minus claim paragraph, the title counting as -1) is
           then negative.
        8. A denial that tells its claim itself answers its own sentence:
           after a marker as in rule 5, with a clause of ``[denial.clause]``
           for object ("denied that any troops crossed", "denied having
           met", « a nié avoir touché », « dément que … »), with another
           source's attribution after the cue (« X dément toute tension,
           alors que des sources font état de dissensions »), or with a
           verb in the conditional after it (« la thèse d'habitants qui
           fuiraient »).

    Examples
    --------
    >>> from framing.text import segment
    >>> doc = segment("The agency reported that troops crossed the border. "
    ...               "The ministry denied that any troops crossed the border.", "en")
    >>> [(d.span.text, d.denier.span.text) for d in extract_denials(doc, attributions=[])]
    [('denied', 'The ministry')]
    """
    if attributions is None:
        from framing.extract.sources import extract_attributions

        attributions = extract_attributions(doc)
    try:
        lex = _lexicon(doc.lang)
    except LanguageError:  # a language without a lexicon has no denial cues
        return []
    if lex.cue is None and lex.noun is None and lex.predicate is None and lex.object_verb is None:
        return []
    try:
        classify = _classifier()
    except ImportError:
        classify = None

    by_sentence = _attribution_sentences(doc, attributions)
    ordered = list(doc.all_sentences())
    all_tokens = doc.tokens
    starts = [t.start for t in all_tokens]
    found: list[tuple[Sentence, _Cue]] = []
    keyed: list[tuple[str, Token]] = []
    tokens_of: dict[int, list[tuple[str, Token]]] = {}
    mentions: set[int] = set()
    for sentence in ordered:
        tokens = [
            (t.text.lower().replace("’", "'"), t)
            for t in all_tokens[
                bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)
            ]
        ]
        keyed += tokens
        tokens_of[sentence.index] = tokens
        question = sentence.text.rstrip(_CLOSING).endswith("?")
        cues = _find_cues(doc, lex, sentence, tokens)
        if any(c.kind in ("verb", "noun") for c in cues) or _names_denial(doc, lex, sentence):
            # "it's a straight-up denial", « Les princes assurent qu'il s'agit
            # d'une histoire fausse … tous deux prennent la parole pour
            # démentir »: a sentence about a denial is not the claim denied.
            mentions.add(sentence.index)
        for cue in _select(doc, cues):
            if question and doc.quote_at(cue.start) is None:
                continue  # "What are we willing to deny?": asked, not told
            if cue.needs_speaker and not _has_speaker(doc, lex, sentence, cue, by_sentence):
                continue
            found.append((sentence, cue))
    if not found:
        return []

    told, marked, markers = _claim_sentences(
        doc,
        lex,
        {s.index: s for s in ordered},
        Tokens([t for _, t in keyed], [k for k, _ in keyed]),
    )
    claims_keys = cache(lambda i: _content_keys(doc, lex, ordered[i].start, ordered[i].end))
    claims = _Claims(
        ordered=ordered,
        keys=claims_keys,
        sources=[[a.source for a in by_sentence.get(s.index, ())] for s in ordered],
        narrative=[s.index in told for s in ordered],
        opens_with_anaphor=[
            lex.anaphor is not None and lex.anaphor.match(doc.text, s.start, s.end) is not None
            for s in ordered
        ],
        named=[
            s.index in marked
            or any(_fold(k)[:_PREFIX] in lex.claim_stems for k, _ in tokens_of[s.index])
            for s in ordered
        ],
        marked=[s.index in markers for s in ordered],
        topic=cache(lambda: _topic(claims_keys, len(ordered))),
        names=cache(lambda i: _capitalised(doc, lex, ordered[i].start, ordered[i].end)),
        negated=cache(lambda i: _negated(doc, lex, ordered[i].start, ordered[i].end)),
        stems=cache(
            lambda i: {
                _fold(w)[:_PREFIX]
                for w in _WORD.findall(doc.text, ordered[i].start, ordered[i].end)
            }
        ),
    )
    positions = {s.index: i for i, s in enumerate(ordered)}
    by_index = {s.index: s for s in ordered}
    denial_sentences = {s.index for s, _ in found}
    lede = _lede(doc)
    denials = []
    # Sentence of a denial -> the sentence its claim is in.
    answered: dict[int, int] = {}
    for sentence, cue in found:
        span = make_span(doc.text, _verb_group_start(doc, lex, sentence, cue), cue.end)
        previous = (
            denials[-1].denier if denials and denials[-1].sentence == sentence.index else None
        )
        denier = _denier(doc, lex, sentence, cue, attributions, by_sentence, classify, previous)
        if denier is not None and (trimmed := _trim_denier(doc, lex, denier.span)) != denier.span:
            kind = denier.kind
            if denier.antecedent is None and classify is not None:
                kind = classify(doc, trimmed)
            denier = Source(trimmed, kind, denier.antecedent)
        if denier is None and cue.kind == "noun":
            continue  # « Un démenti ne suffit pas »: the noun named, no denial made
        if denier is not None and _is_finding(doc, lex, denier.span):
            continue  # "an allegation rejected by the inquiry": a finding, no party
        if denier is not None and cue.needs_speaker and denier.kind == "media_relay":
            # "the story is fake, according to TMZ": an outlet's fact-check. A
            # label or a verb stays: an outlet may be the party ("the studio
            # called those reports ridiculous").
            continue
        if (
            denier is not None
            and denier.antecedent is not None
            and denier.antecedent.start < sentence.start
            and classify is not None
            and denier.span.text.strip() in lex.person_pronoun
        ):
            # "Papadopoulos pleaded guilty because he denied …": a subject
            # named in the pronoun's own sentence comes before one of the
            # sentences before.
            own = _subjects_before(
                doc, lex, sentence, denier.span.start, {sentence.index: sentence}
            )
            if own and (kind := classify(doc, own[-1])) in _PERSON_KINDS & _SUBJECT_KINDS:
                denier = Source(denier.span, kind, own[-1])
        if denier is not None and cue.bare and denier.span.text in lex.possessive:
            denier = _possessor(doc, lex, sentence, denier, classify)
        if denier is not None and denier.antecedent is None:
            denier = _resolve_pronoun(
                doc, lex, denier, cue, sentence, attributions, denials, classify, by_index
            )
        quote = doc.quote_at(cue.start)
        if quote is not None and len(_WORD.findall(quote.content.text)) < _MIN_QUOTE_WORDS:
            quote = None  # 'called the report "not true"': the sentence says it all
        region = quote.content if quote is not None else sentence
        # A negative construction holds what is denied (« aucune délocalisation
        # … n'a eu lieu »): only a verb's or label's words are left out.
        skip = _cue_words(doc, cue)
        if denier is not None:
            skip.append((denier.span.start, denier.span.end))
        excluded = denial_sentences | mentions
        quoted: set[int] = set()
        if quote is not None:
            # The denier's own words are not the claim, unless they tell it
            # before the denial, as somebody else's or with a marker ('"Some
            # say I took bribes. That is untrue," the mayor said').
            inside = {s.index: s for s in ordered if s.overlaps(quote.content)}
            quoted = {
                i
                for i, s in inside.items()
                if s.end <= sentence.start
                and _quoted_claim(lex, quote, s, denier, by_sentence, markers)
            }
            excluded |= inside.keys() - quoted
        first = next(
            (
                d
                for d in denials
                if d.sentence == sentence.index
                and d.answers is not None
                and _same_source(lex, d.denier, denier)
            ),
            None,
        )
        if first is not None:
            # "X denied the reports, saying: 'this is untrue'": one claim.
            target: Sentence | None = by_index[first.answers]
        elif _same_sentence_claim(
            doc, lex, sentence, cue, denier, by_sentence
        ) or _concessive_claim(doc, lex, sentence, cue):
            target = sentence
        else:
            position = positions[sentence.index]
            before = ordered[position - 1].index if position > 0 else None
            anaphoric, noun = _points_back(doc, lex, sentence, cue)
            keys = _named_keys(doc, lex, region.start, region.end, skip)
            # "C'est faux !": a denial with no word of its own points back.
            anaphoric = anaphoric or not keys
            if noun is None:
                noun = _object_noun(doc, lex, sentence, cue)
            denier_keys, denier_names = _denier_keys(doc, lex, denier)
            evidence = _Evidence(
                keys=keys,
                denier_keys=denier_keys,
                denier_names=denier_names,
                # "these reports" name no content of their own.
                object_keys=frozenset()
                if anaphoric
                else _object_keys(doc, lex, sentence, cue, skip),
                anaphoric=anaphoric,
                noun=noun,
                opens_backref=_opens_backref(doc, lex, sentence, cue),
                fragment=_fragment(doc, lex, sentence, cue),
                # "Cruz denied it": what the denial just before answered.
                follows=positions.get(answered.get(before, ordered[0].index - 1)),
                states_claim=_states_claim(doc, lex, sentence, cue),
                tells_claim=_tells_claim(doc, lex, sentence, cue, denier, by_sentence),
                clause=cue.kind == "verb" and _clause_object(doc, lex, sentence, cue),
                near=anaphoric and _near_anaphor(doc, lex, sentence, cue),
                short=len(_WORD.findall(sentence.text)) <= _SHORT_WORDS
                and quote is None
                and not _states_claim(doc, lex, sentence, cue)
                and not _tells_claim(doc, lex, sentence, cue, denier, by_sentence),
            )
            target = _answer(
                claims,
                lex,
                position,
                evidence,
                denier,
                excluded,
                lede,
                forward=sentence.paragraph in lede,
                quoted=frozenset(quoted),
            )
        if target is not None:
            answered.setdefault(sentence.index, target.index)
        in_title = doc.in_title(cue.start)
        denials.append(
            Denial(
                span=span,
                cue=cue.cue,
                denier=denier,
                sentence=sentence.index,
                paragraph=sentence.paragraph,
                position=0.0 if in_title else doc.position(cue.start),
                in_title=in_title,
                in_lede=sentence.paragraph in lede,
                answers=None if target is None else target.index,
                answers_paragraph=None if target is None else target.paragraph,
                distance_paragraphs=None
                if target is None
                else sentence.paragraph - target.paragraph,
            )
        )
    return denials


def _reporter(
    doc: Document, lex: _Lexicon, cue: _Cue, attributions: Sequence[Attribution], start: int
) -> Attribution | None:
    """The attribution whose reported content holds the cue (the innermost one).

    ``start`` is where the cue's sentence starts.
    """
    claim_words = lex.claim_words
    holding = [
        a
        for a in attributions
        # "the US claims that the weapons were airdropped were untrue": a
        # claim noun read as a reporting verb is the denied claim, no speaker;
        # "it seems to be false" has no speaker, "a study found no evidence"
        # is a finding.
        if a.cue.text.lower() not in claim_words
        and a.source is not None
        and a.family not in _NOT_SPEECH
        and not _restrictive_relative(doc, lex, a.source.span, start)
        for span in (a.content, a.quote)
        if span is not None and span.start <= cue.start and cue.end <= span.end
    ]
    if not holding:
        return None
    return min(holding, key=lambda a: max(len(s) for s in (a.content, a.quote) if s is not None))


def _restrictive_relative(doc: Document, lex: _Lexicon, span: Span, start: int) -> bool:
    """Whether a source is a relative pronoun defining the sentence's subject.

    "The woman who claimed she had three arms is a fake": a relative with no
    comma before it, on the noun phrase that opens the sentence (no verb
    before it), defines the subject; the main clause after it ("is a fake")
    is not the claim's speaker's words, whatever the reported content's
    reach. "Smith, who said the story was untrue, resigned" and "Among them
    are people who say the story is untrue" keep their speaker.
    """
    if span.text.lower() not in lex.relative:
        return False
    if doc.text[start : span.start].rstrip()[-1:] in (",", "(", "—", "–"):
        return False
    words = _WORD.findall(doc.text, start, span.start)
    return not any(w.lower() in lex.aux for w in words)


def _has_speaker(
    doc: Document,
    lex: _Lexicon,
    sentence: Sentence,
    cue: _Cue,
    by_sentence: dict[int, list[Attribution]],
) -> bool:
    """Whether a predicate cue is somebody's words, not the journalist's.

    It must lie in an attribution's reported content ("police said the
    rumours were untrue") or in a quotation that is somebody's words: one
    with an attribution in its sentence, or long enough not to be a term
    put in quotation marks ("the 'fake news' law").
    """
    here = by_sentence.get(sentence.index, [])
    quote = doc.quote_at(cue.start)
    if _reporter(doc, lex, cue, here, sentence.start) is not None:
        return quote is not None or not _comment(doc, lex, sentence, cue)
    if quote is None:
        return False
    speakers = [a for a in here if a.source is not None and a.family not in _NOT_SPEECH]
    return bool(speakers) or len(_WORD.findall(quote.content.text)) >= _MIN_QUOTE_WORDS


def _comment(doc: Document, lex: _Lexicon, sentence: Sentence, cue: _Cue) -> bool:
    """Whether a predicate opens a clause of its own on what was just reported.

    "X warns the reform would dismantle the service, but that too is
    incorrect", "if anybody tells you GMOs are safe, it's not true": after a
    comma, a demonstrative subject with only auxiliaries and adverbs before
    the cue is the journalist's comment on the reported content, however far
    the parser stretched it. "said it was seen, but that it was false" keeps
    its speaker (the demonstrative is a complementizer there).
    """
    before = doc.text[sentence.start : cue.start]
    cut = max(before.rfind(mark) for mark in (",", ";", "—", "–"))
    if cut < 0:
        return False
    words = [w.lower().replace("’", "'") for w in _WORD.findall(before, cut)]
    if words and words[0] in lex.coordinator:
        words = words[1:]
    if not words or words[0].split("'")[0] not in lex.demonstrative:
        return False
    return all(w in lex.aux or w in lex.preverbal for w in words[1:])


def _names_claim(doc: Document, source: Source, lex: _Lexicon) -> bool:
    """Whether a source phrase is no speaker: a claim (« ces informations ») or a function word."""
    words = [t[2] for t in _tokens(doc, source.span.start, source.span.end) if _is_word(t)]
    if any(w.lower().replace("’", "'") in lex.claim_words for w in words):
        return True
    return all(
        w in lex.determiner or w in lex.clause or w in lex.inversion or w in lex.preposition
        for w in words
    )


def _incise(doc: Document, quote: Quote, here: Sequence[Attribution]) -> Attribution | None:
    """An attribution right after a quotation (« "…", selon le procureur »).

    Its cue opens within a few characters of the closing mark, with only
    punctuation between: the quotation is its source's words.
    """
    best = None
    for a in here:
        if a.source is None or a.family in _NOT_SPEECH:
            continue
        start = min(a.cue.start, a.source.span.start)
        gap = doc.text[quote.end : start]
        if (
            quote.end <= start
            and len(gap) <= _INCISE_GAP
            and not _WORD.search(gap)
            and (best is None or start < min(best.cue.start, best.source.span.start))
        ):
            best = a
    return best


def _resolve_pronoun(
    doc: Document,
    lex: _Lexicon,
    denier: Source,
    cue: _Cue,
    sentence: Sentence,
    attributions: Sequence[Attribution],
    denials: Sequence[Denial],
    classify: Callable[[Document, Span], str] | None,
    by_index: dict[int, Sentence],
) -> Source:
    """A pronoun denier with its antecedent: the last source named before it.

    Only sources of the two sentences before the denial and of its own
    sentence count (attributions, earlier deniers and the subjects of those
    sentences, pronouns excluded; a name quoted in a quotation that does not
    hold the pronoun is no antecedent); "he", « il » take a person, "they",
    « ils » any source.
    """
    word = denier.span.text.strip()
    if word in lex.person_pronoun:
        kinds = _PERSON_KINDS
    elif word in lex.other_pronoun:
        kinds = None
    else:
        return denier
    named: list[tuple[int, Source]] = [
        (a.source.span.start, a.source)
        for a in attributions
        if a.source is not None and sentence.index - 2 <= a.sentence <= sentence.index
    ]
    named += [
        (d.denier.span.start, d.denier)
        for d in denials
        if d.denier is not None and sentence.index - 2 <= d.sentence <= sentence.index
    ]
    # « L'association milite … Elle réfute »: in French « il », « elle »
    # may take an organisation that was a sentence's subject.
    org = word in lex.org_pronoun
    subjects: set[tuple[int, int]] = set()
    if classify is not None:
        # The subject of the sentence or of the two before ("Papadopoulos
        # pleaded guilty because he denied", « X comparaîtra, alors qu'il
        # nie »), told with no speech verb that an attribution would carry.
        for subject in _subjects_before(doc, lex, sentence, denier.span.start, by_index):
            kind = classify(doc, subject)
            if kind in _SUBJECT_KINDS:
                named.append((subject.start, Source(subject, kind)))
                subjects.add((subject.start, subject.end))
    here = doc.quote_at(denier.span.start)
    for _, source in sorted(named, key=lambda n: n[0], reverse=True):
        quote = doc.quote_at(source.span.start)
        if (
            source.span.start >= cue.start
            or source.span.overlaps(denier.span)
            # '"My client saw nobody," he said': the quoted words name others.
            or (quote is not None and quote != here and quote.end <= denier.span.start)
            or any(
                # « S'il », « Chun a publié il y a »: a phrase holding a subject
                # pronoun was cut across a clause; it names nobody.
                w in lex.pronoun
                for w in _WORD.findall(source.span.text)
            )
        ):
            continue
        if (
            kinds is not None
            and source.kind not in kinds
            and not (
                org
                and source.kind == "named_org"
                and (source.span.start, source.span.end) in subjects
            )
        ):
            continue
        return Source(denier.span, source.kind, source.span)
    return denier


def _subjects_before(
    doc: Document, lex: _Lexicon, sentence: Sentence, end: int, by_index: dict[int, Sentence]
) -> list[Span]:
    """The subjects of the clause before ``end`` and of the two sentences before it."""
    found = []
    for index in (sentence.index - 2, sentence.index - 1, sentence.index):
        other = by_index.get(index)
        if other is None or other.paragraph < 0 or other.text.rstrip(_CLOSING).endswith("?"):
            continue  # a headline's or a question's first word is no subject
        stop = end if index == sentence.index else other.end
        if stop <= other.start:
            continue
        clause = Sentence(other.start, stop, doc.text[other.start : stop], index, other.paragraph)
        subject = _sentence_subject(doc, lex, clause)
        if subject is None:
            continue
        quote = doc.quote_at(subject.start)
        if quote is not None and quote != doc.quote_at(end) and quote.end <= end:
            continue  # '"It is false," he said': a quotation names others
        if not any(c in subject.text for c in " '’"):
            # A lone word is a name when a verb follows it ("Papadopoulos
            # pleaded"), not an adjunct (« Face aux policiers », "Later,").
            after = _tokens(doc, subject.end, stop)[:1]
            if (
                len(subject.text) < 3
                # "Presidents have the power": a common noun opening the sentence.
                or re.search(
                    rf"(?<![\w'’-]){re.escape(subject.text.lower().removesuffix('s'))}s?(?![\w'’-])",
                    doc.text,
                )
                or not subject.text[-1].isalpha()
                or not after
                or not _is_word(after[0])
                or after[0][2] in lex.preposition
                or after[0][2] in lex.determiner
            ):
                continue
        # "Later", "In", « Qu' »: an adjunct or a clause word read as a name.
        first = _WORD.match(subject.text)
        w = first.group().lower().replace("’", "'") if first is not None else ""
        if len(w) > 1 and (
            w in lex.determiner
            or not (
                w in lex.time
                or w in lex.preverbal
                or w in lex.preposition
                or w in lex.pronoun
                or w in lex.clause
                or f"{w}'" in lex.clause
                or f"{w}'" in lex.pronoun
            )
        ):
            found.append(subject)
    return found


def _only_speaker(here: Sequence[Attribution]) -> Attribution | None:
    """The one attribution with a speaker in a sentence, if there is just one.

    « … a dit le rectorat, refusant de "commenter une rumeur infondée" »: a
    quotation in a sentence where one source speaks is that source's.
    """
    speakers = [a for a in here if a.source is not None and a.family not in _NOT_SPEECH]
    sources = {(a.source.span.start, a.source.span.end) for a in speakers}
    return speakers[0] if len(sources) == 1 else None


def _is_finding(doc: Document, lex: _Lexicon, span: Span) -> bool:
    """Whether a denier phrase names a finding or a ruling, not a party.

    Its head is a word of ``[denial.finding]``: the head of the phrase's
    first noun group (before a preposition), or of the next group when that
    one is a noun of quantity ("a series of inquiries"). The head is the
    group's last word in English ("the court spokesman"), one of its first
    two in French (« les constatations », « la Haute Cour »): the
    ``[denial.finding.head]`` section says which.
    """
    groups: list[list[str]] = [[]]
    depth = 0
    for token in _tokens(doc, span.start, span.end):
        word = token[2]
        depth += (word == "(") - (word == ")")
        if depth > 0 or word == ")":
            continue  # "Dr Nye (right)": a caption's aside
        if word in lex.preposition or word.lower().replace("’", "'") in lex.group_break:
            groups.append([])
        elif _is_word(token) and word not in lex.determiner:
            groups[-1].append(word)
    last = "last" in lex.head_rule
    for group in groups:
        if not group:
            continue
        heads = group[-1:] if last else group[:2]
        if last:
            # "plastic surgeon Matthew Schulman": a role before a name heads it.
            run = len(group)
            while run > 0 and group[run - 1][:1].isupper():
                run -= 1
            if 0 < run < len(group) and group[run - 1][:1].islower():
                heads = [group[run - 1], *heads]
        if any(word in lex.quantity for word in heads):
            continue
        return any(word in lex.finding for word in heads)
    return False


def _colon_speaker(doc: Document, lex: _Lexicon, quote: Quote) -> Span | None:
    """The subject of the clause that a colon ends right before ``quote``.

    « Le ministère a publié un communiqué : "…" »: the quotation is the
    words of the subject of the clause it follows.
    """
    text = doc.text
    before = text[: quote.start].rstrip(_THIN_SPACES)
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    sentence = doc.sentence_at(colon)
    if sentence is None:
        return None
    clause = Sentence(
        sentence.start, colon, text[sentence.start : colon], sentence.index, sentence.paragraph
    )
    return _sentence_subject(doc, lex, clause)


def _denier(
    doc: Document,
    lex: _Lexicon,
    sentence: Sentence,
    cue: _Cue,
    attributions: Sequence[Attribution],
    by_sentence: dict[int, list[Attribution]],
    classify: Callable[[Document, Span], str] | None,
    previous: Source | None,
) -> Source | None:
    """Who makes the denial (see the module docstring for the order).

    ``previous`` is the denier of the sentence's previous denial, which a
    coordinated verb shares ("X denied A and also denies B").
    """
    here = by_sentence.get(sentence.index, [])
    quote = doc.quote_at(cue.start)
    if cue.needs_speaker and quote is None:
        speaker = _reporter(doc, lex, cue, here, sentence.start)
        if speaker is None or speaker.source is None or _names_claim(doc, speaker.source, lex):
            return None
        return speaker.source
    if quote is not None and len(_WORD.findall(quote.content.text)) >= _MIN_QUOTE_WORDS:
        introducer = _colon_speaker(doc, lex, quote)
        speaker = (
            _quote_speaker(doc, cue.start, attributions)
            or _incise(doc, quote, here)
            or _only_speaker(here)
        )
        quoted = speaker.source if speaker is not None else None
        # 'The ministry issued a statement: "…"': the clause before the colon
        # names the speaker, not an attribution after the quote (unless that
        # attribution's source is the introducer itself).
        if introducer is not None and (
            quoted is None
            or (quoted.span.start > quote.end and not introducer.overlaps(quoted.span))
        ):
            kind = classify(doc, introducer) if classify is not None else "unattributed"
            quoted = Source(introducer, kind)
        if cue.needs_speaker:
            return quoted
        # A speaker may quote someone else's denial (« une pratique démentie
        # par Mme X »); "je réfute", "we deny" are the speaker's own.
        span, _ = _denier_span(doc, lex, sentence, cue)
        first = _tokens(doc, span.start, span.end)[:1] if span is not None else []
        if span is None or (first and first[0][2] in lex.first_person):
            # "je réfute", and « je voulais apporter un démenti » read past the verb.
            return quoted
        return Source(span, classify(doc, span) if classify is not None else "unattributed")
    # A few quoted words inside the journalist's sentence ('Korovin
    # "categorically denies" it'): the sentence's syntax holds.
    span, ellipsis = None, False
    if not cue.needs_speaker:
        span, ellipsis = _denier_span(doc, lex, sentence, cue)
    if ellipsis:
        if previous is not None:
            return previous
        span = _sentence_subject(doc, lex, sentence)
    if span is not None:
        for a in here:
            # The attribution's source, when it is this very phrase, brings a
            # resolved pronoun along.
            if a.source is not None and (a.source.span.start, a.source.span.end) == (
                span.start,
                span.end,
            ):
                return a.source
        kind = classify(doc, span) if classify is not None else "unattributed"
        return Source(span, kind)
    # An attribution whose verb is the denial verb knows its subject (and
    # resolves pronouns), unless what it took for a source is the denied
    # claim itself, the subject of a passive (« ces informations ont été
    # réfutées »).
    sources = [a for a in here if a.source is not None and not _names_claim(doc, a.source, lex)]
    for a in sources:
        if a.cue.start < cue.end and cue.start < a.cue.end:
            return a.source
    if sources:
        return min(sources, key=lambda a: abs(a.cue.start - cue.start)).source
    return None
