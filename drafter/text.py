"""Language-aware text utilities shared by analysis, composition and the checks.

Normalisation makes matching robust: Turkish dotted/dotless i, Arabic diacritics,
tatweel, letter variants and Arabic-Indic digits. Offsets into the original text are
preserved by the sentence splitter so that evidence can be highlighted.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple

_AR_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_AR_TATWEEL = "\u0640"
_AR_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "گ": "ك",
        "ک": "ك",
        "ی": "ي",
    }
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_PUNCT_AR = str.maketrans({"،": ",", "؛": ";", "؟": "?"})
_TR_FOLD = str.maketrans("ıışğçöüâîû", "iisgcouaiu")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def _table(*maps: Mapping[int, object]) -> list[str]:
    """One 1:1 translation as a list indexed by code point: str.translate reads a list
    two to three times faster than a dict, and a code point past its end (IndexError)
    is kept as it is."""
    merged: dict[int, str] = {}
    for m in maps:
        for k, v in m.items():
            merged[k] = chr(v) if isinstance(v, int) else str(v)
    return [merged.get(c, chr(c)) for c in range(max(merged) + 1)]


# Everything normalisation maps one character to one character, in one pass. The
# Arabic letters and punctuation map to themselves in text that has none, so applying
# them to every text gives what applying them only to Arabic text gives.
_ONE_TO_ONE = _table(_DIGITS, _QUOTES, _AR_LETTERS, _PUNCT_AR)
_ONE_TO_ONE_TR = _table(_DIGITS, _QUOTES, _AR_LETTERS, _PUNCT_AR, _TR_FOLD)
_TR_FOLD_LIST = _table(_TR_FOLD)


def to_ascii_digits(text: str) -> str:
    return text.translate(_DIGITS)


def fold_turkish(text: str) -> str:
    """Lower-case with Turkish rules, then drop the dotless/dotted distinction.

    Customers type Turkish on keyboards without ı/İ/ş/ğ/ç/ö/ü; folding to ASCII-ish
    letters lets one pattern match "özür dilerim", "ozur dilerim" and "ÖZÜR DİLERİM".
    """
    text = text.replace("İ", "i").replace("I", "ı").lower()
    return text.translate(_TR_FOLD_LIST)


def fold_arabic(text: str) -> str:
    """Arabic without diacritics or tatweel, one form per letter (أ/إ/آ -> ا, ة -> ه, ى -> ي)."""
    return _AR_DIACRITICS.sub("", text).replace(_AR_TATWEEL, "").translate(_AR_LETTERS)


@lru_cache(maxsize=16384)
def normalize(text: str, language: str | None = None) -> str:
    """A matching key: case-folded, language-folded, digits in ASCII, spaces squeezed.

    Memoised: the checks of one reply ask for the same names, sentences and sources again.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    if language == "tr" or (language is None and _TR_LETTERS.search(text)):
        text = text.replace("İ", "i").replace("I", "ı").lower().translate(_ONE_TO_ONE_TR)
    else:
        text = text.lower()
        if not text.isascii():
            text = text.translate(_ONE_TO_ONE)
    if language == "ar" or (not text.isascii() and _ARABIC_CHAR.search(text)):
        text = _AR_DIACRITICS.sub("", text).replace(_AR_TATWEEL, "")
    # squeeze and trim whitespace: str.split() splits on exactly what \s matches, and
    # runs several times faster than a substitution that rewrites every single space
    return " ".join(text.split())


def normalize_map(text: str, language: str | None = None) -> tuple[str, list[int]]:
    """`normalize(text, language)` plus, for each character of the result, its offset in
    `text`, so that a pattern matched on the folded text can be highlighted in the original.

    Fast path: when every step keeps or deletes characters one for one (the usual case:
    case and Turkish folding, Arabic letter forms and digits are 1:1; diacritics,
    tatweel and squeezed spaces are deletions), the offsets come from the deleted runs.
    Anything else (NFKC expansions, a lower-casing that changes length) goes through the
    per-character path.
    """
    if unicodedata.is_normalized("NFKC", text):
        fast = _normalize_map_fast(text, language)
        if fast is not None:
            return fast
    return _normalize_map_slow(text, language)


