// Insights: review outcomes and check failure rates by week, recurring complaints, and
// customers who raised the same issue again. Charts are inline SVG with a <title> per
// bar; every chart's numbers are also in a table or in its text.
import { api } from "./api.js";
import { $, h, mount, pct, s } from "./dom.js";

const label = (iso) => new Date(`${iso}T00:00:00Z`).toLocaleDateString(undefined, { day: "numeric", month: "short", timeZone: "UTC" });

// Bars for a series of (week, value) with value in 0..max; null is "no data" (a dot).
function bars(weeks, values, { max = 1, width = 520, height = 120, fmt = String, cls = "", axis = true } = {}) {
  const n = values.length;
  const gap = 4;
  const bw = Math.max(2, (width - gap * (n - 1)) / n);
  const top = Math.max(max, ...values.filter((v) => v !== null)) || 1;
  const svg = s("svg", { viewBox: `0 0 ${width} ${height + (axis ? 18 : 0)}`, class: `chart ${cls}`, role: "img" });
  values.forEach((v, i) => {
    const x = i * (bw + gap);
    const g = s("g", {}, s("title", {}, document.createTextNode(`${label(weeks[i])}: ${v === null ? "no data" : fmt(v)}`)));
    if (v === null) g.append(s("circle", { cx: x + bw / 2, cy: height - 2, r: 2, class: "nodata" }));
    else {
      const bh = Math.max(1, (v / top) * height);
      g.append(s("rect", { x, y: height - bh, width: bw, height: bh, class: "bar" }));
    }
    svg.append(g);
  });
  if (!axis) return svg;
  const first = s("text", { x: 0, y: height + 14, class: "axis" }, document.createTextNode(label(weeks[0])));
  const last = s("text", { x: width, y: height + 14, class: "axis", "text-anchor": "end" }, document.createTextNode(label(weeks[n - 1])));
  svg.append(first, last);
  return svg;
}

function spark(weeks, values, opts) {
  return bars(weeks, values, { width: 240, height: 28, ...opts, cls: `spark ${opts.cls || ""}`, axis: false });
}

function card(title, value, note = "") {
  return h("div", { class: "stat" }, h("div", { class: "stat-value", text: value }), h("div", { class: "stat-title", text: title }),
    note ? h("div", { class: "muted small", text: note }) : "");
}

export async function showInsights(view) {
  const main = mount("t-insights");
  const select = $("#in-weeks", main);
  let stopped = false;
  async function load() {
    let data;
    try {
      data = await api(`/v1/insights?weeks=${select.value}`);
    } catch (e) {
      if (stopped || view.stopped) return;
      $("#in-cards").replaceChildren(h("p", { class: "error", role: "alert", text: e.message }));
      return;
    }
    if (!stopped && !view.stopped) render(data);
  }
  select.addEventListener("change", load);
  await load();
  return () => { stopped = true; };
}

