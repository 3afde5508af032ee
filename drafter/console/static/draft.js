// One draft: the customer's message and history, the reply in an editor with failing
// checks marked and re-checked as the agent types, and the decision (approve, reject,
// regenerate), with the versions and the audit trail.
import { ApiError, api, post } from "./api.js";
import { $, LANGS, announce, dirOf, flash, h, mount, when } from "./dom.js";
import { Editor, spansOf } from "./editor.js";
import { CHECKS } from "./queue.js";
import { canDecide, customerName, nextDraftId, state } from "./state.js";

const DEBOUNCE_MS = 400;
const STATE_TEXT = { fail: "fails", pass: "passes", na: "does not apply", ne: "not evaluated for this language" };
const ORDER = { fail: 0, pass: 1, na: 2, ne: 3 };

let current = null;  // {draft, input, editor, result, ...} of the draft on screen

const stateOf = (c) => (!c.evaluated ? "ne" : !c.applicable ? "na" : c.passed ? "pass" : "fail");

export function draftKey(k) {
  if (!current) return false;
  const id = current.draft.id;
  const decidable = !$("#decide").hidden && !$("#approve").hidden;
  if (k === "a" && decidable) { approve(); return true; }
  if (k === "r" && decidable) { openForm("reject"); return true; }
  if (k === "g" && decidable) { openForm("regen"); return true; }
  if (k === "e") { current.editor.ta.focus(); return true; }
  if (k === "n" || k === "j") { goNext(id, 1); return true; }
  if (k === "k") { goNext(id, -1); return true; }
  if (k === "u") { location.hash = "#/queue"; return true; }
  return false;
}

async function goNext(id, step) {
  if (!state.queueIds.length) {
    const list = await api("/v1/drafts?status=pending_review&limit=200");
    state.queueIds = list.map((d) => d.id);
  }
  const next = nextDraftId(id, step);
  if (next && next !== id) location.hash = `#/drafts/${next}`;
  else announce(step > 0 ? "This is the last draft in the queue" : "This is the first draft in the queue");
}

export async function showDraft(id, view) {
  const main = mount("t-draft");
  current = null;
  let draft;
  let input;
  try {
    [draft, input] = await Promise.all([api(`/v1/drafts/${id}`), api(`/v1/drafts/${id}/scoring-input`)]);
  } catch (e) {
    if (view.stopped) return () => {};
    main.replaceChildren(h("p", { class: "error", role: "alert", text: e.message }), h("a", { href: "#/queue", text: "Back to the queue" }));
    return () => {};
  }
  if (view.stopped) return () => {};
  const editor = new Editor($("#editor", main), $("#backdrop", main));
  const cur = { draft, input, editor, result: draft.evaluation, seq: 0, timer: null, view, lastStates: null };
  current = cur;

  renderHead(draft);
  renderMessage(draft, input);
  renderSide(draft);
  const lang = draft.language || input.language;
  editor.setDirection(lang, dirOf(lang));
  const decided = draft.decision && draft.decision.kind === "approved";
  editor.value = decided ? draft.decision.text : draft.reply;
  const editable = draft.status === "pending_review" && canDecide();
  editor.ta.readOnly = !editable;
  const shown = decided ? draft.decision.evaluation : draft.evaluation;
  if (shown) showResult(cur, shown, editor.value, false);
  else $("#checks-summary").textContent = "Not checked yet.";
  renderDecision(draft, editable);

  editor.ta.addEventListener("input", () => {
    $("#eval-state").textContent = "edited · checking soon…";
    clearTimeout(cur.timer);
    cur.timer = setTimeout(() => reevaluate(cur), DEBOUNCE_MS);
  });
  editor.ta.addEventListener("keydown", (ev) => {
    if ((ev.ctrlKey || ev.metaKey) && ev.key === "Enter" && editable) { ev.preventDefault(); approve(); }
  });
  customerCard(draft.customer_id, view);
  historyCard(draft, view);

  // Queued or being drafted (async drafting): look again until it is ready.
  let poll = null;
  if (["queued", "drafting"].includes(draft.status)) {
    poll = setInterval(async () => {
      const d = await api(`/v1/drafts/${id}`).catch(() => null);
      if (d && d.status !== draft.status && !cur.view.stopped) window.dispatchEvent(new HashChangeEvent("hashchange"));
    }, 2000);
  }
  return () => { clearTimeout(cur.timer); clearInterval(poll); if (current === cur) current = null; };
}

