// Routing (#/queue, #/drafts/<id>, #/insights), sign-in and keyboard shortcuts.
import { api, clearKey, getKey, setKey, setUnauthorizedHandler } from "./api.js";
import { $, $$, mount } from "./dom.js";
import { draftKey, showDraft } from "./draft.js";
import { showInsights } from "./insights.js";
import { queueKey, showQueue } from "./queue.js";
import { loadCustomers, state } from "./state.js";

// The view on screen. A newer navigation stops it, so a late answer from the server
// never writes into the page that replaced it.
let view = { stopped: false, cleanup: () => {} };

function newView() {
  view.stopped = true;
  view.cleanup();
  view = { stopped: false, cleanup: () => {} };
  return view;
}

function signInView(message = "") {
  newView();
  $("#nav").hidden = true;
  $("#signout").hidden = true;
  $("#who").textContent = "";
  const main = mount("t-signin");
  const err = $("#signin-error", main);
  err.textContent = message;
  $("#key", main).focus();
  $("#signin-form", main).addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const key = $("#key", main).value.trim();
    err.textContent = "";
    try {
      await signIn(key);
      setKey(key);
      route();
    } catch (e) {
      err.textContent = e.status === 401 ? "That key was refused: it is unknown or revoked." : e.message;
    }
  });
}

async function signIn(key) {
  state.me = await api("/v1/me", { key });
}

function showChrome() {
  const me = state.me;
  $("#nav").hidden = false;
  $("#signout").hidden = false;
  $("#who").textContent = `${me.name || me.key_id} · ${me.role} · tenant ${me.tenant}`;
}

async function route() {
  const current = newView();
  if (!getKey()) return signInView();
  if (!state.me) {
    try {
      await signIn(getKey());
    } catch (e) {
      if (!current.stopped) signInView(e.status === 401 ? "" : e.message);
      return;
    }
  }
  if (!state.customers.size) await loadCustomers().catch(() => {});
  if (current.stopped) return;
  showChrome();
  const path = location.hash.replace(/^#/, "") || "/queue";
  const m = path.match(/^\/drafts\/([\w-]+)$/);
  for (const a of $$("[data-nav]")) {
    a.toggleAttribute("aria-current", path.startsWith(`/${a.dataset.nav}`) || Boolean(m && a.dataset.nav === "queue"));
  }
  const show = m ? showDraft(m[1], current) : path.startsWith("/insights") ? showInsights(current) : showQueue(current);
  current.cleanup = (await show) || (() => {});
  if (current.stopped) current.cleanup();
  else document.title = `${$("h1") ? $("h1").textContent : "Console"} · drafter`;
}

setUnauthorizedHandler(() => {
  clearKey();
  state.me = null;
  signInView("Your key was refused (revoked, or signed out elsewhere). Sign in again.");
});

$("#signout").addEventListener("click", () => {
  clearKey();
  state.me = null;
  signInView("Signed out.");
});
$("#help-open").addEventListener("click", () => $("#help").showModal());

const typing = (el) => el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));

document.addEventListener("keydown", (ev) => {
  if (ev.key === "Escape" && typing(ev.target)) { ev.target.blur(); return; }
  if (ev.ctrlKey || ev.metaKey || ev.altKey || typing(ev.target) || !state.me || $("#help").open) return;
  const k = ev.key;
  if (k === "?") { $("#help").showModal(); ev.preventDefault(); return; }
  if (k === "q") { location.hash = "#/queue"; return; }
  if (k === "i") { location.hash = "#/insights"; return; }
  const onDraft = location.hash.startsWith("#/drafts/");
  const handled = onDraft ? draftKey(k) : location.hash.startsWith("#/insights") ? false : queueKey(k);
  if (handled) ev.preventDefault();
});

window.addEventListener("hashchange", route);
route();
