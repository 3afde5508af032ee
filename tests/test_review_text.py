"""Edit distance and diff of an approved text against its draft."""

from __future__ import annotations

import random

import pytest

from drafter.services.drafts import priority_of
from drafter.services.review import edit_ratio, levenshtein, unified_diff


def _dp(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@pytest.mark.parametrize(
    ("a", "b", "d"),
    [("", "", 0), ("abc", "", 3), ("", "abc", 3), ("kitten", "sitting", 3), ("flaw", "lawn", 2), ("Merhaba Ayşe,", "Merhaba Ayse,", 1), ("مرحباً نورة،", "مرحبا نورة،", 1)],
)
def test_known_distances(a: str, b: str, d: int) -> None:
    assert levenshtein(a, b) == d == levenshtein(b, a)


def test_bit_parallel_matches_the_textbook_algorithm() -> None:
    rng = random.Random(7)
    alphabet = "abcde ışğüöç،ا"
    for _ in range(400):
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 90)))
        b = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 90)))
        assert levenshtein(a, b) == _dp(a, b), (a, b)
    # Longer than a machine word, with a shared prefix and suffix.
    a = "x" * 150 + "".join(rng.choice(alphabet) for _ in range(200)) + "y" * 70
    b = "x" * 150 + "".join(rng.choice(alphabet) for _ in range(180)) + "y" * 70
    assert levenshtein(a, b) == _dp(a, b)


def test_ratio_and_diff() -> None:
    assert edit_ratio("same", "same") == 0.0 and edit_ratio("", "") == 0.0
    assert edit_ratio("abcd", "wxyz") == 1.0
    assert edit_ratio("Hi Megan,", "Hi Meg,") == round(2 / 9, 4)
    diff = unified_diff("Hi Megan,\n\nThanks.\nBye", "Hi Megan,\n\nSorry.\nBye")
    assert diff.startswith("--- draft\n+++ approved") and "-Thanks." in diff and "+Sorry." in diff


def test_a_long_rewrite_is_fast() -> None:
    import time

    rng = random.Random(1)
    a = "".join(rng.choice("abcdefgh ") for _ in range(4000))
    b = "".join(rng.choice("abcdefgh ") for _ in range(4000))
    t = time.perf_counter()
    levenshtein(a, b)
    assert time.perf_counter() - t < 1.0


def test_priority_explains_itself() -> None:
    p = priority_of({"sentiment": -0.6, "urgency": 0.8, "reasons": ["repeat complaint about outage", "topic x (0.7)", "2 anger cue(s)"]})
    assert p.score == 0.7
    assert p.reasons == ["angry customer (sentiment -0.60)", "urgent (urgency 0.80)", "repeat complaint about outage", "2 anger cue(s)"]
    calm = priority_of({"sentiment": 0.6, "urgency": 0.0})
    assert calm.score == 0.0 and "oldest first" in calm.reasons[0]