function renderHead(d) {
  $("#d-title").replaceChildren(h("bdi", { text: customerName(d.customer_id) }), ` · ${(d.intent || "draft").replace("_", " ")}`);
  const bits = [
    h("span", { class: `status s-${d.status}`, text: d.status.replace("_", " ") }),
    h("span", { text: `v${d.version}` }),
    h("span", { lang: d.language, text: LANGS[d.language] || d.language }),
    d.channel ? h("span", { text: `via ${d.channel}` }) : "",
    h("time", { datetime: d.created_at, text: when(d.created_at) }),
    h("span", { class: "muted", text: d.id }),
  ];
  $("#d-meta").replaceChildren(...bits.filter(Boolean));
  $("#d-reasons").replaceChildren(
    h("li", { class: "chip", text: `priority ${d.priority.score.toFixed(2)}` }),
    ...d.priority.reasons.map((r) => h("li", { class: "chip", text: r })));
  const notice = $("#d-notice");
  const notes = [];
  if (d.status === "queued" || d.status === "drafting") notes.push("This draft is still being written; the page updates when it is ready.");
  if (d.status === "superseded") notes.push("A newer version of this draft exists (see Versions).");
  if (d.status === "failed") notes.push(`Drafting failed: ${d.error || "unknown reason"}.`);
  if (d.instructions) notes.push(`Drafted with the instructions: “${d.instructions}”.`);
  notes.push(...(d.notes || []).filter((n) => /instruction/i.test(n)).map((n) => `${n[0].toUpperCase()}${n.slice(1)}.`));
  notice.hidden = notes.length === 0;
  notice.replaceChildren(...notes.map((n) => h("span", { text: n + " " })));
  if (d.status === "failed" && canDecide()) {
    notice.append(h("button", { type: "button", text: "Retry drafting", onclick: async () => {
      try { await post(`/v1/drafts/${d.id}/retry`); } catch (e) { notice.append(h("span", { class: "error", text: ` ${e.message}` })); return; }
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    } }));
  }
}

function renderMessage(d, input) {
  const lang = d.language || input.language;
  const subject = $("#d-subject");
  subject.hidden = !input.subject;
  subject.textContent = input.subject || "";
  subject.lang = lang;
  const msg = $("#d-message");
  msg.lang = lang;
  // "auto" follows the first strong letter, which for "@NorthwindHelp من أمس…" is Latin;
  // a message detected as right-to-left reads right-to-left as a whole.
  msg.dir = dirOf(lang) === "rtl" ? "rtl" : "auto";
  subject.dir = msg.dir;
  msg.textContent = input.body || input.message;
}

function renderSide(d) {
  const actions = $("#d-actions");
  actions.replaceChildren(...(d.actions.length ? d.actions.map((a) => h("li", {},
    h("span", { class: "chip act", text: a.kind }),
    a.amount !== null && a.amount !== undefined ? h("strong", { text: ` ${a.amount.toFixed(2)} ${a.currency || ""} ` }) : " ",
    // "refund 144.00 EUR: Cancel the annual plan…": the kind and amount are shown already.
    h("span", { text: a.description.replace(/^[^:]{1,40}: /, "") }),
    a.source_id ? h("div", { class: "muted small", text: a.source_id }) : "")) : [h("li", { class: "muted", text: "Nothing beyond sending the reply." })]));
  $("#d-sources").replaceChildren(...(d.sources.length ? d.sources.map((src) => h("li", {},
    h("details", {}, h("summary", {}, h("span", { text: src.title || src.id }), h("code", { class: "small", text: ` ${src.id}` })),
      h("p", { dir: "auto", text: src.text })))) : [h("li", { class: "muted", text: "No sources." })]));
}

