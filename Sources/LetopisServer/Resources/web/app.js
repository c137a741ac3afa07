// Letopis web page: our own script, no framework, no build step.
// Every piece of text from the database is put into the page with textContent (never
// markup-parsing sinks), so a document containing markup shows as text.
"use strict";

const view = document.getElementById("view");

// ---------------------------------------------------------------- DOM helpers

/** Creates an element; `attrs` values are set as properties or attributes, children as text or nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = String(value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";
function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === "text") node.textContent = String(value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) if (child) node.append(child);
  return node;
}

function show(...nodes) { view.replaceChildren(...nodes.flat(Infinity).filter((n) => n !== null && n !== undefined && n !== false)); }

function link(hash, text) { return el("a", { href: hash, text: text }); }

function idHash(kind, id) { return "#/" + kind + "/" + encodeURIComponent(id); }

// ---------------------------------------------------------------- API

class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || ("HTTP " + status));
    this.status = status;
    this.body = body || {};
  }
}

async function api(path, options) {
  const response = await fetch(path, options);
  let body = null;
  const type = response.headers.get("content-type") || "";
  if (type.includes("json")) body = await response.json();
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

function errorBox(error) {
  const body = error.body || {};
  return el("div", { class: "error", role: "alert" },
    el("strong", { text: (body.error || "error") + ": " }), body.message || error.message,
    body.fix ? el("span", { class: "fix", text: "Fix: " + body.fix }) : null);
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && String(value).trim() !== "") search.set(key, String(value).trim());
  }
  const text = search.toString();
  return text ? "?" + text : "";
}

// ---------------------------------------------------------------- values

const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

function quadPill(quad) {
  if (!quad) return el("span", { class: "pill", text: "—" });
  return el("span", { class: "pill q" + quad, title: QUAD_NAMES[quad] || "", text: "Q" + quad });
}

function dateText(date) {
  if (!date) return "";
  if (typeof date === "string") return date;
  return date.value || date.earliest || "";
}

function names(list) {
  return (list || []).map((actor) => (typeof actor === "string" ? actor : actor.name || actor.normal || actor.text || ""));
}

function actorLinks(list) {
  const out = [];
  (list || []).forEach((actor, index) => {
    if (index > 0) out.push(", ");
    if (actor && typeof actor === "object" && actor.id !== undefined && actor.id !== null) {
      out.push(link(idHash("actor", actor.id), actor.name || String(actor.id)));
    } else {
      out.push(names([actor])[0]);
    }
  });
  return out;
}

function placeText(place) {
  if (!place) return "";
  if (typeof place === "string") return place;
  return place.name || place.normal || place.text || "";
}

// ---------------------------------------------------------------- highlighting

/**
 * Splits `text` (offsets in Unicode code points) into plain runs and <mark>s.
 * `spans`: [{start, end, kind, label}]; where spans overlap the narrowest wins the run (a place
 * inside a trigger phrase shows as the place), then the earlier listed; each span's label is
 * drawn once, after its last run.
 */
function highlighted(text, spans, base) {
  const points = Array.from(text || "");
  const offset = base || 0;
  const clean = (spans || [])
    .map((span, order) => ({ ...span, start: span.start - offset, end: span.end - offset, order }))
    .filter((span) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.end > span.start)
    .map((span) => ({ ...span, start: Math.max(0, span.start), end: Math.min(points.length, span.end) }))
    .filter((span) => span.end > span.start);
  const cuts = new Set([0, points.length]);
  for (const span of clean) { cuts.add(span.start); cuts.add(span.end); }
  const sorted = Array.from(cuts).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i], to = sorted[i + 1];
    const piece = points.slice(from, to).join("");
    const covering = clean.filter((span) => span.start <= from && span.end >= to);
    if (covering.length === 0) { out.push(document.createTextNode(piece)); continue; }
    covering.sort((a, b) => (a.end - a.start) - (b.end - b.start) || a.order - b.order);
    const top = covering[0];
    const mark = el("mark", { class: "hl hl-" + top.kind, "data-kind": top.kind, title: top.label || top.kind }, piece);
    const ending = covering.filter((span) => span.end === to && span.label);
    for (const span of ending) mark.append(el("span", { class: "tag", text: span.label }));
    out.push(mark);
  }
  return out;
}

