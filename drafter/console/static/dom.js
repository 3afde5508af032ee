// Small DOM helpers. Text always goes in through textContent, never innerHTML, so
// customer messages and replies can't inject markup.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "text") el.textContent = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

const SVG = "http://www.w3.org/2000/svg";
export function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) el.setAttribute(k, v);
  for (const c of children.flat()) if (c) el.append(c);
  return el;
}

export const $ = (sel, root = document) => root.querySelector(sel);
export const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

export function mount(templateId) {
  const main = $("#main");
  main.replaceChildren($(`#${templateId}`).content.cloneNode(true));
  return main;
}

export function announce(text) {
  // Re-set so a repeated message is read again.
  const live = $("#announce");
  live.textContent = "";
  setTimeout(() => { live.textContent = text; }, 30);
}

export function flash(text, items = []) {
  const el = $("#flash");
  el.replaceChildren(h("p", { text }), items.length ? h("ul", {}, items.map((t) => h("li", { text: t }))) : "",
    h("button", { type: "button", class: "link", text: "Dismiss", onclick: () => { el.hidden = true; } }));
  el.hidden = false;
}

const RTL = new Set(["ar", "he", "fa", "ur"]);
export const dirOf = (lang) => (RTL.has((lang || "").slice(0, 2)) ? "rtl" : "ltr");
export const LANGS = { en: "English", tr: "Türkçe", ar: "العربية" };

export function pct(x) { return x === null || x === undefined ? "–" : `${Math.round(x * 100)}%`; }

export function ago(iso) {
  const mins = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 60000));
  if (mins < 1) return "just now";
  if (mins < 60) return `${mins} min`;
  const hours = Math.round(mins / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} d`;
}

export function when(iso) {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

// The API counts offsets in Unicode code points (Python); JS strings index UTF-16 units.
export function cpToUnit(text, cp) {
  let unit = 0;
  for (let i = 0; i < cp && unit < text.length; i++) unit += text.codePointAt(unit) > 0xffff ? 2 : 1;
  return unit;
}
