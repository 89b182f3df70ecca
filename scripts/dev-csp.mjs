// Trunk post_build hook: development builds drop the page's Content-Security-Policy <meta> so
// Trunk's live-reload snippet (an inline script) can run under `trunk serve`. Release builds keep
// the strict policy untouched; the end-to-end tests check it there.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const profile = process.env.TRUNK_PROFILE;
const staging = process.env.TRUNK_STAGING_DIR;
if (profile !== 'release' && staging) {
  const page = join(staging, 'index.html');
  const html = readFileSync(page, 'utf8');
  const relaxed = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, '');
  writeFileSync(page, relaxed);
}