function legend(kinds) {
  return el("p", { class: "legend muted" }, kinds.map((kind) => el("mark", { class: "hl hl-" + kind, text: kind })));
}

/** The spans of one event mention, in document offsets. */
function mentionSpans(mention) {
  const spans = [];
  const add = (part, kind, label) => {
    if (part && Number.isInteger(part.start) && Number.isInteger(part.end)) spans.push({ start: part.start, end: part.end, kind, label });
  };
  add(mention.trigger, "trigger", (mention.type || "event").toString());
  for (const p of mention.participants || []) add(p, "participant", p.role || "participant");
  add(mention.place, "place", "place");
  add(mention.time, "time", mention.time && mention.time.value ? mention.time.value : "time");
  add(mention.source, "source", "source");
  return spans;
}

/** Entity, time and event spans of a document in the `letopis extract` JSON shape, or of a stored document. */
function documentSpans(doc) {
  const spans = [];
  for (const event of doc.events || []) {
    if (event.trigger) spans.push({ start: event.trigger.start, end: event.trigger.end, kind: "event", label: event.type || "event" });
  }
  for (const mention of doc.mentions || []) {
    for (const span of mentionSpans(mention)) spans.push(span.kind === "trigger" ? { ...span, kind: "event" } : span);
  }
  for (const timex of doc.timexes || []) spans.push({ start: timex.start, end: timex.end, kind: "time", label: timex.value || timex.type });
  for (const entity of doc.entities || []) {
    const kind = (entity.type || "entity").toLowerCase();
    spans.push({ start: entity.start, end: entity.end, kind: ["per", "org", "loc"].includes(kind) ? kind : "entity", label: entity.type });
  }
  return spans;
}

// ---------------------------------------------------------------- events table

const EVENT_FILTERS = [
  ["from", "From", "date"], ["to", "To", "date"], ["type", "Type", "text"], ["actor", "Actor", "text"],
  ["country", "Country", "text"], ["quad_class", "Quad class", "quad"], ["q", "Text", "text"],
];

function currentParams() {
  const hash = location.hash || "";
  const at = hash.indexOf("?");
  return new URLSearchParams(at >= 0 ? hash.slice(at + 1) : "");
}

async function eventsView() {
  const params = currentParams();
  const form = el("form", { class: "filters", id: "event-filters" });
  for (const [name, label, kind] of EVENT_FILTERS) {
    let input;
    if (kind === "quad") {
      input = el("select", { name }, el("option", { value: "", text: "any" }),
        [1, 2, 3, 4].map((q) => el("option", { value: q, text: q + " " + QUAD_NAMES[q] })));
    } else {
      input = el("input", { name, type: kind === "date" ? "date" : "text", size: kind === "date" ? null : 14 });
    }
    input.value = params.get(name) || "";
    form.append(el("label", {}, label, input));
  }
  const sort = el("select", { name: "sort" },
    [["date-desc", "newest first"], ["date", "oldest first"], ["sources", "most sources"], ["first-seen", "first seen last"]].map(([v, t]) => el("option", { value: v, text: t })));
  sort.value = params.get("sort") || "date-desc";
  form.append(el("label", {}, "Sort", sort), el("button", { type: "submit", text: "Apply" }));
  const exportButton = el("button", { type: "button", class: "secondary", id: "export-csv", text: "Export CSV" });
  form.append(exportButton);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = {};
    for (const [key, value] of new FormData(form).entries()) values[key] = value;
    if (values.sort === "date-desc") delete values.sort;
    location.hash = "#/events" + query(values);
  });

  const table = el("table", { id: "events-table" },
    el("thead", {}, el("tr", {}, ["Date", "Type", "Q", "Actors", "Recipients", "Place", "Mentions", "Status"].map((h) => el("th", { text: h })))),
    el("tbody"));
  const more = el("button", { type: "button", class: "secondary", id: "more", text: "More" });
  const status = el("p", { class: "muted", id: "events-status" });
  const chart = el("div", { id: "timeline-chart" });
  show(el("h1", { text: "Events" }), form, chart, status, table, el("p", {}, more));

  const filters = {};
  for (const [name] of EVENT_FILTERS) if (params.get(name)) filters[name] = params.get(name);
  if (params.get("sort")) filters.sort = params.get("sort");
  const rows = [];
  let cursor = null;

  async function page() {
    more.disabled = true;
    try {
      const body = await api("/api/events" + query({ ...filters, limit: 50, cursor }));
      for (const event of body.events || []) { rows.push(event); table.tBodies[0].append(eventRow(event)); }
      cursor = body.next_cursor || null;
      status.textContent = rows.length + " events shown" + (cursor ? "" : " (all)");
      more.hidden = !cursor;
    } catch (error) {
      status.replaceChildren(errorBox(error));
    } finally {
      more.disabled = false;
    }
  }
  more.addEventListener("click", page);
  exportButton.addEventListener("click", () => downloadCSV(rows));
  await page();
  timelineChart(chart, filters).catch((error) => chart.replaceChildren(errorBox(error)));
}

