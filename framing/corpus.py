"""Streaming readers that turn files, folders and stdin into :class:`Article` records.

One entry point, :func:`read_articles`, dispatches on what it is given:

* a ``.txt`` file: one article (a ``.txt`` that holds a web page goes through the HTML path);
* an ``.html``/``.htm`` page: main text extracted with trafilatura;
* a ``.jsonl``/``.ndjson`` file (optionally ``.gz``/``.xz``): one JSON object per line;
* a ``.csv``/``.tsv`` file (optionally ``.gz``/``.xz``): one row per article;
* a folder: every supported file inside, recursively, in sorted order;
* ``"-"``: standard input (JSONL, HTML or plain text, sniffed).

Readers never clean text (a later stage does); they only decode it. A bad record is
reported through ``on_error`` and skipped, so one broken line never loses a corpus;
a file that cannot be read at all raises an :class:`~framing.errors.InputError`.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import lzma
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from framing.article import Article
from framing.errors import BinaryInputError, EmptyInputError, InputError, RecordError

__all__ = [
    "SUPPORTED_SUFFIXES",
    "BadRecordWarning",
    "decode_bytes",
    "read_articles",
]


class BadRecordWarning(UserWarning):
    """A record was skipped; the message names the file, the line and the fix."""


def _formats() -> dict[str, tuple[str, str | None]]:
    """suffix -> (format, compression), longest first so ".jsonl.gz" is tried before ".gz"."""
    table: dict[str, tuple[str, str | None]] = {
        ".txt": ("txt", None),
        ".html": ("html", None),
        ".htm": ("html", None),
    }
    streamed = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv"}
    for ext, kind in streamed.items():
        for end, compression in (("", None), (".gz", "gz"), (".xz", "xz")):
            table[ext + end] = (kind, compression)
    return dict(sorted(table.items(), key=lambda item: -len(item[0])))


_FORMATS = _formats()

#: File name endings :func:`read_articles` understands (case-insensitive).
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(sorted(_FORMATS))

# Field roles and the (lower-case) names that fill them, in order of preference. The extra
# names after the brief's list match the corpora in ../shared (AllSides, FA-KES, FNC-1).
_ALIASES: dict[str, tuple[str, ...]] = {
    "text": (
        "text",
        "content",
        "body",
        "article",
        "maintext",
        "story",
        "content_original",
        "article_content",
        "articlebody",
    ),
    "title": ("title", "headline", "heading", "article_title"),
    "outlet": ("outlet", "source", "publication", "publisher", "site", "media"),
    "date": ("date", "published", "publish_date", "date_publish", "pubdate"),
    "url": ("url", "link"),
    "lang": ("lang", "language"),
    "id": ("id", "doc_id", "article_id", "uid"),
}

_HEAD_BYTES = 1 << 20  # enough to sniff encoding and dialect, small enough to hold twice
_BINARY_SAMPLE = 8192
_CONTROL_BYTES = bytes([*range(0, 8), 0x0B, *range(0x0E, 0x20), 0x7F])
_UTF8_NAMES = frozenset({"utf-8", "utf-8-sig"})
_HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)

# A file whose first megabyte is UTF-8 (or cp1252) may still hold a stray byte further on;
# decoding that byte as cp1252 (latin-1 for cp1252's five holes) beats crashing mid-corpus.
_BYTE_AS_CP1252 = tuple(
    bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
    for b in range(256)
)
_FALLBACK = "framing-cp1252-fallback"


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(_BYTE_AS_CP1252[b] for b in bad), exc.end


codecs.register_error(_FALLBACK, _cp1252_fallback)


# The csv module refuses fields over 128 KB by default; a long article is one field.
def _raise_csv_field_limit() -> None:
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:  # C long is 32 bits on some platforms
            limit //= 2


_raise_csv_field_limit()


@dataclass(frozen=True, slots=True)
class _Options:
    lang: str | None
    text_field: str | None
    on_error: Callable[[RecordError], object]
    max_chars: int | None


class _BadRecord(Exception):
    """Raised by record builders; readers turn it into a RecordError with the location."""


def _warn(err: RecordError) -> None:
    warnings.warn(str(err), BadRecordWarning, stacklevel=2)


# --------------------------------------------------------------------------- public API


def read_articles(
    source: str | os.PathLike[str],
    *,
    lang: str | None = None,
    text_field: str | None = None,
    on_error: Callable[[RecordError], object] | None = None,
    max_chars: int | None = 5_000_000,
) -> Iterator[Article]:
    """Read articles from a file, a folder or standard input, one at a time.

    Parameters
    ----------
    source
        Path to a ``.txt``, ``.html``/``.htm``, ``.jsonl``/``.ndjson``, ``.csv`` or ``.tsv``
        file (the last three also ``.gz``/``.xz`` compressed), a folder (read recursively,
        sorted, hidden files skipped), or ``"-"`` for standard input.
    lang
        Language code set on every article, overriding any ``lang`` field in the data.
    text_field
        Name of the field or column holding the article text, when it is none of
        text/content/body/article/maintext/story.
    on_error
        Called with a :class:`~framing.errors.RecordError` for every skipped record (and,
        in a folder, every unreadable file). The default issues a :class:`BadRecordWarning`.
        Raise from it to stop at the first problem.
    max_chars
        Records whose text is longer than this are skipped and reported (``None``: no limit).

    Yields
    ------
    Article
        One per record, in file order; JSONL and CSV are streamed, never loaded whole.

    Raises
    ------
    InputError
        The path does not exist, has an unsupported type, or a CSV/JSONL file has no text
        column. :class:`~framing.errors.EmptyInputError` and
        :class:`~framing.errors.BinaryInputError` for empty and non-text files.

    Notes
    -----
    Nothing is opened until the iterator is first advanced. Fields that are not text,
    title, outlet, date, url, lang or id go into ``Article.meta`` unchanged; a text not
    decoded as UTF-8 records its encoding in ``meta["encoding"]``.

    Examples
    --------
    >>> from framing.corpus import read_articles
    >>> for article in read_articles("corpus/", lang="fr"):  # doctest: +SKIP
    ...     print(article.id, len(article.text))
    >>> bad = []
    >>> articles = list(read_articles("news.jsonl", on_error=bad.append))  # doctest: +SKIP
    """
    if max_chars is not None and max_chars < 1:
        raise ValueError(f"max_chars must be a positive number or None, not {max_chars!r}")
    opts = _Options(lang, text_field, on_error or _warn, max_chars)
    if isinstance(source, str) and source == "-":
        yield from _read_stdin(opts)
        return
    path = Path(source)
    if path.is_dir():
        yield from _read_folder(path, opts)
    elif path.exists():
        yield from _read_file(path, opts)
    else:
        raise InputError(f"{path}: no such file or folder; check the path")


def decode_bytes(data: bytes, *, source: str) -> tuple[str, str]:
    """Decode a whole document, trying UTF-8, then cp1252, then latin-1.

    Parameters
    ----------
    data
        The raw bytes.
    source
        Where they came from, for the error message.

    Returns
    -------
    tuple of (str, str)
        The text and the name of the encoding used: ``"utf-8"``, ``"utf-8-sig"`` (a
        byte-order mark was stripped), ``"utf-16"``, ``"cp1252"`` or ``"latin-1"``.
        Mojibake is left as is; cleaning is a later stage.

    Raises
    ------
    InputError
        The data starts with a UTF-16 byte-order mark but is not valid UTF-16.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{source}: starts with a UTF-16 byte-order mark but is not valid UTF-16; "
                "re-save it as UTF-8"
            ) from exc
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8-sig" and not data.startswith(codecs.BOM_UTF8):
            encoding = "utf-8"
        return text, encoding
    return data.decode("latin-1"), "latin-1"


