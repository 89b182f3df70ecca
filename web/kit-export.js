// The kit's CSV and JSON downloads (issue 17): the outcomes of the view on screen — for each
// developer and workload the status, the main path, the fallback, and every reason with its
// sources (outlet, date, confidence) — with the scenario (date, switches changed from the
// record) and the data's "as of" date, which is also its revision.
//
// Loaded on demand: web/loader.js imports this module at the first click on any download, so the
// reader's first load carries none of it (docs/kit.md, "Size"); a picture link is handed on to
// web/kit-picture.js, imported then. The rows come in the downloads
// line's `data-rows` (the model's `export::handover`; `handOver` below says who writes them);
// this module writes the files exactly as the model's `export::to_csv` and `to_json` do, which
// e2e/kit-downloads.test.mjs checks byte for byte. The file reaches the reader as a data:
// address (the page's Content-Security-Policy allows no blob: ones).

/** The multilingual reader's bundle (glue and wasm) in "export only" mode: loaded once, at the
 *  English reader's first download, and never mounted (src/bin/chip-paths-multilingual.rs). Its
 *  files are the classroom's named on the loader's tag with `multilingual` for `classroom`, as
 *  web/loader.js names them. A failed load is forgotten, so the next click tries again. */
let exporter;
function loadExporter() {
  const tag = document.querySelector("script[data-chip-paths-classroom-js]");
  const file = (name) => new URL(tag.dataset[name].replace("classroom", "multilingual"), document.baseURI).href;
  exporter ??= import(file("chipPathsClassroomJs")).then(async (glue) => {
    await glue.default({ module_or_path: file("chipPathsClassroomWasm") });
    return glue;
  });
  exporter.catch(() => (exporter = undefined));
  return exporter;
}

/** Puts the view's hand-over on the downloads line `holder`: its rows (`data-rows`), the
 *  pictures' scenario line (`data-scenario`) and source line (`data-source`). The bundles that
 *  speak every language have written them already, in the line's click handler. The
 *  English-only reader's wasm has no hand-over: its line carries the view's link instead
 *  (`data-query`), and the multilingual reader's bundle, loaded here, hands over that view
 *  (src/components/downloads.rs, `handover_for_query`). Rejects when that bundle cannot be
 *  loaded or hands over nothing. */
export async function handOver(holder) {
  if (holder.dataset.query === undefined) return;
  const glue = await loadExporter();
  const [rows, scenario, source] = glue.handover(holder.dataset.query).split("\x1d");
  if (!rows) throw new Error("Chip Paths: the view could not be handed over");
  Object.assign(holder.dataset, { rows, scenario, source });
}

/** The hand-over's records (ended by U+001E) of fields (each ended by U+001F), as
 *  `{ date, asOf, changedWords, header, changed: [{ policy, name, on, whatIf }], rows: [{ developer, workload, status, main,
 *  marked, evidence, disputed, sources, fallback, fallbackMarked, reasons: [{ status, text, sources: [{ outlet, date,
 *  confidence }] }] }] }`; `marked` is the main path marked as our assumption ("… (modelled)"), empty when reported,
 *  `fallbackMarked` the same of the fallback (audit11 A2); `evidence`, `disputed` and `sources` the main path's own
 *  (audit11 A3);
 *  `header` the CSV's column headers and `changedWords` its words for the changed switches, both
 *  in the view's language (the model's `csv_switches`). */
export function read(text) {
  const view = { date: "", asOf: "", changedWords: "", header: [], changed: [], rows: [] };
  for (const record of text.split("\x1e")) {
    const [tag, ...f] = record.split("\x1f");
    if (tag === "S") [view.date, view.asOf, view.changedWords = ""] = f;
    else if (tag === "H") view.header = f.slice(0, -1);
    else if (tag === "C") view.changed.push({ policy: f[0], name: f[1], on: f[2] === "1", whatIf: f[3] === "1" });
    else if (tag === "R") {
      const [developer, workload, status, main, fallback, fallbackStatus, marked = "", fallbackMarked = "", evidence = "", disputed] = f;
      const withStatus = (path) => path && `${path} — ${fallbackStatus}`;
      view.rows.push({ developer, workload, status, main, marked, evidence, disputed: disputed === "1", sources: [], fallback: withStatus(fallback), fallbackMarked: withStatus(fallbackMarked), reasons: [] });
    } else if (tag === "p") view.rows.at(-1).sources.push({ outlet: f[0], date: f[1], confidence: f[2] });
    else if (tag === "r") view.rows.at(-1).reasons.push({ status: f[0], text: f[1], sources: [] });
    else if (tag === "s") view.rows.at(-1).reasons.at(-1).sources.push({ outlet: f[0], date: f[1], confidence: f[2] });
  }
  return view;
}

