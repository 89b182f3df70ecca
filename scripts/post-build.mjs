// Trunk post_build hook, run on the staging directory before it becomes dist/.
//
// Development builds (`trunk serve`): drop the page's Content-Security-Policy <meta> so Trunk's
// live-reload snippet (an inline script) can run. Nothing else.
//
// Release builds (docs/size.md), for each bundle (the reader's, the multilingual reader's and the
// classroom's):
// 1. wasm-opt -Oz (npm binaryen, like Trunk would run it: index.html sets data-wasm-opt="0" so
//    that it runs here instead) with --minify-imports-and-exports-and-modules: wasm-bindgen
//    names every import and export after its Rust path plus a hash (`__wbg_value_df0a…`), a
//    hundred-odd incompressible names in both the wasm and its JS glue; they become `a`, `b`, …
// 2. The glue is rewritten to match, from the map wasm-opt prints, then checked against the new
//    module: every import it must provide and every export it reads. Steps 1–2 are a size
//    trick that depends on the glue's shape: if the rewrite does not apply (a wasm-bindgen
//    update), the bundle is built with plain `wasm-opt -Oz` instead and one line says so; the
//    size report shows the cost. CHIP_PATHS_PLAIN_GLUE=1 (or CHIP_PATHS_NO_SIZE_TRICKS=1)
//    skips the trick.
// 3. Every .js file is minified with terser (npm): the glue, which Trunk's minifier leaves
//    alone, and the copied loader.js, opening-view.js and embed.js.
// 4. Every file the page loads is renamed after its own content (`name-<sha256:16>.ext`) and
//    index.html's references are rewritten to match: the bundles' glue and wasm, the styles
//    (present.css included), the loader and the opening view's script. Only the entry points
//    keep their names: index.html, embed.js (named by host pages), and the data/ and examples/
//    folders (links people keep). So a server can cache everything else forever (docs/embedding.md, "Caching"). The kit's
//    on-demand modules (web/kit-*.js), which the loader names, are renamed too, and the
//    loader's text rewritten to match before the loader itself is named: a cached module can
//    never meet a widget it does not fit (kit-export.js reads the rows the wasm hands over).
// 5. The opening view, rendered to HTML by Yew's server-side renderer from the same components
//    and data (`cargo run --example prerender`, a native build), goes first into index.html's
//    <body>: readers see the matrix before the wasm arrives, and without JavaScript at all
//    (docs/performance.md).
// 6. The language files (every language but English, which the bundles carry): written into
//    lang/ by `cargo run --example language_files`, named after their content as build.rs named
//    them in the wasm (docs/i18n.md). Development builds get them too.
// The strict policy stays untouched; the end-to-end tests check it there.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const profile = process.env.TRUNK_PROFILE;
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail('TRUNK_STAGING_DIR is not set (this script is run by Trunk as a post_build hook)');

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

if (profile !== 'release') {
  const page = join(staging, 'index.html');
  const html = readFileSync(page, 'utf8');
  writeFileSync(page, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, ''));
  writeLanguageFiles();
  process.exit(0);
}

// A name as a literal inside a regular expression.
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// An identifier character: a name ends where none follows.
const END = '(?![A-Za-z0-9_$])';

/** A failure of the short-names trick: the bundle is then built without it. */
class TrickFailed extends Error {}

/**
 * Optimises `wasmPath` in place (-Oz); with `shortNames`, also minifies the import and export
 * names and returns wasm-opt's map of them.
 */
