// Trunk post_build hook, run on the staging directory before it becomes dist/.
//
// Development builds (`trunk serve`): drop the page's Content-Security-Policy <meta> so Trunk's
// live-reload snippet (an inline script) can run. Nothing else.
//
// Release builds (docs/size.md), for each bundle (the reader's and the classroom's):
// 1. wasm-opt -Oz (npm binaryen, like Trunk would run it: index.html sets data-wasm-opt="0" so
//    that it runs here instead) with --minify-imports-and-exports-and-modules: wasm-bindgen
//    names every import and export after its Rust path plus a hash (`__wbg_value_df0a…`), a
//    hundred-odd incompressible names in both the wasm and its JS glue; they become `a`, `b`, …
// 2. The glue is rewritten to match, from the map wasm-opt prints, then checked against the new
//    module: every import it must provide and every export it reads. A mismatch stops the build.
// 3. Every .js file is minified with terser (npm): the glue, which Trunk's minifier leaves
//    alone, and the copied loader.js and embed.js.
// The strict policy stays untouched; the end-to-end tests check it there.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
  process.exit(0);
}

// A name as a literal inside a regular expression.
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// An identifier character: a name ends where none follows.
const END = '(?![A-Za-z0-9_$])';

/** Optimises `wasmPath` in place with short import and export names; returns wasm-opt's map. */
function optimise(wasmPath) {
  const wasmOpt = join(root, 'node_modules', '.bin', 'wasm-opt');
  if (!existsSync(wasmOpt)) fail(`${wasmOpt} is missing: run scripts/setup.sh (npm binaryen)`);
  const map = execFileSync(
    wasmOpt,
    ['-Oz', '--minify-imports-and-exports-and-modules', wasmPath, '-o', wasmPath],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  try {
    return JSON.parse(map);
  } catch {
    fail(`wasm-opt printed no import/export map for ${wasmPath}:\n${map.slice(0, 500)}`);
  }
}

/** The glue with the short names of `map`, checked against the module at `wasmPath`. */
function rename(glue, map, wasmPath, glueName) {
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
for (const wasmName of files.filter((f) => f.endsWith('_bg.wasm'))) {
  const glueName = wasmName.replace(/_bg\.wasm$/, '.js');
  if (!files.includes(glueName)) fail(`no JS glue ${glueName} beside ${wasmName}`);
  const wasmPath = join(staging, wasmName);
  const gluePath = join(staging, glueName);
  const before = readFileSync(wasmPath).length;
  const map = optimise(wasmPath);
  writeFileSync(gluePath, rename(readFileSync(gluePath, 'utf8'), map, wasmPath, glueName));
  const after = readFileSync(wasmPath).length;
  console.log(`post-build: ${wasmName}: wasm-opt -Oz, short names: ${before} → ${after} bytes`);
}

const { minify } = await import('terser');
for (const name of files.filter((f) => f.endsWith('.js'))) {
  const path = join(staging, name);
  const source = readFileSync(path, 'utf8');
  // The glue and the loader are ES modules; embed.js is a classic script for host pages.
  const module = !name.startsWith('embed');
  const result = await minify(source, {
    module,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  writeFileSync(path, result.code);
  console.log(`post-build: minified ${name}: ${source.length} → ${result.code.length} bytes`);
}