async function customerCard(customerId, view) {
  let c;
  try {
    c = await api(`/v1/customers/${encodeURIComponent(customerId)}`);
  } catch (e) {
    if (view.stopped) return;
    $("#c-facts").replaceChildren(h("dd", { class: "error", text: e.message }));
    return;
  }
  if (view.stopped) return;
  const contracts = (c.active_contracts || []).map((k) => (typeof k === "object" ? [k.product || k.id, k.end ? `until ${k.end}` : ""].join(" ") : String(k)));
  const facts = [["Name", h("bdi", { text: c.name })], ["Plan", c.plan || "–"], ["Language", LANGS[c.language] || c.language],
    ["Customer since", (c.profile && c.profile.tenure_since) || "–"], ["Active contracts", contracts.join("; ") || "none"]];
  $("#c-facts").replaceChildren(...facts.flatMap(([k, v]) => [h("dt", { text: k }), h("dd", {}, v)]));
  $("#c-repeats").replaceChildren(...(c.repeat_complaints.length
    ? c.repeat_complaints.map((r) => h("li", { class: "chip warn", text: `${r.topic.replaceAll("_", " ")} × ${r.count}` }))
    : [h("li", { class: "muted", text: "none" })]));
  const events = [...c.events].sort((a, b) => (a.date === b.date ? b.seq - a.seq : a.date < b.date ? 1 : -1)).slice(0, 8);
  $("#c-events").replaceChildren(...events.map((e) => h("li", {},
    h("div", { class: "small muted" }, h("time", { datetime: e.date, text: e.date }), ` · ${e.type}${e.channel ? ` via ${e.channel}` : ""}`,
      e.topic ? h("span", { class: "chip", text: e.topic.replaceAll("_", " ") }) : ""),
    h("p", { dir: "auto", text: e.text + (e.amount !== null ? ` — ${e.amount.toFixed(2)} ${e.currency || ""}` : "") }))));
}

async function historyCard(d, view) {
  const [versions, events] = await Promise.all([api(`/v1/drafts/${d.id}/versions`), api(`/v1/drafts/${d.id}/history`)]).catch(() => [[], []]);
  if (view.stopped) return;
  $("#d-versions").replaceChildren(...versions.map((v) => h("li", {},
    h("a", { href: `#/drafts/${v.id}`, "aria-current": v.id === d.id ? "page" : null, text: `Version ${v.version}` }),
    ` · ${v.status.replace("_", " ")}`, v.instructions ? h("span", { class: "muted", text: ` · “${v.instructions}”` }) : "")));
  $("#d-history").replaceChildren(...events.map((e) => {
    const a = e.after || {};
    const extra = [a.reason && `reason: ${a.reason}`, a.instructions && `instructions: ${a.instructions}`,
      a.edited !== undefined && (a.edited ? `edited (${a.edit_distance} characters)` : "unedited"),
      a.override_reason && `override: ${a.override_reason}`, a.error && `error: ${a.error}`,
      (a.blocking_failures || []).length && `blocking: ${a.blocking_failures.join(", ")}`].filter(Boolean);
    return h("li", {}, h("time", { datetime: e.at, class: "small muted", text: when(e.at) }), " ",
      h("strong", { text: e.kind }), ` by ${e.agent || e.key_id || e.actor}`, extra.length ? h("div", { class: "small", text: extra.join(" · ") }) : "");
  }));
}

// ---------------------------------------------------------------- checks

