"""Tests of framing.extract.denials: official denials and the claims they answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.extract import denials
from framing.extract.denials import extract_denials
from framing.extract.records import SOURCE_KINDS, Attribution, Source
from framing.lexicons import load_lexicon
from framing.spans import Span, make_span
from framing.text import Document, segment

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
SEED = "000_0192d13fbff41adc.txt"


def _attribution(
    doc: Document, source: str, cue: str, content: str | None = None, kind: str = "named_org"
) -> Attribution:
    """An attribution built by hand from the first occurrences of its parts."""
    text = doc.text
    s, c = text.index(source), text.index(cue)
    content_span = None
    if content is not None:
        start = text.index(content)
        content_span = make_span(text, start, start + len(content))
    sentence = doc.sentence_at(c)
    assert sentence is not None
    return Attribution(
        span=make_span(text, min(s, c), max(s + len(source), c + len(cue))),
        cue=make_span(text, c, c + len(cue)),
        source=Source(make_span(text, s, s + len(source)), kind),
        chain=(kind,),
        quote=content_span if content is not None and text[start - 1] in '«"“ ' else None,
        content=content_span,
        stance="neutral",
        sentence=sentence.index,
        paragraph=sentence.paragraph,
    )


def _found(text: str, lang: str) -> list[tuple[str, str | None]]:
    doc = segment(text, lang)
    return [
        (d.span.text, None if d.denier is None else d.denier.span.text)
        for d in extract_denials(doc, attributions=[])
    ]


EN = [
    ("The Kremlin denied the report.", [("denied", "The Kremlin")]),
    (
        "Gary Bettman has vehemently denied the NHL is expanding.",
        [("has vehemently denied", "Gary Bettman")],
    ),
    ("The allegations were denied by a spokesman on Monday.", [("were denied", "a spokesman")]),
    ("Lin, for his part, denied taking part in the fight.", [("denied", "Lin")]),
    (
        "The airline on Sunday dismissed claims that it would split passengers.",
        [("dismissed", "The airline")],
    ),
    ("The ministry rejected the reports as baseless.", [("rejected", "The ministry")]),
    (
        "On Wednesday, Bettman called the report a complete fabrication.",
        [("called the report a complete fabrication", "Bettman")],
    ),
    ("The singer took to Instagram to deny rumours of a split.", [("deny", "The singer")]),
    (
        "The commissioner's physician, who on Thursday shot down a report, stayed silent.",
        [("shot down", "The commissioner's physician")],
    ),
    (
        "Officials got a flat denial from spokesman Kevin Harris.",
        [("flat denial", "spokesman Kevin Harris")],
    ),
    (
        "IS-affiliated Twitter accounts rushed to deny the reports.",
        [("deny", "IS-affiliated Twitter accounts")],
    ),
    ("The prisoner admitted the theft but denied the assault.", [("denied", "The prisoner")]),
    (
        "Denying the reports, Abdullah Al-Ajhar, the airline's spokesman, spoke to the press.",
        [("Denying", "Abdullah Al-Ajhar")],
    ),
    # Not denials: to deny someone something, withheld or impossible denials,
    # decisions, the journalist's own assessment, words used as terms.
    ("She was denied entry at the border.", []),
    ("His parents asked for the honour in 1993 and were denied.", []),
    ("The judge denied him bail.", []),
    ("The army neither confirmed nor denied the strike.", []),
    ("The Pentagon would not confirm or deny the raid.", []),
    ("The minister did not deny the meeting took place.", []),
    ("No one can deny that prices have risen.", []),
    ("The court rejected the appeal on Tuesday.", []),
    ("The company dismissed the employee last week.", []),
    ("The story is false.", []),
    ("It was a false alarm, the firefighters said.", []),
    ("There is a lot of speculation within the army, he said.", []),
    ("The story hasn't been entirely debunked.", []),
    ("Guests discussed a debunked rumour on air.", []),
    ("The council rejected the idea of a new stadium.", []),
    ("Shops could deny services to customers without masks.", []),
    ("The letter listed false, hurtful and damaging rumours about the mayor.", []),
    ("The firm said the attack was a denial of service.", []),
    ("There is no question that he lied, the judge said.", []),
    ("He did not deny the meeting took place.", []),
    # Findings and rulings settle a claim; they are not a party's denial.
    ("Several studies debunk claims that the diet works.", []),
    ("It was an allegation rejected by a series of inquiries.", []),
    ("The court spokesman denied the reports.", [("denied", "The court spokesman")]),
    ("Experts at the clinic dismissed the photo as a hoax.", []),
    ("The internal watchdog found no evidence of bias, it said.", []),
    # Forms found missing on news text.
    ("The governor rejected any wrongdoing in the affair.", [("rejected", "The governor")]),
    (
        "The board dismissed the documents as early working papers.",
        [("dismissed", "The board")],
    ),
    ("The board rejected the documents submitted by the firm.", []),
    # Depriving, ruling, asking, supposing: no claim is denied.
    ("The committee denied a city hall request for new funds.", []),
    ("The measure would deny older couples the basic right to adopt.", []),
    ("The bill denies the governor new money for the program.", []),
    ("The judge said he would deny the stay.", []),
    ("Lawyers expect all of her claims to be dismissed.", []),
    ("He was dismissed in 2017 after an audit.", []),
    ("No reasonable person would deny the figures.", []),
    ("If we denied the request, the case would go on.", []),
    ("The only way to refute it is to publish the records.", []),
    ("The mayor pressured his aide to deny the reports.", []),
    ("Why would anyone deny such an obvious fact?", []),
    ("The firm denied the report that the ministry cut funding.", [("denied", "The firm")]),
    ("The mayor denied cutting aid to the district.", [("denied", "The mayor")]),
    ("The mayor denied campaign funds paid for the trip.", [("denied", "The mayor")]),
]

# Deniers read from the syntax: a role before a name in apposition, an aside
# opened by "whose", the clause a colon ends before a quotation; quoted
# formulas by which a speaker denies a reported decision or plan.
EN_DENIERS = [
    (
        "The director of the port, Anna Berg, denied the reports.",
        [("denied", "The director of the port, Anna Berg")],
    ),
    ("Last week, Anna Berg denied the reports.", [("denied", "Anna Berg")]),
    (
        "The company, whose owner was not named, denied the allegations.",
        [("denied", "The company")],
    ),
    (
        'The ministry issued a short statement: "These claims are completely false."',
        [("are completely false", "The ministry")],
    ),
    ("The senator's spokesman rejected the claims.", [("rejected", "The senator's spokesman")]),
    (
        '"No decision about the plant has been taken yet," a spokeswoman said.',
        [("No decision about the plant has been taken", None)],
    ),
    (
        '"There is no question of closing the unit this year," she said.',
        [("no question of", None)],
    ),
    # Who denies: the main clause's subject after an opening participle, the
    # name an apposition describes, a subject right before a gerund, the noun
    # a relative clause follows.
    (
        "After initially denying the payment, the treasurer later admitted he had made it.",
        [("denying", "the treasurer")],
    ),
    (
        "Martin Keller, a former aide to the mayor, will again deny being at the party.",
        [("will again deny", "Martin Keller")],
    ),
    (
        "Rosa Lind, the former governor, later denied any insinuation of an affair.",
        [("denied", "Rosa Lind")],
    ),
    (
        "The deal did little to reassure Democrats, who also rejected the minister's claims.",
        [("rejected", "Democrats")],
    ),
    (
        "The author stands by his book, despite Lerner calling the reporting false.",
        [("calling the reporting false", "Lerner")],
    ),
    ("He's denied any wrongdoing but agreed to stay.", [("denied", "He")]),
    (
        "Agents held him for a gang link, despite lawyers repeatedly denying that claim.",
        [("denying", "lawyers")],
    ),
    (
        "The company that built the bridge rejected the findings.",
        [("rejected", "The company")],
    ),
    (
        "At the hearing, Moreau emphatically and repeatedly denied the reports.",
        [("denied", "Moreau")],
    ),
    ("(Harlan has denied the allegations, his lawyer said.)", [("has denied", "Harlan")]),
]

FR = [
    ("Le Kremlin a démenti ces informations.", [("a démenti", "Le Kremlin")]),
    (
        "Cependant, de telles informations ont été réfutées par des sources officielles russes.",
        [("ont été réfutées", "des sources officielles russes")],
    ),
    ("Pékin dément formellement ce chiffre.", [("dément", "Pékin")]),
    ("Washington accuse l'Iran, ce que dément Téhéran.", [("dément", "Téhéran")]),
    (
        "Washington accuse l'Iran, ce que la République islamique dément.",
        [("dément", "la République islamique")],
    ),
    ("Le duc a toujours nié ces allégations.", [("a toujours nié", "Le duc")]),
    ("La Maison Blanche a, pour sa part, nié tout briefing.", [("nié", "La Maison Blanche")]),
    ("Une version démentie samedi par son oncle.", [("démentie", "son oncle")]),
    ("Le ministre a rejeté les accusations de corruption.", [("a rejeté", "Le ministre")]),
    ("Le prévenu conteste les faits.", [("conteste", "Le prévenu")]),
    (
        "Le général Karim Rahimi, chef de la police, a nié tout sabotage.",
        [("a nié", "Le général Karim Rahimi, chef de la police")],
    ),
    (
        "Un scrutin qualifié de « mensonge » par l'opposition.",
        [("qualifié de « mensonge »", "l'opposition")],
    ),
    (
        "Le milliardaire, qui vante l'ordre depuis la crise, a démenti ces informations.",
        [("a démenti", "Le milliardaire")],
    ),
    (
        "William Bryan, qui a filmé la scène, s'est dit témoin, niant y avoir participé.",
        [("niant", "William Bryan")],
    ),
    (
        "De leur côté, la Russie et les talibans ont démenti ces informations.",
        [("ont démenti", "la Russie et les talibans")],
    ),
    (
        "Il a critiqué la décision et le ministère a démenti les faits.",
        [("a démenti", "le ministère")],
    ),
    (
        "Le médecin qui attend « des excuses de l'agence », avait toujours réfuté les accusations.",
        [("avait toujours réfuté", "Le médecin")],
    ),
    (
        "Interpellé hier, il a reconnu avoir participé aux rixes, mais nié avoir frappé.",
        [("nié", "il")],
    ),
    # Pas des démentis.
    ("L'Élysée n'a pas démenti l'information.", []),
    ("Une information non démentie par le ministère.", []),
    ("Le ministère n'a ni confirmé ni démenti.", []),
    ("Son succès ne se dément pas.", []),
    ("On ne peut nier que les prix ont augmenté.", []),
    ("L'Assemblée a rejeté le projet de loi.", []),
    ("Le tribunal a rejeté la demande de visa.", []),
    ("Le refus de visa a surpris.", []),
    ("Il est poursuivi pour faux et usage de faux.", []),
    ("Le ministre a jugé « absurde et honteux » que la statue soit visée.", []),
    ("Voir un opéra en salle, dit-il, n'est pas une information infondée ni démentie.", []),
    ("Une enquête a été ouverte pour « faux » à propos des procurations.", []),
    ("Le député a estimé qu'un allié faisait fausse route, selon lui.", []),
    ("Ces fausses informations circulent, écrit le journaliste.", []),
    ("Le député a voté sans démentir les propos du ministre.", []),
    ("« Un démenti ne suffit pas, il faut des actes », juge la syndicaliste.", []),
    ("« C'est de la pure spéculation de ma part, mais la saison pourrait jouer », dit-il.", []),
    ("Aucun blessé n'a été signalé, selon les pompiers.", []),
    ("Les électeurs ont rejeté l'idée d'un référendum.", []),
    ("Elle dénonce des messages faux, blessants et injurieux publiés sur elle.", []),
    ("Une version réfutée par les conclusions de l'autopsie.", []),
    ("Une accusation rejetée par la Haute Cour en mai.", []),
    (
        "Le porte-parole du tribunal a démenti ces informations.",
        [("a démenti", "Le porte-parole du tribunal")],
    ),
    # Tours trouvés manquants dans la presse.
    ("Le ministère s'inscrit en faux.", [("s'inscrit en faux", "Le ministère")]),
    ("Le maire conteste toute relation avec le promoteur.", [("conteste", "Le maire")]),
    ("Le maire rejette toute responsabilité dans l'accident.", [("rejette", "Le maire")]),
    ("Il a toujours contesté son implication.", [("a toujours contesté", "Il")]),
    ("L'accusé conteste l'intégralité des chefs d'inculpation.", [("conteste", "L'accusé")]),
    ("Le laboratoire a contesté ces conclusions.", [("a contesté", "Le laboratoire")]),
    (
        "La préfecture a qualifié cette rumeur de « fausse information ».",
        [("qualifié cette rumeur de « fausse information »", "La préfecture")],
    ),
    (
        "Cette version officielle a rapidement été contestée par des rescapés.",
        [("a rapidement été contestée", "des rescapés")],
    ),
    # Pas des démentis : adjectif, concession, information débattue, demande.
    ("Le gouvernement rejette tout compromis avec les syndicats.", []),
    ("« C'est dément ! », a réagi le chanteur.", []),
    ("« Il n'y a aucune raison de le nier », a dit la chanteuse.", []),
    ("Le président a évoqué une théorie contestée sur les réseaux sociaux.", []),
    ("Le président a demandé au ministre de démentir ces informations.", []),
    ("Sans pour autant démentir ces propos, la conseillère a précisé sa pensée.", []),
    ("La chanteuse va-t-elle démentir ces rumeurs ?", []),
]

FR_DENIERS = [
    (
        "L'éleveur mis en cause, dont le nom n'a pas été publié, a réfuté toute implication.",
        [("a réfuté", "L'éleveur mis en cause")],
    ),
    (
        "Le porte-parole du gouvernement, Paul Martin, a démenti ces informations.",
        [("a démenti", "Le porte-parole du gouvernement, Paul Martin")],
    ),
    (
        "La semaine dernière, Paul Martin a démenti ces informations.",
        [("a démenti", "Paul Martin")],
    ),
    (
        "La Banque Ardent, branche des particuliers a répondu vite et a nié toute faute.",
        [("a nié", "La Banque Ardent, branche des particuliers")],
    ),
    (
        "Le pilote et son frère, qui niaient toute fraude l'an dernier, ont fini par avouer.",
        [("niaient", "Le pilote et son frère")],
    ),
    (
        "Le groupe Norvel, qui préfère payer et nier tout danger, a signé un accord.",
        [("nier", "Le groupe Norvel")],
    ),
    (
        "La mairie a publié un communiqué : « Ces rumeurs sont sans aucun fondement. »",
        [("sans aucun fondement", "La mairie")],
    ),
    (
        "« Rien n'est décidé à ce stade, tout reste ouvert », a dit le maire.",
        [("Rien n'est décidé", None)],
    ),
    (
        "« Aucune autorisation de travaux n'a été délivrée à ce jour », a dit la préfète.",
        [("Aucune autorisation de travaux n'a été délivrée", None)],
    ),
    (
        "« Il n'y a eu aucun mouvement de troupes vers la frontière », a dit le ministre.",
        [("Il n'y a eu aucun", None)],
    ),
    (
        "Après avoir nié les faits, l'écrivain a finalement reconnu sa responsabilité.",
        [("nié", "l'écrivain")],
    ),
    (
        "Paul Durand, homme d'affaires qui dément tout lien avec le parti, a été entendu.",
        [("dément", "Paul Durand, homme d'affaires")],
    ),
    (
        "Les agents disent avoir frappé, ce que confirme un voisin mais nie le locataire.",
        [("nie", "le locataire")],
    ),
    (
        "Son épouse, quant à elle mise en examen pour recel, réfute toute complicité.",
        [("réfute", "Son épouse")],
    ),
    ("Ce dernier a réfuté toute irrégularité.", [("a réfuté", "Ce dernier")]),
    (
        "Des experts accusent le Rwanda, qui le nie farouchement, de soutenir les rebelles.",
        [("nie", "le Rwanda")],
    ),
    (
        "Martine Roux, candidate à la mairie, a tenu à démentir.",
        [("a tenu à démentir", "Martine Roux, candidate à la mairie")],
    ),
    (
        "« Il n'a jamais été question de vendre le stade municipal », a assuré l'adjointe.",
        [("Il n'a jamais été question", None)],
    ),
    (
        "« Notre club est né ici et reste sans aucun lien avec ce fonds », a dit le président.",
        [("sans aucun lien avec", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EN)
def test_english_table(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _found(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), FR)
def test_french_table(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _found(text, "fr") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [("en", t, e) for t, e in EN_DENIERS] + [("fr", t, e) for t, e in FR_DENIERS],
)
def test_denier_table(lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _found(text, lang) == expected


# (text, lang, (answers, distance_paragraphs)); no attribution is given, so
# the claims are the journalist's: told in the denial's own sentence, or in
# an earlier sentence marked as a claim ("accused of", "rumours that", the
# French conditional).
ANSWERS = [
    (
        "L'usine était soupçonnée de polluer la rivière, ce que la direction a toujours démenti.",
        "fr",
        (0, 0),
    ),
    (
        "Le coureur aurait pris un raccourci en forêt, une version démentie par son entraîneur.",
        "fr",
        (0, 0),
    ),
    (
        "Le maire a démenti que la piscine soit fermée cet été, comme l'affirment des parents.",
        "fr",
        (0, 0),
    ),
    (
        "Officials denied that troops had crossed the border, as the newspaper claimed.",
        "en",
        (0, 0),
    ),
    ("The firm was accused of dumping waste in the river, something it denies.", "en", (0, 0)),
    (
        "Some voters believe the mayor rigged the count, an allegation that he has denied.",
        "en",
        (0, 0),
    ),
    (
        "Le maire est accusé d'avoir favorisé un promoteur.\n\nLa saison commence.\n\n"
        "Il a nié ces accusations.",
        "fr",
        (0, 2),
    ),
    (
        "Le ministre aurait touché des pots-de-vin.\n\nLe ministère a démenti ces informations.",
        "fr",
        (0, 1),
    ),
    (
        "Rumours that the club was for sale lifted its shares.\n\nThe club denied the reports.",
        "en",
        (0, 1),
    ),
    # « ces informations » farther than two paragraphs: the lede's claim.
    (
        "Rumours that the club was for sale lifted its shares.\n\nThe stadium is old.\n\n"
        "Fans are loyal.\n\nTickets are cheap.\n\nThe club denied the reports.",
        "en",
        (0, 4),
    ),
    # A denial verb with no object points back like « ces informations ».
    (
        "Le journal affirme que le ministre aurait démissionné.\n\n"
        "Le porte-parole a rappelé que le ministère avait démenti.",
        "fr",
        (0, 1),
    ),
    # A quotation is somebody's claim even with no attribution given; a
    # denial named by a noun answers the last claim told.
    (
        "« Le maire a favorisé un promoteur immobilier », répète un habitant.\n\n"
        "Le maire rejette son hypothèse.",
        "fr",
        (0, 1),
    ),
    (
        "Rumours that the club was for sale spread on Monday.\n\nThe club issued a flat denial.",
        "en",
        (0, 1),
    ),
    # A question is asked, not told; a plain fact is no claim.
    (
        "Le ministre aurait-il menti ?\n\nLe ministère a démenti ces informations.",
        "fr",
        (None, None),
    ),
    ("The team played well on Sunday.\n\nThe club denied the reports.", "en", (None, None)),
    # A label cue keeps its object: the Gazette is what ties the claim.
    (
        "The Harbour Gazette said the dam allegedly leaks.\n\n"
        "The dam operator called the Gazette's report baseless.",
        "en",
        (0, 1),
    ),
    # A back-reference after a dash, a claim noun with no "that".
    (
        "The firm was fined for dumping waste in the river - a charge the firm denies.",
        "en",
        (0, 0),
    ),
    (
        "Selon la presse, le club serait à vendre, une information que le président a démentie.",
        "fr",
        (0, 0),
    ),
    (
        "Rumours that the club was for sale spread on Monday.\n\n"
        "The club denied it and said the stadium would stay.",
        "en",
        (0, 1),
    ),
    (
        "Le maire aurait touché des pots-de-vin.\n\nLa rue est calme.\n\nLe maire a nié en bloc.",
        "fr",
        (0, 2),
    ),
    # « Ce que … » opening a sentence points to the sentence before.
    (
        "Le journal écrit que le ministre cumulait deux salaires. Ce que l'intéressé a démenti.",
        "fr",
        (0, 0),
    ),
    # A denial whose object tells the claim answers itself when nothing
    # earlier tells it.
    ("Prices rose on Monday.\n\nThe club denied reports that it was for sale.", "en", (1, 0)),
    # One shared word is chance for a claim far away and not attributed: the
    # denial's clause tells the claim, its own sentence answers.
    (
        "The paper allegedly saw troops at the border.\n\nPrices rose.\n\nMarkets fell.\n\n"
        "The ministry denied that any plane had crossed the border.",
        "en",
        (3, 0),
    ),
    # With a demonstrative for subject the clause points back instead.
    (
        "The paper allegedly saw troops at the border.\n\nPrices rose.\n\nMarkets fell.\n\n"
        "The ministry denied that this had ever happened.",
        "en",
        (0, 3),
    ),
]


# A denial that tells its claim shares more than the names of the affair
# with the claim it answers; a concessive clause pointing back answers its
# own sentence; a demonstrative ("that argument", « cet argument ») with no
# claim found nearby takes the sentence before.
ANSWERS_MORE = [
    (
        "Le maire Paul Dubois aurait frappé Jean Martin lors d'une réunion.\n\n"
        "Jean Martin a porté plainte contre Paul Dubois.\n\n"
        "Paul Dubois a nié avoir menacé Jean Martin par téléphone.",
        "fr",
        (2, 0),
    ),
    (
        "Paul Dubois allegedly punched Jean Martin at a meeting.\n\n"
        "Jean Martin sued Paul Dubois.\n\n"
        "Paul Dubois denied threatening Jean Martin on the phone.",
        "en",
        (2, 0),
    ),
    (
        "The council was said to plan a new tax.\n\n"
        "Schools in the north could lose their bus service next year, though the council "
        "strongly denies that will happen.",
        "en",
        (1, 0),
    ),
    (
        "Le conseil aurait prévu un nouvel impôt.\n\n"
        "Les écoles du nord pourraient perdre leurs cars scolaires l'an prochain, mais le "
        "conseil dément.",
        "fr",
        (1, 0),
    ),
    (
        "The budget was adopted in May.\n\nFarmers welcomed the plan.\n\n"
        "Unions reply that the cuts would close three hospitals in the valley.\n\n"
        "The minister rejected that argument.",
        "en",
        (2, 1),
    ),
    (
        "Le budget a été adopté en mai.\n\nLes agriculteurs ont salué le plan.\n\n"
        "Les syndicats répliquent que les coupes fermeraient trois hôpitaux de la vallée.\n\n"
        "La ministre a réfuté cet argument.",
        "fr",
        (2, 1),
    ),
    # A short follow-up answers the claim its paragraph just told, though an
    # earlier sentence shares its object word.
    (
        "The firm's involvement in the region grew in 2019.\n\n"
        "Two tankers exploded last week, and the firm allegedly planted the mines. "
        "The firm denied any involvement.",
        "en",
        (1, 0),
    ),
    (
        "L'implication du groupe dans la région a grandi en 2019.\n\n"
        "Deux pétroliers ont explosé et la police soupçonne le groupe d'avoir posé les mines. "
        "Le groupe réfute toute implication.",
        "fr",
        (1, 0),
    ),
    # A heading between a claim and the denial is no claim: the denial
    # answers what was told before it.
    (
        "Le maire aurait reçu des cadeaux d'un promoteur.\n\n« Aucun cadeau à l'horizon »\n\n"
        "Des soupçons démentis par le maire.",
        "fr",
        (0, 2),
    ),
    # A hypothesis others raised is a claim the denial can answer.
    (
        "La chercheuse est détenue depuis 2016.\n\n"
        "Des médias ont évoqué la possibilité d'un lien avec une dette.\n\n"
        "Le gouvernement a démenti tout lien.",
        "fr",
        (1, 1),
    ),
    (
        "The researcher has been held since 2016.\n\n"
        "Some outlets raised the possibility of a link to a debt.\n\n"
        "The government denied any link.",
        "en",
        (1, 1),
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ANSWERS + ANSWERS_MORE)
def test_answers_table(text: str, lang: str, expected: tuple[int | None, int | None]) -> None:
    (denial,) = extract_denials(segment(text, lang), attributions=[])[:1]
    assert (denial.answers, denial.distance_paragraphs) == expected


def test_denied_it_shares_the_claim_of_the_denial_before() -> None:
    text = (
        "Critics said the senator backs a sales tax, which the senator has denied.\n\n"
        "The senator denied it."
    )
    found = extract_denials(segment(text, "en"), attributions=[])
    assert [(d.sentence, d.answers) for d in found] == [(0, 0), (1, 0)]


def test_title_is_a_claim_and_a_demonstrative_points_back() -> None:
    text = "Club to be sold to investors\n\nThe club denied that it would be sold to investors."
    doc = segment(text, "en", title=Span(0, 28, "Club to be sold to investors"))
    (denial,) = extract_denials(doc, attributions=[])
    assert (denial.answers, denial.distance_paragraphs) == (-1, 1)
    text = "The mayor allegedly took bribes.\n\nHis spokesman said this was false."
    doc = segment(text, "en")
    said = _attribution(doc, "His spokesman", "said", "this was false")
    (denial,) = extract_denials(doc, attributions=[said])
    assert (denial.answers, denial.distance_paragraphs) == (0, 1)


def test_predicate_needs_a_speaker() -> None:
    text = "Apple spokesman Tom Neumayr told reporters the report is not true."
    doc = segment(text, "en")
    assert extract_denials(doc, attributions=[]) == []
    said = _attribution(doc, "Apple spokesman Tom Neumayr", "told", "the report is not true")
    found = extract_denials(doc, attributions=[said])
    assert [(d.span.text, d.denier) for d in found] == [("not true", said.source)]


def test_quoted_denial_takes_the_quote_speaker() -> None:
    text = (
        "Le journal a annoncé que des avions russes étaient arrivés en Syrie.\n\n"
        "« Aucune délocalisation d'avions russes en Syrie n'a eu lieu », a dit un porte-parole."
    )
    doc = segment(text, "fr")
    claim = _attribution(
        doc,
        "Le journal",
        "a annoncé",
        "que des avions russes étaient arrivés en Syrie",
        "media_relay",
    )
    quote = _attribution(
        doc,
        "un porte-parole",
        "a dit",
        " Aucune délocalisation d'avions russes en Syrie n'a eu lieu ",
        "official_unnamed",
    )
    (denial,) = extract_denials(doc, attributions=[claim, quote])
    assert denial.cue == "aucune ... n'a eu lieu"
    assert denial.denier == quote.source
    assert (denial.answers, denial.answers_paragraph, denial.distance_paragraphs) == (0, 0, 1)


def test_a_sourceless_frame_around_a_quote_does_not_take_the_denial() -> None:
    # "appeared to" is an attribution without a source whose content holds
    # the quotation; the speaker is the one named before "writing:".
    from framing.extract.sources import extract_attributions

    text = (
        "Hours after the report, the mayor appeared to blame the press, writing: "
        '"A big part of the anger we see today is caused by what the local papers '
        'wrote about my budget, which is false."'
    )
    doc = segment(text, "en")
    attributions = extract_attributions(doc)
    assert any(a.source is None for a in attributions)
    (denial,) = extract_denials(doc, attributions=attributions)
    assert denial.denier is not None and denial.denier.span.text == "the mayor"


def test_answers_largest_overlap_and_anaphor() -> None:
    text = (
        "The agency said Russian jets had landed at an airbase near Damascus.\n\n"
        "The coach said the team would play in Madrid on Sunday.\n\n"
        "Moscow denied the reports."
    )
    doc = segment(text, "en")
    attributions = [
        _attribution(
            doc, "The agency", "said", "Russian jets had landed at an airbase near Damascus"
        ),
        _attribution(doc, "The coach", "said the team", "the team would play in Madrid on Sunday"),
    ]
    (denial,) = extract_denials(doc, attributions=attributions)
    # "the reports" shares no word with either claim: the anaphor points to
    # the nearest paragraph holding an attributed claim.
    assert denial.answers == 1 and denial.distance_paragraphs == 1
    text = text.replace(
        "Moscow denied the reports.", "Moscow denied that Russian jets had landed near Damascus."
    )
    doc = segment(text, "en")
    attributions = [
        _attribution(
            doc, "The agency", "said", "Russian jets had landed at an airbase near Damascus"
        ),
        _attribution(doc, "The coach", "said the team", "the team would play in Madrid on Sunday"),
    ]
    (denial,) = extract_denials(doc, attributions=attributions)
    assert denial.answers == 0 and denial.distance_paragraphs == 2


def test_quoted_first_person_denial_is_the_speakers() -> None:
    text = "« Ce n'est pas un exil, je réfute ce mot-là », a insisté la maire."
    doc = segment(text, "fr")
    said = _attribution(
        doc, "la maire", "a insisté", " Ce n'est pas un exil, je réfute ce mot-là ", "named_person"
    )
    (denial,) = extract_denials(doc, attributions=[said])
    assert denial.denier == said.source


@pytest.mark.parametrize(
    ("claimant", "answered"),
    [("Son avocat", None), ("Le syndicat", 0), ("Les parents du maire", 0)],
)
def test_the_deniers_own_words_are_no_claim(claimant: str, answered: int | None) -> None:
    # « l'avocat » and « son avocat » are one speaker; « le maire » and
    # « les parents du maire » are two.
    denier = "Le maire" if claimant.startswith("Les parents") else "L'avocat"
    text = (
        f"{claimant} a affirmé que le procès du maire était truqué.\n\n"
        f"{denier} a démenti ces accusations."
    )
    doc = segment(text, "fr")
    said = _attribution(doc, claimant, "a affirmé", "que le procès du maire était truqué")
    (denial,) = extract_denials(doc, attributions=[said])
    assert denial.answers == answered


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "« Ces informations sont fausses », selon un porte-parole du ministère.",
            "un porte-parole du ministère",
            "selon",
        ),
        (
            "Le rectorat a dit ne pas vouloir « commenter une rumeur totalement infondée ».",
            "Le rectorat",
            "a dit",
        ),
    ],
)
def test_quotation_speaker_from_incise_or_only_speaker(text: str, source: str, cue: str) -> None:
    doc = segment(text, "fr")
    said = _attribution(doc, source, cue, kind="official_unnamed")
    (denial,) = extract_denials(doc, attributions=[said])
    assert denial.denier == said.source


def test_pronoun_denier_takes_the_last_named_person() -> None:
    text = "Le député Paul Martin a répondu aux journalistes. Il a démenti ces informations."
    doc = segment(text, "fr")
    said = _attribution(doc, "Le député Paul Martin", "a répondu", kind="named_person")
    (denial,) = extract_denials(doc, attributions=[said])
    assert denial.denier is not None and denial.denier.span.text == "Il"
    assert denial.denier.antecedent == said.source.span
    assert denial.denier.kind == "named_person"
    # "il" stands for a person: an outlet named before is no antecedent.
    text = "Le journal a publié l'enquête. Il a démenti ces informations."
    doc = segment(text, "fr")
    said = _attribution(doc, "Le journal", "a publié", kind="media_relay")
    (denial,) = extract_denials(doc, attributions=[said])
    assert denial.denier is not None and denial.denier.antecedent is None


def test_denial_in_title_may_answer_a_later_claim() -> None:
    title = "Moscow denies the reports on its jets in Syria"
    text = f"{title}\n\nA newspaper reported that Russian jets landed in Syria on Monday."
    doc = segment(text, "en", title=Span(0, len(title), title))
    claim = _attribution(doc, "A newspaper", "reported", "Russian jets landed in Syria on Monday")
    (denial,) = extract_denials(doc, attributions=[claim])
    assert denial.in_title and denial.in_lede and denial.position == 0.0
    assert denial.paragraph == -1 and denial.answers == 0 and denial.distance_paragraphs == -1
    # A denial that tells its claim itself answers itself: what the article
    # goes on to tell may be another claim on the same affair.
    title = "Moscow denies that Russian jets landed in Syria"
    text = f"{title}\n\nA newspaper reported that Russian jets landed in Syria on Monday."
    doc = segment(text, "en", title=Span(0, len(title), title))
    claim = _attribution(doc, "A newspaper", "reported", "Russian jets landed in Syria on Monday")
    (denial,) = extract_denials(doc, attributions=[claim])
    assert denial.answers == denial.sentence == -1


def test_claim_by_the_denier_is_not_an_answer() -> None:
    text = (
        "Trucks queued all week at the closed border crossing.\n\n"
        "The ministry said the border crossing was calm.\n\n"
        "The ministry denied that the border crossing was closed."
    )
    doc = segment(text, "en")
    own = _attribution(doc, "The ministry", "said", "the border crossing was calm")
    (denial,) = extract_denials(doc, attributions=[own])
    # No attributed claim by someone else: an earlier sentence sharing three
    # content words is taken, never the denier's own claim.
    assert (denial.answers, denial.distance_paragraphs) == (0, 2)
    # Two words shared by a sentence told as no claim are not enough: with no
    # earlier claim, the denial's own clause ("that the border crossing was
    # closed") tells it.
    doc = segment(text.replace("Trucks queued all week at the closed", "The"), "en")
    own = _attribution(doc, "The ministry", "said", "the border crossing was calm")
    assert extract_denials(doc, attributions=[own])[0].answers == 2
    doc = segment("The ministry said the talks went well.\n\nThe ministry denied it.", "en")
    own = _attribution(doc, "The ministry", "said", "the talks went well")
    assert extract_denials(doc, attributions=[own])[0].answers is None


@pytest.mark.parametrize(
    ("text", "lede"),
    [
        (
            "A long first paragraph, a real lede with a dozen words or more.\n\nX denied it.",
            False,
        ),
        ("UPDATE: new statement.\n\nThe ministry denied the report.", True),
    ],
)
def test_lede_is_first_paragraph_or_two_after_a_kicker(text: str, lede: bool) -> None:
    (denial,) = extract_denials(segment(text, "en"), attributions=[])
    assert denial.in_lede is lede


def test_coordinated_verb_shares_the_denier() -> None:
    found = _found(
        "Korovin categorically denies taking the selfie and also denies the biopsy.", "en"
    )
    assert found == [("denies", "Korovin"), ("denies", "Korovin")]


def test_unknown_language_and_empty_text() -> None:
    assert extract_denials(segment("Der Minister dementierte.", "de"), attributions=[]) == []
    assert extract_denials(segment("", "en"), attributions=[]) == []


def test_lexicon_sections_in_both_languages() -> None:
    for lang in ("en", "fr"):
        lexicon = load_lexicon(lang)
        for section in (
            "denial",
            "denial.object",
            "denial.claim",
            "denial.predicate",
            "denial.not",
            "stopwords",
        ):
            assert lexicon[section], (lang, section)


def test_public_api() -> None:
    assert denials.__all__ == ["extract_denials"]


@pytest.mark.skipif(
    not (SEEDS / SEED).is_file(), reason="reference article ../shared/seeds not found"
)
def test_reference_article() -> None:
    from framing.pipeline import prepare

    doc = prepare((SEEDS / SEED).read_text(encoding="utf-8")).document
    found = extract_denials(doc)
    assert len(found) == 2
    narrative, quoted = found
    assert narrative.span.text == "ont été réfutées"
    assert narrative.denier is not None
    assert narrative.denier.span.text == "des sources officielles russes"
    assert narrative.denier.kind == "official_unnamed"
    assert quoted.span.text.startswith("Aucune délocalisation")
    assert quoted.span.text.endswith("n'a eu lieu")
    assert quoted.denier is not None
    assert quoted.denier.span.text == "un représentant du département russe de la Défense"
    assert quoted.denier.kind == "official_unnamed"
    claim = next(s for s in doc.sentences if s.text.startswith("Récemment, l'édition israélienne"))
    for denial, distance in ((narrative, 1), (quoted, 2)):
        assert denial.position > 0.5 and not denial.in_lede and not denial.in_title
        assert denial.answers == claim.index and denial.answers_paragraph == 3
        assert denial.distance_paragraphs == distance
    assert (narrative.paragraph, quoted.paragraph) == (4, 5)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["en", "fr"]))
def test_never_raises_and_spans_are_exact(text: str, lang: str) -> None:
    doc = segment(text, lang)
    for denial in extract_denials(doc, attributions=[]):
        assert doc.text[denial.span.start : denial.span.end] == denial.span.text
        if denial.denier is not None:
            span = denial.denier.span
            assert doc.text[span.start : span.end] == span.text
            assert denial.denier.kind in SOURCE_KINDS
        assert 0.0 <= denial.position <= 1.0


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Le Kremlin a démenti ces informations. ",
                "« Tout cela est faux », a dit le ministre. ",
                "The ministry denied the report. ",
                "\n\n",
                "Officials said jets landed. ",
                "« ",
                '"',
                "n'a jamais eu lieu ",
            ]
        ),
        max_size=12,
    ),
    st.sampled_from(["en", "fr"]),
)
def test_never_raises_on_denial_like_text(pieces: list[str], lang: str) -> None:
    doc = segment("".join(pieces), lang)
    for denial in extract_denials(doc):
        assert doc.text[denial.span.start : denial.span.end] == denial.span.text


# ------------------------------------------- answers: claims the denial tells


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A clause for object tells the claim; with nothing earlier, its own.
        ("Rain fell.\n\nThe mayor denied having met the developer before the vote.", "en", 1),
        ("Il a plu.\n\nLe maire a nié avoir rencontré le promoteur avant le vote.", "fr", 1),
        ("Il a plu.\n\nLe maire dément que la mairie ait financé le stade.", "fr", 1),
        # The French conditional after the cue tells a claim too.
        (
            "Il a plu.\n\nLa maire a réfuté la thèse d'habitants qui fuiraient la ville en masse.",
            "fr",
            1,
        ),
        # A relative whose clitic takes up the accusation around it.
        (
            "Il a plu.\n\nDes experts accusent le voisin, qui le nie, de soutenir les rebelles.",
            "fr",
            1,
        ),
        # A claim noun with its participle and no verb of its own points to
        # the sentence before when that one tells a claim.
        (
            "Le conseiller aurait traité le maire de menteur en séance.\n\n"
            "Une version fermement démentie par l'intéressé.",
            "fr",
            0,
        ),
        ("The guard allegedly beat a prisoner.\n\nClaims denied by the prison service.", "en", 0),
    ],
)
def test_answers_when_the_denial_tells_its_claim(text: str, lang: str, expected: int) -> None:
    denial = extract_denials(segment(text, lang), attributions=[])[0]
    assert denial.answers == expected


def test_answer_by_the_deniers_name_alone() -> None:
    # The earlier report shares no word with the denial but the denier's name.
    text = (
        "Several newspapers reported that the suspect had been seen at Harbour Club.\n\n"
        "Harbour Club denied that he was ever a customer."
    )
    doc = segment(text, "en")
    report = _attribution(
        doc, "Several newspapers", "reported", "the suspect had been seen at Harbour Club"
    )
    (denial,) = extract_denials(doc, attributions=[report])
    assert (denial.answers, denial.distance_paragraphs) == (0, 1)
    # "the president" is no name: a role shared is no evidence.
    text = (
        "Several newspapers reported that the suspect had met the president.\n\n"
        "The president denied that he had ever invited anyone."
    )
    doc = segment(text, "en")
    report = _attribution(doc, "Several newspapers", "reported", "the suspect had met")
    assert extract_denials(doc, attributions=[report])[0].answers == 1


def test_short_quote_opening_with_a_predicate_points_back() -> None:
    text = (
        "A tabloid reported that the singer had bought a football club.\n\n"
        '"Untrue and ridiculous," a spokeswoman said in an email.'
    )
    doc = segment(text, "en")
    attributions = [
        _attribution(doc, "A tabloid", "reported", "the singer had bought a football club"),
        _attribution(doc, "a spokeswoman", "said", "Untrue and ridiculous", "official_unnamed"),
    ]
    (denial,) = extract_denials(doc, attributions=attributions)
    assert denial.answers == 0


def test_second_denial_of_a_sentence_answers_the_same_claim() -> None:
    text = (
        "The Gazette reported that the company had hidden its losses for years.\n\n"
        "Acme denied the accusation, saying: "
        '"Suggesting that we hid anything from investors is simply untrue."'
    )
    doc = segment(text, "en")
    report = _attribution(
        doc, "The Gazette", "reported", "the company had hidden its losses for years"
    )
    denials_found = extract_denials(doc, attributions=[report])
    assert [d.answers for d in denials_found] == [0, 0]


def test_a_denial_repeated_earlier_is_not_its_claim() -> None:
    # « "Aucune dissimulation", assure le ministère » says what the later denial
    # says: the accusation is the claim answered.
    text = (
        "L'opposition accuse le gouvernement de dissimulation des chiffres.\n\n"
        '"Aucune dissimulation", assure le ministère.\n\n'
        "Le gouvernement a démenti vendredi toute dissimulation."
    )
    doc = segment(text, "fr")
    attributions = [
        _attribution(doc, "L'opposition", "accuse"),
        _attribution(doc, "le ministère", "assure", "Aucune dissimulation"),
    ]
    denial = extract_denials(doc, attributions=attributions)[-1]
    assert denial.answers == 0


def _pronoun_denial(text: str, lang: str, attributions=()) -> tuple[str | None, int | None]:
    doc = segment(text, lang)
    (denial,) = extract_denials(doc, attributions=list(attributions))
    assert denial.denier is not None
    ante = denial.denier.antecedent
    return (None if ante is None else ante.text), denial.answers


def test_pronoun_takes_the_subject_of_its_own_sentence() -> None:
    text = (
        "Agents said the aide had met a foreign banker. "
        "Halvorsen pleaded guilty because he denied he had met the banker in March."
    )
    said = _attribution(segment(text, "en"), "Agents", "said", kind="official_unnamed")
    assert _pronoun_denial(text, "en", [said])[0] == "Halvorsen"
    text = (
        "Le président Paul Granier s'est rendu mardi à Lille, où il a démenti "
        "toute rencontre avec le banquier."
    )
    assert _pronoun_denial(text, "fr")[0] == "Le président Paul Granier"


def test_incise_after_a_quotation_has_its_subject_after_the_verb() -> None:
    text = "« C'est absolument faux », dément de son côté le chef d'état-major."
    assert _found(text, "fr") == [("dément", "le chef d'état-major")]


def test_pronoun_takes_the_subject_of_the_sentence_before() -> None:
    text = (
        "L'avocat du cycliste, Marc Vidal, a déposé plainte lundi. "
        "« Mon client garantit que personne n'était dehors », réfute-t-il."
    )
    ante, _ = _pronoun_denial(text, "fr")
    assert ante is not None and ante.startswith("L'avocat")


def test_common_noun_opening_a_sentence_is_no_antecedent() -> None:
    # "Presidents" opens its sentence with a capital, and the article has the
    # word in lower case too: a common noun, not a name.
    text = (
        "Presidents have wide powers over pardons, which presidents use freely. "
        "He denied the reports."
    )
    assert _pronoun_denial(text, "en")[0] is None


def test_denial_telling_its_claim_is_not_answered_by_an_old_claim() -> None:
    text = (
        "Critics said the senator's campaign courted delegates in Ohio.\n\n"
        + "\n\n".join(f"Paragraph {n} is about the weather in the valley." for n in range(4))
        + "\n\nThe senator dismissed the notion that his campaign had missed chances "
        "to win delegates in Ohio."
    )
    doc = segment(text, "en")
    said = _attribution(doc, "Critics", "said", "the senator's campaign courted", "anonymous")
    (denial,) = extract_denials(doc, attributions=[said])
    assert denial.answers == denial.sentence


def test_bare_denial_answers_the_accusation_told_nearer() -> None:
    text = (
        "Bernard Lemaire a racheté un journal régional. "
        "Il est accusé d'avoir financé une liste électorale. "
        "Contacté par la presse, Lemaire nie en bloc."
    )
    doc = segment(text, "fr")
    (denial,) = extract_denials(doc, attributions=[])
    assert denial.answers == 1


def test_described_denier_named_in_a_claim() -> None:
    text = (
        "Le témoin affirme qu'un garde du corps aurait vidé le coffre du ministère. "
        "Le garde du corps nie avoir aidé."
    )
    doc = segment(text, "fr")
    said = _attribution(doc, "Le témoin", "affirme", kind="official_unnamed")
    (denial,) = extract_denials(doc, attributions=[said])
    assert denial.answers == 0


def test_deprived_of_abortion_or_a_ban_is_no_denial() -> None:
    assert _found("Women denied abortions face years of hardship, a study finds.", "en") == []
    assert _found("The House voted hours after denying an assault rifle ban.", "en") == []


def test_accused_by_someone_of_is_a_claim_marker() -> None:
    lex = denials._lexicon("fr")
    doc = segment("Le club est accusé par la ligue d'avoir truqué des matchs.", "fr")
    s = next(doc.all_sentences())
    assert lex.claim_marker.search(doc.text, s.start, s.end) is not None


def test_french_pronoun_may_take_an_organisation_subject() -> None:
    text = (
        "L'Association des anciens combattants milite pour une plaque. "
        "Elle réfute le fait que le soldat ait déserté."
    )
    assert _pronoun_denial(text, "fr")[0] == "L'Association"
    # "she" stays a person in English.
    text = "The Association campaigns for a plaque. She denied the reports."
    assert _pronoun_denial(text, "en")[0] is None


def test_hyphenated_word_stays_in_the_denier() -> None:
    text = "He met the prince's 82-year-old father, who denied the reports."
    assert _found(text, "en") == [("denied", "the prince's 82-year-old father")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A bare noun is a denial when a frame names its author.
        ("Voters doubted the Kremlin's denial.", "en", [("denial", "the Kremlin")]),
        ("The aide repeated the senators' denials.", "en", [("denials", "the senators")]),
        ("Critics ignored denials by the company.", "en", [("denials", "the company")]),
        (
            "Despite a denial from the ministry, the probe went on.",
            "en",
            [("denial", "the ministry")],
        ),
        ("Despite the White House denials, agents stayed.", "en", [("denials", "White House")]),
        (
            "Malgré les dénégations du ministère, l'enquête continue.",
            "fr",
            [("dénégations", "ministère")],
        ),
        ("Le démenti de l'Élysée est arrivé lundi.", "fr", [("démenti", "l'Élysée")]),
        (
            "La rumeur persiste malgré les démentis répétés de la mairie.",
            "fr",
            [("démentis", "la mairie")],
        ),
    ],
)
def test_bare_denial_noun_with_its_author(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The firm was hit by a denial of service attack.", "en"),
        ("Holocaust denial is a crime in several countries.", "en"),
        ("The senator's climate change denial angered activists.", "en"),
        ("The president's denial of entry to refugees was criticised.", "en"),
        ("The agency's denial rate for visas rose.", "en"),
        ("The applicant's visa denial was upheld.", "en"),
        ("The agency reversed its denial before a judge ruled.", "en"),
        ("He has been in denial about his debts for years.", "en"),
        ("The denial came late.", "en"),
        ("Elle souffrait d'un déni de grossesse.", "fr"),
        ("Le démenti de cette information a tardé.", "fr"),
        ("Il rédige alors le démenti.", "fr"),
    ],
)
def test_denial_noun_without_author_or_of_refusal(text: str, lang: str) -> None:
    assert _found(text, lang) == []


def test_possessive_denier_takes_the_name_before_it() -> None:
    text = "Despite the verdict, Smith sued Jones over her denial of the allegations."
    doc = segment(text, "en")
    (denial,) = extract_denials(doc, attributions=[])
    assert denial.denier is not None and denial.denier.span.text == "her"
    assert denial.denier.antecedent is not None
    assert denial.denier.antecedent.text == "Jones"
    text = "Le maire est accusé de fraude. Son démenti n'a convaincu personne."
    doc = segment(text, "fr")
    (denial,) = extract_denials(doc, attributions=[])
    assert denial.denier is not None and denial.denier.antecedent is not None
    assert denial.denier.antecedent.text == "Le maire"
    assert denial.answers == 0


def test_the_verb_still_wins_over_a_repeated_noun() -> None:
    text = "The minister denied the report, repeating his denial on Monday."
    assert _found(text, "en") == [("denied", "The minister")]


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Le ministre pour sa part dément toute implication.", "Le ministre"),
        ("Le club de son côté a démenti ces informations.", "Le club"),
        ("Le maire, quant à lui, a nié ces accusations.", "Le maire"),
        ("Le chef de l'Etat devant ses partisans a nié ces accusations.", "Le chef de l'Etat"),
        ("Le lycéen le matin-même a nié ces accusations.", "Le lycéen"),
    ],
)
def test_french_denier_without_its_adjuncts(text: str, denier: str) -> None:
    ((_, found),) = _found(text, "fr")
    assert found == denier


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Despite Trump's denial, sources confirmed the remark.", "Trump"),
        ("A friend lent some credence to Kavanaugh's denial.", "Kavanaugh"),
        ("Days of denials by the Saudi leadership it seems were futile.", "the Saudi leadership"),
        ("The former White House aide's denial was brief.", "The former White House aide"),
    ],
)
def test_denial_noun_author_without_the_words_around_it(text: str, denier: str) -> None:
    assert [d for _, d in _found(text, "en")] == [denier]


def test_capitalised_denial_inside_a_name_is_no_cue() -> None:
    assert _found("Police tested the Active Denial System on crowds.", "en") == []


def test_refusals_of_a_person_or_a_coverage_are_no_denials() -> None:
    assert _found("When the House denies him, he negotiates.", "en") == []
    assert _found("Employers may deny birth control coverage to their staff.", "en") == []
    assert _found("She kept a list of employees' denials that were overturned.", "en") == []


def test_agent_after_an_adverbial_phrase() -> None:
    text = "Des accusations lourdes réfutées en bloc par la députée."
    assert _found(text, "fr") == [("réfutées", "la députée")]


def test_an_inquiry_into_whether_tells_a_claim() -> None:
    text = (
        "The Senate confirmed the judge on Thursday. "
        "Prosecutors are investigating whether the senator took bribes from the firm. "
        "The senator denies any bribes."
    )
    (denial,) = extract_denials(segment(text, "en"), attributions=[])
    assert denial.answers == 1


def test_compound_denial_noun_is_no_cue() -> None:
    assert _found("Their monitoring saw denial-of-service attacks on the bank.", "en") == []
    assert _found("Critics mocked his denial-plagued leadership.", "en") == []


def test_possessor_stops_at_a_time_adjunct() -> None:
    text = "The host earlier this year repeated President Ivan Petrov's denials."
    assert _found(text, "en") == [("denials", "President Ivan Petrov")]


def test_a_sentence_about_a_denial_is_not_the_claim() -> None:
    text = (
        "A newspaper reported that the mayor took bribes from a builder.\n\n"
        "Aides said the note about the bribes from the builder amounted to a denial.\n\n"
        "The mayor denied taking bribes from the builder."
    )
    denial = extract_denials(segment(text, "en"))[-1]
    assert denial.answers == 0


def test_first_person_subject_of_a_denial_noun_is_the_quoted_speaker() -> None:
    text = (
        "Des médias affirment que le ministre prépare un livre. "
        '"Je me suis tu longtemps, mais je voulais simplement apporter un démenti '
        'catégorique", a déclaré le ministre.'
    )
    doc = segment(text, "fr")
    said = _attribution(doc, "le ministre.", "a déclaré", kind="official_unnamed")
    (denial,) = extract_denials(doc, attributions=[said])
    assert denial.denier is not None and denial.denier.span.text.startswith("le ministre")


def _found_with_sources(text: str) -> list[tuple[str, str | None]]:
    """Denials found with the attributions the sources extractor reads."""
    return [
        (d.span.text, None if d.denier is None else d.denier.span.text)
        for d in extract_denials(segment(text, "en"))
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Refusals: the participle as an adjective, people refused something,
        # things granted or withheld.
        "The rate of denied purchases fell below one percent last year.",
        "The checks are good at denying those who are barred from buying guns.",
        "Party leaders are working to deny Mr. Lopez the nomination.",
        "Rival delegates hope to deny anyone a majority at the convention.",
        "The law denies gay couples the rights granted to other couples.",
        "Lawmakers left the state to deny a quorum, and crowds filled the streets.",
        "State police sometimes deny the sale but cannot arrest the buyer.",
        "The office denied security clearances to about 25 applicants.",
        "Couples cannot receive the benefits denied by the statute until the ruling.",
        "Activists crossed the border after their march was denied.",
        # Negated, planned or hoped-for denials.
        "By not addressing or refuting the reports, the mayor let them spread.",
        "A spokesman said he couldn't confirm, deny or comment on the case.",
        "The committee sees no reason to dispute the conclusions of the agencies.",
        "His rivals would spread the plan in order to refute the senator.",
        # Labels that insult an outlet or qualify a noun, phrasal verbs.
        'The senator often calls the media "fake news" when he is criticised.',
        "His supporters called Planet Daily fake news within minutes.",
        "He has repeatedly called global warming a hoax.",
        "Baristas called out wrong names all morning.",
        'A group called Grey Owl "created fake personas to spread stories," the executive said.',
        # Experts and fact-checkers, not parties.
        "Surgeons have also dismissed the possibility of the photo being real.",
        "Fact-checking outlets debunk such rumours every day.",
        # Terms and qualifiers, not predicates.
        "Now people are reading fake news, or only news that suits them.",
        'Veterans groups oppose false "privatization" efforts, the report said.',
        # Alternatives, lists, evidence and rulings.
        "The survey did not say whether the claims were true or false, the authors said.",
        "Filing false, erroneous, or incomplete forms is punished, the agency said.",
        "Other witnesses could verify or refute parts of the story.",
        "The warnings could have helped rebut the claims before they spread.",
        "The judge later dissented, denying a rehearing for the nuns.",
        # Concessions, futures, refusing to acknowledge a quality.
        "It is not to deny the brutality of the war to compare it with others.",
        "The ministry will deny the report tomorrow.",
        "They will keep trying to deny our equality.",
        "The governor continues to deny the science, the union said.",
        # Participles qualifying a noun, rulings, admissions.
        "The senator doubles down on disputed claim about the fund.",
        "The judge overseeing the case has rejected many of the allegations.",
        "She admitted that the explanation she gave to reporters was false, aides said.",
        '"They fell out when that didn\'t happen," a source said.',
        '"The formal notice did not happen until Monday," the senator said.',
    ],
)
def test_english_non_denials(text: str) -> None:
    assert _found_with_sources(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # A claim that defines the subject: the main clause is not its speaker's.
        "The woman who claimed she had a third arm was lying and the story is a hoax.",
        # The journalist's comment after a comma, not the reported speaker's.
        "The minister also warns the reform would ruin the service, but that too is incorrect.",
        "If anybody ever tells you that the pills are safe, it's not true.",
        # Predictions, hopes, firsts and refusals to take part.
        'He worried that the book would be "inaccurate," an aide said.',
        '"I am hoping it is not true," said one neighbour.',
        '"This has never happened to any mayor before," the mayor said.',
        '"If you say that again, I will have nothing to do with you," he told his brother.',
        # An expert named after a role: a finding, not a party.
        'Plastic surgeon John Novak told the paper: "I believe this is a hoax."',
    ],
)
def test_english_predicates_without_a_party(text: str) -> None:
    assert _found_with_sources(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They all denied the charges.", [("denied", "They all")]),
        ("The ministry was quick to dismiss the reports.", [("dismiss", "The ministry")]),
        ("Moscow denied the existence of the plan.", [("denied", "Moscow")]),
        ("Putin once more denied the accusations.", [("denied", "Putin")]),
        ("She called the report fake news.", [("called the report fake news", "She")]),
        (
            'The studio called those reports "patently ridiculous."',
            [('called those reports "patently ridiculous', "The studio")],
        ),
        (
            'Trump spoke on Sunday, describing the leaks as "fabricated lies."',
            [('describing the leaks as "fabricated', "Trump")],
        ),
    ],
)
def test_english_denials_kept(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _found(text, "en") == expected


def test_relative_with_a_comma_keeps_its_speaker() -> None:
    found = _found_with_sources("Mr. Hale, who said the story was untrue, resigned on Monday.")
    assert [cue for cue, _ in found] == ["untrue"]


def test_an_outlet_calling_a_story_fake_is_a_fact_check() -> None:
    text = "The woman's story is fake, according to the Daily Gazette."
    doc = segment(text, "en")
    relay = _attribution(
        doc, "the Daily Gazette", "according to", "The woman's story is fake", "media_relay"
    )
    assert extract_denials(doc, attributions=[relay]) == []
    party = _attribution(doc, "the Daily Gazette", "according to", "The woman's story is fake")
    assert [d.span.text for d in extract_denials(doc, attributions=[party])] == ["is fake"]


@pytest.mark.parametrize(
    "text",
    [
        'The council met on Monday to discuss the budget. The mayor said: "Some people say '
        'I took bribes from the builder. That is completely untrue."',
        'The council met on Monday to discuss the budget. "They accused me of taking bribes '
        'from the builder. It is a lie and I deny it," the mayor said.',
    ],
)
def test_a_denier_quoting_the_claim_answers_it(text: str) -> None:
    (denial,) = extract_denials(segment(text, "en"))
    assert denial.answers == 1


def test_the_denier_s_own_words_are_not_the_claim_without_a_marker() -> None:
    text = (
        "A newspaper reported that the mayor took bribes. The council met on Monday. "
        '"I love this city. That is completely untrue," the mayor said.'
    )
    (denial,) = extract_denials(segment(text, "en"))
    assert denial.answers == 0


def test_a_reason_that_never_happened_still_denies() -> None:
    text = '"Because this never happened, I had no idea who made the accusation," the nominee said.'
    assert [cue for cue, _ in _found_with_sources(text)] == ["never happened"]
