"""Official denials: who says a claim is false, where, and which claim.

A denial is a statement by a party rejecting a claim: "The Kremlin denied
the report", « ces informations ont été réfutées par des sources
officielles », or the denier's own words in a quotation (« Aucune
délocalisation n'a eu lieu », a dit un représentant). Cues come from the
``[denial*]`` sections of the language's lexicon:

- ``[denial]``: verbs whose news sense is "say a claim is false" (deny,
  refute, démentir, nier, réfuter): a denial wherever they occur;
  ``[denial.noun]``: the noun in frames that name a denial being made ("a
  flat denial from the spokesman", « un démenti formel »).
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
  denial.
- ``[denial.label]`` followed within a few words by a predicate (or a word
  of ``[denial.predicate.label]``): "called the report baseless",
  « qualifié de "mensonge" ». The cue spans from the verb to the predicate.

``[denial.not]`` cancels a cue it overlaps: negated or withheld denials
("did not deny", « n'a pas démenti », "neither confirmed nor denied"),
concessions ("no one can deny", « on ne peut nier »), the sense of depriving
("denied entry", "was denied bail", « se sont vu nier le droit ») and legal
terms (« faux et usage de faux »). In a sentence holding a verb or noun
cue, predicate and label cues are not counted again ("X denied the reports,
calling them baseless" is one denial).

The denier is found in this order: for a predicate in reported speech, the
speaker of the attribution that reports it; for a cue inside a quotation of
four words or more, the quotation's speaker, unless the cue is a verb whose
subject (not a first person) can be read in the quotation (« une pratique
démentie par Mme X »); otherwise the syntax around the cue, read with the
``[function.*]`` word lists of ``common.lex``: the agent of a passive
("réfutées par des sources officielles"), the subject after the verb in a
French inverted relative (« ce que dément Pékin »), or the subject left of
the verb (skipping auxiliaries, adverbs, asides between commas, relative
clauses, and sharing the subject of a coordinated verb); failing that, the
source of an attribution whose cue is the denial verb, then of the nearest
attribution in the sentence. An attribution's source replaces the phrase
found when it is that very phrase (it may resolve a pronoun). The kind
comes from :func:`framing.extract.sources.classify_source`.

The claim a denial answers is found by content-word overlap (see
:func:`extract_denials`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from framing.errors import LanguageError
from framing.extract.records import Attribution, Denial, Source
from framing.lexicons import load_lexicon
from framing.lexicons.matcher import Match, SectionMatcher, Tokens, section_matcher
from framing.lexicons.patterns import section_regex
from framing.spans import Span, make_span
from framing.text import Document, Sentence, Token, tokenize

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
# A subject longer than this is more likely a clause we failed to cut.
_MAX_SUBJECT_TOKENS = 12
# A matched cue longer than this is shown as its first and last words.
_CUE_WORDS = 5
# A quotation this short without an attribution is a scare quote ("fake
# news" as a term), not somebody's words.
_MIN_QUOTE_WORDS = 4
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


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
    object_verb: SectionMatcher
    object_tail: re.Pattern[str] | None
    claim_before: re.Pattern[str] | None
    anaphor: re.Pattern[str] | None
    label: SectionMatcher
    label_predicate: re.Pattern[str] | None
    label_not_after: re.Pattern[str] | None
    predicate: SectionMatcher
    negative: SectionMatcher
    connective: re.Pattern[str] | None
    agent_tail: re.Pattern[str] | None
    ignore: frozenset[str]
    claim_words: frozenset[str]
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
            rf"(?:{claim})(?:[\s,]+{gap_words}){{0,3}}?[\s,]*$", re.IGNORECASE
        )
        determiners = sorted(set(lex["denial.anaphor"]), key=lambda e: (-len(e), e))
        if determiners:
            dets = "|".join(
                re.escape(d).replace("'", "['’]").replace(r"\ ", r"\s+") for d in determiners
            )
            anaphor = re.compile(
                rf"(?<![\w'’-])(?:{dets})(?:(?<=['’])\s*|\s+)(?:[^\W\d_]+\s+){{0,2}}?(?:{claim})",
                re.IGNORECASE,
            )
    agents = section_regex(lang, "function.agent")
    agent_tail = None
    if agents:
        agent_tail = re.compile(
            rf"[\"”»’']?(?:\s+[^\s.!?;:,]+){{0,{_AGENT_GAP}}}?\s+(?:{agents})\s+", re.I
        )
    connective = section_regex(lang, "function.connective")
    not_after = section_regex(lang, "denial.label.not_before")
    markers = section_regex(lang, "denial.noun.source")
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
        object_verb=section_matcher(lang, "denial.object"),
        object_tail=object_tail,
        claim_before=claim_before,
        anaphor=anaphor,
        label=section_matcher(lang, "denial.label"),
        label_predicate=re.compile("|".join(labelled), re.I) if labelled else None,
        label_not_after=re.compile(
            rf"[\s\"”»’']*(?:(?:et|and|ou|or)\s+[^\W\d_]+[\s\"”»’']*)?(?:{not_after})", re.I
        )
        if not_after
        else None,
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
    )


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    cue: str
    strength: int  # 2: [denial], [denial.noun] or object verb; 1: predicate or label
    needs_speaker: bool
    kind: str  # verb, noun, label or predicate


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
        found.append(_Cue(m.start(), m.end(), _norm_cue(m.group()), 2, False, "verb"))
    for m in matches(lex.noun):
        found.append(_Cue(m.start(), m.end(), _norm_cue(m.group()), 2, False, "noun"))
    if lex.object_tail is not None:
        for m in matches(lex.object_verb):
            after = lex.object_tail.match(text, m.end(), e)
            before = None
            if after is None and lex.claim_before is not None:
                before = lex.claim_before.search(text, max(s, m.start() - 80), m.start())
            if (after is not None or before is not None) and not _after_determiner(
                text, tokens, m.start(), lex
            ):
                found.append(_Cue(m.start(), m.end(), _norm_cue(m.group()), 2, False, "verb"))
    labels: set[tuple[int, int]] = set()
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
                        # « juge absurde que … »: a situation judged, no claim.
                        break
                if p is not None and p.end() > p.start():
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
        if (m.start(), m.end()) not in labels:
            found.append(_Cue(m.start(), m.end(), _norm_cue(m.group()), 1, True, "predicate"))
    if found:
        negatives = [(n.start(), n.end()) for n in matches(lex.negative)]
        found = [c for c in found if not _overlaps(c.start, c.end, negatives)]
    return found


def _after_determiner(
    text: str, tokens: Sequence[tuple[str, Token]], start: int, lex: _Lexicon
) -> bool:
    """Whether a participle modifies a noun ("a debunked rumour", "the disputed claims").

    Such a participle refers to a rejection told elsewhere, it is not one.
    """
    previous = [t for key, t in tokens if t.end <= start]
    return bool(previous) and previous[-1].text in lex.determiner


def _word_limit(text: str, start: int, end: int, words: int) -> int:
    """The offset where the ``words``-th word after ``start`` begins (or ``end``)."""
    for count, m in enumerate(_WORD.finditer(text, start, end), start=1):
        if count > words:
            return m.start()
    return end


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


def _select(cues: list[_Cue]) -> list[_Cue]:
    """Drop cues inside a longer one; a sentence with a strong cue keeps only strong ones."""
    cues.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[_Cue] = []
    for cue in cues:
        if kept and cue.start < kept[-1].end:
            if cue.end - cue.start > kept[-1].end - kept[-1].start:
                kept[-1] = cue
            continue
        kept.append(cue)
    if any(c.strength == 2 for c in kept):
        # "X denied the reports, calling them baseless" is one denial.
        kept = [c for c in kept if c.strength == 2]
    return kept


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
    """The attribution whose quotation or content holds ``offset``."""
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
    while tokens and (
        tokens[-1][2] in lex.preverbal
        or tokens[-1][2] in lex.aux
        or (tokens[-1][2] in lex.time and len(tokens) > 1)
    ):
        tokens = tokens[:-1]
    if len(tokens) > 1 and tokens[-1][2] in lex.preposition:
        tokens = tokens[:-1]
    while tokens and not _is_word(tokens[-1]):
        tokens = tokens[:-1]
    while tokens and not _is_word(tokens[0]):
        tokens = tokens[1:]
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
        # "The singer took to Instagram to deny": a determiner and its noun.
        end = i + 1
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
_SEPARATORS = frozenset(',;:()—–-«»"“”')


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
        found = _np_before(context[:detached], lex)
        return (None if found is None else _span_of(doc, found)), False
    boundary = None
    for i in range(len(context) - 1, -1, -1):
        if context[i][2] in lex.clause:
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
                if any(i > 0 and t[2] in lex.aux for i, t in enumerate(segment)):
                    trimmed = _trim_subject(segment, lex)
                    phrase = trimmed if _is_phrase(trimmed, lex) else None
                else:
                    run = _name_run(segment, lex)
                    if run and run[0][2] not in lex.preposition:
                        phrase = run
                break
    else:
        phrase = _last_phrase(doc, lex, start, cue.start)
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
        found = _np_before(before, lex)
        return (None if found is None else _span_of(doc, found)), False
    empty = all(w[2] in lex.preverbal or w[2] in lex.time or w[2] in lex.aux for w in words)
    if boundary is not None and boundary[2] in lex.coordinator and empty:
        return None, True
    return None, False


def _detached_relative(context: list[_Tok], lex: _Lexicon) -> int | None:
    """Where ", qui" opens an aside when the verb follows a comma (else None)."""
    last = max((i for i, t in enumerate(context) if t[2] in _SEPARATORS), default=-1)
    if last < 0 or any(
        _is_word(t) and t[2] not in lex.aux and t[2] not in lex.preverbal
        for t in context[last + 1 :]
    ):
        return None
    for i in range(last - 1, 0, -1):
        if context[i][2] not in lex.relative:
            continue
        if context[i - 1][2] == ",":
            return i - 1
        # « Le médecin qui attend des excuses, avait réfuté »: the relative
        # follows the noun phrase that opens the sentence.
        head = _np_before(context[:i], lex)
        if head is not None and head[0] == context[0]:
            return i
    return None


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
            return _span_of(doc, words) if _is_phrase(words, lex) else None
        stretch.append(token)
    first: list[_Tok] = []
    for token in _tokens(doc, start, sentence.end):
        if token[2] in _SEPARATORS or token[2] in lex.clause:
            break
        first.append(token)
    words = _name_run(first, lex)
    return _span_of(doc, words) if _is_phrase(words, lex) else None


def _is_apposition(phrase: list[_Tok], lex: _Lexicon) -> bool:
    """A bare role noun ("chef de la police", "spokesman for the ministry")."""
    first = phrase[0][2]
    return first[0].islower() and first not in lex.determiner and first not in lex.pronoun


def _outside_brackets(tokens: list[_Tok]) -> list[_Tok]:
    """``tokens`` without those inside parentheses: asides hold no subject."""
    kept, depth = [], 0
    for token in tokens:
        if token[2] in "([":
            depth += 1
        elif token[2] in ")]" and depth:
            depth -= 1
        elif not depth:
            kept.append(token)
    return kept


def _np_before(tokens: list[_Tok], lex: _Lexicon) -> list[_Tok] | None:
    """The noun phrase that ends ``tokens``: back to its determiner or a break."""
    phrase: list[_Tok] = []
    while tokens and not _is_word(tokens[-1]):
        tokens = tokens[:-1]
    for token in reversed(tokens):
        word = token[2]
        if word in _SEPARATORS or word in lex.clause or word in lex.aux:
            break
        if word in lex.preposition and word not in lex.name_link:
            break
        phrase.insert(0, token)
        if word in lex.determiner and word not in lex.name_link:
            break
    while phrase and not _is_word(phrase[0]):
        phrase = phrase[1:]
    return phrase if _is_phrase(phrase, lex) else None


def _last_phrase(doc: Document, lex: _Lexicon, start: int, end: int) -> list[_Tok] | None:
    """The noun phrase that ends the stretch ``[start, end)``, before its verb group."""
    first = True
    apposition: list[_Tok] | None = None
    for segment in _segments(doc, start, end):
        phrase = _trim_subject(segment, lex)
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
        if apposition is None and _is_apposition(phrase, lex):
            # « le général X, chef de la police, a nié »: the apposition
            # names the same speaker as the phrase before it; keep both.
            apposition = phrase
            continue
        return phrase if apposition is None else [*phrase, *apposition]
    return apposition


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
    if not all(t[2] in lex.preverbal or t[2] in lex.time for t in gap):
        return None
    return _phrase_right(doc, lex, m.end(), sentence.end)


def _denier_span(
    doc: Document, lex: _Lexicon, sentence: Sentence, cue: _Cue
) -> tuple[Span | None, bool]:
    """The denier found from the syntax around a cue, and the ellipsis flag."""
    text = doc.text
    if cue.kind == "noun" and lex.source_tail is not None:
        m = lex.source_tail.match(text, cue.end, sentence.end)
        if m is not None:
            # "a flat denial from spokesman Kevin Harris".
            return _phrase_right(doc, lex, m.end(), sentence.end), False
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


def _content_keys(doc: Document, lex: _Lexicon, start: int, end: int, skip=()) -> set[str]:
    keys = set()
    for m in _WORD.finditer(doc.text, start, end):
        if any(a <= m.start() < b for a, b in skip):
            continue
        word = _fold(m.group())
        if "'" in word:
            word = word.split("'", 1)[1] if len(word.split("'", 1)[0]) <= 5 else word
        if len(word) < 3 or word in lex.ignore:
            continue
        keys.add(word[:_PREFIX])
    return keys


def _lede(doc: Document) -> set[int]:
    paragraphs = {-1}
    if doc.paragraphs:
        paragraphs.add(0)
        if len(doc.paragraphs) > 1 and len(_WORD.findall(doc.paragraphs[0].text)) < _KICKER_WORDS:
            paragraphs.add(1)
    return paragraphs


def _same_source(source: Source | None, other: Source | None) -> bool:
    """Whether two sources name the same speaker (pronouns through their antecedent)."""
    if source is None or other is None:
        return False
    mine = [source.span] + ([source.antecedent] if source.antecedent else [])
    theirs = [other.span] + ([other.antecedent] if other.antecedent else [])
    return any(a.overlaps(b) or _fold(a.text) == _fold(b.text) for a in mine for b in theirs)


@dataclass
class _Claims:
    """Per-document material for choosing the claim a denial answers."""

    ordered: list[Sentence]
    keys: list[set[str]]
    sources: list[list[Source | None]]


def _claim_before_cue(
    sentence: Sentence,
    cue: _Cue,
    denier: Source | None,
    by_sentence: dict[int, list[Attribution]],
) -> Sentence | None:
    """The denial's own sentence, when it first tells somebody else's claim.

    « Washington accuse l'Iran de …, ce que Téhéran dément »: an
    attribution to another source whose claim ends before the cue.
    """
    for a in by_sentence.get(sentence.index, ()):
        if a.sentence != sentence.index or a.source is None or _same_source(denier, a.source):
            continue
        told = a.content if a.content is not None else a.cue
        if a.cue.end <= cue.start and told.end <= cue.start:
            return sentence
    return None


def _answer(
    claims: _Claims,
    denial_index: int,
    denial_keys: set[str],
    denier: Source | None,
    excluded: set[int],
    anaphoric: bool,
    forward: bool,
) -> Sentence | None:
    """The sentence of the claim a denial answers (see extract_denials)."""
    ordered = claims.ordered
    position = next(i for i, s in enumerate(ordered) if s.index == denial_index)
    here = ordered[position].paragraph

    def attributed(i: int) -> bool:
        sources = claims.sources[i]
        return bool(sources) and not all(_same_source(denier, s) for s in sources)

    def best(indexes: list[int], minimum: int) -> int | None:
        choice, top = None, minimum - 1
        for i in indexes:  # nearest paragraph first, earliest sentence inside it
            score = len(denial_keys & claims.keys[i])
            if score > top:
                choice, top = i, score
        return choice

    def order(indexes: list[int]) -> list[int]:
        return sorted(indexes, key=lambda i: (abs(here - ordered[i].paragraph), i))

    earlier = [i for i in range(position) if ordered[i].index not in excluded]
    attributed_earlier = order([i for i in earlier if attributed(i)])
    choice = best(attributed_earlier, 1)
    if anaphoric and attributed_earlier and choice is None:
        # "such reports", « ces informations » sharing no word with any claim
        # point back to the last claim told: the nearest paragraph holding
        # an attributed claim.
        nearest = ordered[attributed_earlier[0]].paragraph
        block = [i for i in attributed_earlier if ordered[i].paragraph == nearest]
        choice = best(block, 0)
    if choice is None:
        own = [i for i in earlier if claims.sources[i] and not attributed(i)]
        choice = best(order([i for i in earlier if i not in own]), 2)
    if choice is None and forward:
        later = [
            i
            for i in range(position + 1, len(ordered))
            if ordered[i].index not in excluded and attributed(i)
        ]
        choice = best(sorted(later, key=lambda i: (ordered[i].paragraph - here, i)), 2)
    return None if choice is None else ordered[choice]


# ------------------------------------------------------------------ main


def _classifier() -> Callable[[Document, Span], str]:
    from framing.extract.sources import classify_source

    return classify_source


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
        One per cue occurrence, in text order. ``position`` is the relative
        place of the cue in the body (0 in the title); ``in_lede`` is true in
        the title and the first body paragraph, and in the second one when
        the first is a kicker of fewer than 12 words (a dateline, an
        "UPDATE:" line, a standfirst fragment).

        ``answers`` is the sentence of the claim the denial answers: among
        the earlier sentences (title included) that carry an attribution to
        someone other than the denier, the one sharing most content words
        with the denial (its sentence, or its whole quotation for a quoted
        denial, without the denier's words). Content words are lowercased
        words without accents, stopwords, reporting words and claim nouns,
        compared on their first five letters ("délocalisation" matches
        "délocalisés"). Ties go to the nearest paragraph, and inside it to
        the earliest sentence, where a reported claim is first told. A
        denial that points back with an anaphor ("such reports", « de
        telles informations ») and shares fewer than two words with every
        claim answers the nearest paragraph holding an attributed claim.
        With no attributed claim sharing a word, any earlier sentence
        sharing two or more words is taken. A denial in the lede with
        nothing earlier may answer a later attributed claim (two shared
        words at least): its ``distance_paragraphs`` (denial paragraph
        minus claim paragraph, the title counting as -1) is then negative.

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
    for sentence in ordered:
        tokens = [
            (t.text.lower().replace("’", "'"), t)
            for t in all_tokens[
                bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)
            ]
        ]
        for cue in _select(_find_cues(doc, lex, sentence, tokens)):
            if cue.needs_speaker and not _has_speaker(doc, lex, sentence, cue, by_sentence):
                continue
            found.append((sentence, cue))
    if not found:
        return []

    claims = _Claims(
        ordered=ordered,
        keys=[_content_keys(doc, lex, s.start, s.end) for s in ordered],
        sources=[[a.source for a in by_sentence.get(s.index, ())] for s in ordered],
    )
    denial_sentences = {s.index for s, _ in found}
    lede = _lede(doc)
    denials = []
    for sentence, cue in found:
        span = make_span(doc.text, _verb_group_start(doc, lex, sentence, cue), cue.end)
        previous = (
            denials[-1].denier if denials and denials[-1].sentence == sentence.index else None
        )
        denier = _denier(doc, lex, sentence, cue, attributions, by_sentence, classify, previous)
        quote = doc.quote_at(cue.start)
        region = quote.content if quote is not None else sentence
        # A negative construction holds what is denied (« aucune délocalisation
        # … n'a eu lieu »): only a verb's or label's words are left out.
        skip = [] if cue.kind == "predicate" else [(cue.start, cue.end)]
        if denier is not None:
            skip.append((denier.span.start, denier.span.end))
        keys = _content_keys(doc, lex, region.start, region.end, skip)
        excluded = set(denial_sentences)
        if quote is not None:
            excluded |= {s.index for s in ordered if s.overlaps(quote.content)}
        anaphoric = bool(
            lex.anaphor is not None and lex.anaphor.search(doc.text, sentence.start, sentence.end)
        )
        target = _claim_before_cue(sentence, cue, denier, by_sentence) or _answer(
            claims,
            sentence.index,
            keys,
            denier,
            excluded,
            anaphoric,
            forward=sentence.paragraph in lede,
        )
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
    cue: _Cue, attributions: Sequence[Attribution], claim_words: frozenset[str]
) -> Attribution | None:
    """The attribution whose reported content holds the cue (the innermost one)."""
    holding = [
        a
        for a in attributions
        # "the US claims that the weapons were airdropped were untrue": a
        # claim noun read as a reporting verb is the denied claim, no speaker.
        if a.cue.text.lower() not in claim_words
        for span in (a.content, a.quote)
        if span is not None and span.start <= cue.start and cue.end <= span.end
    ]
    if not holding:
        return None
    return min(holding, key=lambda a: max(len(s) for s in (a.content, a.quote) if s is not None))


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
    if _reporter(cue, here, lex.claim_words) is not None:
        return True
    quote = doc.quote_at(cue.start)
    if quote is None:
        return False
    return bool(here) or len(_WORD.findall(quote.content.text)) >= _MIN_QUOTE_WORDS


def _names_claim(doc: Document, source: Source, lex: _Lexicon) -> bool:
    """Whether a source phrase is no speaker: a claim (« ces informations ») or a function word."""
    words = [t[2] for t in _tokens(doc, source.span.start, source.span.end) if _is_word(t)]
    if any(w.lower().replace("’", "'") in lex.claim_words for w in words):
        return True
    return all(
        w in lex.determiner or w in lex.clause or w in lex.inversion or w in lex.preposition
        for w in words
    )


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
        speaker = _reporter(cue, here, lex.claim_words)
        if speaker is None or speaker.source is None or _names_claim(doc, speaker.source, lex):
            return None
        return speaker.source
    if quote is not None and len(_WORD.findall(quote.content.text)) >= _MIN_QUOTE_WORDS:
        speaker = _quote_speaker(doc, cue.start, attributions)
        quoted = speaker.source if speaker is not None else None
        if cue.needs_speaker:
            return quoted
        # A speaker may quote someone else's denial (« une pratique démentie
        # par Mme X »); "je réfute", "we deny" are the speaker's own.
        span, _ = _denier_span(doc, lex, sentence, cue)
        if span is None or span.text.lower().replace("’", "'") in lex.first_person:
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
