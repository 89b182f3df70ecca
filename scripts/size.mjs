// Size report for the release build: each file's raw, gzip (-9) and brotli (max quality) size,
// and the first-load total (index.html plus every file it references, which is what a reader's
// browser downloads before the widget is on screen). Uses only Node's zlib, so it works offline.
// It also says whether the build's two size tricks applied (they fall back rather than fail:
// scripts/env.sh release_build, scripts/post-build.mjs), and what a missing one costs.
// Usage: node scripts/size.mjs [dist-dir] [--json] [--budget size-budget.json]
// With --budget, exits 1 when the reader's first load (gzip) is over the budget in that file
// (the size gate `make test` runs; the report above it is the per-file breakdown).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, dirname, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dist = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--budget') ?? join(root, 'dist'));
const asJson = args.includes('--json');
const budgetAt = args.indexOf('--budget');
const budgetFile = budgetAt >= 0 ? resolve(args[budgetAt + 1] ?? '') : null;
if (budgetAt >= 0 && !args[budgetAt + 1]) {
  console.error('size: --budget needs a file (size-budget.json)');
  process.exit(2);
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`size: no ${join(dist, 'index.html')} — run \`make dist\` first.`);
  process.exit(1);
}

// `trunk serve` (plain, without make) writes a dev build into dist/: its sizes mean nothing.
if (readFileSync(join(dist, 'index.html'), 'utf8').includes('.well-known/trunk/ws')) {
  console.error(`size: ${dist} holds a development build (from \`trunk serve\`); run \`make dist\` first.`);
  process.exit(1);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith('.')) return []; // Trunk's .stage and similar
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function sizes(path) {
  const raw = readFileSync(path);
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }).length,
  };
}