# --------------------------------------------------------------------------- dispatch


def _format_of(path: Path) -> tuple[str, str | None, str] | None:
    """(format, compression, stem) for a supported file name, else None."""
    name = path.name
    lower = name.lower()
    for suffix, (kind, compression) in _FORMATS.items():
        if lower.endswith(suffix) and len(name) > len(suffix):
            return kind, compression, name[: -len(suffix)]
    return None


def _read_file(path: Path, opts: _Options) -> Iterator[Article]:
    found = _format_of(path)
    if found is None:
        compressed = path.suffix.lower() in (".gz", ".xz")
        suffix = "".join(path.suffixes[-2 if compressed else -1 :]) or "(none)"
        raise InputError(
            f"{path}: unsupported file type {suffix!r}; supported: "
            f"{', '.join(SUPPORTED_SUFFIXES)} (or a folder, or '-' for stdin)"
        )
    kind, compression, stem = found
    source = str(path)
    try:
        with _open_binary(path, compression) as raw:
            if kind in ("jsonl", "csv", "tsv"):
                head, at_eof = _read_head(raw)
                yield from _stream_articles(raw, head, at_eof, kind, source, stem, opts)
            else:
                size = path.stat().st_size
                # UTF-8 needs at most 4 bytes a character, so this text is surely too long
                if kind == "txt" and opts.max_chars is not None and size > 4 * opts.max_chars:
                    opts.on_error(_too_long(size, opts, source, unit="bytes"))
                    return
                data = raw.read()
                yield from _document_articles(data, source, stem, opts, html=kind == "html")
    except (OSError, EOFError, lzma.LZMAError) as exc:
        raise InputError(_os_problem(source, compression, exc)) from exc