/** The CSV: UTF-8 with a byte-order mark (so spreadsheets read it as UTF-8), every field quoted
 *  with quotes doubled (RFC 4180), CRLF line ends, one row per developer and workload; the
 *  scenario and the data's date repeat on every row so each row stands alone when filtered.
 *  The headers and the changed switches' words (a what-if switched on says it was never
 *  applied) come in the hand-over, in the view's language. */
export function csv(view) {
  const line = (fields) => fields.map((f) => `"${f.replaceAll('"', '""')}"`).join(",") + "\r\n";
  let out = "\ufeff" + line(view.header);
  const sources = (list) => list.map((s) => `[${s.outlet}, ${s.date}, ${s.confidence}]`).join(" ");
  for (const row of view.rows) {
    const reasons = row.reasons.map((r) => `${r.status}: ${r.text} ${sources(r.sources)}`).join(" | ");
    // A main path or fallback that is our assumption is marked so, as on screen (audit9 D1, audit11 A2).
    out += line([row.developer, row.workload, row.status, row.marked || row.main, row.evidence, sources(row.sources), row.fallbackMarked || row.fallback, reasons, view.date, view.changedWords, view.asOf]);
  }
  return out;
}

/** A JSON string literal as the model writes it: `"` and `\` escaped, control characters as
 *  `\u00XX`, everything else as it is (JSON.stringify would write `\n` and friends). */
const str = (text) =>
  `"${text.replace(/["\\\x00-\x1f]/g, (c) => (c === '"' || c === "\\" ? `\\${c}` : `\\u00${c.charCodeAt(0).toString(16).padStart(2, "0")}`))}"`;

/** The JSON: `{"scenario": {date, changed: [{policy, name, on, what_if}]}, "data_as_of", "outcomes":
 *  [{developer, workload, status, main_path, main_path_modelled, main_path_disputed, main_path_evidence,
 *  main_path_sources: [{outlet, date, confidence}], fallback, fallback_modelled, reasons: [{status, text, sources:
 *  [{outlet, date, confidence}]}]}]}`, UTF-8 without a byte-order mark (JSON forbids one). */
export function json(view) {
  const list = (items, each) => `[${items.map(each).join(",")}]`;
  const sources = (items) => list(items, (s) => `{"outlet":${str(s.outlet)},"date":${str(s.date)},"confidence":${str(s.confidence)}}`);
  const changed = list(view.changed, (c) => `{"policy":${str(c.policy)},"name":${str(c.name)},"on":${c.on},"what_if":${c.whatIf}}`);
  const outcomes = list(
    view.rows,
    (r) =>
      `{"developer":${str(r.developer)},"workload":${str(r.workload)},"status":${str(r.status)},"main_path":${str(r.main)},"main_path_modelled":${r.marked !== ""},"main_path_disputed":${r.disputed},"main_path_evidence":${str(r.evidence)},"main_path_sources":${sources(r.sources)},"fallback":${str(r.fallback)},"fallback_modelled":${r.fallbackMarked !== ""},"reasons":${list(
        r.reasons,
        (x) => `{"status":${str(x.status)},"text":${str(x.text)},"sources":${sources(x.sources)}}`,
      )}}`,
  );
  return `{"scenario":{"date":${str(view.date)},"changed":${changed}},"data_as_of":${str(view.asOf)},"outcomes":${outcomes}}`;
}

/** The file's name, saying what it holds, as the model's `export::file_name`: the scenario's
 *  date and each switch changed from the record (`chip-paths-2025-08-14-h20-allowed-off.csv`). */
export function fileName(view, kind) {
  return `${["chip-paths", view.date, ...view.changed.map((c) => `${c.policy}-${c.on ? "on" : "off"}`)].join("-")}.${kind}`;
}

/** Writes the file `link` asks for (`data-chip-paths-kit`: csv | json) from the view's rows
 *  (`handOver`), and hands it to the browser as a download named after the view (`fileName`); a
 *  picture (`data-chip-paths-kit="matrix.svg"` and the like) is web/kit-picture.js's to make. */
export async function download(link) {
  const kind = link.dataset.chipPathsKit;
  if (kind.includes(".")) return (await import("./kit-picture.js")).download(link, handOver);
  const holder = link.closest(".downloads");
  await handOver(holder);
  const view = read(holder.dataset.rows ?? "");
  delete holder.dataset.rows;
  const [type, text] = kind === "json" ? ["application/json", json(view)] : ["text/csv", csv(view)];
  const a = document.createElement("a");
  a.href = `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
  a.download = fileName(view, kind);
  a.hidden = true;
  document.body.append(a); // Outside the line, whose click handler would hand the rows over again.
  a.click();
  a.remove();
}
