// What the views share: who is signed in, customer names, and the queue's order (for
// "next draft").
import { api } from "./api.js";

export const state = {
  me: null,
  customers: new Map(),
  queueIds: [],
  filters: { status: "pending_review", language: "", intent: "", check: "" },
};

export async function loadCustomers() {
  const list = await api("/v1/customers?limit=1000");
  state.customers = new Map(list.map((c) => [c.id, c]));
}

export const customerName = (id) => (state.customers.get(id) || {}).name || id;

export function nextDraftId(currentId, step = 1) {
  const ids = state.queueIds;
  if (!ids.length) return null;
  const i = ids.indexOf(currentId);
  if (i === -1) return ids[0];
  const j = i + step;
  return j >= 0 && j < ids.length ? ids[j] : null;
}

export const canDecide = () => state.me && state.me.role !== "qa";