def _open_binary(path: Path, compression: str | None) -> IO[bytes]:
    if compression == "gz":
        return gzip.open(path, "rb")
    if compression == "xz":
        return lzma.open(path, "rb")
    return open(path, "rb")


def _os_problem(source: str, compression: str | None, exc: BaseException) -> str:
    if compression is not None and not isinstance(exc, PermissionError):
        return (
            f"{source}: cannot decompress ({exc}); check that it is a complete "
            f".{compression} file, or rename it without the .{compression} ending"
        )
    reason = getattr(exc, "strerror", None) or str(exc)
    return f"{source}: cannot be read ({reason}); check the file and its permissions"


def _read_folder(folder: Path, opts: _Options) -> Iterator[Article]:
    files = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            path = Path(root, name)
            if not name.startswith(".") and _format_of(path) is not None:
                files.append(path)
    if not files:
        raise EmptyInputError(
            f"{folder}: no readable files in this folder (looked recursively for "
            f"{', '.join(SUPPORTED_SUFFIXES)}); check the path"
        )
    failed = 0
    for path in sorted(files):
        try:
            yield from _read_file(path, opts)
        except RecordError:  # raised by on_error itself: the caller asked to stop
            raise
        except InputError as exc:
            failed += 1
            message = str(exc).removeprefix(f"{path}: ")
            opts.on_error(RecordError(message, source=str(path)))
    if failed == len(files):
        raise EmptyInputError(
            f"{folder}: none of the {len(files)} files in this folder could be read; "
            "see the errors reported for each file"
        )


def _read_stdin(opts: _Options) -> Iterator[Article]:
    raw = sys.stdin.buffer
    source = "<stdin>"
    head, at_eof = _read_head(raw)
    encoding = _sniff_encoding(head, at_eof)
    if head.decode(encoding, errors="ignore").lstrip().startswith("{"):
        yield from _stream_articles(raw, head, at_eof, "jsonl", source, "stdin", opts)
    else:
        data = head if at_eof else head + raw.read()
        yield from _document_articles(data, source, "stdin", opts, html=False)


# --------------------------------------------------------------------------- bytes


def _read_head(raw: IO[bytes]) -> tuple[bytes, bool]:
    """Up to ``_HEAD_BYTES`` from the start, and whether that was the whole stream."""
    chunks, size = [], 0
    while size < _HEAD_BYTES:
        chunk = raw.read(_HEAD_BYTES - size)
        if not chunk:
            return b"".join(chunks), True
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks), False