function eventRow(event) {
  return el("tr", { "data-id": event.id },
    el("td", {}, link(idHash("event", event.id), dateText(event.date) || "(undated)")),
    el("td", {}, event.type || "", event.mode ? el("span", { class: "muted", text: " · " + event.mode }) : null),
    el("td", {}, quadPill(event.quad_class)),
    el("td", {}, actorLinks(event.actors)),
    el("td", {}, actorLinks(event.recipients)),
    el("td", { text: placeText(event.place) }),
    el("td", { text: event.num_mentions ?? "" }),
    el("td", { text: event.status || "" }));
}

function csvCell(value) {
  let text = value === null || value === undefined ? "" : String(value);
  // A cell a spreadsheet would run as a formula is prefixed with a quote.
  if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
  return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

function downloadCSV(rows) {
  const header = ["id", "date", "type", "mode", "cameo", "quad_class", "actors", "recipients", "place", "status", "num_mentions", "num_articles", "num_sources"];
  const lines = [header.join(",")];
  for (const e of rows) {
    lines.push([e.id, dateText(e.date), e.type, e.mode, e.cameo, e.quad_class, names(e.actors).join("; "),
      names(e.recipients).join("; "), placeText(e.place), e.status, e.num_mentions, e.num_articles, e.num_sources].map(csvCell).join(","));
  }
  const blob = new Blob([lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
  const a = el("a", { href: URL.createObjectURL(blob), download: "letopis-events.csv" });
  document.body.append(a);
  a.click();
  a.remove();
}

/** Events per period of the actor the table is filtered by (the timeline is per actor). */
async function timelineChart(container, filters) {
  if (!filters.actor) { container.replaceChildren(); return; }
  const body = await api("/api/timeline" + query({ actor: filters.actor, from: filters.from, to: filters.to }));
  const totals = new Map();
  for (const bucket of body.buckets || []) totals.set(bucket.period, (totals.get(bucket.period) || 0) + (bucket.count || 0));
  const periods = Array.from(totals.keys()).sort();
  if (periods.length === 0) { container.replaceChildren(); return; }
  const width = 900, height = 120, pad = 24;
  const max = Math.max(...totals.values(), 1);
  const barWidth = Math.max(1, (width - 2 * pad) / periods.length - 1);
  const chart = svg("svg", { class: "chart", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "events per day" });
  periods.forEach((period, i) => {
    const count = totals.get(period);
    const h = (count / max) * (height - 2 * pad);
    chart.append(svg("rect", { x: pad + i * (barWidth + 1), y: height - pad - h, width: barWidth, height: h, fill: "#2457c5" },
      svg("title", { text: `${period}: ${count}` })));
  });
  chart.append(svg("text", { x: pad, y: height - 6, text: periods[0] }));
  chart.append(svg("text", { x: width - pad, y: height - 6, "text-anchor": "end", text: periods[periods.length - 1] }));
  chart.append(svg("text", { x: pad, y: 14, text: `${filters.actor}: at most ${max} events a day` }));
  container.replaceChildren(chart);
}

// ---------------------------------------------------------------- one event

async function eventView(id) {
  show(el("p", { class: "muted", text: "Loading event…" }));
  const event = await api("/api/events/" + encodeURIComponent(id));
  const facts = el("dl", { class: "kv" },
    el("dt", { text: "Type" }), el("dd", {}, event.type || "", event.mode ? " · " + event.mode : "", event.cameo ? el("span", { class: "muted", text: " (CAMEO " + event.cameo + ")" }) : null),
    el("dt", { text: "Quad class" }), el("dd", {}, quadPill(event.quad_class), " ", QUAD_NAMES[event.quad_class] || ""),
    el("dt", { text: "Date" }), el("dd", { text: dateText(event.date) + (event.date && event.date.earliest && event.date.latest && event.date.earliest !== event.date.latest ? ` (${event.date.earliest} … ${event.date.latest})` : "") }),
    el("dt", { text: "Actors" }), el("dd", {}, actorLinks(event.actors)),
    el("dt", { text: "Recipients" }), el("dd", {}, actorLinks(event.recipients)),
    el("dt", { text: "Place" }), el("dd", { text: placeText(event.place) }),
    el("dt", { text: "Status" }), el("dd", { text: event.status || "" }),
    el("dt", { text: "Reported" }), el("dd", { text: `${event.num_mentions ?? 0} mentions in ${event.num_articles ?? 0} articles from ${event.num_sources ?? 0} sources; first seen ${event.first_seen || "?"}` }));
  const mentions = (event.mentions || []).map((mention) => {
    const sentence = mention.sentence || {};
    const doc = mention.document || {};
    const docId = typeof doc === "string" ? doc : doc.id;
    return el("div", { class: "mention", "data-mention": mention.event || "" },
      el("div", { class: "meta" },
        link(idHash("document", docId), (typeof doc === "object" && doc.title) || docId), " · ",
        (typeof doc === "object" && (doc.outlet || "")) || "", (typeof doc === "object" && doc.published) ? " · " + doc.published : "",
        mention.reason ? el("span", { text: " · joined: " + mention.reason }) : null),
      el("div", { class: "sentence" }, highlighted(sentence.text || "", mentionSpans(mention), sentence.start || 0)));
  });
  show(el("h1", {}, (event.type || "Event") + " ", el("span", { class: "muted", text: event.id })),
    facts, el("h2", { text: "Evidence" }), legend(["trigger", "participant", "place", "time", "source"]), mentions);
}

// ---------------------------------------------------------------- actors

async function actorsView() {
  const params = currentParams();
  const form = el("form", { class: "filters" },
    el("label", {}, "Name", el("input", { name: "q", value: params.get("q") || "" })),
    el("label", {}, "Type", el("select", { name: "type" }, ["", "PER", "ORG", "LOC"].map((t) => el("option", { value: t, text: t || "any" })))),
    el("button", { type: "submit", text: "Apply" }));
  form.elements.type.value = params.get("type") || "";
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    location.hash = "#/actors" + query({ q: form.elements.q.value, type: form.elements.type.value });
  });
  const table = el("table", { id: "actors-table" }, el("thead", {}, el("tr", {}, ["Name", "Type", "Country", "Sector", "Events"].map((h) => el("th", { text: h })))), el("tbody"));
  show(el("h1", { text: "Actors" }), form, table);
  const body = await api("/api/actors" + query({ q: params.get("q"), type: params.get("type"), limit: 100 }));
  for (const actor of body.actors || []) {
    table.tBodies[0].append(el("tr", {},
      el("td", {}, link(idHash("actor", actor.id), actor.name)), el("td", { text: actor.type || "" }),
      el("td", { text: actor.country || "" }), el("td", { text: actor.sector || "" }),
      el("td", { text: actor.num_events ?? actor.events ?? "" })));
  }
}

async function actorView(id) {
  const body = await api("/api/actors/" + encodeURIComponent(id));
  const actor = body.actor || {};
  const parts = [el("h1", { id: "actor-name" }, actor.name || id, " ", el("span", { class: "muted", text: [actor.type, actor.country, actor.sector].filter(Boolean).join(" · ") }))];
  parts.push(el("p", { class: "muted", text: `${actor.num_events ?? 0} events, ${actor.num_mentions ?? 0} mentions in ${actor.documents ?? 0} documents` }));
  parts.push(el("h2", { text: "Aliases" }), el("p", { id: "actor-aliases", text: (actor.aliases || []).join(", ") || "—" }));
  parts.push(el("h2", { text: "Roles" }), el("p", { id: "actor-roles", text: (actor.roles || []).join("; ") || "—" }));
  parts.push(el("h2", { text: "Events by type over time" }), typeTimeline(body.timeline || []));
  const counterparts = el("table", { id: "counterparts" }, el("thead", {}, el("tr", {}, ["Actor", "Counterpart", "Type", "Events"].map((h) => el("th", { text: h })))), el("tbody"));
  for (const d of body.top_counterparts || []) {
    counterparts.tBodies[0].append(el("tr", {}, el("td", {}, actorLinks([d.actor])), el("td", {}, actorLinks([d.counterpart])),
      el("td", { text: d.type || "" }), el("td", { text: d.count ?? "" })));
  }
  parts.push(el("h2", { text: "Counterparts" }), counterparts);
  const table = el("table", { id: "actor-events" }, el("thead", {}, el("tr", {}, ["Date", "Type", "Q", "Actors", "Recipients", "Place", "Mentions", "Status"].map((h) => el("th", { text: h })))), el("tbody"));
  for (const e of body.recent_events || []) table.tBodies[0].append(eventRow(e));
  parts.push(el("h2", { text: "Recent events" }), table);
  show(...parts);
}

/** Rows of {period|date, type, count} as one small bar row per type. */
function typeTimeline(rows) {
  if (rows.length === 0) return el("p", { class: "muted", text: "no dated events" });
  const periods = Array.from(new Set(rows.map((r) => r.period || r.date))).sort();
  const types = Array.from(new Set(rows.map((r) => r.type))).sort();
  const max = Math.max(...rows.map((r) => r.count || 0), 1);
  const cell = 14, left = 110, top = 10;
  const width = Math.max(left + periods.length * cell + 10, left + 160), height = top + types.length * cell + 30;
  const chart = svg("svg", { class: "chart", viewBox: `0 0 ${width} ${height}`, width: Math.min(width, 1200), role: "img", "aria-label": "events by type over time" });
  types.forEach((type, row) => chart.append(svg("text", { x: 4, y: top + row * cell + 10, text: type })));
  for (const r of rows) {
    const x = left + periods.indexOf(r.period || r.date) * cell, y = top + types.indexOf(r.type) * cell;
    const size = 3 + ((r.count || 0) / max) * (cell - 4);
    chart.append(svg("rect", { x: x + (cell - size) / 2, y: y + (cell - size) / 2, width: size, height: size, fill: "#2457c5" },
      svg("title", { text: `${r.period || r.date} ${r.type}: ${r.count}` })));
  }
  chart.append(svg("text", { x: left, y: height - 6, text: periods[0] }));
  if (periods.length > 1) chart.append(svg("text", { x: width - 10, y: height - 6, "text-anchor": "end", text: periods[periods.length - 1] }));
  return chart;
}

async function dyadsView() {
  const params = currentParams();
  const body = await api("/api/dyads" + query({ actor: params.get("actor"), type: params.get("type"), from: params.get("from"), to: params.get("to"), limit: 100 }));
  const table = el("table", { id: "dyads-table" }, el("thead", {}, el("tr", {}, ["Actor", "Counterpart", "Type", "Events"].map((h) => el("th", { text: h })))), el("tbody"));
  for (const d of body.dyads || []) {
    table.tBodies[0].append(el("tr", {}, el("td", {}, actorLinks([d.actor])), el("td", {}, actorLinks([d.counterpart])),
      el("td", { text: d.type || "" }), el("td", { text: d.count ?? "" })));
  }
  show(el("h1", { text: "Dyads: who acts on whom" }), table);
}

// ---------------------------------------------------------------- document

async function documentView(id) {
  const doc = await api("/api/documents/" + encodeURIComponent(id));
  const extraction = doc.extraction || {};
  const meta = el("dl", { class: "kv" },
    el("dt", { text: "Outlet" }), el("dd", { id: "document-outlet", text: doc.outlet || "" }),
    el("dt", { text: "Published" }), el("dd", { text: doc.published || "" }),
    el("dt", { text: "URL" }), el("dd", {}, doc.url && /^https?:\/\//i.test(doc.url) ? el("a", { href: doc.url, rel: "noopener noreferrer", text: doc.url }) : (doc.url || "")));
  const spans = documentSpans(extraction);
  for (const event of extraction.events || []) {
    for (const key of ["place", "source"]) {
      const part = event[key];
      if (part && Number.isInteger(part.start)) spans.push({ start: part.start, end: part.end, kind: key, label: key });
    }
  }
  if (!extraction.events) for (const ref of doc.events || []) if (ref.trigger) spans.push({ start: ref.trigger.start, end: ref.trigger.end, kind: "event", label: ref.type });
  const events = (doc.events || []).map((ref) =>
    el("li", {}, link(idHash("event", ref.event), (ref.type || "") + " · " + ref.event), " ",
      el("span", { class: "muted", text: ref.trigger ? "«" + (ref.trigger.text || "") + "»" : "" })));
  show(el("h1", { id: "document-title", text: doc.title || doc.id }), meta,
    legend(["event", "per", "org", "loc", "place", "time", "source"]),
    el("div", { class: "doctext", id: "document-text" }, highlighted(doc.text || "", spans, 0)),
    el("h2", { text: "Events" }), events.length ? el("ul", { id: "document-events" }, events) : el("p", { class: "muted", text: "none" }));
}

// ---------------------------------------------------------------- map

/** Equirectangular projection onto a 360×180 box: x = lon + 180, y = 90 - lat. */
function project(lat, lon) { return [lon + 180, 90 - lat]; }

async function mapView() {
  const params = currentParams();
  const body = await api("/api/places" + query({ from: params.get("from"), to: params.get("to"), type: params.get("type") }));
  const map = svg("svg", { viewBox: "0 0 360 180", role: "img", "aria-label": "map of event places", id: "map-svg" });
  for (let lon = -180; lon <= 180; lon += 30) map.append(svg("line", { class: "graticule", x1: lon + 180, y1: 0, x2: lon + 180, y2: 180 }));
  for (let lat = -60; lat <= 60; lat += 30) map.append(svg("line", { class: lat === 0 ? "equator" : "graticule", x1: 0, y1: 90 - lat, x2: 360, y2: 90 - lat }));
  const places = (body.places || []).filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const max = Math.max(...places.map((p) => p.count || 1), 1);
  places.sort((a, b) => (b.count || 0) - (a.count || 0));
  for (const place of places) {
    const [x, y] = project(place.lat, place.lon);
    const r = 0.8 + 5 * Math.sqrt((place.count || 1) / max);
    const quad = place.quad_class || 0;
    map.append(svg("circle", { cx: x.toFixed(2), cy: y.toFixed(2), r: r.toFixed(2), class: "c" + quad, "data-place": place.name || "" },
      svg("title", { text: `${place.name || ""}: ${place.count} events, mostly ${QUAD_NAMES[quad] || "unknown"}` })));
  }
  const key = el("p", { class: "legend muted" }, [1, 2, 3, 4].map((q) => [quadPill(q), " " + QUAD_NAMES[q] + "  "]),
    " · circle area ∝ events · " + places.length + " places with coordinates");
  const list = el("table", {}, el("thead", {}, el("tr", {}, ["Place", "Country", "Events", "Lat", "Lon"].map((h) => el("th", { text: h })))), el("tbody"));
  for (const place of places.slice(0, 50)) {
    list.tBodies[0].append(el("tr", {}, el("td", { text: place.name || "" }), el("td", { text: place.country || "" }),
      el("td", { text: place.count }), el("td", { text: place.lat.toFixed(2) }), el("td", { text: place.lon.toFixed(2) })));
  }
  show(el("h1", { text: "Where events happen" }), el("div", { class: "map" }, map), key, list);
}

// ---------------------------------------------------------------- extract

function extractView() {
  const area = el("textarea", { id: "article", placeholder: "Вставьте текст статьи…", "aria-label": "article text" });
  const published = el("input", { type: "date", name: "published", id: "published" });
  const button = el("button", { type: "submit", id: "code-it", text: "Code it" });
  const result = el("div", { id: "extract-result" });
  const form = el("form", {}, area, el("div", { class: "row" }, el("label", {}, "Published ", published), button));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    button.disabled = true;
    result.replaceChildren(el("p", { class: "muted", text: "Coding…" }));
    try {
      const doc = await api("/api/extract", {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: area.value, published: published.value || undefined }),
      });
      result.replaceChildren(...codedDocument(doc, area.value));
    } catch (error) {
      result.replaceChildren(errorBox(error));
    } finally {
      button.disabled = false;
    }
  });
  show(el("h1", { text: "Code an article" }), el("p", { class: "muted", text: "Nothing is stored: the article is read by the same pipeline as 'letopis extract' and shown here." }), form, result);
}

