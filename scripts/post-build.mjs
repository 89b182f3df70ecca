// Trunk post_build hook, run on the staging directory before it becomes dist/:
// - development builds drop the page's Content-Security-Policy <meta> so Trunk's live-reload
//   snippet (an inline script) can run under `trunk serve`;
// - release builds minify every JavaScript file with terser (npm, package-lock.json): the
//   wasm-bindgen glue, which Trunk's own minifier leaves alone, and the copied loader.js and
//   embed.js. The glue and the loader are on every first load (docs/size.md). The strict policy
//   stays untouched; the end-to-end tests check it there.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const profile = process.env.TRUNK_PROFILE;
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)');
  process.exit(1);
}

if (profile !== 'release') {
  const page = join(staging, 'index.html');
  const html = readFileSync(page, 'utf8');
  const relaxed = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, '');
  writeFileSync(page, relaxed);
} else {
  const { minify } = await import('terser');
  for (const name of readdirSync(staging).filter((f) => f.endsWith('.js'))) {
    const path = join(staging, name);
    const source = readFileSync(path, 'utf8');
    // The glue and the loader are ES modules; embed.js is a classic script for host pages.
    const module = !name.startsWith('embed');
    const result = await minify(source, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } });
    writeFileSync(path, result.code);
    console.log(`post-build: minified ${name}: ${source.length} → ${result.code.length} bytes`);
  }
}
