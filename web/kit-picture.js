// The kit's pictures (issue 17): the outcome matrix and the path diagram as SVG and PNG files,
// stamped with the title, the scenario (its date and the switches changed from the record),
// "Source: Chip Paths, data as of …" and the link to the view. Drawn from the page as shown, in
// its theme's colours; the words for the stamp come from the widget (data attributes on the
// downloads line, src/components/downloads.rs, words from the model's `export`).
//
// Loaded on demand: web/kit-export.js, which web/loader.js imports at the first click on any
// download, imports this module at the first click on a picture link and hands it its
// `handOver` (this module imports nothing, so CSV and JSON never load it), so the reader's first
// load carries none of it (docs/kit.md, "Size"). The browser's own canvas
// draws the PNG; the files reach the reader as data: addresses, as the CSV does (the page's
// Content-Security-Policy allows data: images and no blob: ones).

const SVG_NS = "http://www.w3.org/2000/svg";
// The picture's width in CSS pixels, and the PNG's pixels per CSS pixel (a slide's sharpness).
const WIDTH = 960;
export const PNG_SCALE = 2;
const PAD = 24;
// Row headers and the two workloads' columns of the matrix.
const COLUMNS = [PAD, 264, 612, WIDTH - PAD];
const LINE = 18;
// Roughly how many characters of 14 px text fit a column (the wrap is by words).
const CHARS_PER_PX = 1 / 7.4;
// The diagram's properties that its stylesheet sets and a stand-alone SVG must carry itself.
const INLINE = ["fill", "stroke", "stroke-width", "stroke-dasharray", "stroke-linecap", "opacity", "font-size", "font-weight", "font-family", "font-style", "letter-spacing", "text-anchor", "dominant-baseline", "display", "visibility"];

const escapeXml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const clean = (text) => (text ?? "").replace(/\s+/g, " ").replace(/ :/g, ":").trim();

