"""Bytes → text: byte order marks, UTF-8, UTF-16/32, a cp1252 fallback, line ends.

Added in 0.1.
"""

from __future__ import annotations

import codecs

from conflictevents.errors import ParseError

__all__ = ["decode", "normalise_newlines", "reject_binary"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, *, source_name: str = "<bytes>") -> tuple[str, str]:
    r"""Decode the bytes of a brief and normalise its line ends.

    A byte order mark decides (UTF-8, UTF-16, UTF-32); otherwise strict UTF-8 is tried
    and, failing that, cp1252 (Windows Western, a superset of Latin-1 in practice), the
    usual encoding of text saved on Windows by hand.

    Args:
        data: the raw input.
        source_name: the name used in error messages.

    Returns:
        The text with `\\n` line ends only, and the name of the encoding used.

    Raises:
        ParseError: `bad-encoding` when bytes with a BOM do not decode;
            `binary-input` for bytes that are not text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ParseError(
                    f"Expected {encoding} text after its byte order mark, got undecodable "
                    f"bytes at offset {exc.start}",
                    source_name=source_name,
                    code="bad-encoding",
                ) from None
            text = text.removeprefix("\ufeff")
            return reject_binary(normalise_newlines(text), source_name), encoding
    if b"\x00" in data[:65536]:
        raise ParseError(
            "Expected text, got binary data (NUL bytes and no byte order mark)",
            source_name=source_name,
            code="binary-input",
        )
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; replacing them keeps a readable text.
        text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
    return reject_binary(normalise_newlines(text), source_name), encoding


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR line ends into LF, so positions count lines the same way."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


_CONTROL = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\f\v") | {"\ufffd", "\x7f"}


def reject_binary(text: str, source_name: str = "<string>") -> str:
    """Return `text`, or raise when its first 64 KiB look like binary data.

    More than 10% control characters (other than tab, newline, form feed) or
    replacement characters is not a brief anyone typed.

    Raises:
        ParseError: `binary-input`.
    """
    sample = text[:65536]
    if sample:
        bad = sum(1 for char in sample if char in _CONTROL)
        if bad * 10 > len(sample):
            raise ParseError(
                f"Expected text, got binary data ({bad} of the first {len(sample)} "
                "characters are control characters)",
                source_name=source_name,
                code="binary-input",
            )
    return text
