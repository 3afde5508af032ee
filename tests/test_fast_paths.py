"""The speed-ups of the no-model checks give the answers of the plain code they replace.

Each fast path (a precomputed spelling table instead of a lookup per word, a per-text
backing merged instead of rebuilt, a text lower-cased once instead of per word) is
compared here with the straightforward definition, over every word of the labelled
sets and over built-up spellings.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import fields
from pathlib import Path

import pytest

from drafter import text as text_mod
from drafter.evaluation import numbers as nm
from drafter.evaluation.checks import _backing as bk

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    paths = [*ROOT.glob("tests/data/*/*.jsonl"), ROOT.parent / "shared/examples/dev.jsonl"]
    out: list[str] = []
    for path in paths:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                out += [case["draft"], case["message"], *(s["text"] for s in case["sources"])]
    return out


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = _texts()
    assert len(found) > 1000
    return found


@pytest.fixture(scope="module")
def arabic_words(texts: list[str]) -> set[str]:
    words = {
        key
        for t in texts
        for kind, key, _, _ in nm._tokenize(nm.fold(t))
        if kind == nm._WORD and "\u0600" <= key[0] <= "\u06ff"
    }
    # and every number or unit word behind every clitic, whether the data has it or not
    bases = [k for k in (*nm._NUM_WORDS, *nm._AR_UNITS) if "\u0600" <= k[0] <= "\u06ff"]
    return words | {p + k for k in bases for p in ("", *nm._AR_CLITICS)}


def test_arabic_starters_are_the_words_number_and_unit_readers_accept(arabic_words: set[str]) -> None:
    def plain(key: str) -> bool:
        return bool(
            nm.number_word(key)
            or nm.unit_word(key)
            or key in nm._HALF
            or nm._TOMORROW.fullmatch(key)
            or key in nm._AR_DUAL_CURRENCY  # "ديناران": two dinars
            or key in nm._AR_ELEVEN_STARTERS  # "أحد عشر": eleven (not "أحد" alone)
        )

    wrong = sorted(w for w in arabic_words if nm._other_starter(w) != plain(w))
    assert not wrong


def test_small_count_words_are_what_number_word_reads(texts: list[str], arabic_words: set[str]) -> None:
    words = {w for t in texts[:600] for w in text_mod.letter_runs(nm.fold(t))} | arabic_words
    for w in words:
        hit = nm.number_word(w)
        expected = int(hit[0].value) if hit is not None and 2 <= hit[0].value <= 12 else None
        assert nm.SMALL_COUNT_WORDS.get(w) == expected, w


def test_merge_unions_every_set_field_and_keeps_list_order() -> None:
    set_fields = [f.name for f in fields(bk.Backing) if not f.name.startswith("_") and str(f.type).startswith("set[")]
    assert len(set_fields) >= 10
    a, b = bk.Backing(), bk.Backing()
    for name in set_fields:
        getattr(a, name).add(("a", 1) if "tuple" in str(bk.Backing.__dataclass_fields__[name].type) else 1)
        getattr(b, name).add(("b", 2) if "tuple" in str(bk.Backing.__dataclass_fields__[name].type) else 2)
    a.amounts.append((10.0, "EUR"))
    b.amounts.append((5.0, "EUR"))
    a.examples["amount"] = ["10 EUR"]
    b.examples["amount"] = ["10 EUR", "5 EUR"]
    b.full = b.tomorrow = b.month_end = b.spans_1day = True
    merged = bk.Backing()
    merged.merge(a)
    merged.merge(b)
    for name in set_fields:
        assert getattr(merged, name) == getattr(a, name) | getattr(b, name), name
    assert merged.amounts == [(10.0, "EUR"), (5.0, "EUR")]
    assert merged.examples == {"amount": ["10 EUR", "5 EUR"]}
    assert merged.full and merged.tomorrow and merged.month_end and merged.spans_1day


def test_backing_for_is_a_fresh_copy_each_time() -> None:
    first = bk.backing_for(["Refunds of 20 EUR within 14 days."])
    first.amounts.clear()
    first.concepts.clear()
    again = bk.backing_for(["Refunds of 20 EUR within 14 days."])
    assert again.amounts and "refund" in again.concepts


def _detect_per_word(text: str) -> Counter[str]:
    """The folded word counts as detect_language used to build them, word by word."""
    words = [w.lower() for w in text_mod._WORD.findall(text)]
    folded: Counter[str] = Counter()
    for w, n in Counter(words).items():
        folded[w.translate(text_mod._TR_FOLD)] += n
    return folded


def test_language_counts_from_the_whole_text_equal_word_by_word(texts: list[str]) -> None:
    for t in texts[::3]:
        if "\u0130" in t:
            continue  # that text takes the word-by-word path itself
        low = t.lower()
        assert text_mod._WORD.findall(low) == [w.lower() for w in text_mod._WORD.findall(t)]
        assert Counter(text_mod._WORD.findall(low.translate(text_mod._TR_FOLD))) == _detect_per_word(t)


def test_internal_note_gates_never_skip_a_match(texts: list[str]) -> None:
    from drafter.evaluation.checks.clean_text import _INTERNAL, _INTERNAL_GATES

    samples = [*texts, "INTERNAL: check", "Note to self - call", "cc Sandra", "@maria pls", "(dahili)", "[NB Claire - ask]"]
    for text in samples:
        for gate, pat in zip(_INTERNAL_GATES, _INTERNAL, strict=True):
            if pat.search(text) is not None:
                assert any(g in text for g in gate), (pat.pattern, text[:80])


def test_gated_sarcasm_finds_what_the_plain_alternation_finds(texts: list[str]) -> None:
    import re

    from drafter.evaluation.langs import PACKS
    from drafter.text import normalize, split_sentences

    sentences = [s.text for t in texts[::3] for s in split_sentences(t)]
    assert len(sentences) > 5000
    for lang, pack in PACKS.items():
        plain = re.compile(pack.sarcasm.pattern)
        for sentence in sentences:
            norm = normalize(sentence, lang)
            a, b = plain.search(norm), pack.sarcasm.search(norm)
            assert (a and a.span()) == (b and b.span()), (lang, sentence)


def test_required_literals_reads_what_every_match_contains() -> None:
    from drafter.evaluation.langs.gate import required_literals

    assert required_literals(r"\bas i'm sure you (?:noticed|know)\b") == ("as i'm sure you ",)
    assert required_literals(r"\b(?:lucky you|what a surprise)\b") == ("lucky you", "what a surprise")
    assert required_literals(r"\bx?(?:ab)?\b") is None  # nothing required, or too short to filter
    assert required_literals(r"(?:keep it|stay) (?:in )?perspective") == ("perspective",)
    assert required_literals(r"(?i)as i'm sure") is None  # "AS I'M SURE" matches too


def test_needles_read_what_every_match_contains() -> None:
    import re

    from drafter.evaluation.langs.gate import needles

    # however short, and only the shortest of strings that contain one another
    assert needles(re.compile(r"\b(?:cc|fyi) ?:|before sending|\bbefore ")) == (":", "before ")
    assert needles(re.compile(r"\bx?(?:ab)?\b")) is None  # a match may hold nothing at all
    assert needles(re.compile(r"(?i)note")) is None  # "NOTE" matches too
    assert needles(re.compile(r"a(?i:note)|b")) == ("a", "b")  # "aNOTE" matches: not "note"
    assert needles(re.compile(r"ab(?i:note)")) == ("ab",)


def test_any_pack_needles_never_skip_a_match(texts: list[str]) -> None:
    from drafter.evaluation.checks._shared import _union, any_pack_matches
    from drafter.text import normalize

    lines = {ln.strip() for t in texts[::2] for ln in t.split("\n") if ln.strip()}
    assert len(lines) > 3000
    for attr in ("internal_note", "signoff", "greeting", "follow_up"):
        pattern, needed = _union(attr)
        assert needed is not None, attr
        for line in lines:
            for lang in ("tr", "en", "ar"):
                norm = normalize(line, lang)
                assert any_pack_matches(attr, norm) == (pattern.search(norm) is not None), (attr, norm)


def test_placeholder_gates_never_skip_a_match(texts: list[str]) -> None:
    from drafter.evaluation.checks.clean_text import _PLACEHOLDER_GATES, _PLACEHOLDERS

    samples = [*texts, "Hi [NAME],", "{{first_name}}", "<customer>", "Ref XXXX", "ref xX", "___", "%NAME%", "${name}"]
    for text in samples:
        for gate, pat in zip(_PLACEHOLDER_GATES, _PLACEHOLDERS, strict=True):
            if pat.search(text) is not None:
                assert any(g in text for g in gate), (pat.pattern, text[:80])


def test_mostly_cased_counts_as_the_letter_runs_do(texts: list[str]) -> None:
    from drafter.evaluation.checks.clean_text import _CASED, _LETTERS, _mostly_cased

    for t in [*texts, "", "123 !!", "çok güzel", "مرحبا Ali"]:
        counted = sum(map(len, _CASED.findall(t))) > 0.5 * sum(map(len, _LETTERS.findall(t)))
        assert _mostly_cased(t) == counted, t[:80]


def test_split_squeezes_exactly_the_whitespace_regex_squeezes(texts: list[str]) -> None:
    import re
    import sys

    space = re.compile(r"\s")
    assert all((space.match(chr(c)) is not None) == chr(c).isspace() for c in range(sys.maxunicode + 1))
    runs = re.compile(r"\s+")
    for t in [*texts[::3], "  a \t\n b\u00a0\u2009c  ", "", " \n "]:
        assert " ".join(t.split()) == runs.sub(" ", t).strip()


def test_language_folded_counts_from_the_word_list(texts: list[str]) -> None:
    for t in texts[::3]:
        if "\u0130" in t:
            continue
        low = t.lower()
        words = text_mod._WORD.findall(low)
        from_text = Counter(text_mod._WORD.findall(low.translate(text_mod._TR_FOLD)))
        assert Counter(" ".join(words).translate(text_mod._TR_FOLD).split()) == from_text


def test_word_starters_are_the_starters_and_the_other_starters(arabic_words: set[str]) -> None:
    assert all(k.isascii() for k in nm._STARTERS)
    assert all("\u0600" <= k[0] <= "\u06ff" for k in nm._AR_STARTERS | nm._AR_TOMORROW)
    for w in [*arabic_words, *nm._STARTERS, "the", "gun", "çok", "x"]:
        assert (w in nm._WORD_STARTERS) == (w in nm._STARTERS or (not w.isascii() and nm._other_starter(w)))


def test_needled_patterns_find_what_the_plain_patterns_find(texts: list[str]) -> None:
    from drafter.evaluation.checks import grounded as gr
    from drafter.text import split_sentences

    for t in texts[::2]:
        folded = nm.fold(t)
        plain = [m.span() for m in bk._REPLY_LATIN.pattern.finditer(folded)]
        assert [m.span() for m in bk._REPLY_LATIN.finditer(folded)] == plain
        assert bool(gr.CHARGED_TWICE.search(folded)) == bool(gr.CHARGED_TWICE.pattern.search(folded))
        for s in split_sentences(t):
            f = nm.fold(s.text)
            assert bool(gr._EXAMPLE.search(f)) == bool(gr._EXAMPLE.pattern.search(f))


def test_needled_whole_text_scans_find_what_the_plain_patterns_find(texts: list[str]) -> None:
    from drafter.evaluation.checks import _bands as bd
    from drafter.evaluation.checks import grounded as gr
    from drafter.text import split_sentences

    gated = [
        gr._SOON, gr._PER_DAY, gr._PAST_BEFORE, gr._CONTACT_PLAN, gr._OTHER_CUSTOMERS,
        gr._PAID_BACK_ARRIVES, gr._APOLOGY, bk._PER_UNIT_BEFORE, bk._AR_DUAL_MASCULINE, bd._REFUNDED,
        gr._TAX_INCLUDED,
    ]  # fmt: skip
    for t in texts[::3]:
        folded = nm.fold(t)
        for n in gated:
            assert [m.span() for m in n.finditer(folded)] == [m.span() for m in n.pattern.finditer(folded)]
            # (searched between offsets, as at each mention: "since 3 days", "per guest: 82.00")
            for m in nm.extract(t):
                for pos, end in ((0, m.start), (max(0, m.start - 20), m.start), (m.start, m.end)):
                    a, b = n.search(folded, pos, end), n.pattern.search(folded, pos, end)
                    assert (a and a.span()) == (b and b.span()), (n.pattern.pattern[:40], t[:80])
        for s in split_sentences(t):
            f = nm.fold(s.text)
            for n in gated:
                assert (n.search(f) and n.search(f).span()) == (n.pattern.search(f) and n.pattern.search(f).span())  # type: ignore[union-attr]


def test_first_matching_line_is_the_union_line_by_line(texts: list[str]) -> None:
    from drafter.evaluation.checks._shared import _union, first_matching_line
    from drafter.text import normalize

    pattern, _ = _union("internal_note")
    samples = [*texts, "Hi Jo,\nNB - check the fee\nThanks", "Merhaba,\n(iç not: müşteri VIP)\nSaygılar", "cc: @maria\nok"]
    for t in samples:
        for lang in ("tr", "en", "ar"):
            norms = [normalize(ln.strip(), lang) for ln in t.split("\n") if ln.strip()]
            plain = next((i for i, n in enumerate(norms) if pattern.search(n) is not None), None)
            assert first_matching_line("internal_note", norms) == plain, (lang, t[:80])


def test_backing_without_concepts_differs_only_in_its_concepts(texts: list[str]) -> None:
    for t in texts[::3]:
        full, bare = bk.backing_for([t]), bk.backing_for([t], concepts=False)
        assert bare.concepts == set()
        assert full.concepts == (set(bk._passage_concepts(t)) if t else set())
        for f in fields(bk.Backing):
            if f.name != "concepts":
                assert getattr(full, f.name) == getattr(bare, f.name), (f.name, t[:80])


_LETTER_RUN = re.compile(r"[^\W\d_]+")
_TOK_PLAIN = re.compile(r"(\d+(?:[.,]\d+)*)|([^\W\d_]+)|([%$€£₺¥₹﷼#+\-–—])")


def test_letter_runs_are_the_unicode_letter_runs(texts: list[str]) -> None:
    every_ascii = "".join(map(chr, range(128)))
    for t in [*texts, every_ascii]:
        for s in (t, t.lower(), nm.fold(t)):
            assert text_mod.letter_runs(s) == _LETTER_RUN.findall(s)


def test_ascii_tokens_are_the_unicode_tokens(texts: list[str]) -> None:
    every_ascii = "".join(map(chr, range(128)))
    for t in [*texts, every_ascii]:
        work = nm.fold(t)
        plain = [
            (m.lastindex or 0, m.group().replace("\u0640", ""), m.start(), m.end())
            for m in _TOK_PLAIN.finditer(work)
        ]
        assert nm._tokenize(work) == plain


_SENT_END_PLAIN = re.compile(
    r"(?<=[.!?؟。])(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bProf\.)(?<!\bDoç\.)(?<!\bOp\.)(?<!\bAv\.)(?<!\bUzm\.)(?<!\sأ\.)\s+|\n+"
)


def test_sentence_breaks_are_the_lookbehind_first_breaks(texts: list[str]) -> None:
    built = ["Dr. Ali.\n\nOk!\u00a0 Next\r\n \n end?\n", "Doç. Dr. Ayşe. Op. Av.  Uzm.\tx", "。 a؟ b", "\n", "", "عند أ. رامي. أ. ب"]
    for t in [*texts, *built]:
        assert [m.span() for m in text_mod._SENT_END.finditer(t)] == [m.span() for m in _SENT_END_PLAIN.finditer(t)]
