"""Tests for framing.corpus: every reader, every way input can be bad."""

from __future__ import annotations

import csv
import gzip
import io
import json
import lzma
import sys
import warnings
from pathlib import Path

import pytest

from framing.article import Article
from framing.corpus import (
    SUPPORTED_SUFFIXES,
    BadRecordWarning,
    decode_bytes,
    read_articles,
)
from framing.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    RecordError,
)

PARAGRAPHS = [
    "The transport minister on Tuesday denied a newspaper report that the government had "
    "secretly agreed to sell the northern port to a foreign consortium, calling it baseless.",
    "According to two officials who spoke on condition of anonymity, talks with the "
    "consortium had been under way since January and a draft agreement was circulated.",
    "Opposition lawmakers said they would demand a parliamentary inquiry if the ministry "
    "did not publish the documents by the end of the month.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Minister denies report on port deal | Daily Herald</title>
<meta property="og:site_name" content="Daily Herald">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<link rel="canonical" href="https://example.org/news/port-deal">
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<header><div class="logo">Daily Herald</div><a href="/subscribe">Subscribe now</a></header>
<main><article>
<h1>Minister denies report on port deal</h1>
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
<p>{PARAGRAPHS[2]}</p>
</article></main>
<footer><p>Copyright 2024 Daily Herald Media Group. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/cookies">Cookie settings</a></footer>
</body>
</html>
"""


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def jsonl(*records: object) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def read_all(source, **kwargs) -> tuple[list[Article], list[RecordError]]:
    errors: list[RecordError] = []
    articles = list(read_articles(source, on_error=errors.append, **kwargs))
    return articles, errors


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    class FakeStdin:
        buffer = io.BytesIO(data)

    monkeypatch.setattr(sys, "stdin", FakeStdin())


# --------------------------------------------------------------------------- plain text


def test_single_txt_is_one_article(tmp_path):
    text = "Headline here\n\nFirst paragraph.\n\nSecond paragraph.\n"
    path = write(tmp_path / "story-01.txt", text)
    (article,) = read_articles(path)
    assert article == Article(id="story-01", text=text, origin=str(path))
    assert article.title is None


def test_str_path_and_lang_override(tmp_path):
    write(tmp_path / "a.txt", "Bonjour.")
    (article,) = read_articles(str(tmp_path / "a.txt"), lang="fr")
    assert article.lang == "fr"


def test_txt_holding_html_goes_through_html_path(tmp_path):
    path = write(tmp_path / "saved-page.txt", "\n  " + PAGE)
    (article,) = read_articles(path)
    assert article.text.split("\n\n") == PARAGRAPHS
    assert "HTML" in article.meta["note"]
    assert article.id == "saved-page"


def test_utf16_txt_with_bom(tmp_path):
    path = write(tmp_path / "u16.txt", "Déjà vu, l’été.".encode("utf-16"))
    (article,) = read_articles(path)
    assert article.text == "Déjà vu, l’été."
    assert article.meta == {"encoding": "utf-16"}


# --------------------------------------------------------------------------- decoding


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("l’été".encode(), "l’été", "utf-8"),
        (b"\xef\xbb\xbfhello", "hello", "utf-8-sig"),
        (b"l\x92\xe9t\xe9", "l’été", "cp1252"),
        (b"caf\xe9 \x81", "café \x81", "latin-1"),  # 0x81 is undefined in cp1252
        (b"", "", "utf-8"),
    ],
)
def test_decode_bytes(data, text, encoding):
    assert decode_bytes(data, source="x") == (text, encoding)


def test_decode_bytes_rejects_broken_utf16():
    with pytest.raises(InputError, match=r"x\.txt: .*UTF-16"):
        decode_bytes(b"\xff\xfea\x00\x00\xd8", source="x.txt")


@pytest.mark.parametrize(
    ("name", "data", "text", "encoding"),
    [
        ("cp.txt", b"L\x92enqu\xeate a \xe9t\xe9 close.", "L’enquête a été close.", "cp1252"),
        ("l1.txt", b"Caf\xe9 \x8d ouvert.", "Café \x8d ouvert.", "latin-1"),
        ("cp.jsonl", b'{"text": "L\x92\xe9t\xe9"}\n', "L’été", "cp1252"),
        ("cp.csv", b"title;text\nT;l\x92\xe9t\xe9\n", "l’été", "cp1252"),
    ],
)
def test_non_utf8_files_are_decoded_and_marked(tmp_path, name, data, text, encoding):
    (article,) = read_articles(write(tmp_path / name, data))
    assert article.text == text
    assert article.meta["encoding"] == encoding


def test_stray_cp1252_byte_after_the_sniffed_head_does_not_crash(tmp_path):
    head = jsonl(*({"text": f"record {i} " + "x" * 1000} for i in range(1100)))
    assert len(head) > 1 << 20
    path = write(tmp_path / "late.jsonl", head.encode() + b'{"text": "caf\xe9 cr\xe8me"}\n')
    articles, errors = read_all(path)
    assert not errors
    assert articles[-1].text == "café crème"


def test_multibyte_character_cut_at_sniff_boundary_stays_utf8(tmp_path):
    prefix = '{"text": "'
    filler = "a" * ((1 << 20) - len(prefix) - 1)  # "é" straddles the 1 MB boundary
    path = write(tmp_path / "cut.jsonl", prefix + filler + 'é"}\n')
    (article,) = read_articles(path)
    assert article.text.endswith("aé")
    assert "encoding" not in article.meta


# --------------------------------------------------------------------------- JSONL


@pytest.mark.parametrize(
    ("key", "attribute"),
    [
        *((k, "text") for k in ["text", "content", "body", "article", "maintext", "story"]),
        *((k, "title") for k in ["title", "headline", "heading"]),
        *((k, "outlet") for k in ["outlet", "source", "publication", "publisher", "site", "media"]),
        *((k, "date") for k in ["date", "published", "publish_date", "date_publish", "pubdate"]),
        *((k, "url") for k in ["url", "link"]),
        *((k, "lang") for k in ["lang", "language"]),
        *((k, "id") for k in ["id", "doc_id", "article_id", "uid"]),
        ("TEXT", "text"),
        ("Headline", "title"),
        ("URL", "url"),
    ],
)
def test_jsonl_field_aliases(tmp_path, key, attribute):
    record = {"body_of_work": "kept", key: "value 1"}
    if attribute != "text":
        record["text"] = "Some text."
    path = write(tmp_path / "a.jsonl", jsonl(record))
    (article,) = read_articles(path)
    assert getattr(article, attribute) == "value 1"
    assert article.meta == {"body_of_work": "kept"}


def test_jsonl_ids_labels_meta_and_origin(tmp_path):
    records = [
        {"id": 17, "text": "One.", "bias": "left", "label": 0, "stance": "agree"},
        {"text": "Two.", "bias": "right", "tags": ["a", "b"], "score": None},
    ]
    path = write(tmp_path / "news.jsonl", jsonl(records[0]) + "\n" + jsonl(records[1]))
    first, second = read_articles(path)
    assert first.id == "17"
    assert first.meta == {"bias": "left", "label": 0, "stance": "agree"}
    assert second.id == "news-3"  # 1-based physical line, the blank line counts
    assert second.origin == f"{path}:3"
    assert second.meta == {"bias": "right", "tags": ["a", "b"], "score": None}


def test_jsonl_first_alias_wins_and_others_stay_in_meta(tmp_path):
    path = write(tmp_path / "a.jsonl", jsonl({"content": "second", "text": "first"}))
    (article,) = read_articles(path)
    assert article.text == "first"
    assert article.meta == {"content": "second"}


@pytest.mark.parametrize("name", ["a.jsonl.gz", "a.jsonl.xz", "a.ndjson", "A.JSONL"])
def test_jsonl_variants(tmp_path, name):
    data = jsonl({"text": "Un.", "lang": "fr"}, {"text": "Deux."}).encode()
    if name.endswith(".gz"):
        data = gzip.compress(data)
    elif name.endswith(".xz"):
        data = lzma.compress(data)
    articles = list(read_articles(write(tmp_path / name, data)))
    stem = name.split(".")[0]
    assert [a.text for a in articles] == ["Un.", "Deux."]
    assert [a.id for a in articles] == [f"{stem}-1", f"{stem}-2"]
    assert articles[0].lang == "fr"


def test_jsonl_crlf_and_lang_override(tmp_path):
    data = jsonl({"text": "One.", "lang": "fr"}, {"text": "Two."}).replace("\n", "\r\n")
    articles = list(read_articles(write(tmp_path / "a.jsonl", data), lang="en"))
    assert [(a.text, a.lang) for a in articles] == [("One.", "en"), ("Two.", "en")]


BAD_LINES = [
    ('{"text": "broken', "not valid JSON"),
    ("[1, 2]", "JSON array is not an article"),
    ('"just a string"', "JSON string is not an article"),
    ('{"title": "no text here"}', "no text field"),
    ('{"text": ""}', "is empty"),
    ('{"text": "   "}', "is empty"),
    ('{"text": null}', "is empty"),
    ('{"text": ["a", "b"]}', "is a array, not a string"),
    ('{"text": "ok", "title": 3}', "'title' field is a number"),
]


@pytest.mark.parametrize(("bad_line", "message"), BAD_LINES)
def test_jsonl_bad_record_is_reported_and_reading_goes_on(tmp_path, bad_line, message):
    content = jsonl({"text": "Before."}) + bad_line + "\n" + jsonl({"text": "After."})
    path = write(tmp_path / "a.jsonl", content)
    articles, errors = read_all(path)
    assert [a.text for a in articles] == ["Before.", "After."]
    assert [(e.source, e.line) for e in errors] == [(str(path), 2)]
    assert message in str(errors[0])
    assert str(errors[0]).startswith(f"{path}:2: ")
    assert "\n" not in str(errors[0])


def test_default_on_error_warns(tmp_path):
    path = write(tmp_path / "a.jsonl", "{oops\n" + jsonl({"text": "Fine."}))
    with pytest.warns(BadRecordWarning, match=r"a\.jsonl:1: not valid JSON"):
        articles = list(read_articles(path))
    assert len(articles) == 1


def test_on_error_can_stop_the_read(tmp_path):
    path = write(tmp_path / "a.jsonl", "{oops\n" + jsonl({"text": "Fine."}))

    def strict(err: RecordError) -> None:
        raise err

    with pytest.raises(RecordError, match=r"a\.jsonl:1"):
        list(read_articles(path, on_error=strict))


def test_jsonl_without_any_text_field_is_a_file_error(tmp_path):
    path = write(tmp_path / "a.jsonl", jsonl({"headline": "H", "summary": "S"}))
    with pytest.raises(InputError, match=r"no text field .*'headline', 'summary'.*text_field="):
        list(read_articles(path))


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_text_field_override(tmp_path, suffix):
    if suffix == ".jsonl":
        content = jsonl({"text": "short", "full_text": "The full text."})
    else:
        content = "text,full_text\nshort,The full text.\n"
    (article,) = read_articles(write(tmp_path / f"a{suffix}", content), text_field="full_text")
    assert article.text == "The full text."
    assert article.meta == {"text": "short"}


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_absent_text_field_is_a_clear_error(tmp_path, suffix):
    content = jsonl({"text": "x"}) if suffix == ".jsonl" else "text\nx\n"
    path = write(tmp_path / f"a{suffix}", content)
    with pytest.raises(InputError, match=r"named 'body_text' .*'text'.*--text-field"):
        list(read_articles(path, text_field="body_text"))


# --------------------------------------------------------------------------- CSV / TSV


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.csv", 'id,Title,Text,bias\n1,First,"One, with comma.",left\n2,,Two.,right\n'),
        ("a.csv", "id;Title;Text;bias\n1;First;One, with comma.;left\n2;;Two.;right\n"),
        ("a.csv", "id\tTitle\tText\tbias\n1\tFirst\tOne, with comma.\tleft\n2\t\tTwo.\tright\n"),
        ("a.tsv", "id\tTitle\tText\tbias\n1\tFirst\tOne, with comma.\tleft\n2\t\tTwo.\tright\n"),
        (
            "a.csv",
            '\ufeffid,Title,Text,bias\r\n1,First,"One, with comma.",left\r\n2,,Two.,right\r\n',
        ),
    ],
    ids=["comma", "semicolon", "tab-in-csv", "tsv", "bom-crlf"],
)
def test_csv_dialects(tmp_path, name, content):
    first, second = read_articles(write(tmp_path / name, content))
    assert (first.id, first.title, first.text) == ("1", "First", "One, with comma.")
    assert (second.id, second.title, second.text) == ("2", None, "Two.")
    assert first.meta == {"bias": "left"}
    assert first.origin == f"{tmp_path / name}:2"


def test_csv_default_ids_multiline_fields_and_gz(tmp_path):
    rows = [["text", "label"], ["Para one.\n\nPara two.", "1"], ["Three.", "0"]]
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    path = write(tmp_path / "data.csv.gz", gzip.compress(buffer.getvalue().encode()))
    first, second = read_articles(path)
    assert first.text == "Para one.\n\nPara two."
    assert (first.id, second.id) == ("data-1", "data-2")
    assert second.origin == f"{path}:5"  # the csv reader's line number
    assert second.meta == {"label": "0"}


def test_csv_without_text_column_lists_columns(tmp_path):
    path = write(tmp_path / "a.csv", "headline,summary,label\nH,S,1\n")
    with pytest.raises(InputError) as info:
        list(read_articles(path))
    message = str(info.value)
    assert message.startswith(f"{path}: no text column")
    assert "'headline', 'summary', 'label'" in message
    assert "text_field=" in message and "--text-field" in message


@pytest.mark.parametrize(
    ("bad_row", "message"),
    [
        ("Extra,field,here", "has 3 fields but the header has 2"),
        ("Lonely", "has 1 fields but the header has 2"),
        ('"",T', "'text' field is empty"),
    ],
)
def test_csv_bad_row_is_reported_and_reading_goes_on(tmp_path, bad_row, message):
    path = write(tmp_path / "a.csv", f"text,title\nBefore.,A\n{bad_row}\nAfter.,B\n")
    articles, errors = read_all(path)
    assert [a.text for a in articles] == ["Before.", "After."]
    assert [(e.source, e.line) for e in errors] == [(str(path), 3)]
    assert message in str(errors[0])


def test_csv_ids_count_rows_not_lines(tmp_path):
    path = write(tmp_path / "a.csv", 'text\n"multi\nline"\nsecond\n')
    assert [a.id for a in read_articles(path)] == ["a-1", "a-2"]


# --------------------------------------------------------------------------- size limits


def test_too_long_text_is_reported(tmp_path):
    path = write(
        tmp_path / "a.jsonl", jsonl({"text": "x" * 5000}, {"text": "short"}, {"text": "y" * 101})
    )
    articles, errors = read_all(path, max_chars=100)
    assert [a.text for a in articles] == ["short"]
    assert [e.line for e in errors] == [1, 3]
    assert "5,000 characters, more than max_chars=100" in str(errors[0])


def test_huge_jsonl_line_is_skipped_without_parsing(tmp_path):
    # with max_chars=1000 the line guard is ~1 MB, so a 2 MB line stands for a 50 MB one
    path = write(tmp_path / "a.jsonl", jsonl({"text": "x" * 2_000_000}, {"text": "after"}))
    articles, errors = read_all(path, max_chars=1000)
    assert [a.text for a in articles] == ["after"]
    assert articles[0].id == "a-2"
    assert [e.line for e in errors] == [1]
    assert "longer than" in str(errors[0])


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_six_megabyte_record_does_not_crash(tmp_path, suffix):
    big = "word " * 1_200_000
    content = jsonl({"text": big}) if suffix == ".jsonl" else f"title,text\nBig,{big}\n"
    path = write(tmp_path / f"big{suffix}", content)
    (article,) = read_articles(path, max_chars=10_000_000)
    assert len(article.text) == len(big)
    articles, errors = read_all(path)  # the default max_chars is 5 million
    assert articles == [] and "more than max_chars=5,000,000" in str(errors[0])


def test_too_long_txt_is_reported(tmp_path):
    path = write(tmp_path / "a.txt", "z" * 500)
    articles, errors = read_all(path, max_chars=100)
    assert articles == [] and errors[0].source == str(path)


def test_max_chars_must_be_positive():
    with pytest.raises(ValueError, match="max_chars"):
        next(read_articles("whatever.txt", max_chars=0))


# --------------------------------------------------------------------------- HTML


@pytest.mark.parametrize("name", ["page.html", "page.HTM"])
def test_html_main_text_without_boilerplate(tmp_path, name):
    (article,) = read_articles(write(tmp_path / name, PAGE))
    assert article.text.split("\n\n") == PARAGRAPHS
    for boilerplate in ("Home", "World news", "Subscribe", "Copyright", "Privacy", "Cookie"):
        assert boilerplate not in article.text
    assert article.title == "Minister denies report on port deal"
    assert article.outlet == "Daily Herald"
    assert article.date == "2024-03-05"
    assert article.url == "https://example.org/news/port-deal"
    assert article.lang == "en"
    assert article.id == "page"
    assert article.origin == str(tmp_path / name)


def test_html_date_is_not_guessed_from_the_copyright_line(tmp_path):
    page = PAGE.replace('content="2024-03-05T10:00:00Z"', 'content=""')
    (article,) = read_articles(write(tmp_path / "page.html", page))
    assert article.date is None


def test_html_without_article_text_raises(tmp_path):
    page = "<html><head><title>App</title></head><body><script>render()</script></body></html>"
    path = write(tmp_path / "app.html", page)
    with pytest.raises(InputError, match="no article text could be extracted"):
        list(read_articles(path))


# --------------------------------------------------------------------------- stdin


@pytest.mark.parametrize(
    ("data", "expected_ids", "first_text"),
    [
        (jsonl({"text": "A."}, {"id": "b", "text": "B."}).encode(), ["stdin-1", "b"], "A."),
        (b"\n\n  " + jsonl({"text": "A."}).encode(), ["stdin-3"], "A."),
        (b"Plain text article.\n\nSecond paragraph.", ["stdin"], "Plain text article."),
        (PAGE.encode(), ["stdin"], PARAGRAPHS[0]),
        (b"Caf\xe9 cr\xe8me.", ["stdin"], "Café crème."),
    ],
    ids=["jsonl", "jsonl-after-blank-lines", "text", "html", "cp1252-text"],
)
def test_stdin(monkeypatch, data, expected_ids, first_text):
    feed_stdin(monkeypatch, data)
    articles = list(read_articles("-", lang="fr"))
    assert [a.id for a in articles] == expected_ids
    assert articles[0].text.startswith(first_text)
    assert all(a.lang == "fr" for a in articles)


def test_empty_stdin(monkeypatch):
    feed_stdin(monkeypatch, b"  \n")
    with pytest.raises(EmptyInputError, match="<stdin>: the input is empty"):
        list(read_articles("-"))


# --------------------------------------------------------------------------- folders


def test_folder_reads_every_format_sorted_and_recursively(tmp_path):
    write(tmp_path / "b.txt", "Text B.")
    write(tmp_path / "a.jsonl", jsonl({"text": "Json 1."}, {"text": "Json 2."}))
    write(tmp_path / "sub" / "c.csv", "text\nCsv 1.\n")
    write(tmp_path / "sub" / "deeper" / "d.tsv", "text\nTsv 1.\n")
    write(tmp_path / "sub" / "e.html", PAGE)
    write(tmp_path / "README.md", "# not an article")
    write(tmp_path / "notes.docx", b"PK\x03\x04\x00\x00")
    write(tmp_path / ".hidden.txt", "hidden")
    write(tmp_path / ".git" / "x.txt", "hidden too")
    articles, errors = read_all(tmp_path)
    assert errors == []
    assert [a.text.split("\n\n")[0] for a in articles] == [
        "Json 1.",
        "Json 2.",
        "Text B.",
        "Csv 1.",
        "Tsv 1.",
        PARAGRAPHS[0],
    ]


def test_folder_reports_bad_files_and_goes_on(tmp_path):
    write(tmp_path / "1-empty.txt", b"")
    write(tmp_path / "2-binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(tmp_path / "3-good.txt", "Good.")
    write(tmp_path / "4-nocolumn.csv", "a,b\n1,2\n")
    write(tmp_path / "5-bad-record.jsonl", "{bad\n" + jsonl({"text": "Also good."}))
    articles, errors = read_all(tmp_path)
    assert [a.text for a in articles] == ["Good.", "Also good."]
    assert [(Path(e.source).name, e.line) for e in errors] == [
        ("1-empty.txt", None),
        ("2-binary.txt", None),
        ("4-nocolumn.csv", None),
        ("5-bad-record.jsonl", 1),
    ]
    assert str(errors[0]).startswith(f"{tmp_path / '1-empty.txt'}: the file is empty")
    assert str(errors[0]).count(str(tmp_path)) == 1  # the path is not repeated


def test_folder_without_readable_files(tmp_path):
    write(tmp_path / "notes.md", "nothing to see")
    with pytest.raises(EmptyInputError, match="no readable files"):
        list(read_articles(tmp_path))


def test_folder_where_every_file_fails(tmp_path):
    write(tmp_path / "a.txt", b"")
    write(tmp_path / "b.txt", b"\x00\x01")
    errors: list[RecordError] = []
    with pytest.raises(EmptyInputError, match="none of the 2 files"):
        list(read_articles(tmp_path, on_error=errors.append))
    assert len(errors) == 2


# --------------------------------------------------------------------------- file errors


@pytest.mark.parametrize(
    ("name", "data", "error", "message"),
    [
        ("empty.txt", b"", EmptyInputError, "the file is empty"),
        ("blank.txt", b" \n\t\r\n ", EmptyInputError, "the file is empty"),
        ("empty.jsonl", b"", EmptyInputError, "the file is empty"),
        ("blank.csv", b"\n\n", EmptyInputError, "the file is empty"),
        ("bom-only.txt", b"\xef\xbb\xbf\n", EmptyInputError, "the file is empty"),
        ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInputError, "binary data"),
        ("nul.jsonl", b'{"text": "a\x00"}\n', BinaryInputError, "binary data"),
        ("ctrl.csv", bytes(range(1, 32)) * 10, BinaryInputError, "binary data"),
        ("zip.jsonl", gzip.compress(b'{"text": "x"}\n'), BinaryInputError, "gzip-compressed"),
        ("trunc.jsonl.gz", gzip.compress(jsonl({"text": "x" * 999}).encode())[:-6], InputError,
         "cannot decompress"),
        ("notgz.csv.gz", b"text\nplain\n", InputError, "cannot decompress"),
        ("notes.md", b"# hi", InputError, "unsupported file type '.md'; supported: .csv"),
        ("data.json", b"{}", InputError, "unsupported file type '.json'"),
        ("data.txt.gz", b"x", InputError, "unsupported file type '.txt.gz'"),
        ("header.csv", b"", EmptyInputError, "the file is empty"),
    ],
)  # fmt: skip
def test_file_level_errors(tmp_path, name, data, error, message):
    path = write(tmp_path / name, data)
    with pytest.raises(error) as info:
        list(read_articles(path))
    assert type(info.value) is error
    text = str(info.value)
    assert text.startswith(f"{path}: ")
    assert message in text
    assert "\n" not in text


def test_missing_path(tmp_path):
    missing = tmp_path / "nope.jsonl"
    with pytest.raises(InputError, match=r"nope\.jsonl: no such file or folder"):
        list(read_articles(missing))


def test_nothing_happens_until_iterated(tmp_path):
    articles = read_articles(tmp_path / "nope.txt")  # no error yet: generators are lazy
    with pytest.raises(InputError):
        next(articles)


def test_supported_suffixes_are_listed():
    assert {".txt", ".jsonl", ".jsonl.gz", ".jsonl.xz", ".ndjson", ".csv", ".tsv"} <= set(
        SUPPORTED_SUFFIXES
    )
    assert {".csv.gz", ".tsv.xz", ".html", ".htm"} <= set(SUPPORTED_SUFFIXES)


def test_no_warning_for_clean_input(tmp_path):
    path = write(tmp_path / "a.jsonl", jsonl({"text": "Clean."}))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(list(read_articles(path))) == 1