function showResult(cur, result, text, announceChanges) {
  cur.result = result;
  const byName = new Map(result.checks.map((c) => [c.name, c]));
  const names = [...CHECKS.filter((n) => byName.has(n)), ...result.checks.map((c) => c.name).filter((n) => !CHECKS.includes(n))];
  const checks = names.map((n) => byName.get(n)).sort((a, b) => ORDER[stateOf(a)] - ORDER[stateOf(b)]
    || (a.severity === b.severity ? 0 : a.severity === "blocking" ? -1 : 1));
  const marks = spansOf(result.checks, text);
  cur.editor.setMarks(marks, text);
  $("#checks").replaceChildren(...checks.map((c) => checkItem(cur, c, marks.find((m) => m.name === c.name))));

  const blocking = result.blocking_failures;
  const advisory = result.advisory_failures;
  let summary = blocking.length ? `${blocking.length} blocking check${blocking.length > 1 ? "s" : ""} fail: ${blocking.join(", ")}.`
    : "All blocking checks pass.";
  if (advisory.length) summary += ` Advisory: ${advisory.join(", ")}.`;
  const states = new Map(result.checks.map((c) => [c.name, stateOf(c)]));
  if (announceChanges && cur.lastStates) {
    const changed = [...states].filter(([n, s]) => cur.lastStates.get(n) !== s && (s === "pass" || s === "fail"))
      .map(([n, s]) => `${n} now ${s === "pass" ? "passes" : "fails"}`);
    if (changed.length) summary = `${changed.join("; ")}. ${summary}`;
  }
  cur.lastStates = states;
  $("#checks-summary").textContent = summary;
  $("#checks-summary").className = blocking.length ? "bad" : "ok";
  $("#eval-state").textContent = blocking.length ? `${blocking.length} blocking failing` : "ready to send";
  const decide = $("#decide");
  // An earlier refusal (override required) is out of date once nothing blocks any more.
  if (!blocking.length && announceChanges) $("#decide-error").textContent = "";
  if (!decide.hidden) {
    $("#override-box").hidden = blocking.length === 0;
    $("#approve").firstChild.textContent = blocking.length ? "Approve with override " : "Approve ";
  }
}

function checkItem(cur, c, mark) {
  const st = stateOf(c);
  const icon = { fail: c.severity === "blocking" ? "✗" : "!", pass: "✓", na: "–", ne: "?" }[st];
  const li = h("li", { class: `check ${st} ${c.severity}`, dataset: { check: c.name, state: st, severity: c.severity } },
    h("span", { class: "icon", "aria-hidden": "true", text: icon }),
    h("span", { class: "name", text: c.name }),
    h("span", { class: "sev", text: c.severity }),
    h("span", { class: "st", text: STATE_TEXT[st] }));
  if (st === "fail") {
    li.append(h("p", { class: "expl", text: c.explanation }));
    if (c.evidence) li.append(h("blockquote", { dir: "auto", lang: cur.draft.language, text: c.evidence }));
    if (c.suggestion) li.append(h("p", { class: "sugg" }, h("strong", { text: "Suggestion: " }), c.suggestion));
    if (mark) li.append(h("button", { type: "button", class: "link", text: "Show in text", "aria-label": `Show ${c.name} in the reply`,
      onclick: () => cur.editor.select(mark.start, mark.end) }));
    else if (!c.evidence) li.append(h("p", { class: "small muted", text: "Missing from the reply." }));
  } else if (st === "pass" && c.explanation) {
    li.title = c.explanation;
  }
  return li;
}

async function reevaluate(cur) {
  const text = cur.editor.value;
  const seq = ++cur.seq;
  $("#eval-state").textContent = "checking…";
  try {
    const result = await post("/v1/evaluate", { ...cur.input, draft: text });
    // A slower, older answer must not overwrite a newer one.
    if (seq !== cur.seq || cur.view.stopped) return;
    showResult(cur, result, text, true);
  } catch (e) {
    if (seq === cur.seq) $("#eval-state").textContent = `could not check: ${e.message}`;
  }
}

// ---------------------------------------------------------------- decisions

