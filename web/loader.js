// Starts the widget, and puts a readable panel in its place if it cannot start or stops working.
//
// Trunk's default loader is an inline <script>, which a strict Content-Security-Policy
// (script-src 'self') refuses; this external file does the same job. Trunk.toml's
// `pattern_script` puts the hashed file names on the <script> tag that loads it.
//
// Why the panel lives here and not in a Rust panic hook: the release build aborts on a panic
// without formatting it (scripts/env.sh, release_build), so a panic reaches the page only as a
// WebAssembly trap. Catching traps here also covers what no panic hook sees (an out-of-memory
// abort, a failed download of the wasm).
//
// What the reader sees before the widget mounts (docs/embedding.md, "When it cannot load"):
// index.html's loading line, which Yew's mount removes, and, for a link without a query, the
// prerendered opening view above it (kept below the panel if the code does not load); if the
// widget has not mounted after `data-chip-paths-timeout` ms (on this script's tag; 15 s), a message with a Retry button; on a
// failure, the panel. Each of these tells the host page its height, as the widget does.

const PANEL_TITLE = {
  load: "Chip Paths could not be loaded",
  trap: "Chip Paths stopped working",
  slow: "Chip Paths is taking too long to load",
};
const PANEL_TEXT = {
  load: "The widget's code did not load. Check the connection and reload; the link keeps your view.",
  trap: "Something went wrong inside the widget. Reloading usually helps; the link keeps your view.",
  slow: "The widget's code has not arrived. Check the connection and retry; your view is kept.",
};

// Height messages for the host page while the loader, not the widget, owns the page: the same
// four, with the same ids, as src/embed/protocol.rs (height_messages). Only when framed.
const params = new URLSearchParams(location.search);
const childId = params.get("childId");
const pymId = childId && /^[\w.:-]{1,64}$/.test(childId) && !childId.includes("xPYMx") ? childId : null;
const src = location.href; // Before the widget rewrites its URL, as it reads it.
let sent = 0;
const sendHeight = () => {
  const height = Math.max(0, Math.ceil(document.documentElement.getBoundingClientRect().height));
  if (height === sent) return;
  sent = height;
  [
    pymId && `pymxPYMx${pymId}xPYMxheightxPYMx${height}`,
    { "datawrapper-height": { [pymId ?? "chip-paths"]: height } },
    { sentinel: "amp", type: "embed-size", height },
    JSON.stringify({ src, context: "iframe.resize", height }),
  ].forEach((message) => message && parent.postMessage(message, "*"));
};
const heights = parent !== window && new ResizeObserver(sendHeight);
// The widget's own observer (src/embed/auto_height.rs) takes over once it has mounted.
const watchHeight = (on) => heights && (on ? heights.observe(document.documentElement) : heights.disconnect());
watchHeight(true);

// An element with its text.
const make = (name, text) => {
  const element = document.createElement(name);
  if (text) element.textContent = text;
  return element;
};

// Replaces every widget root on the page (or the whole body, before the app has mounted) with
// the panel. Built with DOM calls only: no markup strings, nothing a strict CSP refuses.
function showPanel(kind, detail) {
  const panel = make("div");
  panel.className = "error-panel";
  panel.setAttribute("role", "alert");
  panel.dataset.failure = kind;
  const links = make("p");
  if (kind === "slow") {
    // Reloads the page, and with it the bundle; the view is in the URL.
    const retry = make("button", "Retry");
    retry.type = "button";
    retry.addEventListener("click", () => location.reload());
    links.append(retry);
  } else {
    const reload = make("a", "Reload");
    reload.href = location.href;
    const fresh = make("a", "Reload with the default view");
    fresh.href = "?";
    links.append(reload, " · ", fresh);
  }
  panel.append(make("h1", PANEL_TITLE[kind]), make("p", PANEL_TEXT[kind]), links);
  if (detail) {
    const details = make("details");
    details.append(make("summary", "Technical details"), make("pre", String(detail)));
    panel.append(details);
  }
  const roots = document.querySelectorAll("[data-chip-paths-root]:not([data-prerendered])");
  if (roots.length === 0 && prerendered?.isConnected) {
    // Not mounted, but the prerendered opening view is there: it stays readable below the panel.
    document.querySelector(".cp-boot")?.remove();
    document.body.prepend(panel);
  } else if (roots.length === 0) {
    document.body.replaceChildren(panel);
  } else {
    roots.forEach((root) => root.replaceChildren(panel.cloneNode(true)));
  }
  // The widget's observer may be gone with it (a trap): the panel reports its own height.
  watchHeight(true);
}

// The opening view, prerendered into index.html by the release build (docs/performance.md). It
// is the view of a link without a query only: for any other link it goes at once, and the
// loading line stands alone until the widget draws the link's own view. The stylesheet keeps it
// hidden until a script has read the link: web/opening-view.js, before the first frame, for a
// link without a query, or else this line (with scripts off it shows, with its <noscript> line).
// The widget's mount replaces it either way.
const prerendered = document.querySelector("[data-prerendered]");
if (prerendered && location.search.replace(/^\?/, "") !== "") prerendered.remove();
else if (prerendered) prerendered.dataset.prerendered = "shown";

