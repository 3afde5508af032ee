"""A long alternation of regex pieces, searched only where it can match.

The sarcasm patterns are ~90 pieces each, and a plain alternation tries every piece at
every word start of every sentence (about 90 µs per English sentence). Each piece
usually needs some literal text ("as i'm sure ", "not everyone "): read from the
piece's parse tree, one of a few strings every match must contain. A piece runs only
on text that holds one of its strings; a piece with no such string always runs.

`search` returns what the single compiled alternation returns: the leftmost match, and
at that position the first piece in order (tests/test_fast_paths.py holds the two to
the same spans on every labelled sentence).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# a string shorter than this occurs almost everywhere, so it filters nothing
_MIN_LEN = 3


def required_literals(source: str) -> tuple[str, ...] | None:
    """Strings one of which every match of `source` contains, or None when none is known
    (also when the parser, a private module of `re`, reads a construct it does not know:
    the piece then simply always runs)."""
    try:
        tree = sre_parse.parse(source)
        if tree.state.flags & re.IGNORECASE:
            return None  # the literals in the tree would stand for every casing of them
        found = _required(list(tree))
    except Exception:  # a gate is an optimisation, never a failure
        return None
    if found is None or min(map(len, found)) < _MIN_LEN:
        return None
    return tuple(sorted(set(found)))


def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` contains, however short, or None
    when none is known: a text holding none of them cannot match, so a few substring
    tests can stand in for a scan that tries every branch at every position."""
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
        if tree.state.flags & re.IGNORECASE:
            return None
        found = _required(list(tree))
    except Exception:  # a gate is an optimisation, never a failure
        return None
    if found is None:
        return None
    # a text holding "before sending" holds "before " too: the shortest strings suffice
    unique = set(found)
    return tuple(sorted(s for s in unique if not any(t != s and t in s for t in unique)))


def _required(items: list[tuple[Any, Any]]) -> tuple[str, ...] | None:
    best: tuple[str, ...] | None = None

    def consider(cand: tuple[str, ...] | None) -> None:
        nonlocal best
        if cand is not None and (best is None or _rank(cand) > _rank(best)):
            best = cand

    run: list[str] = []  # consecutive literal characters form one string
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(("".join(run),))
            run = []
        if op is sre.SUBPATTERN:
            if not av[1] & re.IGNORECASE:  # "(?i:...)": its literals stand for every casing
                consider(_required(list(av[-1])))
        elif op is sre.BRANCH:
            alternatives = [_required(list(b)) for b in av[1]]
            if all(a is not None for a in alternatives):
                consider(tuple(s for a in alternatives if a is not None for s in a))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            consider(_required(list(av[2])))
        # assertions, classes and the rest require nothing and end a literal run
    if run:
        consider(("".join(run),))
    return best


def _rank(strings: tuple[str, ...]) -> tuple[bool, int, int]:
    # usable first, then fewest strings to test, then the longest shortest one
    shortest = min(map(len, strings))
    return shortest >= _MIN_LEN, -len(strings), shortest


class GatedAlternation:
    """`re.compile("|".join(f"(?:{p})" for p in pieces))`, searched piece by piece."""

    def __init__(self, pieces: tuple[str, ...]) -> None:
        self.pattern = "|".join(f"(?:{p})" for p in pieces)
        self._pieces = [(required_literals(p), re.compile(p)) for p in pieces]

    def search(self, text: str) -> re.Match[str] | None:
        best: re.Match[str] | None = None
        for gate, piece in self._pieces:
            if gate is not None and not any(g in text for g in gate):
                continue
            m = piece.search(text)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
                if m.start() == 0:
                    break
        return best


class Needled:
    """A compiled pattern searched only in texts that hold one of the strings every
    match of it contains (see `needles`).

    For a pattern that rarely matches and whose branches each start with a word
    boundary or a lookbehind, the engine tries every branch at every position; a few
    substring tests say "no match" several times faster on most texts.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._needles = needles(pattern)

    def could_match(self, text: str) -> bool:
        return self._needles is None or any(map(text.__contains__, self._needles))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # a match between pos and endpos holds its needle there too: only that part is tested
        window = text if pos == 0 and endpos >= len(text) else text[pos:endpos]
        return self.pattern.search(text, pos, endpos) if self.could_match(window) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.could_match(text) else iter(())