function renderDecision(d, editable) {
  const box = $("#decide");
  for (const id of ["approve", "reject-open", "regen-open"]) $(`#${id}`).hidden = !editable;
  const regenerable = canDecide() && ["rejected", "failed"].includes(d.status) && !d.superseded_by;
  if (regenerable) $("#regen-open").hidden = false;
  $("#reject-open").addEventListener("click", () => openForm("reject"));
  $("#regen-open").addEventListener("click", () => openForm("regen"));
  $("#approve").addEventListener("click", approve);
  $("#next").addEventListener("click", () => goNext(d.id, 1));
  $("#reject-box").addEventListener("submit", (ev) => { ev.preventDefault(); reject(); });
  $("#regen-box").addEventListener("submit", (ev) => { ev.preventDefault(); regenerate(); });
  if (!canDecide()) box.prepend(h("p", { class: "muted", text: "Your key is read-only (QA): it can check edits but not decide." }));
  const dec = d.decision;
  if (!dec) return;
  const out = $("#decision");
  out.hidden = false;
  const who = `${dec.agent || dec.key_id || dec.actor}, ${when(dec.at)}`;
  if (dec.kind === "rejected") {
    out.replaceChildren(h("p", {}, h("strong", { text: "Rejected" }), ` by ${who}: `, h("q", { dir: "auto", text: dec.reason })));
    return;
  }
  out.replaceChildren(
    h("p", {}, h("strong", { text: "Approved" }), ` by ${who}. `, dec.edited
      ? `Edited: ${dec.edit_distance} characters changed (${Math.round(dec.edit_ratio * 100)}% of the text).` : "Sent as drafted."),
    dec.override_reason ? h("p", { class: "bad" }, `Sent with failing blocking checks (${dec.blocking_failures.join(", ")}); override: `,
      h("q", { text: dec.override_reason })) : "",
    dec.diff ? h("details", {}, h("summary", { text: "Changes to the draft" }), h("pre", { class: "diff", dir: "ltr", text: dec.diff })) : "");
}

function openForm(which) {
  const other = which === "reject" ? "regen" : "reject";
  $(`#${other}-box`).hidden = true;
  $(`#${other}-open`).setAttribute("aria-expanded", "false");
  const box = $(`#${which}-box`);
  box.hidden = !box.hidden;
  $(`#${which}-open`).setAttribute("aria-expanded", String(!box.hidden));
  if (!box.hidden) $(which === "reject" ? "#reject-reason" : "#regen-instructions").focus();
}

function busy(on) {
  for (const b of document.querySelectorAll("#decide button")) b.disabled = on;
}

async function approve() {
  const cur = current;
  if (!cur || cur.busy) return;
  const err = $("#decide-error");
  err.textContent = "";
  const text = cur.editor.value;
  const body = {};
  if (text !== cur.draft.reply) body.text = text;
  const reason = $("#override").value.trim();
  if (reason) body.override_reason = reason;
  cur.busy = true;
  busy(true);
  try {
    const done = await post(`/v1/drafts/${cur.draft.id}/approve`, body);
    const todo = (done.decision.actions || []).map((a) => a.description);
    flash(`Approved the reply to ${customerName(done.customer_id)}.${todo.length ? " Now you must:" : ""}`, todo);
    announce("Draft approved");
    location.hash = "#/queue";
  } catch (e) {
    if (e instanceof ApiError && e.code === "override_required") {
      $("#override-box").hidden = false;
      err.textContent = `${e.message}.`;
      $("#override").focus();
    } else {
      err.textContent = e.message;
    }
  } finally {
    cur.busy = false;
    busy(false);
  }
}

async function reject() {
  const cur = current;
  const reason = $("#reject-reason").value.trim();
  const err = $("#decide-error");
  if (!reason) { err.textContent = "Say why the draft is rejected."; $("#reject-reason").focus(); return; }
  busy(true);
  try {
    await post(`/v1/drafts/${cur.draft.id}/reject`, { reason });
    flash(`Rejected the draft for ${customerName(cur.draft.customer_id)}.`);
    location.hash = "#/queue";
  } catch (e) {
    err.textContent = e.message;
  } finally {
    busy(false);
  }
}

async function regenerate() {
  const cur = current;
  const instructions = $("#regen-instructions").value.trim();
  const err = $("#decide-error");
  busy(true);
  err.textContent = "Drafting a new version…";
  try {
    const fresh = await post(`/v1/drafts/${cur.draft.id}/regenerate`, instructions ? { instructions } : {});
    flash(`Version ${fresh.version} drafted${instructions ? ` with “${instructions}”` : ""}.`);
    location.hash = `#/drafts/${fresh.id}`;
  } catch (e) {
    err.textContent = e.message;
  } finally {
    busy(false);
  }
}
