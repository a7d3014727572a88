#!/usr/bin/env python3
"""Completes the English Qt Linguist file: every unfinished message gets its
source text as the translation (English is the source language).

Run by the update_translations target after lupdate; safe to run again.
Translations someone already wrote are kept and only marked finished. A new
plural message gets English forms guessed from its first "%n word(s)":
"%n file(s) failed" -> "%n file failed" / "%n files failed"; check the verb
and any other "(s)" by hand. Usage: complete-english-ts.py FILE.ts
"""
import re
import sys

MESSAGE = re.compile(r"<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
TRANSLATION = re.compile(r'<translation type="unfinished">(?P<inner>.*?)</translation>', re.S)
TRANSLATION_EMPTY = re.compile(r'<translation type="unfinished"/>')
NUMERUS = re.compile(r"<numerusform>(.*?)</numerusform>|<numerusform/>", re.S)
COUNTED_WORD = re.compile(r"(%n(?: \w+)*? \w+?)\(s\)")


def english_forms(text: str) -> list:
    """Singular and plural of a "%n word(s)" text; the text twice if it has none."""
    return [COUNTED_WORD.sub(r"\1", text, count=1), COUNTED_WORD.sub(r"\1s", text, count=1)]


def complete(message: re.Match) -> str:
    attrs, body = message.group("attrs"), message.group("body")
    source = SOURCE.search(body)
    if source is None:
        return message.group(0)
    text = source.group(1)
    body = TRANSLATION_EMPTY.sub('<translation type="unfinished"></translation>', body)

    def fill(tr: re.Match) -> str:
        inner = tr.group("inner")
        if 'numerus="yes"' in attrs:
            guesses = iter(english_forms(text) + [text] * 4)
            inner = NUMERUS.sub(lambda f: "<numerusform>%s</numerusform>" % (f.group(1) or next(guesses)), inner)
        elif not inner:
            inner = text
        return "<translation>%s</translation>" % inner

    body = TRANSLATION.sub(fill, body)
    return "<message%s>%s</message>" % (attrs, body)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        original = f.read()
    updated = MESSAGE.sub(complete, original)
    left = updated.count('type="unfinished"')
    if updated != original:
        with open(path, "w", encoding="utf-8") as f:
            f.write(updated)
    print("%s: %d messages, %d unfinished" % (path, updated.count("<message"), left))
    return 0 if left == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
