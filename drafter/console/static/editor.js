// The reply editor: a plain <textarea> over a mirror <div> that paints the failing
// checks' evidence spans behind the text. The textarea keeps native editing, undo,
// spell-check and IME input; the mirror only draws (aria-hidden).
import { cpToUnit, h } from "./dom.js";

export class Editor {
  constructor(textarea, backdrop) {
    this.ta = textarea;
    this.bd = backdrop;
    this.marks = [];
    this.ta.addEventListener("input", () => this.paint());
    new ResizeObserver(() => this.fit()).observe(this.ta);
  }

  setDirection(lang, dir) {
    for (const el of [this.ta, this.bd]) { el.lang = lang || ""; el.dir = dir; }
  }

  get value() { return this.ta.value; }
  set value(text) { this.ta.value = text; this.paint(); }

  // The textarea grows with its text, so the mirror never needs to scroll with it.
  fit() {
    this.ta.style.height = "auto";
    this.ta.style.height = `${this.ta.scrollHeight + 2}px`;
  }

  // ranges: [{start, end, severity, name}] in UTF-16 units of `text`, where `text` is the
  // value the checks ran on; if it changed since, the marks wait for the next result.
  setMarks(ranges, text) {
    this.marks = text === this.ta.value ? ranges : [];
    this.paint();
  }

  paint() {
    const text = this.ta.value;
    const parts = [];
    let at = 0;
    const sorted = [...this.marks].sort((a, b) => a.start - b.start);
    for (const m of sorted) {
      const start = Math.max(m.start, at);
      if (m.end <= start || m.end > text.length) continue;
      parts.push(text.slice(at, start));
      parts.push(h("mark", { class: m.severity, "data-check": m.name, text: text.slice(start, m.end) }));
      at = m.end;
    }
    // A trailing newline needs a character after it to take up a line in the mirror.
    parts.push(text.slice(at) + "\u200b");
    this.bd.replaceChildren(...parts);
    this.fit();
  }

  select(start, end) {
    this.ta.focus();
    this.ta.setSelectionRange(start, end);
    const line = this.ta.value.slice(0, start).split("\n").length;
    const y = this.ta.getBoundingClientRect().top + window.scrollY + line * parseFloat(getComputedStyle(this.ta).lineHeight);
    window.scrollTo({ top: Math.max(0, y - window.innerHeight / 3), behavior: "smooth" });
  }
}

// Where each failing check points in `text`: its span and its details' spans (code
// points), or, without any, the first occurrence of its evidence.
export function spansOf(checks, text) {
  const out = [];
  for (const c of checks) {
    if (c.passed || !c.applicable) continue;
    const spans = [c.span, ...(c.details || []).map((d) => d.span)].filter((x) => Array.isArray(x) && x.length === 2);
    for (const [a, b] of spans) out.push({ start: cpToUnit(text, a), end: cpToUnit(text, b), severity: c.severity, name: c.name });
    if (!spans.length && c.evidence && text.includes(c.evidence)) {
      const start = text.indexOf(c.evidence);
      out.push({ start, end: start + c.evidence.length, severity: c.severity, name: c.name });
    }
  }
  return out.filter((m) => m.end > m.start);
}
