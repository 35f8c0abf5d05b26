"""Tests of framing.extract.hedging: hedge and booster cues in English and French."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.extract import hedging
from framing.extract.hedging import extract_boosters, extract_hedges, is_conditional_form
from framing.extract.records import HEDGE_KINDS, VOICES
from framing.spans import make_span
from framing.text import segment

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
SEED = "000_0192d13fbff41adc.txt"


def _hedges(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(h.cue, h.kind, h.voice) for h in extract_hedges(segment(text, lang))]


def _boosters(text: str, lang: str) -> list[tuple[str, str]]:
    return [(b.cue, b.voice) for b in extract_boosters(segment(text, lang))]


EN_HEDGES = [
    ("The virus may spread to other regions.", [("may", "modal", "narrative")]),
    ("Officials said the deal could be signed next week.", [("could", "modal", "narrative")]),
    ("The mayor could not be reached for comment.", []),
    (
        "The video could not be independently verified.",
        [("could not be independently verified", "negated_certainty", "narrative")],
    ),
    (
        "It is unclear whether the talks will resume.",
        [("it is unclear", "negated_certainty", "narrative")],
    ),
    ("About 37 countries take part in the coalition.", [("about", "approximator", "narrative")]),
    ("They talked about the war for hours.", []),
    ("The town lies near the border, some distance away.", []),
    ("The minister reportedly resigned on Friday.", [("reportedly", "reported", "narrative")]),
    ("He is believed to have fled the country.", [("is believed to", "reported", "narrative")]),
    ("The alleged gunman was arrested.", [("alleged", "reported", "narrative")]),
    ("The results seem to confirm the theory.", [("seem", "epistemic_verb", "narrative")]),
    (
        "The rebels are probably short of ammunition.",
        [("probably", "epistemic_adverb", "narrative")],
    ),
    (
        "This is almost certainly a forgery.",
        [("almost certainly", "epistemic_adverb", "narrative")],
    ),
    ('"We may never know the truth," she said.', [("may", "modal", "quoted")]),
    ("Theresa May met the president in May.", []),
    ("May was shot on Thursday, police said.", []),
    ("He said the company would cut 500 jobs.", []),
    ("I couldn't believe my eyes.", []),
    ("He saved money so that he could buy a house.", []),
    ("Please answer as soon as possible.", []),
    ("The army shelled the town on Monday.", []),
    # Opinion and belief, weasel subjects, belief nouns.
    (
        "The bridge is widely considered one of the finest in the region.",
        [("is widely considered", "reported", "narrative")],
    ),
    (
        "Many historians consider the treaty a failure.",
        [("historians consider", "epistemic_verb", "narrative")],
    ),
    ("The board considered the proposal on Monday.", []),
    ("Voters could have considered them.", [("could", "modal", "narrative")]),
    ("Others view them as outsiders.", [("view them as", "epistemic_verb", "narrative")]),
    ("In her view, as a doctor, the risk is small.", []),
    ("She was considered for the post of ambassador.", []),
    (
        "The striker is thought to have left the club.",
        [("is thought to", "reported", "narrative")],
    ),
    (
        "The plan rests on the belief that prices will fall.",
        [("belief that", "epistemic_verb", "narrative")],
    ),
    ("I don't think the bill will pass.", [("don't think", "epistemic_verb", "narrative")]),
    ("There is no doubt that the line will be busy.", []),
    ("Turnout was higher than expected.", []),
    ("The senator was accused of taking bribes.", [("was accused of", "reported", "narrative")]),
    ("The accused was led into the courtroom.", []),
    # Conditions and open questions.
    (
        "The strike will go ahead unless the offer improves.",
        [("unless", "condition", "narrative")],
    ),
    (
        "If the dam fails, the valley would flood within hours.",
        [("if", "condition", "narrative"), ("would", "condition", "narrative")],
    ),
    (
        "Inspectors will determine whether the fire was set deliberately.",
        [("whether", "condition", "narrative")],
    ),
    (
        "It is unclear whether the ceasefire will hold.",
        [("it is unclear", "negated_certainty", "narrative")],
    ),
    # A question brings in no consequence; "would" alone is reported future.
    ("They asked whether he would resign.", [("whether", "condition", "narrative")]),
    ("He said the company would hire 200 workers.", []),
    # Comparison, definition, concession: no condition.
    ("He spoke as if nothing had happened.", []),
    ("A triangle is equilateral if and only if its angles are equal.", []),
    ("Most if not all of the staff left.", []),
    ("The film is entertaining, if slow, and well acted.", []),
    ("Call an ambulance in case of emergency.", []),
    # Precision on news: advice, the second person, perception and past
    # ability are no guesses.
    ("Voters may want to check the record.", []),
    ("You may have one of these in your garage.", []),
    ("You could feel the tension in the room.", []),
    ("Smoke could be seen from the motorway.", []),
    ("All I could do was wait.", []),
    ("He ran as fast as he could.", []),
    ("It was the best result anyone could have hoped for.", []),
    ("It was the happiest year I could ever imagine.", []),
    ("The team got all it could ask for.", []),
    ("I could imagine that the talks fail.", [("could", "modal", "narrative")]),
    ("The gunman fled before police could arrive.", []),
    ("She did what she could.", []),
    ("He doubted it, but proved that they could.", []),
    (
        "Nobody knows what it could mean.",
        [("nobody knows", "negated_certainty", "narrative"), ("could", "modal", "narrative")],
    ),
    ("Critics find it hard to believe.", []),
    ("The storm could reach the coast by Friday.", [("could", "modal", "narrative")]),
    # A condition on the reader, an apology or program code hedges no claim.
    ("If you live nearby, stay indoors.", []),
    ("Sorry if this sounds harsh.", []),
    (
        "If the talks fail, we would be glad to mediate.",
        [("if", "condition", "narrative")],
    ),
    ("Whether it is rain or snow, the match goes on.", []),
    # "if" after a verb of asking is a question: it brings in no "would".
    ("Fans wondered if he would play.", [("if", "condition", "narrative")]),
    (
        "Whether the truce holds is another matter.",
        [("whether", "condition", "narrative")],
    ),
    # Bounds and prepositions are no approximations.
    ("The fine can reach up to 5,000 dollars.", []),
    ("Parents worry about three things.", []),
    ("Officials said about 40 people died.", [("about", "approximator", "narrative")]),
    # Open outcomes, speculation and the verified social-network account.
    (
        "It remains to be seen whether the deal will hold.",
        [("remains to be seen", "negated_certainty", "narrative")],
    ),
    (
        "It is too early to say what caused the fire.",
        [("too early to say", "negated_certainty", "narrative")],
    ),
    ("No one knows where the money went.", [("no one knows", "negated_certainty", "narrative")]),
    (
        "There was speculation that he would resign.",
        [("speculation that", "reported", "narrative")],
    ),
    ("The post came from an unverified account.", []),
    ("The claim came from an unverified Twitter account.", []),
    # Concession, purpose, resignation and faith are no doubts.
    ("He pushes his own plan, whether it is popular or not.", []),
    ("She left early so she could catch the train.", []),
    ("The dam failed, so it could flood the valley.", [("could", "modal", "narrative")]),
    ("We might as well wait.", []),
    ("He says he believes in free trade.", []),
    ('"What I mean is I think it will pass," she said.', [("i think", "epistemic_verb", "quoted")]),
    (
        "The shelling left several dozen dead.",
        [("several dozen", "approximator", "narrative")],
    ),
    ('"I am not accusing anybody," he said.', []),
    ("He was never accused of wrongdoing.", []),
    ('"We have not considered such action," he said.', []),
    ("Members are, if not openly hostile, then at least wary.", []),
    ("It is not a matter of if they will strike but when.", []),
    # Inverted conditions bring in the "would" of their consequence; a
    # question does not.
    (
        "Should the bridge close, traffic would double in the town.",
        [("should", "condition", "narrative"), ("would", "condition", "narrative")],
    ),
    (
        "Had the pilots known, they would have turned back.",
        [("had", "condition", "narrative"), ("would", "condition", "narrative")],
    ),
    ("Should the mayor resign?", []),
    ("The council had the funds, so it would build the school.", []),
    # Attributive "possible" after a preposition and "apparent" before a noun.
    (
        "The board asked about possible conflicts of interest.",
        [("possible", "epistemic_adverb", "narrative")],
    ),
    ("The clinic offers three possible treatments.", []),
    ("She will fight until the last possible moment.", []),
    (
        "Police found him dead in an apparent suicide.",
        [("an apparent", "epistemic_adverb", "narrative")],
    ),
    ("It became apparent that the plan had failed.", []),
    # Not sure, unknown, unsubstantiated.
    (
        "The coach is not sure the striker will play.",
        [("not sure", "negated_certainty", "narrative")],
    ),
    (
        "The cause of the fire is still unknown.",
        [("is still unknown", "negated_certainty", "narrative")],
    ),
    ("The painter was unknown to most critics.", []),
    (
        "He repeated unsubstantiated rumors about the vote.",
        [
            ("unsubstantiated", "negated_certainty", "narrative"),
            ("rumors", "reported", "narrative"),
        ],
    ),
    # Fear, concern and forecasts; how someone sees a thing.
    (
        "There are concerns that the dam will fail.",
        [("concerns that", "epistemic_verb", "narrative")],
    ),
    (
        "Sales are projected to rise next year.",
        [("are projected to", "epistemic_verb", "narrative")],
    ),
    (
        "She denounced what she sees as a betrayal.",
        [("what she sees as", "epistemic_verb", "narrative")],
    ),
    (
        "The mayor rejected his claims that the vote was rigged.",
        [("claims that", "reported", "narrative")],
    ),
    (
        "In theory, the bill could pass.",
        [("in theory", "epistemic_adverb", "narrative"), ("could", "modal", "narrative")],
    ),
    # A negative subject makes "could" an impossibility, not a guess.
    ("Nothing could be done to save the barn.", []),
    ("No one could explain the delay.", []),
    # Purported content, belief of some, inference from a fact.
    ("The clip purports to show the crash.", [("purports", "reported", "narrative")]),
    ("Some thought the plan was reckless.", [("some thought", "epistemic_verb", "narrative")]),
    ("The mayor gave it some thought and agreed.", []),
    ("He assumed they would wait for him.", [("assumed", "epistemic_verb", "narrative")]),
    ("She assumed office in January.", []),
    (
        "The lights were off, suggesting the owners had left.",
        [("suggesting", "epistemic_verb", "narrative")],
    ),
    (
        "Drones are often wrongly seen as toys.",
        [("are often wrongly seen as", "reported", "narrative")],
    ),
    # Not guesses: causing an appearance, a demand of the reader, a poll term.
    ("He hid the coin to make it seem lost.", []),
    ("They expect you to wear a tie.", []),
    ("A survey of likely voters found a tie.", []),
    # A label left in title case keeps its cues.
    (
        "Hearing Unconfirmed Reports Of Pipeline Blast",
        [("unconfirmed reports", "reported", "narrative")],
    ),
    (
        "The aide said she could not confirm the report.",
        [("could not confirm", "negated_certainty", "narrative")],
    ),
    ("Police sought a suspect that they already held.", []),
    ("The recipe remained largely unknown until 2006.", []),
    (
        "They probed the firm's possible ties to the cartel.",
        [("possible", "epistemic_adverb", "narrative")],
    ),
]

FR_HEDGES = [
    ("Le bilan pourrait atteindre 40 morts.", [("pourrait atteindre", "conditional", "narrative")]),
    ("Le suspect aurait été arrêté mardi.", [("aurait été", "conditional", "narrative")]),
    ("Selon la police, il serait mort sur le coup.", [("serait mort", "conditional", "narrative")]),
    ("Trois soldats auraient tué un civil.", [("auraient tué", "conditional", "narrative")]),
    ("Cette décision serait illégale.", [("serait", "conditional", "narrative")]),
    ("Il s'agirait d'un accident.", [("agirait", "conditional", "narrative")]),
    ("Le président irait à Moscou en mai.", [("irait", "conditional", "narrative")]),
    ("Elle aurait dû être jugée en octobre.", []),
    ("Pourrait-il démissionner avant l'été ?", [("pourrait", "conditional", "narrative")]),
    (
        "« Le bilan pourrait s'alourdir », a dit le préfet.",
        [("pourrait s'alourdir", "conditional", "quoted")],
    ),
    (
        "L'armée a affirmé que des civils auraient été tués.",
        [("auraient été", "conditional", "narrative")],
    ),
    # Future-in-the-past after a past reporting verb: not a hedge.
    ("Le ministre estimait que la réforme aboutirait en mai.", []),
    ("Le gouvernement a annoncé que le sommet serait reporté.", []),
    # Obligation, wish, hypothesis: not hedges.
    ("Conformément au projet, la coalition devrait agir avec un mandat de l'ONU.", []),
    ("« La coalition devrait agir avec un mandat de l'ONU », dit-il.", []),
    # Unmarked, the journalist's own "devrait" forecasts.
    (
        "Le spectacle devrait partir en tournée.",
        [("devrait partir", "conditional", "narrative")],
    ),
    ("Nous voudrions plus de temps.", []),
    ("Il faudrait davantage de moyens.", []),
    ("Si elle était plus impliquée, la situation serait différente.", []),
    # Words that only look like conditionals.
    ("Le portrait du président a été retiré.", []),
    ("Le soldat tirait sur la foule.", []),
    ("Il déclarait son amour aux frais de l'État.", []),
    ("Environ 37 pays participent à la coalition.", [("environ", "approximator", "narrative")]),
    ("Les avions sont positionnés près de Damas.", []),
    ("Près de 200 personnes ont été tuées.", [("près de", "approximator", "narrative")]),
    ("Une dizaine de personnes ont été blessées.", [("une dizaine", "approximator", "narrative")]),
    ("Il a été placé en quarantaine.", []),
    ("C'est sans doute une erreur.", [("sans doute", "epistemic_adverb", "narrative")]),
    ("C'est sans aucun doute une erreur.", []),
    ("Le présumé tireur a été interpellé.", [("présumé", "reported", "narrative")]),
    ("Il est supposé rendre son rapport lundi.", []),
    (
        "On ignore si l'avion transportait des passagers.",
        [("on ignore", "negated_certainty", "narrative")],
    ),
    ("Il semble que le cessez-le-feu tienne.", [("il semble", "epistemic_verb", "narrative")]),
    ("Le ministre a visité l'usine.", []),
    # The first and second persons: politeness, wish, hypothesis; the modal
    # stays a possibility.
    ("« Moi, je vendrais la maison », dit-il.", []),
    ("« Nous serions ravis de venir. »", []),
    (
        "« Nous pourrions perdre la ville », admet-il.",
        [("pourrions perdre", "conditional", "quoted")],
    ),
    # A demonstrative subject: the evaluation of a hypothesis.
    ("Ce serait une faute de céder.", []),
    ("Cela ne serait pas raisonnable.", []),
    ("Cela pourrait durer des mois.", [("pourrait durer", "conditional", "narrative")]),
    # A condition in "en cas de", a "si" farther off, "ne serait-ce que".
    ("En cas de victoire, le parti gagnerait la ville.", []),
    ("Tout irait mieux si, de temps en temps, le maire écoutait.", []),
    ("Les élèves lisent, ne serait-ce que quelques pages.", []),
    # Future-in-the-past after "averti", a participle, a quoted "qu'".
    ("Le maire a averti que les travaux dureraient un an.", []),
    ("Le ministre a rejeté les critiques, assurant que la réforme aboutirait.", []),
    ("Le club a annoncé qu'« il vendrait le stade ».", []),
    ("Les minerais de fer sont exportés.", []),
    # "risque de" as a verb (with an infinitive), not as a noun.
    ("La crise risque de durer.", [("risque de", "modal", "narrative")]),
    ("Les élèves à risque de décrocher sont suivis.", []),
    ("Le risque de pollution augmente.", []),
    ("Ce virus est susceptible de muter.", [("susceptible de", "modal", "narrative")]),
    ("Le rapport suggère de lancer un plan.", []),
    ("Il suggère donc au maire de démissionner.", []),
    ("Les données suggèrent que le virus circule.", [("suggèrent", "epistemic_verb", "narrative")]),
    ("Ils évoquent le risque d'échouer.", []),
    ("Le club ferait mieux de vendre.", []),
    ("Sans son aide, le club aurait fermé.", []),
    ("Tout client qui viendrait à perdre sa carte doit appeler.", []),
    ("Le président viendrait à Paris en mai.", [("viendrait", "conditional", "narrative")]),
    ("Dans une période incertaine, les ventes baissent.", []),
    ("La date du match reste incertaine.", [("incertaine", "negated_certainty", "narrative")]),
    ("Je crois à la croissance.", []),
    (
        "« J'ai l'impression que le conseil gagne du temps », dit-il.",
        [("j'ai l'impression que", "epistemic_verb", "quoted")],
    ),
    # Bounds, round numbers, open outcomes, suspicion.
    ("Il encourt jusqu'à cinq ans de prison.", []),
    ("Un millier de personnes ont défilé.", [("un millier", "approximator", "narrative")]),
    (
        "Plusieurs dizaines de maisons ont brûlé.",
        [("plusieurs dizaines", "approximator", "narrative")],
    ),
    ("Reste à savoir si la trêve tiendra.", [("reste à savoir", "negated_certainty", "narrative")]),
    (
        "On ne connaît pas l'auteur du tir.",
        [("on ne connaît pas", "negated_certainty", "narrative")],
    ),
    ("Il parle à des gens que l'on ne connaît pas.", []),
    ("On ne sait pas quoi faire de ces stocks.", []),
    ("Il est soupçonné d'avoir volé.", [("soupçonné d'", "reported", "narrative")]),
    ("Il a reçu un accusé de réception.", []),
    (
        "Une possible grève inquiète le club.",
        [("une possible", "epistemic_adverb", "narrative")],
    ),
    # "devrait" forecasts with a time to come, a source or an infinitive of
    # outcome; it keeps that meaning after a past reporting verb.
    (
        "Le texte devrait être promulgué d'ici mardi.",
        [("devrait être", "conditional", "narrative")],
    ),
    ("Le bilan devrait s'alourdir.", [("devrait s'alourdir", "conditional", "narrative")]),
    (
        "Le préfet a annoncé que les travaux devraient durer un an.",
        [("devraient durer", "conditional", "narrative")],
    ),
    ("Cela devrait prendre fin bientôt.", [("devrait prendre", "conditional", "narrative")]),
    # "devrait être" + a participle: a forecast in the narrative, an opinion
    # in a quotation or after "selon lui" or a verb of judgement.
    (
        "La nouvelle salle devrait être inaugurée par le maire.",
        [("devrait être", "conditional", "narrative")],
    ),
    ("Selon lui, le projet devrait être validé par un juge.", []),
    ("Le syndic estime que la façade devrait être repeinte.", []),
    ("« Ce projet devrait être validé par un juge », dit-elle.", []),
    # "selon lui" is an opinion, not the source of a forecast.
    ("Selon elle, les élus devraient démissionner.", []),
    (
        "Selon la préfecture, la route devrait rouvrir.",
        [("devrait rouvrir", "conditional", "narrative")],
    ),
    ("Nous devrions partir plus tôt.", []),
    ("On devrait interdire ces engins.", []),
    # Questions, direct or after "si", ask about the conditional.
    ("Les élus se demandent si le maire devrait démissionner.", []),
    ("Il ignore s'il voterait pour ce plan.", [("ignore s'", "negated_certainty", "narrative")]),
    ("Pourquoi ne dirait-on pas la vérité ?", []),
    (
        "La situation serait si grave que l'armée intervient.",
        [("serait", "conditional", "narrative")],
    ),
    # Negated counterfactual obligation, hypothetical relatives, "ce qui".
    ("Elle n'aurait jamais dû partir.", []),
    ("Il rejette toute réforme qui affaiblirait l'hôpital.", []),
    (
        "Les prix pourraient monter, ce qui nuirait aux ménages.",
        [("pourraient monter", "conditional", "narrative")],
    ),
    (
        "Il aurait été menacé, ce qui aurait poussé la police à agir.",
        [("aurait été", "conditional", "narrative"), ("aurait poussé", "conditional", "narrative")],
    ),
    ("Certains ont pu croire que la crise finirait vite.", []),
    ("Rappelant qu'il baisserait les impôts, le candidat a promis un plan.", []),
    ("Il serait irresponsable de laisser faire.", []),
    ("Il serait responsable de l'attaque.", [("serait", "conditional", "narrative")]),
    ("Ce plan (pourquoi les autres paieraient-ils ?) divise.", []),
    ("Les temps s'annoncent incertains.", []),
    # Not knowing, unknown and not established facts.
    (
        "Le garde ne sait pas si la porte était fermée.",
        [("ne sait pas si", "negated_certainty", "narrative")],
    ),
    (
        "Les causes de la panne restent inconnues.",
        [("restent inconnues", "negated_certainty", "narrative")],
    ),
    ("Ce chanteur est inconnu du grand public.", []),
    (
        "Le mobile n'a pas été établi.",
        [("n'a pas été établi", "negated_certainty", "narrative")],
    ),
    # Expectation and appearance; a negated expectation is a surprise.
    (
        "La mairie s'attend à une hausse des inscriptions.",
        [("s'attend à", "epistemic_verb", "narrative")],
    ),
    ("Personne ne s'attendait à une telle foule.", []),
    (
        "Le club apparaît comme le grand favori.",
        [("apparaît comme", "epistemic_verb", "narrative")],
    ),
    # Evidential and probability adverbs, lines of inquiry, a tipped name.
    ("Le gardien était visiblement épuisé.", [("visiblement", "epistemic_adverb", "narrative")]),
    ("Il reviendra sûrement demain.", [("sûrement", "epistemic_adverb", "narrative")]),
    ("Le projet avance lentement mais sûrement.", []),
    (
        "Les enquêteurs privilégient la piste d'un court-circuit.",
        [("la piste d'un", "epistemic_adverb", "narrative")],
    ),
    ("Elle est pressentie pour diriger la liste.", [("pressentie", "reported", "narrative")]),
    # "suggérer que" + a subjunctive proposes; with an indicative it infers.
    ("Le rapport suggère que la loi soit modifiée.", []),
    (
        "Le scénario restait confus dans la soirée.",
        [("restait confus", "negated_certainty", "narrative")],
    ),
    ("Il vit là depuis presqu'un an.", [("presqu'un", "approximator", "narrative")]),
    (
        "Ils ont tiré après une apparente querelle.",
        [("une apparente", "epistemic_adverb", "narrative")],
    ),
    (
        "Des experts pensent que le pont a cédé.",
        [("pensent que", "epistemic_verb", "narrative")],
    ),
    ("Il ne pense qu'à gagner.", []),
    (
        "D'aucuns estiment que la loi est inutile.",
        [("d'aucuns estiment", "reported", "narrative")],
    ),
    (
        "Ce chiffre est mis en doute par les syndicats.",
        [("mis en doute", "epistemic_verb", "narrative")],
    ),
    (
        "Il apparaît que les détenus ont été battus.",
        [("il apparaît que", "epistemic_verb", "narrative")],
    ),
    (
        "Les élus croient savoir que le maire partira.",
        [("croient savoir", "epistemic_verb", "narrative")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EN_HEDGES)
def test_english_hedges(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _hedges(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), FR_HEDGES)
def test_french_hedges(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _hedges(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("It is clearly a mistake.", "en", [("clearly", "narrative")]),
        ("It is not clearly a mistake.", "en", []),
        ("This is almost certainly a forgery.", "en", []),
        ('"There is no doubt about it," he said.', "en", [("there is no doubt", "quoted")]),
        ("The sky is blue.", "en", []),
        ("C'est sans aucun doute une erreur.", "fr", [("sans aucun doute", "narrative")]),
        ("Ce n'est pas clairement établi.", "fr", []),
        ("Il est certain que la ville est tombée.", "fr", [("il est certain que", "narrative")]),
        ("C'est sans doute une erreur.", "fr", []),
        # Manner, not certainty.
        ("She thought very clearly about the offer.", "en", []),
        ("Teachers should speak clearly with parents.", "en", []),
        ("Slowly but surely, the team improved.", "en", []),
        ("If in fact it is true, it is a scandal.", "en", []),
        ("The tower is clearly visible from the bridge.", "en", []),
        ("La tour est clairement visible depuis le pont.", "fr", []),
        ("Il a clairement affirmé son choix.", "fr", []),
        ("Le juge disait clairement aux témoins de rester.", "fr", []),
        ("Il y a clairement un problème.", "fr", [("clairement", "narrative")]),
        (
            "Le lien entre les deux affaires, c'est indéniable.",
            "fr",
            [("c'est indéniable", "narrative")],
        ),
    ],
)
def test_boosters(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _boosters(text, lang) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("aurait", True),
        ("pourraient", True),
        ("serions", True),
        ("réunirait", True),
        ("atteindrait", True),
        ("permettrait", True),
        ("connaîtrait", True),
        ("devrait", True),
        ("irait", True),
        ("pourriez", True),
        ("portrait", False),
        ("retrait", False),
        ("extrait", False),
        ("attrait", False),
        ("trait", False),
        ("frais", False),
        ("vrais", False),
        ("tirait", False),
        ("déclarait", False),
        ("espérait", False),
        ("serrait", False),
        ("parlions", False),
        ("jamais", False),
    ],
)
def test_conditional_forms(word: str, expected: bool) -> None:
    assert is_conditional_form(word, "fr") is expected


def test_english_has_no_conditional_forms() -> None:
    assert not is_conditional_form("aurait", "en")


def test_records_point_into_the_text() -> None:
    text = "Titre : le bilan pourrait s'alourdir\n\nLe suspect aurait fui, selon la police."
    doc = segment(text, "fr", title=make_span(text, 0, 36))
    hedges = extract_hedges(doc)
    assert [(h.cue, h.sentence, h.paragraph) for h in hedges] == [
        ("pourrait s'alourdir", -1, -1),
        ("aurait fui", 0, 0),
    ]
    for hedge in hedges:
        assert doc.text[hedge.span.start : hedge.span.end] == hedge.span.text


def test_longest_cue_wins() -> None:
    assert _hedges("It is not immediately clear whether anyone was hurt.", "en") == [
        ("it is not immediately clear", "negated_certainty", "narrative")
    ]


def test_public_names() -> None:
    assert hedging.__all__ == ["extract_boosters", "extract_hedges", "is_conditional_form"]


@settings(max_examples=100, deadline=None)
@given(text=st.text(), lang=st.sampled_from(["en", "fr"]))
def test_never_raises_and_spans_match(text: str, lang: str) -> None:
    doc = segment(text, lang)
    hedges = extract_hedges(doc)
    boosters = extract_boosters(doc)
    for record in [*hedges, *boosters]:
        assert doc.text[record.span.start : record.span.end] == record.span.text
        assert record.voice in VOICES
    for hedge in hedges:
        assert hedge.kind in HEDGE_KINDS
    starts = [h.span.start for h in hedges]
    assert starts == sorted(starts)
    for first, second in pairwise(hedges):
        assert first.span.end <= second.span.start


@pytest.fixture(scope="module")
def seed_hedges() -> list:
    path = SEEDS / SEED
    if not SEEDS.is_dir() or not path.is_file():
        pytest.skip("reference article ../shared/seeds not found")
    from framing.pipeline import prepare

    return extract_hedges(prepare(path.read_text(encoding="utf-8")).document)


def test_seed_narrative_conditional(seed_hedges: list) -> None:
    assert ("pourrait atteindre", "conditional", "narrative") in [
        (h.cue, h.kind, h.voice) for h in seed_hedges
    ]


def test_seed_polite_conditional_is_not_narrative(seed_hedges: list) -> None:
    assert not [h for h in seed_hedges if h.cue.startswith("serions") and h.voice == "narrative"]


def test_seed_future_in_the_past_and_obligation_are_not_hedges(seed_hedges: list) -> None:
    narrative = [h.cue for h in seed_hedges if h.voice == "narrative"]
    assert not [cue for cue in narrative if cue.startswith(("réunirait", "devrait"))]


def test_seed_quoted_approximator(seed_hedges: list) -> None:
    assert ("environ", "approximator", "quoted") in [(h.cue, h.kind, h.voice) for h in seed_hedges]