_TR_LETTERS = re.compile("[ğışİĞŞ]")
_ARABIC_CHAR = re.compile("[\u0600-\u06ff]")
_DELETE_AR = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+")
_SPACE_RUN = re.compile(r"\s+")
_ODD_SPACE = re.compile(r"[^\S ]")


def _normalize_map_fast(text: str, language: str | None) -> tuple[str, list[int]] | None:
    turkish = language == "tr" or (language is None and _TR_LETTERS.search(text) is not None)
    arabic = language == "ar" or _ARABIC_CHAR.search(text) is not None
    if turkish:
        t = text.replace("İ", "i").replace("I", "ı").lower().translate(_ONE_TO_ONE_TR)
    else:
        t = text.lower()
        if not t.isascii():
            t = t.translate(_ONE_TO_ONE)
    if len(t) != len(text):
        return None
    # deleted spans: Arabic marks, and every whitespace run but one space (none at the ends)
    cuts: list[tuple[int, int]] = []
    if arabic:
        cuts.extend(m.span() for m in _DELETE_AR.finditer(t))
    for m in _SPACE_RUN.finditer(t):
        a, b = m.span()
        if a == 0 or b == len(t):
            cuts.append((a, b))
        elif b - a > 1 or t[a] != " ":
            cuts.append((a + 1, b))
    if not cuts:
        return t, list(range(len(t)))
    cuts.sort()
    chars: list[str] = []
    index: list[int] = []
    pos = 0
    for a, b in cuts:
        if a > pos:
            chars.append(t[pos:a])
            index.extend(range(pos, a))
        pos = max(pos, b)
    if pos < len(t):
        chars.append(t[pos:])
        index.extend(range(pos, len(t)))
    out = "".join(chars)
    # whitespace runs keep their first character; make it a plain space like normalize()
    if _ODD_SPACE.search(out):
        out = _ODD_SPACE.sub(" ", out)
    # a space left between two deleted runs may now double up or sit at an end
    if "  " in out or out != out.strip():
        return None
    return out, index


def _normalize_map_slow(text: str, language: str | None) -> tuple[str, list[int]]:
    turkish = language == "tr" or (language is None and re.search("[ğışİĞŞ]", text) is not None)
    arabic = language == "ar" or re.search("[\u0600-\u06ff]", text) is not None
    chars: list[str] = []
    index: list[int] = []
    space = True  # drop leading spaces and squeeze runs, like normalize()
    for i, ch in enumerate(text):
        piece = unicodedata.normalize("NFKC", ch).translate(_DIGITS).translate(_QUOTES)
        piece = fold_turkish(piece) if turkish else piece.lower()
        if arabic:
            piece = _AR_DIACRITICS.sub("", piece).replace(_AR_TATWEEL, "")
            piece = piece.translate(_AR_LETTERS).translate(_PUNCT_AR)
        for c in piece:
            if c.isspace():
                if space:
                    continue
                c = " "
                space = True
            else:
                space = False
            chars.append(c)
            index.append(i)
    if chars and chars[-1] == " ":
        chars.pop()
        index.pop()
    return "".join(chars), index


