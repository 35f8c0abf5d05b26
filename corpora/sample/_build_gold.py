"""Build ``gold.jsonl`` from the annotations below and ``articles.jsonl``.

Offsets are never typed by hand. Each span is written as a *context*: a
piece of the text, unique in its field (or picked with ``n``, the 0-based
occurrence), with the span itself between ``[[`` and ``]]``; without
brackets the whole context is the span. Contexts are matched against the
text with typographic characters folded (curly quotes and apostrophes to
straight ones, no-break spaces to spaces), one character for one, so the
offsets found are offsets into the original text.

Quotations are written ``Q("first words")``: the quote runs from those
words to the closing mark that ends the quotation (``»`` or ``"``), without
the marks, without the spaces inside French guillemets, and without the
comma that ends an English quote before its said-clause.

The script checks what it writes: every span's text equals
``text[start:end]``; every hedge and booster has the voice that the
quotation marks give it; every quote lies inside a quotation.

Run from anywhere::

    python corpora/sample/_build_gold.py          # writes gold.jsonl
    python corpora/sample/_build_gold.py --check  # only checks, exit 1 if stale
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles.jsonl"
GOLD = HERE / "gold.jsonl"

FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00a0": " ",
        "\u202f": " ",
    }
)


# --------------------------------------------------------------------------- spans


@dataclass(frozen=True)
class S:
    """A span given by a context with ``[[...]]`` around the span."""

    ctx: str
    n: int = 0
    field: str = "text"

    def resolve(self, record: dict) -> dict:
        haystack = record[self.field].translate(FOLD)
        ctx = self.ctx.translate(FOLD)
        if "[[" in ctx:
            before, rest = ctx.split("[[", 1)
            inner, after = rest.split("]]", 1)
        else:
            before, inner, after = "", ctx, ""
        plain = before + inner + after
        hits = _find_all(haystack, plain)
        if len(hits) <= self.n:
            raise ValueError(f"{record['id']}: context not found: {self.ctx!r} (n={self.n})")
        if self.n == 0 and len(hits) > 1:
            raise ValueError(f"{record['id']}: context not unique: {self.ctx!r}")
        start = hits[self.n] + len(before)
        end = start + len(inner)
        out = {"start": start, "end": end, "text": record[self.field][start:end]}
        if self.field != "text":
            out["field"] = self.field
        return out


def T(ctx: str, n: int = 0) -> S:
    """A span in the title."""
    return S(ctx, n, "title")


@dataclass(frozen=True)
class Q:
    """A direct quotation, from its first words to its closing mark."""

    first: str
    n: int = 0

    def resolve(self, record: dict) -> dict:
        text = record["text"]
        folded = text.translate(FOLD)
        hits = _find_all(folded, self.first.translate(FOLD))
        if len(hits) <= self.n or (self.n == 0 and len(hits) > 1):
            raise ValueError(f"{record['id']}: quote start not found/unique: {self.first!r}")
        start = hits[self.n]
        opener = folded[:start].rstrip(" ")[-1:]
        closer = {"«": "»", '"': '"'}.get(opener)
        if closer is None:
            raise ValueError(f"{record['id']}: no opening mark before {self.first!r}")
        end = folded.index(closer, start)
        while end > start and folded[end - 1] == " ":
            end -= 1
        if closer == '"' and folded[end - 1] == ",":
            end -= 1
        return {"start": start, "end": end, "text": text[start:end]}


def _find_all(haystack: str, needle: str) -> list[int]:
    hits, i = [], haystack.find(needle)
    while i != -1:
        hits.append(i)
        i = haystack.find(needle, i + 1)
    return hits


def _span(x, record):
    if x is None:
        return None
    if isinstance(x, str):
        x = S(x)
    return x.resolve(record)


# --------------------------------------------------------------------------- records


@dataclass
class H:
    ctx: object
    kind: str
    voice: str

    def resolve(self, r):
        return {**_span(self.ctx, r), "kind": self.kind, "voice": self.voice}


@dataclass
class B:
    ctx: object
    voice: str

    def resolve(self, r):
        return {**_span(self.ctx, r), "voice": self.voice}


@dataclass
class A:
    cue: object
    source: object
    kind: str
    chain: list[str] | None = None
    quote: object = None
    more: list = field(default_factory=list)  # quote segments after the said-clause
    ante: object = None  # antecedent of a pronoun / definite back-reference

    def resolve(self, r):
        source = {**_span(self.source, r), "kind": self.kind}
        if self.ante is not None:
            source["antecedent"] = _span(self.ante, r)
        out = {
            "cue": _span(self.cue, r),
            "source": source,
            "chain": self.chain or [self.kind],
            "quote": _span(self.quote, r),
        }
        if self.more:
            out["quote_continued"] = [_span(q, r) for q in self.more]
        return out


@dataclass
class D:
    ctx: object
    denier: object  # (span, kind) or None
    answers: int | None
    ante: object = None

    def resolve(self, r):
        denier = None
        if self.denier is not None:
            span, kind = self.denier
            denier = {**_span(span, r), "kind": kind}
            if self.ante is not None:
                denier["antecedent"] = _span(self.ante, r)
        answers = None if self.answers is None else {"paragraph": self.answers}
        return {**_span(self.ctx, r), "denier": denier, "answers": answers}


@dataclass
class X:
    """A look-alike that must NOT be counted (non-exhaustive list of traps)."""

    ctx: object
    reason: str

    def resolve(self, r):
        return {**_span(self.ctx, r), "reason": self.reason}


N, QV = "narrative", "quoted"
NP, NO, OU, AN, MR = "named_person", "named_org", "official_unnamed", "anonymous", "media_relay"

# --------------------------------------------------------------------------- gold

GOLD_SPEC: dict[str, dict[str, list]] = {}

GOLD_SPEC["en-01"] = dict(
    hedges=[
        H("each [[reportedly]] involving", "reported", N),
        H("[[around]] 30,000", "approximator", N),
        H("transfers [[may]] have been arranged", "modal", N),
        H("[[It is not clear]] whether", "negated_certainty", N),
        H("would [[probably]] review", "epistemic_adverb", N),
        H("log entry [[may]] prove", "modal", QV),
    ],
    boosters=[],
    attributions=[
        A(T("Port authority [[denies]]"), T("[[Port authority]] denies"), NO),
        A("Monday [[denied]] a newspaper", "[[The Calder Bay Port Authority]]", NO),
        A("Ferrum [[reported]] on Sunday", "[[The Daily Ferrum]] reported", MR, [MR, AN]),
        A("The paper [[said]]", "[[The paper]] said", MR, ante="[[The Daily Ferrum]] reported"),
        A(
            "Dana Kell [[said]]",
            "[[the port authority spokeswoman Dana Kell]]",
            NP,
            quote=Q("These allegations are false"),
            more=[Q("Every movement in our anchorage")],
        ),
        A(
            "Kell [[said]] the authority",
            "[[Kell]] said the authority",
            NP,
            quote=Q("as a matter of routine"),
            ante="spokeswoman [[Dana Kell]]",
        ),
        A("She [[added]]", "[[She]] added", NP, ante="[[Kell]] said the authority"),
        A(
            "the press, [[said]] the agency",
            "[[A senior official at the inspectorate]]",
            AN,
            quote=Q("seen the article, like everyone else"),
        ),
        A(
            'very little," [[said]] Petra',
            "[[Petra Oyelaran, a maritime risk consultant in Marlow Quay]]",
            NP,
            quote=Q("Transfers of this kind"),
        ),
    ],
    denials=[
        D(T("Port authority [[denies]]"), (T("[[Port authority]] denies"), NO), 1),
        D("Monday [[denied]] a newspaper", ("[[The Calder Bay Port Authority]]", NO), 1),
        D(
            "These allegations [[are false]]",
            ("[[the port authority spokeswoman Dana Kell]]", NP),
            1,
        ),
    ],
    distractors=[
        X("authority [[would]] hand", "future_in_the_past"),
        X("and [[would]] probably review", "future_in_the_past"),
    ],
)

GOLD_SPEC["en-02"] = dict(
    hedges=[
        H(T("plan [[could]] shut"), "modal", N),
        H(T("documents [[suggest]]"), "epistemic_verb", N),
        H("move that [[could]] shut", "modal", N),
        H("[[about]] 40 minutes", "approximator", N),
        H("closures [[appear]] to be", "epistemic_verb", N),
        H("staff for [[nearly]] two years", "approximator", QV),
        H("and [[it seems]] that moment", "epistemic_verb", QV),
        H("[[It is unclear]] whether", "negated_certainty", N),
        H("the [[roughly]] 1,900", "approximator", N),
        H("board [[might]] publish", "modal", N),
    ],
    boosters=[B('had "[[clearly]] been kept', QV)],
    attributions=[
        A(T("documents [[suggest]]"), T("[[documents]] suggest"), AN),
        A("[[according to]] two people", "[[two people familiar with the plans]]", AN),
        A(
            "Tribune [[describe]] a",
            "[[Internal documents seen by the Northgate Tribune]]",
            AN,
            quote=Q("single acute site"),
        ),
        A(
            "board, [[said]] the closures",
            "[[The people familiar with the plans]]",
            AN,
            ante="[[two people familiar with the plans]]",
        ),
        A(
            'finally come," [[said]] a senior',
            "[[a senior consultant at Riverside]]",
            AN,
            quote=Q("We have been running"),
        ),
        A(
            "Group, [[said]] families",
            "[[Joan Petrakis, who chairs the Riverside Mothers' Group]]",
            NP,
            quote=Q("clearly been kept in the dark"),
        ),
        A(
            'scandal," she [[said]]',
            'scandal," [[she]] said',
            NP,
            quote=Q("If this is true"),
            more=[Q("People will be driving")],
            ante="[[Joan Petrakis]]",
        ),
        A(
            "[[told councillors]] in March",
            "[[Thomas Greer, chief executive of the Northgate Health Board]]",
            NP,
            quote=Q("no decisions about services"),
        ),
        A("board [[denied]] that any", "[[a spokesman for the health board]]", OU),
        A(
            "and [[dismissed]] the documents",
            "[[a spokesman for the health board]]",
            OU,
            quote=Q("early working papers"),
        ),
        A(
            'consultation," the spokesman [[said]]',
            'consultation," [[the spokesman]] said',
            OU,
            quote=Q("Nothing will change"),
            ante="[[a spokesman for the health board]]",
        ),
        A(
            "[[adding]] that the board",
            'consultation," [[the spokesman]] said',
            OU,
            quote=Q("later this year"),
            ante="[[a spokesman for the health board]]",
        ),
    ],
    denials=[
        D(
            '"[[no decisions about services at Riverside have been taken]]',
            ("[[Thomas Greer, chief executive of the Northgate Health Board]]", NP),
            0,
        ),
        D("board [[denied]] that any", ("[[a spokesman for the health board]]", OU), 0),
        D("and [[dismissed]] the documents", ("[[a spokesman for the health board]]", OU), 1),
    ],
    distractors=[
        X("in the county [[would]] take place", "hypothetical"),
        X("whether the ward [[would]] close", "future_in_the_past"),
        X("in an office [[could]] not fill", "root_modal"),
    ],
)

GOLD_SPEC["en-03"] = dict(
    hedges=[
        H("with [[roughly]] 96 per cent", "approximator", N),
        H("at [[around]] 25,000", "approximator", N),
        H("airport, [[could]] open", "modal", N),
    ],
    boosters=[
        B("figure that [[clearly]] exceeded", N),
        B("line was [[undoubtedly]] the", QV),
        B("the date, [[of course]], but", QV),
        B("[[There is no doubt]] that", N),
    ],
    attributions=[
        A("Ministry [[said]] on Monday", "[[the Transport Ministry]] said", NO),
        A(
            "Brightwater [[said]]:",
            "[[Transport Minister Alan Brightwater]]",
            NP,
            quote=Q("This line was undoubtedly"),
        ),
        A(
            "General, [[said]] the tram",
            "[[One commuter, a nurse who works night shifts at Eastfield General]]",
            AN,
            quote=Q("cut my journey in half"),
        ),
        A(
            "[[said]] Eastfield's mayor",
            "[[Eastfield's mayor, Corinne Talbot]]",
            NP,
            quote=Q("When the minister came"),
            more=[Q("He was wrong about the date")],
        ),
        A(
            "platform and [[told us]]",
            "[[he]] stood on that platform",
            NP,
            quote=S("'[[You will ride this tram before my term is over]],'"),
            ante="When [[the minister]] came",
        ),
        A("Trams, [[said]] services", "[[The operator, Eastline Trams]]", NO),
        A(
            "it [[acknowledged]]",
            "[[it]] acknowledged",
            NO,
            quote=Q("uncomfortably full"),
            ante="The operator, [[Eastline Trams]]",
        ),
        A(
            "the ministry [[expects]]",
            "[[the ministry]] expects",
            NO,
            ante="[[the Transport Ministry]] said",
        ),
        A(
            'test," [[said]] Leona',
            "[[Leona Farris, who has followed the project for the Eastfield Cycle and "
            "Transit Forum]]",
            NP,
            quote=Q("The weekend was a party"),
        ),
        A(
            "The ministry [[said]] a second",
            "[[The ministry]] said a second",
            NO,
            ante="[[the Transport Ministry]] said",
        ),
    ],
    denials=[],
    distractors=[],
)

GOLD_SPEC["en-04"] = dict(
    hedges=[
        H("had [[allegedly]] spent", "reported", N),
        H("[[about]] three hours", "approximator", N),
        H('incursion "[[may]] have been', "modal", QV),
        H("or [[may]] have been a deliberate", "modal", QV),
        H("dispute was [[likely]] to", "epistemic_adverb", N),
    ],
    boosters=[],
    attributions=[
        A(T("Corvania [[rejects]]"), T("[[Corvania]] rejects"), NO),
        A("Friday [[rejected]] as baseless", "[[Corvania's government]]", NO),
        A(
            "exercise, [[calling]] the claims",
            "[[Corvania's government]]",
            NO,
            quote=Q("a fabrication designed"),
        ),
        A("TRT-2 [[reported]] on Thursday", "[[Teral's state broadcaster TRT-2]]", MR, [MR, OU]),
        A(
            "The official [[said]]",
            "[[The official]] said",
            OU,
            quote=Q("may have been a navigational"),
            ante="[[a senior defence official]]",
        ),
        A(
            "Sten, [[told reporters]] in",
            "[[Corvania's Defence Ministry spokesman, Colonel Arvid Sten]]",
            NP,
            quote=Q("well away from the river"),
        ),
        A(
            'everything," he [[said]]',
            'everything," [[he]] said',
            NP,
            quote=Q("We invited observers"),
            more=[Q("If someone in Teral")],
            ante="[[Colonel Arvid Sten]]",
        ),
        A(
            "the spokesman [[said]]:",
            "[[the spokesman]] said:",
            NP,
            quote=Q("Our door is open"),
            ante="[[Colonel Arvid Sten]]",
        ),
        A("region [[said]] the dispute", "[[Diplomats in the region]]", OU),
        A(
            "so [[said]] one Western",
            "[[one Western envoy in Lorrensburg]]",
            AN,
            quote=Q("Nobody wants a border incident"),
        ),
    ],
    denials=[
        D(T("Corvania [[rejects]]"), (T("[[Corvania]] rejects"), NO), 1),
        D("Friday [[rejected]] as baseless", ("[[Corvania's government]]", NO), 1),
    ],
    distractors=[X("whether Corvania [[would]] allow", "future_in_the_past")],
)

GOLD_SPEC["en-05"] = dict(
    hedges=[
        H("[[around]] 300 jobs", "approximator", N),
        H("would [[probably]] hit", "epistemic_adverb", N),
    ],
    boosters=[],
    attributions=[
        A("plant [[described]] a mood", "[[Workers at the plant]]", AN),
        A(
            'year," [[said]] Ellen',
            "[[Ellen Marsh, a quality inspector who has worked at Brannock for 23 years]]",
            NP,
            quote=Q("You could see it coming"),
            more=[Q("They stopped fixing things")],
        ),
        A(
            "Union, [[said]] the union",
            "[[Gareth Oduya, the regional organiser for the Allied Glass and Ceramics Union]]",
            NP,
        ),
        A(
            "He [[warned]]",
            "[[He]] warned",
            NP,
            quote=Q("just as hard as"),
            ante="[[Gareth Oduya]]",
        ),
        A(
            "committee, [[said]] the council",
            "[[Councillor Priya Anand, who leads the borough's economy committee]]",
            NP,
        ),
        A(
            'phone," she [[said]]',
            'phone," [[she]] said',
            NP,
            quote=Q("We would be glad"),
            ante="Councillor [[Priya Anand]]",
        ),
        A("Packaging [[denied]] that", "online, [[Halden Packaging]] denied", NO),
        A(
            'taken," the company [[said]]',
            "[[the company]] said",
            NO,
            quote=Q("No decision on the future"),
            ante="online, [[Halden Packaging]] denied",
        ),
    ],
    denials=[
        D("Packaging [[denied]] that", ("online, [[Halden Packaging]] denied", NO), 0),
        D(
            '"[[No decision on the future of the Brannock site has been taken]]',
            ("[[the company]] said", NO),
            0,
            ante="online, [[Halden Packaging]] denied",
        ),
    ],
    distractors=[
        X("You [[could]] see it coming", "root_modal"),
        X("We [[would]] be glad", "politeness_conditional"),
        X("closure [[would]] probably hit", "future_in_the_past"),
    ],
)

GOLD_SPEC["en-06"] = dict(
    hedges=[
        H("farmland [[may]] be the main", "modal", N),
        H("were [[roughly]] three times", "approximator", N),
        H("The pattern [[suggests]]", "epistemic_verb", N),
        H("We are [[fairly]] confident", "approximator", QV),
        H("and [[it is possible]] that older", "epistemic_adverb", QV),
        H("[[It is not clear]] whether", "negated_certainty", N),
        H('"[[probably]] in the spring', "epistemic_adverb", QV),
        H("by [[something like]] a fifth", "approximator", QV),
        H("that [[suggests]] to me", "epistemic_verb", QV),
        H("closures are [[likely]] to continue", "epistemic_adverb", N),
    ],
    boosters=[],
    attributions=[
        A("[[according to]] researchers", "[[researchers at the University of Wenlow]]", NO),
        A(
            "two years and [[found]] that",
            "[[The team]] sampled",
            NO,
            ante="[[researchers at the University of Wenlow]]",
        ),
        A(
            "the authors [[wrote]]",
            "[[the authors]] wrote",
            NO,
            ante="[[researchers at the University of Wenlow]]",
        ),
        A(
            'up," [[said]] Dr Mara',
            "[[Dr Mara Quill, a marine chemist who led the study]]",
            NP,
            quote=Q("We are fairly confident"),
            more=[Q("I would not want anyone")],
        ),
        A(
            "Quill [[said]] the first",
            "[[Quill]] said the first",
            NP,
            quote=Q("probably in the spring"),
            ante="Dr [[Mara Quill]]",
        ),
        A(
            "Association, [[said]]:",
            "[[Tom Aldane, who chairs the Selby Vale branch of the National Growers' Association]]",
            NP,
            quote=Q("Farmers here have cut"),
        ),
        A(
            "department [[said]] it would",
            "[[The county's environment department]]",
            NO,
            quote=Q("consider whether further"),
        ),
        A(
            "summer, it [[said]]",
            "summer, [[it]] said",
            NO,
            ante="[[The county's environment department]]",
        ),
    ],
    denials=[],
    distractors=[
        X("I [[would]] not want", "politeness_conditional"),
        X("it [[would]] study", "future_in_the_past"),
        X("data [[would]] be available", "future_in_the_past"),
    ],
)

GOLD_SPEC["en-07"] = dict(
    hedges=[
        H(T("minister [[could]] be out"), "modal", N),
        H("Varnham [[is expected to]] leave", "epistemic_verb", N),
        H("meeting that [[reportedly]] ended", "reported", N),
        H("survives [[may]] depend", "modal", N),
        H("to [[roughly]] 29 per cent", "approximator", N),
    ],
    boosters=[B("that is [[clearly]] at war", QV)],
    attributions=[
        A(T("officials [[say]]"), T("[[officials]] say"), OU),
        A(
            "[[according to]] three officials",
            "[[three officials who spoke on condition of anonymity]]",
            AN,
        ),
        A("discussions [[said]] Varnham", "[[Two people familiar with the discussions]]", AN),
        A(
            "One of them [[described]]",
            "[[One of them]] described",
            AN,
            quote=Q("poisonous"),
            ante="[[Two people familiar with the discussions]]",
        ),
        A("Ledger [[reported]] last week", "[[The Harbor Ledger]] reported", MR, [MR, AN]),
        A(
            "Varnham [[dismissed]] the reports",
            "[[Varnham]] dismissed",
            NP,
            quote=Q("idle gossip"),
            ante="Finance Minister [[Celia Varnham]]",
        ),
        A(
            "Varnham [[told reporters]] outside",
            "[[Varnham]] told reporters",
            NP,
            quote=Q("I have read a great deal"),
            ante="Finance Minister [[Celia Varnham]]",
        ),
        A(
            "office [[said]] there was",
            "[[A spokesman for the prime minister's office]]",
            OU,
            quote=Q("no question"),
        ),
        A(
            "Kalloway [[said]] the episode",
            "[[Opposition finance spokesman Idris Kalloway]]",
            NP,
            quote=Q("a government that is clearly"),
        ),
        A(
            'charge," he [[added]]',
            'charge," [[he]] added',
            NP,
            quote=Q("Markets can live"),
            ante="spokesman [[Idris Kalloway]]",
        ),
    ],
    denials=[
        D("Varnham [[dismissed]] the reports", ("[[Varnham]] dismissed", NP), 0),
        D("[[I have not resigned]]", ("[[Varnham]] told reporters", NP), 0),
        D("[[I have not threatened to resign]]", ("[[Varnham]] told reporters", NP), 1),
        D(
            'there was "[[no question]]"',
            ("[[A spokesman for the prime minister's office]]", OU),
            0,
        ),
    ],
    distractors=[
        X("whether she [[would]] keep", "future_in_the_past"),
        X("Markets [[can]] live", "root_modal"),
    ],
)

GOLD_SPEC["en-08"] = dict(
    hedges=[
        H("[[about]] 12 kilometres", "approximator", N),
        H("[[is expected to]] employ", "epistemic_verb", N),
        H("employ [[some]] 450", "approximator", N),
        H("water use [[could]] lower", "modal", N),
        H("to [[roughly]] 60,000", "approximator", N),
        H("lake [[might]] drop", "modal", N),
    ],
    boosters=[B("will [[undoubtedly]] be the largest", N)],
    attributions=[
        A(
            "the company [[says]]",
            "what [[the company]] says",
            NO,
            ante="run by [[Halvard Minerals]]",
        ),
        A(
            "[[speaking]] at the licence",
            "[[Halvard Minerals chief executive Nadia Brennholt]]",
            NP,
            quote=Q("This is a good day for Dunmere"),
        ),
        A("Ossery [[has argued]] for months", "[[The campaign group Save Ossery]]", NO),
        A(
            "report, [[said]] the lake",
            "[[the regional newspaper the Dunmere Gazette]]",
            MR,
            [MR, AN],
        ),
        A(
            "Harrow [[said]] the conditions",
            "[[Regional environment commissioner Lydia Harrow]]",
            NP,
            quote=Q("the strictest ever"),
        ),
        A(
            'objection," she [[said]]',
            'objection," [[she]] said',
            NP,
            quote=Q("We listened to every objection"),
            more=[Q("Some of them we accepted")],
            ante="commissioner [[Lydia Harrow]]",
        ),
        A("Minerals [[has called]] the Gazette's", "[[Halvard Minerals]] has called", NO),
        A(
            "Petrie, [[said]] the hydrology",
            "[[A company spokesman, Jonas Petrie]]",
            NP,
            quote=Q("an early draft"),
        ),
        A(
            "The spokesman [[said]] the final",
            "[[The spokesman]] said the final",
            NP,
            ante="A company spokesman, [[Jonas Petrie]]",
        ),
        A("Save Ossery [[said]] it would", "[[Save Ossery]] said it would", NO),
    ],
    denials=[
        D(
            "[[called the Gazette's report baseless]]",
            ("[[Halvard Minerals]] has called", NO),
            3,
        ),
    ],
    distractors=[
        X("like this [[could]] be done", "root_modal"),
        X("plant [[would]] recycle", "future_in_the_past"),
        X("it [[would]] consider", "future_in_the_past"),
    ],
)

GOLD_SPEC["fr-01"] = dict(
    hedges=[
        H("[[Une quinzaine]] de pays", "approximator", QV),
        H("[[une dizaine]] de drones", "approximator", N),
        H("surveillance [[auraient été]] acheminés", "conditional", N),
        H("[[une quarantaine]] de kilomètres", "approximator", N),
        H("appareils [[pourraient survoler]]", "conditional", N),
        H("[[pourrait atteindre]]", "conditional", N),
        H("atteindre [[une trentaine]]", "approximator", N),
        H("« [[plusieurs dizaines]] de techniciens", "approximator", QV),
    ],
    boosters=[],
    attributions=[
        A(
            "[[a annoncé]] mardi",
            "[[le porte-parole du ministère valmorien des Affaires étrangères, Anton Krelle]]",
            NP,
        ),
        A(
            "[[a déclaré]] Anton Krelle",
            "a déclaré [[Anton Krelle]]",
            NP,
            quote=Q("Nous ne voulons ni"),
        ),
        A(
            "Sarenta [[avait affirmé]]",
            "[[le quotidien sarentin Glas Sarenta]]",
            MR,
            [MR, AN],
        ),
        A(
            "[[D'après]] ces mêmes",
            "D'après [[ces mêmes sources]]",
            AN,
            ante="foi de [[sources diplomatiques]]",
        ),
        A(
            "Le journal [[mentionne]]",
            "[[Le journal]] mentionne",
            MR,
            quote=Q("plusieurs dizaines de techniciens"),
            ante="le quotidien sarentin [[Glas Sarenta]]",
        ),
        A(
            "[[a assuré]] à l'agence",
            "[[un représentant du ministère sarentin de la Défense]]",
            OU,
            quote=Q("Il n'y a eu aucun mouvement"),
        ),
        A(
            "Castelmar [[était alors convaincu]]",
            "[[Castelmar]] était",
            NO,
            quote=Q("faire retomber la pression"),
        ),
    ],
    denials=[
        D("journal [[a été démentie]]", None, 2),
        D(
            "« [[Il n'y a eu aucun mouvement de drones vers Mirova]]",
            ("[[un représentant du ministère sarentin de la Défense]]", OU),
            2,
        ),
    ],
    distractors=[
        X("chacun [[peut]] raconter", "root_modal"),
        X("nous [[serions]] heureux", "politeness_conditional"),
        X("compromis [[permettrait]]", "future_in_the_past"),
    ],
)

GOLD_SPEC["fr-02"] = dict(
    hedges=[
        H("travaux [[auraient commencé]] en secret", "conditional", N),
        H("terrassement [[seraient]] à l'œuvre", "conditional", N),
        H("parcelle de [[près de]] dix hectares", "approximator", N),
        H("Ça a [[sans doute]] été", "epistemic_adverb", QV),
        H("sauver [[une centaine]] d'exploitations", "approximator", QV),
    ],
    boosters=[],
    attributions=[
        A(T("préfecture [[dément]]"), T("[[la préfecture]] dément"), NO),
        A("Haute-Sève [[a démenti]] lundi", "[[La préfecture de la Haute-Sève]]", NO),
        A("les [[affirmations]] d'élus", "[[élus locaux]]", OU),
        A(
            "[[Selon]] plusieurs conseillers",
            "[[plusieurs conseillers municipaux de Montbrac]]",
            OU,
        ),
        A(
            "[[a déclaré]] à L'Écho",
            "[[Marie-Claude Vasseur, conseillère municipale d'opposition]]",
            NP,
            quote=Q("Nous avons vu les camions"),
        ),
        A(
            "L'élue [[réclame]]",
            "[[L'élue]] réclame",
            NP,
            ante="[[Marie-Claude Vasseur]]",
        ),
        A(
            "anonymat, [[confirme]] que",
            "[[Une source proche du dossier]]",
            AN,
            quote=Q("travaux préparatoires"),
        ),
        A("mais [[assure]] qu'il", "[[Une source proche du dossier]]", AN),
        A(
            "[[affirme]] cette source",
            "affirme [[cette source]]",
            AN,
            quote=Q("Ça a sans doute"),
            ante="[[Une source proche du dossier]]",
        ),
        A("2021, [[met en avant]]", "[[Le syndicat des irrigants de la Sève]]", NO),
        A(
            "Lhomme, [[assure]]",
            "[[Son président, Bernard Lhomme]]",
            NP,
            quote=Q("sauver une centaine"),
        ),
        A(
            "la préfecture [[rappelle]]",
            "soir, [[la préfecture]] rappelle",
            NO,
            quote=Q("aucune autorisation de travaux"),
            more=[Q("en cours d'instruction")],
            ante="[[La préfecture de la Haute-Sève]]",
        ),
        A(
            "[[a précisé]] son cabinet",
            "a précisé [[son cabinet]]",
            NO,
            quote=Q("recevra les élus"),
        ),
    ],
    denials=[
        D(T("préfecture [[dément]]"), (T("[[la préfecture]] dément"), NO), 1),
        D("Haute-Sève [[a démenti]] lundi", ("[[La préfecture de la Haute-Sève]]", NO), 1),
        D(
            "mais [[ce ne sont pas des bassines qu'on creuse]]",
            ("affirme [[cette source]]", AN),
            1,
            ante="[[Une source proche du dossier]]",
        ),
        D(
            "qu'« [[aucune autorisation de travaux n'a été délivrée]]",
            ("soir, [[la préfecture]] rappelle", NO),
            1,
        ),
    ],
    distractors=[
        X("le [[retrait]] pur", "rait_noun"),
        X("l'[[attrait]] de ces", "rait_noun"),
    ],
)

GOLD_SPEC["fr-03"] = dict(
    hedges=[
        H("contre [[environ]] 4 500", "approximator", N),
        H("atteindra [[près de]] 2,3", "approximator", N),
        H("aurait [[probablement]] été", "epistemic_adverb", QV),
    ],
    boosters=[
        B("« [[Il est certain que]]", QV),
        B("C'est [[sans aucun doute]]", QV),
        B("[[c'est indéniable]]", QV),
    ],
    attributions=[
        A(
            "Matignon [[a indiqué]]",
            "[[Matignon]] a indiqué",
            NO,
            quote=Q("avant la fin du mois"),
        ),
        A(
            "[[a déclaré]] le porte-parole",
            "[[le porte-parole du gouvernement, Julien Marchetti]]",
            NP,
            quote=Q("Il est certain que"),
        ),
        A(
            "[[a-t-il ajouté]]",
            "a-t-[[il]] ajouté",
            NP,
            quote=Q("C'est sans aucun doute"),
            ante="[[Julien Marchetti]]",
        ),
        A("[[selon]] Bercy", "selon [[Bercy]]", NO),
        A(
            "Valadier, [[affirme]]",
            "[[le ministre du Travail, Étienne Valadier]]",
            NP,
            quote=Q("simplifie enfin"),
        ),
        A(
            "Centre [[a salué]]",
            "[[La Confédération des petites entreprises du Centre]]",
            NO,
            quote=Q("un signal clair"),
        ),
        A(
            "Jeunes [[a jugé]]",
            "[[le syndicat étudiant Horizons Jeunes]]",
            NO,
            quote=Q("utile, mais insuffisante"),
        ),
        A("Vérac [[estimait]]", "[[l'ancien ministre Paul Vérac]]", NP),
        A(
            "[[Pour]] l'économiste",
            "[[l'économiste Claire Nodier, de l'université de Clermont]]",
            NP,
            quote=Q("le levier financier"),
        ),
        A(
            "Elle [[met toutefois en garde]]",
            "[[Elle]] met toutefois",
            NP,
            quote=Q("Le risque, c'est"),
            ante="l'économiste [[Claire Nodier]]",
        ),
    ],
    denials=[],
    distractors=[
        X("texte [[serait]] examiné", "future_in_the_past"),
        X("réforme [[permettrait]]", "future_in_the_past"),
        X("contrats [[aurait]] probablement", "counterfactual"),
        X("un [[extrait]] de son discours", "rait_noun"),
    ],
)

GOLD_SPEC["fr-04"] = dict(
    hedges=[
        H("[[aurait été]] tué", "conditional", N),
        H("à [[une centaine]] de mètres", "approximator", N),
        H("[[rien ne permet d'affirmer]]", "negated_certainty", QV),
        H("[[rien ne permet non plus de l'exclure]]", "negated_certainty", QV),
        H("[[devrait apporter]]", "conditional", QV),
        H("randonneurs » [[auraient été]] relevées", "conditional", N),
        H("Le gardien [[aurait reçu]]", "conditional", N),
        H("il était, [[dit-on]], en conflit", "reported", N),
        H("Il n'est [[sans doute]] pas tombé", "epistemic_adverb", QV),
    ],
    boosters=[],
    attributions=[
        A("[[selon]] le parquet", "selon [[le parquet de Villeroy]]", NO),
        A(
            "[[a déclaré]] la procureure",
            "[[la procureure de la République, Mathilde Sarraute]]",
            NP,
            quote=Q("À ce stade"),
        ),
        A(
            "[[a-t-elle ajouté]]",
            "a-t-[[elle]] ajouté",
            NP,
            quote=Q("L'autopsie, prévue"),
            ante="[[Mathilde Sarraute]]",
        ),
        A(
            "[[Selon]] un enquêteur",
            "Selon [[un enquêteur]]",
            OU,
            quote=Q("qui ne correspondent"),
        ),
        A("tous [[décrivent]]", "vallée, [[tous]] décrivent", AN),
        A(
            "[[estime]] Jeanne",
            "[[Jeanne Pradel, qui tient le commerce]]",
            NP,
            quote=Q("Il connaissait chaque"),
        ),
        A("[[a réfuté]] par la voix", "[[L'exploitant forestier mis en cause]]", AN),
        A(
            "[[a déclaré]] Me Antoine",
            "a déclaré [[Me Antoine Reybaud]]",
            NP,
            quote=Q("Mon client n'a jamais"),
        ),
    ],
    denials=[
        D("[[a réfuté]] par la voix", ("[[L'exploitant forestier mis en cause]]", AN), 3),
        D("Mon client [[n'a jamais menacé]]", ("a déclaré [[Me Antoine Reybaud]]", NP), 3),
    ],
    distractors=[
        X("un [[portrait]] du gardien", "rait_noun"),
        X("à « [[sa]] » montagne", "scare_quote"),
    ],
)

GOLD_SPEC["fr-05"] = dict(
    hedges=[
        H("renseignement [[auraient adressé]]", "conditional", N),
        H("Le fonds [[serait]] lié", "conditional", N),
        H("Ce point [[pourrait]], selon", "conditional", N),
    ],
    boosters=[],
    attributions=[
        A("[[Selon]] le quotidien", "[[le quotidien La Voix du Nord-Est]]", MR, [MR, AN]),
        A(
            "lié, [[selon]] ces mêmes",
            "[[ces mêmes sources]]",
            AN,
            ante="[[des sources sécuritaires]]",
        ),
        A(
            "[[évoque]] de son côté",
            "[[L'hebdomadaire Le Fil économique]]",
            MR,
            [MR, MR, AN],
            quote=Q("dossier sensible"),
        ),
        A(
            "[[affirme]] Karim",
            "[[Karim Belhadj, délégué du syndicat Force Portuaire]]",
            NP,
            quote=Q("On nous a vendus"),
        ),
        A(
            "pourrait, [[selon]] un avocat",
            "[[un avocat d'affaires nantais]]",
            AN,
            quote=Q("poser un vrai problème"),
        ),
        A(
            "Capital [[a jugé]]",
            "Atlantique, [[Aldervik Capital]] a jugé",
            NO,
            quote=Q("dénuées de tout fondement"),
        ),
        A(
            "[[a assuré]] son directeur",
            "[[son directeur général, Sander Vliet]]",
            NP,
            quote=Q("Nous sommes un investisseur"),
        ),
        A("Bercy [[a indiqué]]", "[[Bercy]] a indiqué", NO, quote=Q("l'examen habituel")),
    ],
    denials=[
        D("[[dénuées de tout fondement]]", ("Atlantique, [[Aldervik Capital]] a jugé", NO), 1),
        D("[[sans aucun lien]]", ("[[son directeur général, Sander Vliet]]", NP), 1),
    ],
    distractors=[X("Un [[extrait]] du pacte", "rait_noun")],
)

GOLD_SPEC["fr-06"] = dict(
    hedges=[
        H("[[environ]] 38 000", "approximator", N),
        H("[[près d']]un tiers", "approximator", N),
        H("personnel [[semble]]", "epistemic_verb", N),
        H("coût [[aurait doublé]]", "conditional", N),
        H("[[probablement]] plus qu'elles", "epistemic_adverb", QV),
        H("[[une trentaine]] de kilomètres", "approximator", N),
    ],
    boosters=[],
    attributions=[
        A(T("direction [[dément]]"), T("[[la direction]] dément"), NO),
        A(
            "Lemarchand, [[a démenti]]",
            "[[La directrice du centre hospitalier d'Annevoie, Sophie Lemarchand]]",
            NP,
        ),
        A("partagé [[affirmait]]", "[[Un message largement partagé]]", AN),
        A(
            "[[a-t-elle déclaré]]",
            "a-t-[[elle]] déclaré",
            NP,
            quote=Q("Il n'a jamais été question"),
            ante="[[Sophie Lemarchand]]",
        ),
        A("[[Selon]] la direction", "Selon [[la direction]]", NO),
        A(
            "service, [[se veut rassurant]]",
            "[[Le docteur Alain Kervella, chef du service]]",
            NP,
            quote=Q("Nous tiendrons"),
        ),
        A(
            "Ferhat, [[a résumé]]",
            "[[sa secrétaire, Nadia Ferhat]]",
            NP,
            quote=Q("Un démenti, c'est bien"),
        ),
        A(
            "santé [[a indiqué]]",
            "[[L'agence régionale de santé]]",
            NO,
            quote=Q("dans les semaines qui viennent"),
        ),
    ],
    denials=[
        D(T("direction [[dément]]"), (T("[[la direction]] dément"), NO), 1),
        D(
            "Lemarchand, [[a démenti]]",
            ("[[La directrice du centre hospitalier d'Annevoie, Sophie Lemarchand]]", NP),
            1,
        ),
        D(
            "« [[Il n'a jamais été question]]",
            ("a-t-[[elle]] déclaré", NP),
            1,
            ante="[[Sophie Lemarchand]]",
        ),
    ],
    distractors=[
        X("urgences [[fermeraient]]", "future_in_the_past"),
        X("« Un [[démenti]], c'est bien", "denial_noun"),
        X("elle [[étudierait]]", "future_in_the_past"),
    ],
)

GOLD_SPEC["fr-07"] = dict(
    hedges=[
        H(T("[[se seraient rencontrés]]"), "conditional", N),
        H("[[se seraient rencontrés]] en secret", "conditional", N),
        H("rencontre [[aurait duré]]", "conditional", N),
        H("[[près de]] six heures", "approximator", N),
        H("[[se serait tenue]]", "conditional", N),
        H("Il [[s'agirait]]", "conditional", N),
        H("et [[il semble]] bien", "epistemic_verb", QV),
        H("et [[il n'est pas établi]] que", "negated_certainty", N),
    ],
    boosters=[],
    attributions=[
        A(
            "[[rapporte]] la station",
            "[[la station anglophone Radio Meridian]]",
            MR,
            [MR, MR, AN],
        ),
        A(
            "[[Selon]] ces sources",
            "Selon [[ces sources]]",
            AN,
            ante="[[deux sources diplomatiques]]",
        ),
        A(
            "[[s'est-il contenté de répondre]]",
            "s'est-[[il]] contenté",
            OU,
            quote=Q("Nous parlons à beaucoup"),
            ante="[[un haut responsable sarentin]]",
        ),
        A(
            "d'opposition [[voit]] dans",
            "[[la presse d'opposition]]",
            MR,
            quote=Q("dans le dos du Parlement"),
        ),
        A("Ferenc [[a réclamé]]", "[[Le député écologiste Tomas Ferenc]]", NP),
        A(
            "[[a-t-il déclaré]]",
            "a-t-[[il]] déclaré",
            NP,
            quote=Q("Si ces contacts"),
            ante="[[Tomas Ferenc]]",
        ),
        A(
            "[[a publié un bref communiqué]]",
            "[[le ministère valmorien des Affaires étrangères]]",
            NO,
            quote=Q("Aucune rencontre de cette nature"),
        ),
    ],
    denials=[
        D(
            "« [[Aucune rencontre de cette nature n'a eu lieu]]",
            ("[[le ministère valmorien des Affaires étrangères]]", NO),
            0,
        ),
        D(
            "[[relèvent de la pure spéculation]]",
            ("[[le ministère valmorien des Affaires étrangères]]", NO),
            0,
        ),
    ],
    distractors=[X("n'a [[ni confirmé ni démenti]]", "neither_confirm_nor_deny")],
)

GOLD_SPEC["fr-08"] = dict(
    hedges=[
        H("d'[[environ]] 12", "approximator", N),
        H("autres lignes [[serait]] déjà", "conditional", N),
        H("[[près de]] 3 millions", "approximator", N),
        H("euros [[serait]] en jeu", "conditional", N),
        H("Il est [[peut-être]] trop tôt", "epistemic_adverb", N),
        H("[[paraît]] aujourd'hui", "epistemic_verb", N),
        H("majorité [[pourrait payer]]", "conditional", N),
    ],
    boosters=[B("est [[évidemment]] moins", N)],
    attributions=[
        A(
            "[[promettait]]",
            "[[le président du conseil départemental, Gérard Aubespin]]",
            NP,
            quote=Q("un car toutes les heures"),
        ),
        A(
            "Il [[estimait]] alors",
            "[[Il]] estimait",
            NP,
            quote=Q("20 % de voyageurs"),
            ante="[[Gérard Aubespin]], promettait",
        ),
        A("[[d'après]] le département", "d'après [[le département lui-même]]", NO),
        A(
            "[[s'indigne]] Hélène",
            "[[Hélène Carpentier, mère de deux enfants]]",
            NP,
            quote=Q("On nous a retiré"),
        ),
        A(
            "[[Selon]] plusieurs sources",
            "[[plusieurs sources au sein de l'exécutif départemental]]",
            AN,
        ),
        A(
            "Aubespin [[a réfuté]] ces",
            "[[Gérard Aubespin]] a réfuté",
            NP,
            quote=Q("Aucune nouvelle suppression"),
        ),
        A(
            "[[a-t-il glissé]]",
            "a-t-[[il]] glissé",
            NP,
            quote=Q("Rien n'est décidé"),
            ante="[[Fabrice Lenoir]]",
        ),
    ],
    denials=[
        D("Aubespin [[a réfuté]] ces", ("[[Gérard Aubespin]] a réfuté", NP), 3),
        D(
            "« [[Aucune nouvelle suppression n'est décidée]]",
            ("[[Gérard Aubespin]] a réfuté", NP),
            3,
        ),
        D(
            "« [[Rien n'est décidé]]",
            ("a-t-[[il]] glissé", NP),
            3,
            ante="[[Fabrice Lenoir]]",
        ),
    ],
    distractors=[
        X("réseau [[permettrait]]", "future_in_the_past"),
        X("ce [[retrait]] lors", "rait_noun"),
    ],
)


# --------------------------------------------------------------------------- checks


def quotation_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges inside direct quotation marks («…», "…", “…”).

    A French quotation running over several paragraphs reopens each
    paragraph with « and closes only once with »; English double quotes
    pair up within a paragraph.
    """
    folded = text.translate(FOLD)
    regions: list[tuple[int, int]] = []
    start = None
    for i, ch in enumerate(folded):
        if ch == "«" and start is None:
            start = i + 1
        elif ch == "»" and start is not None:
            regions.append((start, i))
            start = None
    offset = 0
    for para in folded.split("\n\n"):
        marks = [offset + i for i, ch in enumerate(para) if ch == '"']
        if len(marks) % 2:
            raise ValueError(f"odd number of double quotes in paragraph: {para[:60]!r}")
        regions += [(marks[k] + 1, marks[k + 1]) for k in range(0, len(marks), 2)]
        offset += len(para) + 2
    return regions