// Files index.html pulls in on first load: its href/src attributes (the styles, the loader) and
// the reader's bundle, which the loader's tag names in data-chip-paths-js/-wasm. web/loader.js
// loads another bundle instead of the reader's for two kinds of reader (docs/i18n.md, "Size"):
// the classroom's (data-chip-paths-classroom-*, with its styles) for ?mode=story|present|notes, and
// the multilingual reader's (the classroom's names with `multilingual`) for a link or browser
// asking for another language, which also fetches that language's file (lang/<tag>.<hash>.bin).
// Only the <head>'s: the body's links (the prerendered view's, the no-JavaScript line's link to
// the data file) are followed by a reader, not loaded with the page.
const page = readFileSync(join(dist, 'index.html'), 'utf8');
const html = page.slice(0, page.search(/<body[\s>]/i) >>> 0);
// Release builds minify the HTML, which leaves simple attribute values unquoted.
const attributes = [...html.matchAll(/([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi)].map((m) => [
  m[1].toLowerCase(),
  m[2] ?? m[3] ?? m[4],
]);
function ownFile(ref) {
  if (!ref || /^[a-z]+:|^\/\//i.test(ref)) return null; // absolute URLs are not ours
  const rel = normalize(ref.replace(/[?#].*$/, '').replace(/^\/+/, ''));
  return existsSync(join(dist, rel)) && statSync(join(dist, rel)).isFile() ? rel : null;
}
const named = (names) =>
  attributes.filter(([name]) => names.includes(name)).map(([, value]) => ownFile(value)).filter(Boolean);
const pageFiles = ['index.html', ...named(['href', 'src'])];
const readerBundle = named(['data-chip-paths-js', 'data-chip-paths-wasm']);
const classroomBundle = named(['data-chip-paths-classroom-js', 'data-chip-paths-classroom-wasm', 'data-chip-paths-classroom-css']);
function firstLoadFiles() {
  return new Set([...pageFiles, ...readerBundle]);
}

const files = walk(dist)
  .map((path) => ({ file: relative(dist, path), ...sizes(path) }))
  .sort((a, b) => b.raw - a.raw);
const first = firstLoadFiles();
const total = (list) =>
  list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
const firstLoad = total(files.filter((f) => first.has(f.file)));
const all = total(files);

// The classroom's first load (?mode=story|present|notes): the same page, with the classroom bundle
// and its styles in place of the reader's .js and .wasm.
const classroomFirst = classroomBundle.length === 3 ? new Set([...pageFiles, ...classroomBundle]) : null;
const classroomFirstLoad = classroomFirst && total(files.filter((f) => classroomFirst.has(f.file)));

// A Chinese reader's first load (a link with lang=zh-CN or a Chinese browser, the plain or
// embedded view): the page, the multilingual reader's bundle in place of the reader's, and
// lang/zh-CN. Null when the build has no such bundle or file.
const multilingualBundle = classroomBundle
  .filter((f) => !f.endsWith('.css'))
  .map((f) => f.replace(/classroom(?=[^/]*$)/, 'multilingual'))
  .filter((f) => ownFile(f));
const zhFile = files.find((f) => /^lang\/zh-CN\.[0-9a-f]+\.bin$/.test(f.file.split(sep).join('/')))?.file;
const chineseFirst =
  multilingualBundle.length === 2 && zhFile ? new Set([...pageFiles, ...multilingualBundle, zhFile]) : null;
const chineseFirstLoad = chineseFirst && total(files.filter((f) => chineseFirst.has(f.file)));

// The size tricks, read off the build itself. Costs: docs/size.md ("Size tricks").
// - std rebuilt for size: with it, std's panic locations (`library/core/src/…`) are not in the wasm.
// - short import/export names: without it, the glue still names wasm-bindgen's `__wbg_…` imports.
const readerWasm = readerBundle.find((f) => f.endsWith('.wasm'));
const readerGlue = readerBundle.find((f) => f.endsWith('.js'));
const tricks = readerWasm && readerGlue && {
  rebuiltStd: !/library\/(core|alloc|std)\/src\//.test(readFileSync(join(dist, readerWasm), 'latin1')),
  shortNames: !/__wbg_|__wbindgen_/.test(readFileSync(join(dist, readerGlue), 'utf8')),
};
const TRICK_COSTS = { rebuiltStd: ['std rebuilt for size', 14.2], shortNames: ['short import/export names', 4.6] };

// The gate: the reader's first load, gzip, against the budget checked into the repository.
let budget = null;
if (budgetFile) {
  try {
    budget = JSON.parse(readFileSync(budgetFile, 'utf8')).reader_first_load_gzip_bytes;
  } catch (error) {
    console.error(`size: cannot read the budget ${budgetFile}: ${error.message}`);
    process.exit(2);
  }
  if (!Number.isInteger(budget) || budget <= 0) {
    console.error(`size: ${budgetFile} needs "reader_first_load_gzip_bytes", a positive whole number`);
    process.exit(2);
  }
}

if (asJson) {
  console.log(JSON.stringify({
    dist, files, firstLoad, all, firstLoadFiles: [...first],
    classroomFirstLoad, classroomFirstLoadFiles: classroomFirst && [...classroomFirst],
    chineseFirstLoad, chineseFirstLoadFiles: chineseFirst && [...chineseFirst], tricks, budget,
  }, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const width = Math.max(24, ...files.map((f) => f.file.length + 2));
  const row = (name, s, mark = ' ') =>
    `${mark} ${name.padEnd(width)}${kb(s.raw).padStart(11)}${kb(s.gzip).padStart(11)}${kb(s.brotli).padStart(11)}`;
  console.log(`Size report for ${relative(process.cwd(), dist) || '.'} (* = loaded on an English reader's first load; a reader of another language, and the classroom, ?mode=story|present|notes, load their own bundle instead)`);
  console.log(`  ${'file'.padEnd(width)}${'raw'.padStart(11)}${'gzip'.padStart(11)}${'brotli'.padStart(11)}`);
  for (const f of files) console.log(row(f.file, f, first.has(f.file) ? '*' : ' '));
  console.log(row('first-load total', firstLoad));
  if (chineseFirstLoad) console.log(row('Chinese reader first load', chineseFirstLoad));
  if (classroomFirstLoad) console.log(row('classroom first load', classroomFirstLoad));
  if (files.length !== first.size) console.log(row('all files', all));
  if (tricks) {
    const line = Object.entries(TRICK_COSTS).map(([key, [name, kbCost]]) =>
      tricks[key] ? `${name}: applied` : `${name}: NOT applied (about ${kbCost} KB gzip larger)`);
    console.log(`Size tricks: ${line.join('; ')}`);
  }
}
if (budget !== null) {
  const over = firstLoad.gzip - budget;
  const where = relative(process.cwd(), budgetFile) || budgetFile;
  if (over > 0) {
    console.error(
      `SIZE BUDGET EXCEEDED: the reader's first load is ${firstLoad.gzip} bytes gzip, ${over} over the ` +
        `budget of ${budget} in ${where} (the files marked * above). Make it smaller, or raise the ` +
        'budget in a commit that says why.',
    );
    process.exit(1);
  }
  console.log(`Size budget: the reader's first load is ${firstLoad.gzip} bytes gzip, ${-over} under the budget of ${budget} (${where})`);
}