function render(d) {
  const t = d.review.totals;
  const weeks = d.weeks;
  $("#in-period").textContent = `${d.since} to ${d.until} · tenant ${d.tenant}`;
  $("#in-cards").replaceChildren(
    card("drafts", String(t.drafts)),
    card("acceptance rate", pct(t.acceptance_rate), `${t.approved} approved · ${t.rejected} rejected`),
    card("median edit distance", t.median_edit_distance === null ? "–" : `${t.median_edit_distance} chars`,
      t.median_edit_ratio === null ? "" : `${pct(t.median_edit_ratio)} of the text`),
    card("overrides", String(t.overrides), "approved with a blocking check failing"),
    card("complaints", String(d.complaints.total), `${d.complaints.topics.length} topics`));

  const byWeek = d.review.by_week;
  const none = (what) => h("p", { class: "muted", text: `No ${what} in this period.` });
  const accept = bars(weeks, byWeek.map((w) => w.acceptance_rate), { fmt: pct });
  accept.setAttribute("aria-label", `Acceptance rate by week: ${byWeek.map((w) => `${label(w.week)} ${pct(w.acceptance_rate)}`).join(", ")}`);
  $("#in-accept").replaceChildren(t.approved + t.rejected ? accept : none("decisions"));
  const edits = byWeek.map((w) => w.median_edit_distance);
  const edit = bars(weeks, edits, { max: 10, fmt: (v) => `${v} characters`, cls: "alt" });
  edit.setAttribute("aria-label", `Median edit distance by week: ${byWeek.map((w) => `${label(w.week)} ${w.median_edit_distance ?? "no data"}`).join(", ")}`);
  $("#in-edit").replaceChildren(t.approved ? edit : none("approvals"));

  const checks = $("#in-checks");
  checks.replaceChildren(
    h("caption", { class: "sr-only", text: "Failure rate of each check, over the period and week by week" }),
    h("thead", {}, h("tr", {}, h("th", { scope: "col", text: "Check" }), h("th", { scope: "col", text: "Failed" }),
      h("th", { scope: "col", text: "Rate" }), h("th", { scope: "col", text: "By week" }))),
    h("tbody", {}, d.checks.map((c) => {
      const sp = spark(weeks, c.by_week.map((w) => w.failure_rate), { fmt: pct });
      sp.setAttribute("aria-label", `${c.name} by week: ${c.by_week.map((w) => `${label(w.week)} ${pct(w.failure_rate)}`).join(", ")}`);
      return h("tr", { class: c.failed ? "has-fail" : "" }, h("th", { scope: "row", text: c.name }),
        h("td", { text: `${c.failed} / ${c.evaluated}` }), h("td", { text: pct(c.failure_rate) }), h("td", {}, sp));
    })));

  const topics = $("#in-topics");
  topics.replaceChildren(
    h("caption", { class: "sr-only", text: "Recurring complaint topics, most customers first" }),
    h("thead", {}, h("tr", {}, ["Topic", "Customers", "Complaints", "Channels", "By week"].map((x) => h("th", { scope: "col", text: x })))),
    h("tbody", {}, d.complaints.topics.length ? d.complaints.topics.map((tp) => {
      const sp = spark(weeks, tp.by_week, { max: 1, fmt: (v) => `${v} complaint${v === 1 ? "" : "s"}`, cls: "alt" });
      sp.setAttribute("aria-label", `${tp.title} by week: ${tp.by_week.map((v, i) => `${label(weeks[i])} ${v}`).join(", ")}`);
      return h("tr", {}, h("th", { scope: "row" }, tp.title, h("div", { class: "muted small", text: tp.topic })),
        h("td", { text: String(tp.customers) }),
        h("td", { text: `${tp.complaints}${tp.from_tickets ? ` (${tp.from_tickets} drafted here)` : ""}` }),
        h("td", {}, h("ul", { class: "chips" }, Object.entries(tp.by_channel).map(([ch, n]) => h("li", { class: "chip", text: `${ch} ${n}` })))),
        h("td", {}, sp));
    }) : h("tr", {}, h("td", { colspan: 5, class: "muted", text: "No complaints with a topic in this period." }))));

  const reps = $("#in-repeats");
  reps.replaceChildren(
    h("caption", { class: "sr-only", text: "Customers with two or more complaints on one topic in the period" }),
    h("thead", {}, h("tr", {}, ["Customer", "Topic", "Times", "First", "Last", "Channels"].map((x) => h("th", { scope: "col", text: x })))),
    h("tbody", {}, d.complaints.repeat_customers.length ? d.complaints.repeat_customers.map((r) => h("tr", {},
      h("th", { scope: "row" }, h("bdi", { dir: "auto", text: r.name }), h("div", { class: "muted small", text: r.customer_id })),
      h("td", { text: r.title }), h("td", { text: String(r.count) }),
      h("td", {}, h("time", { datetime: r.first, text: r.first })), h("td", {}, h("time", { datetime: r.last, text: r.last })),
      h("td", { text: r.channels.join(", ") }))) : h("tr", {}, h("td", { colspan: 6, class: "muted", text: "Nobody raised the same issue twice in this period." }))));
}