def _inside(span: dict, regions) -> bool:
    return any(a <= span["start"] and span["end"] <= b for a, b in regions)


def check(record: dict, gold: dict) -> list[str]:
    problems = []
    regions = quotation_regions(record["text"])

    def each_span(obj, path):
        if isinstance(obj, dict):
            if {"start", "end", "text"} <= obj.keys():
                field_text = record[obj.get("field", "text")]
                if field_text[obj["start"] : obj["end"]] != obj["text"]:
                    problems.append(f"{path}: offsets do not give {obj['text']!r}")
            for key, value in obj.items():
                each_span(value, f"{path}.{key}")
        elif isinstance(obj, list):
            for i, value in enumerate(obj):
                each_span(value, f"{path}[{i}]")

    each_span(gold, gold["id"])
    for key in ("hedges", "boosters"):
        for item in gold[key]:
            if item.get("field") == "title":
                continue
            voice = "quoted" if _inside(item, regions) else "narrative"
            if voice != item["voice"]:
                problems.append(f"{gold['id']} {key} {item['text']!r}: voice should be {voice}")
    n_paragraphs = len(record["text"].split("\n\n"))
    for att in gold["attributions"]:
        for quote in [att["quote"], *att.get("quote_continued", [])]:
            if quote and not _inside(quote, regions):
                problems.append(f"{gold['id']} quote not inside quotation: {quote['text']!r}")
        if att["chain"][0] != att["source"]["kind"]:
            problems.append(f"{gold['id']} chain does not start with the source kind")
    for den in gold["denials"]:
        if den["answers"] and not 0 <= den["answers"]["paragraph"] < n_paragraphs:
            problems.append(f"{gold['id']} denial answers a missing paragraph")
    return problems


def build() -> list[dict]:
    records = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines()]
    out, errors = [], []
    for record in records:
        spec = GOLD_SPEC[record["id"]]
        gold = {"id": record["id"]}
        for key in ("hedges", "boosters", "attributions", "denials", "distractors"):
            items = []
            for item in spec.get(key, []):
                try:
                    items.append(item.resolve(record))
                except ValueError as error:
                    errors.append(str(error))
            gold[key] = sorted(
                items,
                key=lambda x: (
                    x.get("field", x.get("cue", {}).get("field", "text")) != "title",
                    x.get("start", x.get("cue", {}).get("start", 0)),
                ),
            )
        if not errors:
            errors += check(record, gold)
        out.append(gold)
    if errors:
        raise SystemExit("\n".join(errors))
    return out


def main(argv: list[str]) -> int:
    golds = build()
    text = "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in golds)
    if "--check" in argv:
        stale = not GOLD.exists() or GOLD.read_text(encoding="utf-8") != text
        print("gold.jsonl is stale" if stale else "gold.jsonl is up to date")
        return 1 if stale else 0
    GOLD.write_text(text, encoding="utf-8")
    print(f"wrote {GOLD} ({len(golds)} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
