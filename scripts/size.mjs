// Size report for the release build: each file's raw, gzip (-9) and brotli (max quality) size,
// and the first-load total (index.html plus every file it references, which is what a reader's
// browser downloads before the widget is on screen). Uses only Node's zlib, so it works offline.
// Usage: node scripts/size.mjs [dist-dir] [--json]
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, dirname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? join(root, 'dist'));
const asJson = args.includes('--json');

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

// Files index.html pulls in on first load: href/src attributes and quoted relative paths in its
// inline module script (Trunk's loader names the .js and the .wasm there).
function firstLoadFiles() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = new Set(['index.html']);
  // Release builds minify the HTML, which leaves simple attribute values unquoted.
  const pattern = /(?:href|src)\s*=\s*(?:["']([^"'#?]+)|([^\s>"'#?]+))|["'](\.\/[^"'#?]+)["']|=(\.\/[^\s>"'#?]+)/g;
  for (const m of html.matchAll(pattern)) {
    const ref = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (/^[a-z]+:|^\/\//i.test(ref)) continue; // absolute URLs are not ours
    const rel = normalize(ref.replace(/^\/+/, ''));
    if (existsSync(join(dist, rel)) && statSync(join(dist, rel)).isFile()) refs.add(rel);
  }
  return refs;
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

// The classroom's first load (?mode=story|present): the same page, with the classroom bundle
// and its styles (fixed names, added by web/loader.js) in place of the reader's .js and .wasm.
const classroomFiles = ['chip-paths-classroom.js', 'chip-paths-classroom_bg.wasm', 'present.css'];
const classroomFirst = files.some((f) => f.file === classroomFiles[1])
  ? new Set([...first].filter((file) => !/^chip-paths-[0-9a-f]+(_bg\.wasm|\.js)$/.test(file)).concat(classroomFiles))
  : null;
const classroomFirstLoad = classroomFirst && total(files.filter((f) => classroomFirst.has(f.file)));

if (asJson) {
  console.log(JSON.stringify({
    dist, files, firstLoad, all, firstLoadFiles: [...first],
    classroomFirstLoad, classroomFirstLoadFiles: classroomFirst && [...classroomFirst],
  }, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const width = Math.max(24, ...files.map((f) => f.file.length + 2));
  const row = (name, s, mark = ' ') =>
    `${mark} ${name.padEnd(width)}${kb(s.raw).padStart(11)}${kb(s.gzip).padStart(11)}${kb(s.brotli).padStart(11)}`;
  console.log(`Size report for ${relative(process.cwd(), dist) || '.'} (* = loaded on first load; the classroom, ?mode=story|present, loads its own bundle instead)`);
  console.log(`  ${'file'.padEnd(width)}${'raw'.padStart(11)}${'gzip'.padStart(11)}${'brotli'.padStart(11)}`);
  for (const f of files) console.log(row(f.file, f, first.has(f.file) ? '*' : ' '));
  console.log(row('first-load total', firstLoad));
  if (classroomFirstLoad) console.log(row('classroom first load', classroomFirstLoad));
  if (files.length !== first.size) console.log(row('all files', all));
}