// A trap can surface as an uncaught error (in an event listener) or as a rejected promise (in
// Yew's scheduler, which runs in microtasks). Other errors are not the widget's to report.
const isTrap = (error) => error instanceof WebAssembly.RuntimeError;
addEventListener("error", (event) => {
  if (isTrap(event.error)) showPanel("trap", event.error.message);
});
addEventListener("unhandledrejection", (event) => {
  if (isTrap(event.reason)) showPanel("trap", event.reason.message);
});

// The kit's download links (src/components/downloads.rs): CSV and JSON of the outcomes, SVG and
// PNG of the matrix and the diagram. The code that writes each file is fetched at the first
// click, so no reader's first load carries it (nor, for the English reader, the view's
// hand-over): web/kit-export.js, which writes the CSV and JSON and hands a picture to
// web/kit-picture.js, loaded at the first picture (one module named here: docs/kit.md, "Size").
// The line's status (its last child) says "Preparing the file…" until the file is handed to the
// browser, and why not if its code cannot be loaded.
addEventListener("click", (event) => {
  const link = event.target.closest?.("a[data-chip-paths-kit]");
  if (!link) return;
  event.preventDefault();
  const status = link.closest(".downloads").lastChild;
  const say = (what) => (status.textContent = status.dataset[what] ?? "");
  say("preparing");
  import(new URL("kit-export.js", import.meta.url))
    .then((kit) => kit.download(link))
    .then(say, () => say("failed"));
});

// The kit's Undo and Redo keys (src/components/history_bar.rs, docs/kit.md): Ctrl/Cmd+Z undoes,
// Shift+Ctrl/Cmd+Z or Ctrl/Cmd+Y redoes, when pressed in the widget (never with Alt, a different
// shortcut on some keyboards), except in a text field or the embed dialog, which keep their own
// undo; the timeline's slider has none. They press the history bar's first two buttons (Undo,
// Redo), which do nothing when disabled. Here and not in the wasm, where they cost about 0.7 KB
// gzip; on the widget's own elements only, so a host page's keys stay the host's.
addEventListener("keydown", (event) => {
  const root = event.target.closest?.("[data-chip-paths-root]");
  if (!root || event.defaultPrevented || event.isComposing || !(event.ctrlKey || event.metaKey) || event.altKey) return;
  if (event.target.closest("textarea,dialog,input:not([type=range])")) return;
  // Z presses Undo, the bar's first button, and with Shift Redo, its second; so does Y unshifted.
  const key = event.key.toLowerCase();
  const button = root.querySelectorAll(".history > button")[key === "z" ? +event.shiftKey : key === "y" && !event.shiftKey ? 1 : -1];
  if (!button) return;
  event.preventDefault();
  button.click();
});