/** The extraction of `text` (the JSON output carries offsets, not the text itself). */
function codedDocument(doc, text) {
  const rows = (doc.events || []).map((e) => el("tr", {},
    el("td", { text: e.type || "" }), el("td", { text: e.mode || "" }),
    el("td", { text: names(e.participants && e.participants.filter((p) => p.role === "actor").map((p) => p.normal || p.text)).join(", ") }),
    el("td", { text: names(e.participants && e.participants.filter((p) => p.role === "recipient").map((p) => p.normal || p.text)).join(", ") }),
    el("td", { text: e.place ? e.place.normal || e.place.text : "" }),
    el("td", { text: e.time ? e.time.value || "" : "" }), el("td", { text: e.status || "" })));
  return [
    legend(["event", "per", "org", "loc", "time"]),
    el("div", { class: "doctext", id: "coded-text" }, highlighted(text, documentSpans(doc), 0)),
    el("h2", { text: (doc.events || []).length + " events" }),
    el("table", { id: "coded-events" }, el("thead", {}, el("tr", {}, ["Type", "Mode", "Actors", "Recipients", "Place", "Date", "Status"].map((h) => el("th", { text: h })))), el("tbody", {}, rows)),
    el("details", {}, el("summary", { text: "JSON" }), el("pre", { class: "json", text: JSON.stringify(doc, null, 2) })),
  ];
}