def _sniff_encoding(head: bytes, at_eof: bool) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        # incremental, so a character cut at the end of the head is not mistaken for an error
        codecs.getincrementaldecoder("utf-8")().decode(head, final=at_eof)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        head.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def _check_text_bytes(head: bytes, at_eof: bool, encoding: str, source: str) -> None:
    what = "input" if source == "<stdin>" else "file"
    if not head:
        raise EmptyInputError(f"{source}: the {what} is empty; check that it was fully written")
    if encoding != "utf-16":  # UTF-16 text is full of NUL bytes
        sample = head[:_BINARY_SAMPLE]
        controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
        if b"\x00" in sample or controls > 0.05 * len(sample):
            raise BinaryInputError(
                f"{source}: looks like binary data, not text {_binary_hint(head)}"
            )
    if at_eof and not head.decode(encoding, errors="ignore").strip():
        raise EmptyInputError(
            f"{source}: the {what} is empty (only whitespace); check that it was fully written"
        )


def _binary_hint(head: bytes) -> str:
    if head.startswith(b"\x1f\x8b"):
        return "(it is gzip-compressed); give it a .gz ending, e.g. news.jsonl.gz"
    if head.startswith(b"\xfd7zXZ\x00"):
        return "(it is xz-compressed); give it a .xz ending, e.g. news.jsonl.xz"
    return (
        "(NUL or control bytes near the start); convert it to UTF-8 plain text, JSONL, CSV "
        "or HTML first (PDF, Word, images and UTF-16 without a byte-order mark are not read)"
    )


