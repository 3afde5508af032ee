"""The whole price refunded where only a deposit was paid.

"الإجمالي 240 درهماً؛ دُفع عربون 60 درهماً عند الحجز، والباقي يُدفع عند الرصيف" and a
reply that refunds "مبلغ الحجز كاملاً، 240 درهماً": 240 is stated, so a value check passes
it, yet the customer paid 60 and the rest was never taken. The passage must name the
deposit with its amount and say the rest is still to be paid; the refund must be a larger
amount of the same passage, in the same currency, that the customer's message does not
state as paid.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import Mention, extract, fold
from ._backing import _cents

_DEPOSIT = re.compile(r"\bdeposit\b|\bkapora\w*|\bon odeme\w*|عربون")
# the rest still to pay: "the balance is due on arrival", "kalan tutar teslimde ödenecek",
# "والباقي يُدفع عند الرصيف"
# (a point inside "120.000 ر.ع" ends nothing)
_REST = re.compile(r"\b(?:balance|remainder|rest|kalan\w*)\b|الباقي|المتبقي")
_IN_CLAUSE = r"(?:[^.;؛]|(?<=\d)\.(?=\d)|(?<=ر)\.(?=ع)){0,40}?"
_REST_UNPAID = re.compile(
    rf"\b(?:balance|remainder|rest)\b{_IN_CLAUSE}\b(?:due|payable|to be paid|is paid (?:on|at))\b"
    rf"|\bkalan\w*{_IN_CLAUSE}\b(?:odenecek\w*|odenir|odenmesi|tahsil edilecek\w*|alinacak\w*)"
    rf"|(?:الباقي|المتبقي){_IN_CLAUSE}(?:يدفع|يسدد|تدفع|تسدد|مستحق|يستحق)"
)


@lru_cache(maxsize=2048)
def _deposit_and_prices(text: str) -> tuple[tuple[int, str], frozenset[tuple[int, str]]] | None:
    """(the deposit, the larger amounts beside it), in cents and unit, of a passage that
    says the rest is still to pay."""
    folded = fold(text)
    plain = folded.replace("\u0640", "")
    if not _DEPOSIT.search(plain) or not _REST_UNPAID.search(plain):
        return None
    amounts = [m for m in extract(text) if m.kind == "amount" and not m.is_range]
    # the amount the deposit word names: "دُفع عربون 60 درهماً", "a £50 deposit"
    deposit = None
    for prev, m in zip([None, *amounts], amounts, strict=False):
        lo = max(prev.end if prev is not None else 0, m.start - 40)
        if _DEPOSIT.search(folded, lo, m.start) or _DEPOSIT.match(folded, m.end + 1):
            deposit = m
            break
    if deposit is None:
        return None
    # (not the rest itself: "kalan 5.500,00 TL çekim günü ödenecek")
    prices = frozenset(
        (_cents(m.lo), m.unit)
        for m in amounts
        if m.unit == deposit.unit and m.lo > deposit.lo and not _REST.search(folded, max(0, m.start - 15), m.start)
    )
    return (_cents(deposit.lo), deposit.unit), prices


def price_refunded_for_deposit(m: Mention, sources: list[str], message: str) -> str | None:
    """Why refunded amount `m` is more than was paid, if it is."""
    if m.kind != "amount" or m.is_range:
        return None
    key = (_cents(m.lo), m.unit)
    if any(
        (_cents(x.lo), x.unit) == key for x in extract(message) if x.kind == "amount"
    ):
        return None  # the customer says they paid it
    for text in sources:
        found = _deposit_and_prices(text)
        if found is not None and key in found[1]:
            deposit = found[0][0] / 100
            return (
                f"refunds the whole price, but the sources say only a deposit of {deposit:g} was paid "
                "and the rest is still to pay"
            )
    return None