// ---------------------------------------------------------------- router

const ROUTES = [
  [/^#\/events(?:\?.*)?$/, () => eventsView(), "events"],
  [/^#\/event\/([^?]+)/, (m) => eventView(decodeURIComponent(m[1])), "events"],
  [/^#\/actors(?:\?.*)?$/, () => actorsView(), "actors"],
  [/^#\/actor\/([^?]+)/, (m) => actorView(decodeURIComponent(m[1])), "actors"],
  [/^#\/dyads(?:\?.*)?$/, () => dyadsView(), "dyads"],
  [/^#\/document\/([^?]+)/, (m) => documentView(decodeURIComponent(m[1])), "events"],
  [/^#\/map(?:\?.*)?$/, () => mapView(), "map"],
  [/^#\/extract$/, () => extractView(), "extract"],
];

async function route() {
  const hash = location.hash || "#/events";
  for (const [pattern, render, tab] of ROUTES) {
    const match = hash.match(pattern);
    if (!match) continue;
    for (const a of document.querySelectorAll("nav a[data-view]")) a.classList.toggle("active", a.dataset.view === tab);
    try {
      await render(match);
    } catch (error) {
      show(errorBox(error));
    }
    document.body.dataset.ready = hash;
    return;
  }
  show(el("p", {}, "Nothing here. ", link("#/events", "See the events.")));
  document.body.dataset.ready = hash;
}

window.addEventListener("hashchange", route);
route();