class _Replay(io.RawIOBase):
    """Serve the sniffed head again, then the rest of the stream (stdin cannot seek)."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


# --------------------------------------------------------------------------- records


def _stream_articles(
    raw: IO[bytes],
    head: bytes,
    at_eof: bool,
    kind: str,
    source: str,
    stem: str,
    opts: _Options,
) -> Iterator[Article]:
    encoding = _sniff_encoding(head, at_eof)
    _check_text_bytes(head, at_eof, encoding, source)
    text = io.TextIOWrapper(
        io.BufferedReader(_Replay(head, raw)),
        encoding=encoding,
        errors=_FALLBACK,
        # JSONL lines end at "\n" only, so line numbers match what editors and `sed -n` show
        newline="\n" if kind == "jsonl" else "",
    )
    meta = {} if encoding in _UTF8_NAMES else {"encoding": encoding}
    if kind == "jsonl":
        yield from _jsonl_articles(text, source, stem, opts, meta)
    else:
        if kind == "tsv":
            delimiter = "\t"
        else:
            first_line = head[:65536].decode(encoding, errors="ignore").split("\n", 1)[0]
            delimiter = max(",;\t", key=first_line.count)  # ties go to ","
        yield from _csv_articles(text, delimiter, source, stem, opts, meta)


def _jsonl_articles(
    lines: IO[str], source: str, stem: str, opts: _Options, meta: dict[str, Any]
) -> Iterator[Article]:
    # A JSON line may escape every character as \uXXXX; past this a line cannot be a
    # valid record, and reading it whole could exhaust memory.
    limit = 8 * opts.max_chars + 1_000_000 if opts.max_chars is not None else -1
    schema_checked = False
    for lineno, line in enumerate(_bounded_lines(lines, limit), start=1):
        try:
            if line is None:
                raise _BadRecord(
                    f"the line is longer than {limit:,} characters, so its text is over "
                    f"max_chars={opts.max_chars:,}; raise max_chars (--max-chars) or split it"
                )
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise _BadRecord(
                    f"not valid JSON ({exc.msg}, column {exc.colno}); fix or delete this line"
                ) from None
            if not isinstance(record, dict):
                raise _BadRecord(
                    f"a JSON {_json_type(record)} is not an article; each line must be one "
                    'JSON object such as {"text": "..."}'
                )
            roles = _roles(record, opts.text_field)
            if not schema_checked:
                # the first record decides: a corpus with no text field at all is one error,
                # not one warning per line
                _require_text(roles, list(record), source, opts.text_field, "fields")
                schema_checked = True
            yield _make_article(record, roles, f"{stem}-{lineno}", f"{source}:{lineno}", opts, meta)
        except _BadRecord as exc:
            opts.on_error(RecordError(str(exc), source=source, line=lineno))


def _bounded_lines(lines: IO[str], limit: int) -> Iterator[str | None]:
    """Physical lines; None for a line longer than ``limit``, whose rest is skipped."""
    while line := lines.readline(limit):
        if limit > 0 and len(line) >= limit and not line.endswith("\n"):
            while (rest := lines.readline(limit)) and not rest.endswith("\n"):
                pass
            yield None
        else:
            yield line


def _json_type(value: object) -> str:
    names = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}
    return names.get(type(value), "null" if value is None else type(value).__name__)


def _csv_articles(
    stream: IO[str],
    delimiter: str,
    source: str,
    stem: str,
    opts: _Options,
    meta: dict[str, Any],
) -> Iterator[Article]:
    reader = csv.reader(stream, delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise InputError(f"{source}: cannot read the CSV header ({exc}); check the file") from exc
    if not header:
        raise EmptyInputError(f"{source}: the file has no header row; add one naming the columns")
    roles = _roles(header, opts.text_field)
    _require_text(roles, header, source, opts.text_field, "columns")
    rowno = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            rowno += 1
            opts.on_error(
                RecordError(
                    f"unreadable CSV row ({exc}); check the quoting",
                    source=source,
                    line=reader.line_num,
                )
            )
            continue
        if not row:
            continue
        rowno += 1
        try:
            if len(row) != len(header):
                raise _BadRecord(
                    f"the row has {len(row)} fields but the header has {len(header)}; check "
                    f"the quoting and the delimiter ({delimiter!r})"
                )
            record = dict(zip(header, row, strict=True))
            yield _make_article(
                record, roles, f"{stem}-{rowno}", f"{source}:{reader.line_num}", opts, meta
            )
        except _BadRecord as exc:
            opts.on_error(RecordError(str(exc), source=source, line=reader.line_num))


def _roles(keys: Any, text_field: str | None) -> dict[str, str]:
    """Map each role (text, title, ...) to the record key that fills it."""
    by_lower: dict[str, str] = {}
    for key in keys:
        by_lower.setdefault(str(key).strip().lower(), key)
    roles = {}
    for role, aliases in _ALIASES.items():
        if role == "text" and text_field is not None:
            aliases = (text_field.strip().lower(),)
        for alias in aliases:
            if alias in by_lower:
                roles[role] = by_lower[alias]
                break
    if text_field is not None and text_field in keys:  # an exact match beats case folding
        roles["text"] = text_field
    return roles


def _require_text(
    roles: dict[str, str], keys: list[Any], source: str, text_field: str | None, noun: str
) -> None:
    if "text" in roles:
        return
    found = ", ".join(repr(str(k)) for k in keys) or "none"
    if text_field is not None:
        raise InputError(
            f"{source}: no {noun[:-1]} named {text_field!r} ({noun} found: {found}); "
            "check the spelling of text_field= / --text-field"
        )
    raise InputError(
        f"{source}: no text {noun[:-1]} ({noun} found: {found}); name the one holding the "
        "article text with text_field= (--text-field on the command line)"
    )


def _make_article(
    record: dict[str, Any],
    roles: dict[str, str],
    default_id: str,
    origin: str,
    opts: _Options,
    meta: dict[str, Any],
) -> Article:
    if "text" not in roles:
        raise _BadRecord(
            f"the record has no text field (fields: {', '.join(map(str, record))}); add one "
            "or name it with text_field= (--text-field)"
        )
    key = roles["text"]
    text = record[key]
    if text is not None and not isinstance(text, str):
        raise _BadRecord(
            f"the {key!r} field is a {_json_type(text)}, not a string; store the text as a string"
        )
    if text is None or not text.strip():
        raise _BadRecord(f"the {key!r} field is empty; fill in the text or delete the record")
    if opts.max_chars is not None and len(text) > opts.max_chars:
        raise _BadRecord(_too_long_message(len(text), opts, "characters"))
    title = record.get(roles["title"]) if "title" in roles else None
    if title is not None and not isinstance(title, str):
        raise _BadRecord(
            f"the {roles['title']!r} field is a {_json_type(title)}, not a string; "
            "store the title as a string"
        )
    fields = {
        role: _optional_str(record.get(key))
        for role, key in roles.items()
        if role not in ("text", "title")
    }
    used = set(roles.values())
    return Article(
        id=fields.get("id") or default_id,
        text=text,
        title=_optional_str(title),
        outlet=fields.get("outlet"),
        date=fields.get("date"),
        url=fields.get("url"),
        lang=opts.lang or fields.get("lang"),
        origin=origin,
        meta={**meta, **{k: v for k, v in record.items() if k not in used}},
    )


def _optional_str(value: object) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _too_long_message(size: int, opts: _Options, unit: str) -> str:
    return (
        f"the text has {size:,} {unit}, more than max_chars={opts.max_chars:,}; "
        "raise max_chars (--max-chars) or split the article"
    )


def _too_long(size: int, opts: _Options, source: str, unit: str) -> RecordError:
    return RecordError(_too_long_message(size, opts, unit), source=source)


# --------------------------------------------------------------------------- documents


def _document_articles(
    data: bytes, source: str, stem: str, opts: _Options, *, html: bool
) -> Iterator[Article]:
    """One article from a whole .txt or .html document (or plain stdin)."""
    encoding = _sniff_encoding(data, True)
    _check_text_bytes(data, True, encoding, source)
    text, encoding = decode_bytes(data, source=source)
    meta: dict[str, Any] = {} if encoding in _UTF8_NAMES else {"encoding": encoding}
    if html or _HTML_START.match(text):
        if not html:
            meta["note"] = "the text file holds an HTML page; its main text was extracted"
        article = _html_article(text, source, stem, opts, meta)
    else:
        article = Article(id=stem, text=text, lang=opts.lang, origin=source, meta=meta)
    if opts.max_chars is not None and len(article.text) > opts.max_chars:
        opts.on_error(_too_long(len(article.text), opts, source, unit="characters"))
        return
    yield article


def _html_article(
    html: str, source: str, stem: str, opts: _Options, meta: dict[str, Any]
) -> Article:
    import trafilatura  # heavy import, only paid when a web page is read

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # no extensive search: it turns "Copyright 2024" in a footer into a publication date
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    raw_text = getattr(doc, "text", None) or ""
    # trafilatura separates paragraphs with one newline; the rest of framing expects blank lines
    paragraphs = [line.strip() for line in raw_text.splitlines() if line.strip()]
    title = _optional_str(getattr(doc, "title", None))
    if title and len(paragraphs) > 1 and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the headline is kept in `title`, not twice
    if not paragraphs:
        raise InputError(
            f"{source}: no article text could be extracted from this HTML; save the article "
            "body as a .txt file, or check that the page is the article itself (not an index, "
            "a login wall or a script-rendered page)"
        )
    extra = {
        key: value
        for key in ("author", "hostname", "description")
        if (value := _optional_str(getattr(doc, key, None)))
    }
    declared = _HTML_LANG.search(html[:20000])
    return Article(
        id=stem,
        text="\n\n".join(paragraphs),
        title=title,
        outlet=_optional_str(getattr(doc, "sitename", None)),
        date=_optional_str(getattr(doc, "date", None)),
        url=_optional_str(getattr(doc, "url", None)),
        lang=opts.lang or (declared.group(1).lower() if declared else None),
        origin=source,
        meta={**meta, **extra},
    )