/** `text` in lines of at most `max` characters, broken between words. */
function wrap(text, max) {
  const lines = [];
  let line = "";
  for (const word of clean(text).split(" ")) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** `<text>` lines from `y` down; returns the markup and the y below the last line. */
function lines(x, y, list, attrs = "") {
  let out = "";
  for (const line of list) {
    out += `<text x="${x}" y="${y}"${attrs}>${escapeXml(line)}</text>`;
    y += LINE;
  }
  return { out, y };
}

/** The colours of the view: its background and text. */
function colours(root) {
  const style = getComputedStyle(root);
  const bg = style.backgroundColor;
  const transparent = !bg || bg === "transparent" || /rgba\(.*,\s*0\)$/.test(bg);
  return { bg: transparent ? "#ffffff" : bg, fg: style.color || "#000000" };
}

/** The stamp above (title, scenario) and below (source, link) the picture. */
function stamp(root, holder) {
  const name = clean(root.querySelector(".cp__name")?.textContent) || "Chip Paths";
  const subtitle = clean(root.querySelector(".cp__subtitle")?.textContent);
  return {
    title: subtitle ? `${name}: ${subtitle}` : name,
    scenario: holder.dataset.scenario ?? "",
    source: holder.dataset.source ?? "",
    link: location.href,
  };
}

function header(s, fg) {
  let out = `<text x="${PAD}" y="${PAD + 16}" font-size="20" font-weight="700">${escapeXml(s.title)}</text>`;
  const body = lines(PAD, PAD + 42, wrap(s.scenario, (WIDTH - 2 * PAD) * CHARS_PER_PX));
  return { out: out + body.out, y: body.y + 6, fg };
}

function footer(s, y) {
  const source = lines(PAD, y + 14, wrap(s.source, (WIDTH - 2 * PAD) * CHARS_PER_PX), ' font-size="13"');
  const link = lines(PAD, source.y, wrap(s.link, (WIDTH - 2 * PAD) * CHARS_PER_PX * 1.05), ' font-size="13"');
  return { out: source.out + link.out, y: link.y };
}

function document_(inner, height, c) {
  return `<svg xmlns="${SVG_NS}" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, sans-serif" font-size="14" fill="${c.fg}"><rect width="100%" height="100%" fill="${c.bg}"/>${inner}</svg>`;
}

/** A main path's (or a fallback's) words for the picture. The page marks a modelled path with a badge after its
 *  summary ("Ascend 910C, bought at home — supply is limited by … modelled", the badge's
 *  explanation in its title and for screen readers); run on as text that reads as if the
 *  reason were modelled. The picture writes the mark right after the path's name, in the
 *  language's parentheses ("Ascend 910C, bought at home (modelled) — supply is limited by …"),
 *  and the explanation once under the matrix (audit9 D2). Returns the words and the badge. */
function pathWords(el, wide) {
  const mark = el.querySelector(".modelled");
  if (!mark) return { words: clean(el.textContent) };
  const copy = el.cloneNode(true);
  copy.querySelector(".modelled").remove();
  const summary = clean(copy.textContent);
  // The summary is "name — reason" (path-summary-one/-more: " — " in English, "——" in Chinese).
  const at = summary.search(/ ?—/);
  const [name, reason] = at < 0 ? [summary, ""] : [summary.slice(0, at), summary.slice(at)];
  const word = clean(mark.firstChild?.textContent);
  return { words: wide ? `${name}（${word}）${reason}` : `${name} (${word})${reason}`, mark };
}

/** The matrix as the page shows it: one row per developer, each cell's status word (bold,
 *  beside a square in the status's colour), its main path and any fallback; under it, what
 *  "modelled" means, when a cell says it. */
export function matrixSvg(root, holder) {
  const c = colours(root);
  const s = stamp(root, holder);
  const top = header(s, c.fg);
  let out = top.out;
  let y = top.y + 8;
  const table = root.querySelector("table.matrix");
  const heads = [...table.querySelectorAll("thead th")].map((th) => clean(th.textContent));
  heads.forEach((head, i) => {
    out += `<text x="${COLUMNS[i]}" y="${y}" font-weight="700">${escapeXml(head)}</text>`;
  });
  y += 10;
  // Chinese writes its parentheses full width.
  const wide = /^zh\b/i.test(root.lang);
  let modelled;
  for (const row of table.querySelectorAll("tbody tr:not(.matrix__details-row)")) {
    const name = clean(row.querySelector(".matrix__name")?.textContent);
    if (!name) continue;
    out += `<line x1="${PAD}" x2="${WIDTH - PAD}" y1="${y}" y2="${y}" stroke="${c.fg}" stroke-opacity="0.3"/>`;
    const cellTop = y + LINE;
    let bottom = lines(COLUMNS[0], cellTop, wrap(name, 28), ' font-weight="700"').y;
    out += lines(COLUMNS[0], cellTop, wrap(name, 28), ' font-weight="700"').out;
    [...row.querySelectorAll("td")].forEach((td, i) => {
      const x = COLUMNS[i + 1];
      const max = (COLUMNS[i + 2] - x - 12) * CHARS_PER_PX;
      const badge = td.querySelector(".status");
      const word = clean(badge?.querySelector(".status__word")?.textContent) || clean(td.querySelector(".matrix__none")?.textContent);
      const path = td.querySelector(".matrix__path");
      const main = path && pathWords(path, wide);
      // A modelled fallback is marked as a main path is (audit11 A2): "Fallback: H20, from a
      // stockpile (modelled) — Open".
      const fallbackLine = td.querySelector(".matrix__fallback");
      const fallback = fallbackLine && pathWords(fallbackLine, wide);
      modelled ??= main?.mark ?? fallback?.mark;
      const parts = [main?.words, fallback?.words].filter(Boolean);
      let g = `<g class="cell" data-developer="${escapeXml(name)}" data-workload="${escapeXml(heads[i + 1] ?? "")}">`;
      if (badge) g += `<rect x="${x}" y="${cellTop - 11}" width="11" height="11" fill="${getComputedStyle(badge).color}"/>`;
      g += `<text x="${x + (badge ? 16 : 0)}" y="${cellTop}" font-weight="700">${escapeXml(word)}</text>`;
      const text = lines(x, cellTop + LINE, parts.flatMap((p) => wrap(p, max)));
      g += `${text.out}</g>`;
      out += g;
      bottom = Math.max(bottom, text.y);
    });
    y = bottom;
  }
  out += `<line x1="${PAD}" x2="${WIDTH - PAD}" y1="${y}" y2="${y}" stroke="${c.fg}" stroke-opacity="0.3"/>`;
  if (modelled) {
    // "modelled = which chip, which use or since when is our assumption, not a reported fact": the
    // badge's word and its explanation (its title), in the page's language.
    const note = lines(PAD, y + LINE, wrap(`${clean(modelled.firstChild?.textContent)} = ${modelled.title}`, (WIDTH - 2 * PAD) * CHARS_PER_PX), ' class="note"');
    out += note.out;
    y = note.y - LINE + 6;
  }
  const foot = footer(s, y);
  const height = Math.ceil(foot.y + PAD);
  return { svg: document_(out + foot.out, height, c), width: WIDTH, height };
}

/** The diagram's SVG as drawn, with the styles its stylesheet gives each element written on
 *  the element as presentation attributes, inside the stamped picture. */
export function diagramSvg(root, holder) {
  const c = colours(root);
  const s = stamp(root, holder);
  const top = header(s, c.fg);
  const original = root.querySelector("svg.diagram__svg");
  const copy = original.cloneNode(true);
  const from = [original, ...original.querySelectorAll("*")];
  const to = [copy, ...copy.querySelectorAll("*")];
  from.forEach((el, i) => {
    // Presentation attributes, not a style attribute: the page's CSP (style-src 'self') refuses
    // inline styles even on a detached copy.
    const style = getComputedStyle(el);
    for (const p of INLINE) to[i].setAttribute(p, style.getPropertyValue(p));
    to[i].removeAttribute("class");
    // text-transform has no SVG attribute: the column heads are written as the page shows them.
    if (el.localName === "text" && style.textTransform === "uppercase") to[i].textContent = el.textContent.toUpperCase();
  });
  const box = original.viewBox.baseVal;
  const width = WIDTH - 2 * PAD;
  const height = Math.round((width * box.height) / box.width);
  copy.setAttribute("x", PAD);
  copy.setAttribute("y", top.y);
  copy.setAttribute("width", width);
  copy.setAttribute("height", height);
  copy.removeAttribute("role");
  const legend = lines(PAD, top.y + height + LINE, wrap(root.querySelector(".diagram__legend")?.textContent, (WIDTH - 2 * PAD) * CHARS_PER_PX));
  const foot = footer(s, legend.y - LINE + 6);
  const total = Math.ceil(foot.y + PAD);
  const inner = top.out + new XMLSerializer().serializeToString(copy) + legend.out + foot.out;
  return { svg: document_(inner, total, c), width: WIDTH, height: total };
}

/** The SVG drawn by the browser onto a canvas PNG_SCALE times its size, as a data: address. */
async function png(svg, width, height) {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = width * PNG_SCALE;
  canvas.height = height * PNG_SCALE;
  canvas.getContext("2d").drawImage(img, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL("image/png");
}

/** The view's file name without its extension, as web/kit-export.js's `fileName` (the model's
 *  `export::file_name`): the date of the hand-over's scenario record (`S`) and each switch
 *  changed from the record (`C`), from the rows the line's click handler has just handed over. */
function stem(rows) {
  let name = "chip-paths";
  for (const record of rows.split("\x1e")) {
    const [tag, first, , on] = record.split("\x1f");
    if (tag === "S") name += `-${first}`;
    else if (tag === "C") name += `-${first}-${on === "1" ? "on" : "off"}`;
  }
  return name;
}

/** Makes the picture `link` asks for (`data-chip-paths-kit`: what, matrix | diagram, a dot and
 *  the kind, svg | png)
 *  and hands it to the browser as a download named after the view: the CSV's name with the
 *  picture's kind, `chip-paths-2025-08-14-h20-allowed-off-matrix.png`. `handOver` is
 *  web/kit-export.js's, which puts the view's hand-over on the line. */
export async function download(link, handOver) {
  const root = link.closest("[data-chip-paths-root]");
  const holder = link.closest(".downloads");
  const [what, kind] = link.dataset.chipPathsKit.split(".");
  await handOver(holder);
  const name = `${stem(holder.dataset.rows ?? "")}-${what}.${kind}`; // Before anything else waits.
  const { svg, width, height } = (what === "diagram" ? diagramSvg : matrixSvg)(root, holder);
  const href = kind === "png" ? await png(svg, width, height) : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  const a = document.createElement("a");
  a.href = href;
  a.download = name;
  a.hidden = true;
  document.body.append(a); // Outside the line, whose click handler would hand the rows over again.
  a.click();
  a.remove();
}