def strip_accents(text: str) -> str:
    """Latin letters without their accents ("Lucía" -> "Lucia"); other scripts untouched."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Sentence(NamedTuple):
    """A sentence or line and its offsets (a named tuple: built ~10 times per reply, and a
    frozen dataclass costs several times more to construct)."""

    text: str
    start: int
    end: int


# (a title's full stop ends no sentence: "Sizi 16 Nisan 11:00'de Dr. Tunç'a yazdım", "عند أ. رامي")
# Every break starts with a space or a line break, and the pattern starts with that
# character (the look-behinds come after it): the engine then skips to the next
# whitespace at once instead of trying the look-behinds at every position.
_SENT_END = re.compile(
    r"\s(?:(?<=[.!?؟。]\s)(?<!\bDr\.\s)(?<!\bMr\.\s)(?<!\bMs\.\s)(?<!\bMrs\.\s)(?<!\bProf\.\s)(?<!\bDoç\.\s)"
    r"(?<!\bOp\.\s)(?<!\bAv\.\s)(?<!\bUzm\.\s)(?<!\sأ\.\s)\s*|(?<=\n)\n*)"
)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences and lines with their offsets in `text` (lines count as boundaries)."""
    out: list[Sentence] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        _add(out, text, pos, m.start())
        pos = m.end()
    _add(out, text, pos, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    out.append(Sentence(stripped, s, s + len(stripped)))


# ------------------------------------------------------------------ language detection

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        ["the", "and", "you", "your", "is", "are", "to", "of", "for", "we", "i", "have", "has", "this", "that", "with", "will", "it", "be", "on", "in", "not", "please", "thanks", "thank", "can", "our", "my", "me", "was", "at", "as", "an", "a"]
    ),
    "tr": frozenset(
        ["ve", "bir", "bu", "için", "ile", "de", "da", "ne", "çok", "sizin", "size", "bize", "biz", "ben", "mi", "mı", "değil", "olarak", "teşekkür", "lütfen", "merhaba", "sayın", "iyi", "günler", "ama", "ancak", "gibi", "daha", "kadar"]
    ),
    "de": frozenset(
        ["der", "die", "das", "und", "ist", "nicht", "sie", "wir", "ich", "mit", "für", "auf", "den", "ein", "eine", "zu", "bitte", "ihr", "ihre", "ihnen", "ihren", "unsere", "unserer", "unser", "sich", "auch", "noch", "haben", "habe", "hat", "wird", "werden", "sehr", "vielen", "dank", "danke", "etwas", "kann", "können", "sonst", "hallo", "grüße", "dem", "des", "im", "zum", "zur", "bei", "von", "aus", "wie"]
    ),
    "fr": frozenset(
        ["le", "la", "les", "et", "est", "pas", "vous", "nous", "je", "avec", "pour", "sur", "un", "une", "des", "merci", "votre", "vos", "du", "au", "aux", "ce", "cette", "qui", "que", "dans", "bonjour", "cordialement", "très"]
    ),
    "es": frozenset(
        ["el", "la", "los", "las", "y", "es", "no", "usted", "nosotros", "yo", "con", "para", "un", "una", "gracias", "su", "por", "del", "al", "que", "hola", "saludo", "muy", "está", "sus"]
    ),
    "it": frozenset(["il", "lo", "la", "gli", "le", "e", "è", "non", "voi", "noi", "io", "con", "per", "un", "una", "grazie", "suo"]),
    "nl": frozenset(["de", "het", "een", "en", "is", "niet", "u", "wij", "ik", "met", "voor", "op", "bedankt", "uw"]),
    "pt": frozenset(["o", "a", "os", "as", "e", "é", "não", "você", "nós", "eu", "com", "para", "um", "uma", "obrigado", "seu"]),
    "id": frozenset(["dan", "yang", "di", "ke", "dari", "ini", "itu", "saya", "anda", "kami", "tidak", "untuk", "dengan", "terima", "kasih"]),
    "pl": frozenset(["się", "nie", "jest", "dla", "że", "na", "do", "od", "za", "pan", "pani", "panie", "pana", "dzień", "dobry", "dziękuję", "dziękujemy", "pozdrawiam", "proszę", "oraz", "przez", "już", "może", "są", "jak", "tak", "czy", "który", "która", "które", "państwa", "zamówienie"]),
}
_STOPWORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in _words:
        _STOPWORD_LANGS[_w] = (*_STOPWORD_LANGS.get(_w, ()), _lang)
