// The JSON API with the agent's key. The key lives in sessionStorage only: it is gone
// when the tab closes and is never written to localStorage or a cookie.
const KEY = "drafter.key";

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

let onUnauthorized = () => {};
export function setUnauthorizedHandler(fn) { onUnauthorized = fn; }

export const getKey = () => sessionStorage.getItem(KEY);
export const setKey = (k) => sessionStorage.setItem(KEY, k);
export const clearKey = () => sessionStorage.removeItem(KEY);

export async function api(path, { method = "GET", body, key = getKey(), signal } = {}) {
  const headers = { Accept: "application/json", Authorization: `Bearer ${key || ""}` };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let res;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
  } catch (err) {
    if (err.name === "AbortError") throw err;
    throw new ApiError(0, "network", "drafter could not be reached; check that `drafter serve` is running");
  }
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    const e = (data && data.error) || {};
    const error = new ApiError(res.status, e.code || "http_error", e.message || `${res.status} ${res.statusText}`);
    if (res.status === 401) onUnauthorized(error);
    throw error;
  }
  return data;
}

export const post = (path, body, opts = {}) => api(path, { ...opts, method: "POST", body });