// The link's mode, by the widget's rule (src/url.rs, docs/embedding.md): of at most the
// first 4096 bytes of the query and its first 64 non-empty `&`-separated parameters, the first
// whose name decodes to `mode` decides; its value must decode to exactly explore, story, present
// or notes, else (malformed percent-encoding included) the reader's view opens and any later
// `mode` is a repeat, ignored. Decoding as the widget's: `+` is a space, `%XX` a byte, any other
// `%` stays, and bytes that are not UTF-8 make the text malformed. The same table of links
// (tests/mode_links.json) tests both sides.
const MAX_QUERY = 4096;
const MAX_PARAMETERS = 64;
const utf8 = new TextDecoder("utf-8", { fatal: true });
function percentDecode(text) {
  const bytes = new TextEncoder().encode(text);
  const out = [];
  const hex = (b) => (b >= 48 && b <= 57 ? b - 48 : b >= 97 && b <= 102 ? b - 87 : b >= 65 && b <= 70 ? b - 55 : -1);
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i];
    if (b === 0x2b) out.push(0x20);
    else if (b === 0x25 && hex(bytes[i + 1] ?? -1) >= 0 && hex(bytes[i + 2] ?? -1) >= 0) {
      out.push(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
      i += 2;
    } else out.push(b);
  }
  try {
    return utf8.decode(new Uint8Array(out));
  } catch {
    return null;
  }
}
// The decoded value of the link's first parameter named `name` (undefined: none; null: not
// decodable).
function linkParameter(search, name) {
  let query = search.replace(/^[?#]/, "");
  const bytes = new TextEncoder().encode(query);
  if (bytes.length > MAX_QUERY) {
    let end = MAX_QUERY;
    while ((bytes[end] & 0xc0) === 0x80) end -= 1; // Back to a character boundary.
    query = new TextDecoder().decode(bytes.subarray(0, end));
  }
  const pairs = query.split("&").filter((pair) => pair !== "").slice(0, MAX_PARAMETERS);
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    const [key, value] = at < 0 ? [pair, ""] : [pair.slice(0, at), pair.slice(at + 1)];
    if (percentDecode(key) === name) return percentDecode(value);
  }
  return undefined;
}
function linkMode(search) {
  const mode = linkParameter(search, "mode");
  return mode === "story" || mode === "present" || mode === "notes" ? mode : "explore";
}

// The language, by the widget's rule (src/url.rs `lang`, crates/model/src/i18n.rs
// `Locale::negotiate`): the link's first `lang` if it names a language the widget speaks (its
// tag in any case), else the first of the browser's languages it speaks, by exact tag or by the
// same language (`zh-TW` → zh-CN); English when none. The pseudo-locale only by its tag. The
// tags are crates/model/src/locales.rs's (tests/loader_languages.rs checks this list).
const LANGUAGES = ["en", "zh-CN"];
const PSEUDO_LANGUAGES = ["x-long"];
const primary = (tag) => tag.split("-")[0].toLowerCase();
const same = (a) => (b) => a.toLowerCase() === b.toLowerCase();
function linkLanguage(search, preferences) {
  const asked = linkParameter(search, "lang");
  return (
    (asked && [...LANGUAGES, ...PSEUDO_LANGUAGES].find(same(asked))) ||
    preferences
      .map((wanted) => LANGUAGES.find(same(wanted)) ?? LANGUAGES.find((tag) => primary(tag) === primary(wanted)))
      .find(Boolean) ||
    "en"
  );
}

// Three bundles (docs/size.md): the reader's, English only; the multilingual reader's (every
// language, no classroom), which a link or a browser that asks for another language than
// English loads in the plain or embedded view (docs/i18n.md, "Size"); and the classroom's
// (story, predictions, presenter view, teacher notes, every language), which
// `?mode=story|present|notes` loads. This
// module's <script> tag names the reader's and the classroom's files, and the classroom's styles,
// in data attributes (Trunk.toml pattern_script); the multilingual reader's are the classroom's
// names with `multilingual` for `classroom` (scripts/post-build.mjs names the two bundles after
// one hash of both), so English readers' page carries no name of a bundle they never load. A
// release build names every one of these files after its content (scripts/post-build.mjs), so a
// cached copy can never stand in for a changed file: no `?v=` query is needed, and a server may
// cache them forever (docs/embedding.md, "Caching").
const tag = document.querySelector(
  "script[data-chip-paths-js][data-chip-paths-wasm][data-chip-paths-classroom-js][data-chip-paths-classroom-wasm][data-chip-paths-classroom-css]",
);
if (!tag) {
  throw new Error("Chip Paths: the loader's <script> tag lost its data-chip-paths-* file attributes (see Trunk.toml pattern_script)");
}
const mode = linkMode(location.search);
const bundle =
  mode !== "explore"
    ? "classroom"
    : linkLanguage(location.search, navigator.languages ?? []) !== "en"
      ? "multilingual"
      : "reader";
document.documentElement.dataset.chipPathsBundle = bundle;
// A file named on the tag (`./name`: Trunk.toml's public_url); the classroom's names stand for
// the multilingual reader's too (post-build.mjs checks that `classroom` occurs once in each).
const file = (name) => new URL(tag.dataset[name].replace("classroom", bundle), document.baseURI).href;
if (bundle === "classroom") {
  // The classroom's styles come with its bundle (a linked sheet: allowed by style-src 'self').
  const styles = document.createElement("link");
  styles.rel = "stylesheet";
  styles.href = file("chipPathsClassroomCss");
  document.head.append(styles);
}
// The English-only reader's language picker (src/components/language_picker.rs, markup without
// a listener): a choice opens the same link with `lang=` set, which loads the bundle that
// speaks it; `#cp-language` gives the picker its focus back there.
if (bundle === "reader") {
  addEventListener("change", ({ target }) => {
    if (target.id !== "cp-language" || !target.closest("[data-chip-paths-root]")) return;
    const kept = location.search.slice(1).split("&").filter((p) => p && p.split("=")[0] !== "lang");
    location.href = `?${[...kept, `lang=${encodeURIComponent(target.value)}`].join("&")}#cp-language`;
  });
}
const named = bundle === "reader" ? "chipPaths" : "chipPathsClassroom";
const js = file(`${named}Js`);
const wasm = file(`${named}Wasm`);
// A download that never ends must not leave the loading line forever. A late arrival still
// mounts the widget (Yew's mount empties the body); a failure replaces the message.
const slow = setTimeout(() => showPanel("slow"), Number(tag.dataset.chipPathsTimeout) || 15000);
try {
  // The wasm download starts now, beside the glue's. (Trunk's preload links would fetch the
  // reader's wasm in the classroom too, so there are none: Trunk.toml pattern_preload.)
  const download = fetch(wasm);
  download.catch(() => {}); // Reported through init below.
  const glue = await import(js);
  await glue.default({ module_or_path: download });
  // The reader's bundle mounts in its `main`, which init runs; the other two when told to,
  // since the multilingual reader's is also loaded without a widget, for the English reader's
  // downloads (src/bin/chip-paths-multilingual.rs).
  glue.start?.();
  // Mounted: the widget reports its own height from now on.
  watchHeight(false);
} catch (error) {
  showPanel(isTrap(error) ? "trap" : "load", error && error.message);
  throw error;
} finally {
  clearTimeout(slow);
}
