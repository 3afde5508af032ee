// The queue: drafts waiting for review, angriest and most urgent first (the API's order),
// with the reasons; filters; refreshed every few seconds so new drafts show up.
import { api } from "./api.js";
import { $, $$, LANGS, ago, announce, dirOf, h, mount } from "./dom.js";
import { customerName, state } from "./state.js";

const POLL_MS = 4000;
const INTENTS = ["cancel", "refund", "billing_dispute", "complaint", "service_outage", "reschedule", "question", "praise"];
export const CHECKS = ["greeting", "signature", "apology", "ownership", "no_redirect", "next_step", "grounded",
  "no_upsell", "follow_up", "language", "clean_text", "tone"];

let selected = 0;

const failing = (d) => (d.evaluation ? [...d.evaluation.blocking_failures, ...d.evaluation.advisory_failures] : []);

function row(d, fresh) {
  const ev = d.evaluation;
  const checks = !ev ? h("span", { class: "muted", text: d.status === "failed" ? "drafting failed" : "not checked yet" })
    : failing(d).length === 0 ? h("span", { class: "ok", text: "✓ all pass" })
      : h("ul", { class: "chips" },
        ev.blocking_failures.map((n) => h("li", { class: "chip bad", text: `✗ ${n}` })),
        ev.advisory_failures.map((n) => h("li", { class: "chip warn", text: `! ${n}` })));
  const score = d.priority.score;
  return h("tr", { "data-id": d.id, class: fresh ? "fresh" : null },
    h("td", { class: "prio" },
      h("meter", { min: 0, max: 1, value: score, high: 0.4, optimum: 0, "aria-label": `priority ${score.toFixed(2)}` }),
      h("span", { class: "score", text: score.toFixed(2) }),
      h("div", { class: "reasons small", text: d.priority.reasons.join(" · ") })),
    h("td", {},
      h("a", { href: `#/drafts/${d.id}`, class: "open" }, h("bdi", { text: customerName(d.customer_id) })),
      fresh ? h("span", { class: "badge", text: "new" }) : "",
      h("div", { class: "muted small" }, `${d.customer_id} · v${d.version}`, d.status !== "pending_review" ? ` · ${d.status}` : "")),
    h("td", { text: (d.intent || "–").replace("_", " ") }),
    h("td", {}, h("span", { lang: d.language || null, dir: dirOf(d.language), text: LANGS[d.language] || d.language || "–" })),
    h("td", { text: d.channel || "–" }),
    h("td", {}, checks),
    h("td", {}, h("time", { datetime: d.created_at, title: d.created_at, text: ago(d.created_at) })));
}

function select(i, focus = true) {
  const rows = $$("#q-table tbody tr");
  if (!rows.length) return;
  selected = Math.max(0, Math.min(i, rows.length - 1));
  rows.forEach((r, j) => r.classList.toggle("selected", j === selected));
  if (focus) $("a.open", rows[selected]).focus();
}

export function queueKey(k) {
  const rows = $$("#q-table tbody tr");
  if (!rows.length) return false;
  if (k === "j" || k === "ArrowDown") { select(selected + 1); return true; }
  if (k === "k" || k === "ArrowUp") { select(selected - 1); return true; }
  if (k === "o" || k === "Enter" || k === "n") {
    if (document.activeElement && document.activeElement.matches("a.open") && k === "Enter") return false;
    location.hash = `#/drafts/${rows[selected].dataset.id}`;
    return true;
  }
  return false;
}

export async function showQueue(view) {
  const main = mount("t-queue");
  const form = $("#q-filters", main);
  for (const i of INTENTS) form.intent.append(h("option", { value: i, text: i.replace("_", " ") }));
  for (const c of CHECKS) form.check.append(h("option", { value: c, text: c }));
  for (const [k, v] of Object.entries(state.filters)) form[k].value = v;

  selected = 0;
  let lastSignature = "";
  let seen = null;  // ids shown so far; null until the first load (nothing is "new" then)
  let timer = null;
  let stopped = false;
  let controller = null;

  async function load(initial = false) {
    controller = new AbortController();
    const f = state.filters;
    const q = new URLSearchParams({ limit: "200" });
    for (const k of ["status", "language", "intent"]) if (f[k]) q.set(k, f[k]);
    let drafts;
    try {
      drafts = await api(`/v1/drafts?${q}`, { signal: controller.signal });
    } catch (e) {
      if (e.name !== "AbortError" && !stopped && !view.stopped) $("#q-count").textContent = `Could not refresh: ${e.message}`;
      return;
    }
    if (stopped || view.stopped) return;
    // The API has no filter on checks; this one runs here, on the page of up to 200.
    if (f.check === "*") drafts = drafts.filter((d) => failing(d).length);
    else if (f.check) drafts = drafts.filter((d) => failing(d).includes(f.check));
    const time = new Date().toLocaleTimeString();
    $("#q-count").textContent = `${drafts.length} draft${drafts.length === 1 ? "" : "s"} · updated ${time}`;
    // Redraw only when something changed (or the "waiting" minutes moved on), so a
    // screen reader's place in the table is not reset every few seconds.
    const signature = JSON.stringify([Math.floor(Date.now() / 60000), f,
      drafts.map((d) => [d.id, d.status, d.priority.score, failing(d)])]);
    if (signature === lastSignature) return;
    lastSignature = signature;
    const arrived = seen === null ? [] : drafts.filter((d) => !seen.has(d.id));
    const hadFocus = document.activeElement && document.activeElement.closest("#q-table");
    const selId = ($$("#q-table tbody tr")[selected] || {}).dataset?.id;
    seen = new Set([...(seen || []), ...drafts.map((d) => d.id)]);
    if (f.status === "pending_review" || !f.status) state.queueIds = drafts.filter((d) => d.status === "pending_review").map((d) => d.id);
    const fresh = new Set(arrived.map((d) => d.id));
    $("#q-table tbody").replaceChildren(...drafts.map((d) => row(d, fresh.has(d.id))));
    $("#q-empty").hidden = drafts.length > 0;
    $("#q-table").hidden = drafts.length === 0;
    if (arrived.length) announce(`${arrived.length} new draft${arrived.length === 1 ? "" : "s"} in the queue`);
    const keep = drafts.findIndex((d) => d.id === selId);
    select(keep >= 0 ? keep : selected, Boolean(hadFocus || initial));
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (!document.hidden) await load();
      if (!stopped) schedule();
    }, POLL_MS);
  }

  form.addEventListener("change", () => {
    for (const k of Object.keys(state.filters)) state.filters[k] = form[k].value;
    seen = null;
    selected = 0;
    load();
  });
  $("#q-table tbody", main).addEventListener("click", (ev) => {
    const tr = ev.target.closest("tr");
    if (tr && !ev.target.closest("a")) location.hash = `#/drafts/${tr.dataset.id}`;
  });
  await load(true);
  schedule();
  return () => { stopped = true; clearTimeout(timer); if (controller) controller.abort(); };
}