function optimise(wasmPath, shortNames) {
  const wasmOpt = join(root, 'node_modules', '.bin', 'wasm-opt');
  if (!existsSync(wasmOpt)) fail(`${wasmOpt} is missing: run scripts/setup.sh (npm binaryen)`);
  const flags = shortNames ? ['--minify-imports-and-exports-and-modules'] : [];
  // CHIP_PATHS_WASM_NAMES=1: keep the functions' names (`-g`: the name section survives -Oz), so
  // a CPU profile of the wasm names its functions (e2e/bench-profile.mjs). For profiling builds
  // only: the names make the reader's wasm about 60 % larger (635,098 against 388,989 bytes).
  if (process.env.CHIP_PATHS_WASM_NAMES) flags.push('-g');
  const map = execFileSync(wasmOpt, ['-Oz', ...flags, wasmPath, '-o', wasmPath], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (!shortNames) return null;
  try {
    return JSON.parse(map);
  } catch {
    throw new TrickFailed(`wasm-opt printed no import/export map: ${map.slice(0, 200)}`);
  }
}

/** The glue with the short names of `map`, checked against the module at `wasmPath`. */
function rename(glue, map, wasmPath, glueName) {
  const fail = (message) => {
    throw new TrickFailed(message);
  };
  const module = new WebAssembly.Module(readFileSync(wasmPath));
  const imports = WebAssembly.Module.imports(module);
  const exports = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  const oldModules = new Set(map.imports.map(([module]) => module));
  const newModules = new Set(imports.map((i) => i.module));
  if (oldModules.size !== 1 || newModules.size !== 1) {
    fail(`${glueName}: expected one import module, found ${[...oldModules]} → ${[...newModules]}`);
  }
  const [oldModule] = oldModules;
  const [newModule] = newModules;
  let out = glue.replace(JSON.stringify(oldModule) + ':', JSON.stringify(newModule) + ':');
  // Imports are the keys of the glue's import object: `__wbg_value_df0a…: function(`.
  for (const [, name, short] of map.imports) {
    const key = new RegExp(`(^|[\\s{,])${escape(name)}:`, 'gm');
    out = out.replace(key, (_, before) => `${before}${JSON.stringify(short)}:`);
  }
  // Exports are read as `wasm.name`. Longest first, so no name is taken for another's prefix.
  for (const [name, short] of [...map.exports].sort((a, b) => b[0].length - a[0].length)) {
    out = out.replace(new RegExp(`\\bwasm\\.${escape(name)}${END}`, 'g'), `wasm.${short}`);
  }
  // The check: the glue provides every import and reads only exports that exist.
  const keys = new Set([...out.matchAll(/^\s*"([^"]+)":\s*function\b/gm)].map((m) => m[1]));
  const missing = imports.filter((i) => !keys.has(i.name)).map((i) => i.name);
  const unknown = [...out.matchAll(/\bwasm\.([A-Za-z0-9_$]+)/g)]
    .map((m) => m[1])
    .filter((name) => !exports.has(name));
  if (!out.includes(JSON.stringify(newModule) + ':') || missing.length || unknown.length) {
    fail(
      `${glueName} does not match its wasm after renaming: ` +
        `imports not provided ${JSON.stringify(missing)}, exports not found ${JSON.stringify(unknown)}`,
    );
  }
  return out;
}

const files = readdirSync(staging);
const tricksOff = Boolean(process.env.CHIP_PATHS_PLAIN_GLUE || process.env.CHIP_PATHS_NO_SIZE_TRICKS);
const trickMisses = [];
const bundles = [];
for (const wasmName of files.filter((f) => f.endsWith('_bg.wasm'))) {
  const glueName = wasmName.replace(/_bg\.wasm$/, '.js');
  if (!files.includes(glueName)) fail(`no JS glue ${glueName} beside ${wasmName}`);
  bundles.push({ wasmName, glueName });
  const wasmPath = join(staging, wasmName);
  const gluePath = join(staging, glueName);
  const original = readFileSync(wasmPath);
  const glue = readFileSync(gluePath, 'utf8');
  let how = 'wasm-opt -Oz';
  if (!tricksOff) {
    try {
      const map = optimise(wasmPath, true);
      writeFileSync(gluePath, rename(glue, map, wasmPath, glueName));
      how = 'wasm-opt -Oz, short names';
    } catch (error) {
      if (!(error instanceof TrickFailed)) throw error;
      // Back to wasm-bindgen's own output, optimised without the trick.
      trickMisses.push(`${glueName}: ${error.message}`);
      writeFileSync(wasmPath, original);
      writeFileSync(gluePath, glue);
      optimise(wasmPath, false);
    }
  } else {
    optimise(wasmPath, false);
  }
  const after = readFileSync(wasmPath).length;
  console.log(`post-build: ${wasmName}: ${how}: ${original.length} → ${after} bytes`);
}
if (trickMisses.length) {
  // One line: the build goes on; the size report names the cost.
  console.log(
    `post-build: size trick "short import/export names" did not apply to this wasm-bindgen (${trickMisses[0].slice(0, 300)}); built without it, about 4.6 KB gzip larger (docs/size.md)`,
  );
} else if (tricksOff) {
  console.log('post-build: size trick "short import/export names" off (CHIP_PATHS_PLAIN_GLUE / CHIP_PATHS_NO_SIZE_TRICKS)');
}

const { minify } = await import('terser');
const CLASSIC_SCRIPTS = ['embed.js', 'opening-view.js'];
for (const name of files.filter((f) => f.endsWith('.js'))) {
  const path = join(staging, name);
  const source = readFileSync(path, 'utf8');
  // The glue and the loader are ES modules; embed.js (for host pages) and opening-view.js (the
  // page's first script, web/opening-view.js) are classic scripts.
  const module = !CLASSIC_SCRIPTS.includes(name);
  const result = await minify(source, {
    module,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  writeFileSync(path, result.code);
  console.log(`post-build: minified ${name}: ${source.length} → ${result.code.length} bytes`);
}

// The copied stylesheet (present.css) without its comments: Trunk minifies only the stylesheets
// it links (scripts/css-comments.mjs says what is taken out and why it cannot change a rule).
const { stripCssComments } = await import('./css-comments.mjs');
for (const name of files.filter((f) => f.endsWith('.css') && f.startsWith('present'))) {
  const path = join(staging, name);
  const source = readFileSync(path, 'utf8');
  try {
    const stripped = stripCssComments(source);
    writeFileSync(path, stripped);
    console.log(`post-build: ${name} without comments: ${source.length} → ${stripped.length} bytes`);
  } catch (error) {
    console.log(`post-build: ${name} kept with its comments (${error.message}); it works the same, only larger`);
  }
}

// The multilingual reader's bundle (index.html, docs/i18n.md "Size"). A page built without it
// (scripts/test.sh's two test folders, whose page leaves its <link> out to save a release
// build) gets the classroom's bundle under its names: it speaks every language too, so Chinese
// readers there see what they saw before the third bundle. Anywhere else a missing one fails.
const MULTILINGUAL = ['chip-paths-multilingual_bg.wasm', 'chip-paths-multilingual.js'];
const CLASSROOM = ['chip-paths-classroom_bg.wasm', 'chip-paths-classroom.js'];
if (!MULTILINGUAL.every((f) => files.includes(f))) {
  const source = readFileSync(process.env.TRUNK_HTML_FILE ?? join(root, 'index.html'), 'utf8');
  if (source.includes('data-bin="chip-paths-multilingual"')) fail(`the multilingual reader's bundle is missing (${MULTILINGUAL.join(', ')})`);
  MULTILINGUAL.forEach((f, i) => copyFileSync(join(staging, CLASSROOM[i]), join(staging, f)));
  console.log(`post-build: ${process.env.TRUNK_HTML_FILE} builds no multilingual reader: the classroom's bundle stands in`);
}

// 4. Content names. A file's name is its stem plus the first 16 hex digits of the SHA-256 of
// its final bytes (Trunk's own hash, where there is one, is of the wasm before this hook ran,
// and there is none on the classroom's files or on copied files). The classroom's and the
// multilingual reader's four files share one hash, of all four: the page names only the
// classroom's, and the loader reads the multilingual reader's names off them (web/loader.js).
const SHARED = [...CLASSROOM, ...MULTILINGUAL];
const hashes = new Map(); // Each computed once, before any of its files is renamed.
const hashOf = (parts) => {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = readFileSync(join(staging, part));
    hash.update(parts.length > 1 ? `${part} ${bytes.length}\n` : '').update(bytes);
  }
  return hash.digest('hex').slice(0, 16);
};
const contentName = (name) => {
  const key = SHARED.includes(name) ? SHARED.join() : name;
  if (!hashes.has(key)) hashes.set(key, hashOf(SHARED.includes(name) ? SHARED : [name]));
  const match = /^(.*?)(?:-[0-9a-f]{8,})?(_bg\.wasm|\.[a-z]+)$/.exec(name);
  if (!match) fail(`cannot name ${name} after its content`);
  return `${match[1]}-${hashes.get(key)}${match[2]}`;
};
contentName(SHARED[0]); // The shared hash, while all four files still have their build names.
const loaded = [
  ...bundles.flatMap(({ wasmName, glueName }) => [wasmName, glueName]).filter((f) => !MULTILINGUAL.includes(f)),
  ...files.filter((f) => f.endsWith('.css')),
  'loader.js',
  'opening-view.js',
];
const loaderPath = join(staging, 'loader.js');
let loader = readFileSync(loaderPath, 'utf8');
// A kit module may import another (kit-export.js imports kit-picture.js for a picture, as
// `./kit-picture.js`): the imported one is named first and its importers' text rewritten before
// they are named, so every module's name is of its final bytes.
const kits = new Map(files.filter((f) => /^kit-[a-z]+\.js$/.test(f)).map((f) => [f, readFileSync(join(staging, f), 'utf8')]));
const referenceTo = (name) => new RegExp(`(?<=["'\`/])${escape(name)}(?=["'\`])`, 'g');
while (kits.size) {
  const names = [...kits.keys()];
  const name = names.find((f) => !names.some((other) => other !== f && referenceTo(other).test(kits.get(f))));
  if (!name) fail(`the kit modules ${names.join(', ')} import each other in a cycle`);
  writeFileSync(join(staging, name), kits.get(name));
  kits.delete(name);
  // Each is named once, as a string: by the loader (kit-export.js) or by the module that
  // imports it (kit-picture.js).
  const reference = referenceTo(name);
  const uses = [loader, ...kits.values()].reduce((n, text) => n + (text.match(reference)?.length ?? 0), 0);
  if (uses !== 1) fail(`loader.js and the kit modules name ${name} ${uses} times; expected once`);
  const renamed = contentName(name);
  loader = loader.replace(reference, renamed);
  for (const [other, text] of kits) kits.set(other, text.replace(reference, renamed));
  renameSync(join(staging, name), join(staging, renamed));
}
writeFileSync(loaderPath, loader);
const pagePath = join(staging, 'index.html');
let page = readFileSync(pagePath, 'utf8');
for (const name of loaded) {
  if (!existsSync(join(staging, name))) fail(`${name} is missing from the build`);
  const renamed = contentName(name);
  // index.html names each file once, as an attribute value (`=./name`, quoted or not).
  const reference = new RegExp(`(?<=[=/"'])${escape(name)}(?=[\\s>"'])`, 'g');
  const uses = page.match(reference)?.length ?? 0;
  if (uses !== 1) fail(`index.html names ${name} ${uses} times; expected once (Trunk.toml pattern_script)`);
  page = page.replace(reference, renamed);
  renameSync(join(staging, name), join(staging, renamed));
}
writeFileSync(pagePath, page);
// Named as the loader finds them: the classroom's names on the page (`./name`, Trunk.toml's
// public_url) with `multilingual` for their one `classroom`.
for (const key of ['js', 'wasm']) {
  const value = new RegExp(`data-chip-paths-classroom-${key}=["']?([^\\s>"']+)`).exec(page)?.[1] ?? '';
  if (value.split('classroom').length !== 2) fail(`data-chip-paths-classroom-${key}="${value}" should name "classroom" once (web/loader.js)`);
}
for (const [i, name] of MULTILINGUAL.entries()) {
  const renamed = contentName(name);
  if (renamed !== contentName(CLASSROOM[i]).replace('classroom', 'multilingual')) fail(`${renamed} is not named as the loader derives it`);
  renameSync(join(staging, name), join(staging, renamed));
}
console.log(`post-build: ${loaded.length + MULTILINGUAL.length} files and the kit's modules named after their content`);

// 5. The prerendered opening view. A native build: the release build's std settings (for the
// wasm32 target, scripts/env.sh) are not passed on, or cargo would rebuild std for the host.
const env = { ...process.env };
delete env.CARGO_UNSTABLE_BUILD_STD;
delete env.RUSTC_BOOTSTRAP;
let view;
try {
  view = execFileSync('cargo', ['run', '--quiet', '--example', 'prerender', '--no-default-features'], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
} catch (error) {
  fail(`the opening view could not be prerendered (cargo run --example prerender): ${error.message}`);
}
if (!view.includes('data-prerendered')) fail('examples/prerender.rs printed no prerendered view');
// The page's policy (style-src 'self', script-src 'self') refuses inline styles and scripts.
if (/<script|\sstyle=/i.test(view)) fail('the prerendered view has an inline style or script, which the CSP refuses');
page = readFileSync(pagePath, 'utf8');
const bodies = page.match(/<body>/g)?.length ?? 0;
if (bodies !== 1) fail(`index.html has ${bodies} <body> tags; expected one`);
writeFileSync(pagePath, page.replace('<body>', () => `<body>${view}`));
console.log(`post-build: prerendered the opening view into index.html (${view.length} bytes)`);

// 6. The language files, fetched only when a reader picks their language (docs/i18n.md).
writeLanguageFiles();

function writeLanguageFiles() {
  const env = { ...process.env };
  delete env.CARGO_UNSTABLE_BUILD_STD;
  delete env.RUSTC_BOOTSTRAP;
  try {
    const out = execFileSync('cargo', ['run', '--quiet', '--example', 'language_files', '--no-default-features', '--', join(staging, 'lang')], {
      cwd: root,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    console.log(`post-build: language files\n${out.trim()}`);
  } catch (error) {
    fail(`the language files could not be written (cargo run --example language_files): ${error.message}`);
  }
}
