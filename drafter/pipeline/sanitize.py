"""Customer text as plain text, before it reaches analysis and any prompt.

Helpdesks hand over HTML and e-mail bodies. What a model (or the analysis) should see
is what the customer wrote: no markup, no scripts or styles, no invisible characters
that reorder or hide text, and not the quoted history of earlier mails (which is our
own earlier reply, and would be read as the customer's words). The stored request is
left as it came; only the text that is drafted from is cleaned.

Agent names end up in the signature, so one that is not a name (a sentence, markup, an
instruction) is not used: the brand's agent signs instead. A language hint that is not a
language code is dropped (it would otherwise name files and reach prompts).
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

# Tags that make a body HTML rather than text that happens to contain "<".
_HTML_HINT = re.compile(
    r"<\s*/?\s*(html|head|body|div|p|br|span|script|style|table|tr|td|a|img|b|i|u|strong|em|ul|ol|li|h[1-6]|blockquote|"
    r"pre|font|center|meta|title|iframe|object|embed|svg|form|input|button|noscript|template|link|base)\b[^>]*>|<!--",
    re.IGNORECASE,
)
# Invisible characters that hide or reorder text (bidi embeddings, overrides and
# isolates, zero-width space, word joiner, BOM) and C0/C1 controls other than tab and
# newline. Joiners (U+200C/D) and direction marks (U+200E/F) stay: scripts use them.
_INVISIBLE = re.compile("[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Where quoted e-mail history starts: "On Mon, 3 Nov 2026 at 10:00, X <x@y> wrote:",
# Outlook's "-----Original Message-----" or its "From: … Sent: …" header block.
_QUOTE_START = re.compile(
    r"^\s*(?:-{2,}\s*original message\s*-{2,}|on\b[^\n]{0,200}\bwrote:\s*$|from:\s[^\n]+\n\s*(?:sent|date):\s)",
    re.IGNORECASE | re.MULTILINE,
)
_LANGUAGE = re.compile(r"([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*")
_NOT_A_NAME = re.compile(r"[\n\r\t:;!?{}\[\]<>|\\/@#$%^*=~`\"“”]")


class _Text(HTMLParser):
    BLOCK = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol"})
    SKIP = frozenset({"script", "style", "head", "title", "iframe", "object", "embed", "svg", "noscript", "template", "math"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text))


def html_to_text(html: str) -> str:
    """The visible text of an HTML body; scripts, styles and embedded objects dropped."""
    p = _Text()
    p.feed(html)
    p.close()
    return "".join(p.parts)


def strip_quoted_history(text: str) -> str:
    """The new part of an e-mail: cut at the quoted earlier mail, drop trailing `>` lines."""
    m = _QUOTE_START.search(text)
    if m and text[: m.start()].strip():
        text = text[: m.start()]
    lines = text.split("\n")
    while lines and (lines[-1].lstrip().startswith(">") or not lines[-1].strip()):
        lines.pop()
    kept = "\n".join(lines)
    return kept if kept.strip() else text


def sanitize_message(text: str) -> str:
    """Plain text of a customer's message (idempotent)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if looks_like_html(text):
        text = html_to_text(text)
    elif "&" in text:
        text = unescape(text)
    text = _INVISIBLE.sub("", text)
    text = strip_quoted_history(text)
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def clean_agent_name(name: str | None) -> str | None:
    """The agent's name for the signature, or None when the value is not a person's name."""
    if not name:
        return None
    text = _INVISIBLE.sub("", html_to_text(name) if looks_like_html(name) else name).strip()
    if not text or _NOT_A_NAME.search(text):
        return None
    text = re.sub(r" {2,}", " ", text)
    return text if len(text) <= 60 and len(text.split(" ")) <= 5 else None


def clean_language(code: str | None) -> str | None:
    """An ISO 639 code from a language hint ("en", "tr-TR" -> "tr"), or None when the hint
    is not a language code (it is then detected from the message, as without a hint)."""
    m = _LANGUAGE.fullmatch((code or "").strip().lower())
    return m.group(1) if m else None
