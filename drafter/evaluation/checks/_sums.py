"""Sums a reply writes out ("15 TL + 14 x 3,10 TL = 58,40 TL", "($640 - $150) x 80% =
$392"): which terms and operators make one, and whether its arithmetic holds. Pure
arithmetic over the mentions numbers.py reads; grounded decides what backs the terms."""

from __future__ import annotations

import re
from dataclasses import replace

from ..numbers import DAY, MINUTES, Mention, fold

# what may stand between two terms of a written-out sum: labels, and one operator
_OPERATORS = {"+": "+", "-": "-", "\u2212": "-", "x": "*", "\u00d7": "*", "*": "*", "/": "/", "\u00f7": "/"}
_LABEL = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def equations(reply: str, mentions: tuple[Mention, ...]) -> list[tuple[list[Mention], Mention]]:
    """Sums written out in the reply: (the terms, the amount after "=") where the
    arithmetic holds. Terms are amounts, counts and percentages ("12.000 TL - %6")."""
    out: list[tuple[list[Mention], Mention]] = []
    # a time frame is a count in its own unit: "3 AED + (12 دقيقة × 0.75 AED) = 12 AED"
    terms = [
        _as_count(m) if m.kind == "duration" else m
        for m in mentions
        if m.kind in ("amount", "number", "percent", "duration")
    ]
    for k, result in enumerate(terms):
        if result.kind != "amount" or k == 0:
            continue
        gap = reply[terms[k - 1].end : result.start]
        if gap.replace(")", "").strip() != "=":
            continue
        # walk back over terms joined by one operator each
        chain: list[Mention] = [terms[k - 1]]
        ops: list[str] = []
        j = k - 1
        while j > 0:
            op = _operator(reply[terms[j - 1].end : terms[j].start])
            if op is None:
                break
            chain.insert(0, terms[j - 1])
            ops.insert(0, op)
            j -= 1
        if not ops:
            continue
        value = _evaluate(chain, ops)
        if (value is None or abs(value - result.lo) >= 0.006) and "(" in reply[chain[0].start - 2 : chain[0].start]:
            value = _evaluate_in_order(chain, ops)  # "($640 - $150) x 80%": the bracket first
        if value is not None and abs(value - result.lo) < 0.006:
            out.append((chain, result))
    return out


def _as_count(m: Mention) -> Mention:
    """A duration as the number of its largest whole unit: 12 minutes is 12, 2 hours 2."""
    v = m.lo
    if m.unit == MINUTES and v >= DAY and v % DAY == 0:
        v = v / DAY
    elif m.unit == MINUTES and v >= 60 and v % 60 == 0:
        v = v / 60
    return replace(m, kind="number", lo=v, hi=v, unit="")


def _operator(gap: str) -> str | None:
    """The one operator in `gap` when the rest is labels ("kilit açma +") or brackets
    around a product ("+ (12 min × 0.75)": products come first anyway), else None."""
    gap = gap.replace("(", " ").replace(")", " ")
    tokens = _LABEL.sub(lambda m: m.group() if m.group() == "x" else " ", gap).split()
    return _OPERATORS[tokens[0]] if len(tokens) == 1 and tokens[0] in _OPERATORS else None


def _evaluate_in_order(chain: list[Mention], ops: list[str]) -> float | None:
    """The terms taken left to right, as a bracket around the first ones reads."""
    value = chain[0].lo
    for term, op in zip(chain[1:], ops, strict=True):
        x = value * term.lo / 100 if term.kind == "percent" and op == "*" else term.lo
        if term.kind == "percent" and op in "+-":
            value *= 1 + (term.lo if op == "+" else -term.lo) / 100
        elif op == "*":
            value = x if term.kind == "percent" else value * x
        elif op == "/":
            if x == 0:
                return None
            value /= x
        else:
            value = value + x if op == "+" else value - x
    return value


def _evaluate(chain: list[Mention], ops: list[str]) -> float | None:
    """The value of terms joined by ops, products first; "A - %6" takes 6% off A."""
    total, sign = 0.0, 1.0
    current: float | None = None  # the product being built
    for term, op in zip(chain, ["+", *ops], strict=True):
        if term.kind == "percent":
            if current is None or op == "/":
                return None
            # "A - %6" takes 6% off; "(640 - 150) x 80%" takes 80% of it
            current *= term.lo / 100 if op == "*" else 1 + (term.lo if op == "+" else -term.lo) / 100
        elif op in "*/":
            if current is None or (op == "/" and term.lo == 0):
                return None
            current = current * term.lo if op == "*" else current / term.lo
        else:
            if current is not None:
                total += sign * current
            sign, current = (1.0 if op == "+" else -1.0), term.lo
    return None if current is None else total + sign * current


# "… £180.00, and a C lens is £120.00, so … £280.00 in total": a total named as one
_TOTAL = re.compile(
    r"\b(?:in total|total(?:ling)?|altogether|all told|toplam\w*|hepsi)\b|(?:المجموع|بالمجموع|الإجمالي|إجمالي|اجمالي|الكل)"
)
# anything but addition in the sentence: a discount, a fee taken off, a multiple, a share,
# a threshold ("free delivery on orders of 400,00 TL and over")
_NOT_ADDED = re.compile(
    r"\b(?:minus|less|off|discount\w*|deduct\w*|after|each|per|times|twice|apiece|difference|indirim\w*|dus\w*|kesinti\w*|"
    r"haric|fark\w*|her biri|tanesi|basina|adet|kisi|uzeri\w*|over|above|or more|minimum|threshold|en az)\b|[×x*%/÷−-]\s?\d|\d\s?[×x*%]|(?:خصم|بعد|ناقص|لكل|للواحد|مخصوم|فرق|الفرق|فأكثر|فما فوق)"
)


def wrong_total(sentence: str, offset: int, mentions: tuple[Mention, ...]) -> Mention | None:
    """A total the sentence names ("so … £280.00 in total") that is not the sum of the
    amounts before it (£180.00 and £120.00), where nothing else is worked in; None when
    it adds up or the sentence does more than add. `offset` is where the sentence
    starts in the reply the mentions were read from."""
    folded = fold(sentence)
    if not _TOTAL.search(folded) or _NOT_ADDED.search(folded):
        return None
    inside = [m for m in mentions if offset <= m.start < offset + len(sentence)]
    amounts = [m for m in inside if m.kind == "amount" and not m.is_range]
    # two amounts and their total, nothing counted ("5 gece için", "iki kişi için"): a plain sum
    if len(amounts) != 3 or any(m.kind in ("number", "percent", "duration") for m in inside):
        return None
    *terms, total = amounts
    near = sentence[max(0, total.start - offset - 24) : total.end - offset + 24]
    if not _TOTAL.search(near) or len({m.unit for m in amounts}) > 1:
        return None
    added = sum(m.lo for m in terms)
    if abs(added - total.lo) < 0.005:
        return None
    return total