_TR_CHARS = re.compile("[ğışİĞŞ]")
_PL_CHARS = re.compile("[ąęłńśźżĄĘŁŃŚŹŻ]")
_TR_SHARED = re.compile("[çöüÇÖÜ]")
# ASCII spellings of frequent Turkish words (only those that are not English words)
_TR_ASCII = frozenset(
    ["icin", "cok", "tesekkur", "tesekkurler", "tesekkurederim", "sizin", "size", "bize", "degil", "lutfen", "merhaba", "gunler", "iyi", "ederim", "ettim", "edildi", "olarak", "olan", "misiniz", "miyim", "musunuz", "var", "yok", "simdi", "hemen", "yarin", "bugun", "sonra", "once", "gibi", "kadar", "ancak", "fakat", "cunku", "sayin", "hanim", "bey"]
)
# str.endswith with a tuple: a regex anchored at "$" is tried at every position of a word
_TR_SUFFIX = (
    "iniz", "inizi", "inize", "imiz", "unuz", "yor", "yoruz", "yorum", "acak", "ecek",
    "acagim", "ecegim", "acagiz", "ecegiz", "dim", "dik", "tim", "tik", "mis", "misiniz",
    "lari", "leri", "larin", "lerin", "dan", "den", "tan", "ten",
)  # fmt: skip
_SCRIPTS: list[tuple[str, re.Pattern[str]]] = [
    ("ar", re.compile("[\u0600-\u06ff]+")),
    ("ru", re.compile("[\u0400-\u04ff]+")),
    ("el", re.compile("[\u0370-\u03ff]+")),
    ("he", re.compile("[\u0590-\u05ff]+")),
    ("zh", re.compile("[\u4e00-\u9fff]+")),
    ("ja", re.compile("[\u3040-\u30ff]+")),
    ("ko", re.compile("[\uac00-\ud7af]+")),
    ("hi", re.compile("[\u0900-\u097f]+")),
    ("th", re.compile("[\u0e00-\u0e7f]+")),
]
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# what _WORD matches in ASCII text, found twice as fast (no Unicode category tests)
_WORD_ASCII = re.compile(r"[A-Za-z]+")


def letter_runs(text: str) -> list[str]:
    """Every run of letters in `text` (what `[^\\W\\d_]+` finds)."""
    return (_WORD_ASCII if text.isascii() else _WORD).findall(text)

_NON_LATIN = re.compile("[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def detect_language(text: str, default: str = "und") -> str:
    """ISO 639-1 code of `text` by script, then by function words (no model needed).

    Returns `default` when the text holds too little evidence (emoji, numbers).
    """
    # lower-casing the text is lower-casing each word, except where "İ" becomes two
    # characters and splits its word
    ascii = text.isascii()
    low = text.lower() if "\u0130" not in text else None
    words = letter_runs(low) if low is not None else [w.lower() for w in _WORD.findall(text)]
    n_letters = sum(map(len, words))
    if not n_letters:
        return default
    if not ascii and _NON_LATIN.search(text) is not None:  # most replies: one scan instead of nine
        for code, pat in _SCRIPTS:  # characters counted by runs: a list of words, not of letters
            if sum(map(len, pat.findall(text))) >= max(2, 0.3 * n_letters):
                return code
    counts = Counter(words)
    scores = dict.fromkeys(_STOPWORDS, 0.0)
    # only the function words among the distinct words (the scores are whole numbers,
    # so the order of the sums does not matter)
    for w in counts.keys() & _STOPWORD_LANGS.keys():
        n = counts[w]
        for lang in _STOPWORD_LANGS[w]:
            scores[lang] += n
    if not ascii:
        # ğ ı ş are Turkish only; ç ö ü are shared with German and French, so count less
        scores["tr"] += 2 * len(_TR_CHARS.findall(text)) + 0.3 * len(_TR_SHARED.findall(text))
        scores["pl"] += 2 * len(_PL_CHARS.findall(text))  # ą ę ł ń ś ź ż: Polish only
    # Turkish typed without its letters ("hesabinizi iptal ettim") still shows its
    # function words and suffixes once folded to ASCII. Both sums add up each distinct
    # word's count under its folded spelling, so the distinct words are folded (one
    # translation of them joined: folding maps letters to letters, one for one) and
    # never counted again.
    distinct = list(counts)
    spelled = distinct if ascii else " ".join(distinct).translate(_TR_FOLD_LIST).split()
    folded = list(zip(spelled, counts.values(), strict=True))
    scores["tr"] += sum(n for w, n in folded if w in _TR_ASCII)
    scores["tr"] += 0.5 * sum(n for w, n in folded if len(w) > 4 and w.endswith(_TR_SUFFIX))
    best = max(scores, key=scores.__getitem__)
    if scores[best] == 0:
        return default
    return best


def first_name(full_name: str) -> str:
    parts = full_name.strip().split()
    if not parts:
        return ""
    honorifics = {"mr", "mrs", "ms", "dr", "sayın", "bay", "bayan", "السيد", "السيدة"}
    while len(parts) > 1 and parts[0].lower().strip(".") in honorifics:
        parts = parts[1:]
    return parts[0]
