// Every element's box in two builds, compared (issue 16; docs/performance.md, twelfth session):
// the check a stylesheet change for speed (containment, layers, a margin moved) must pass before
// it is measured, since it may change nothing a reader sees. For each view below, each build is
// opened in turn (light theme), the switches are flipped where the view says so, animations are
// let finish, and every element's getBoundingClientRect (page coordinates, to 1/100 px) is
// compared in document order; an element that is not rendered (display: none, a closed fold's
// content) counts as "not rendered". A script that prints, not a test: the e2e test
// `bench-containment.test.mjs` compares one build with its containment on and off.
// Usage: node e2e/bench-boxes.mjs <dist dir A> <dist dir B> [--all]
// (prints the first 6 differences per view, every one with --all; exits 1 if any box differs.)
import { BOX_VIEWS as VIEWS, launchBrowser, READY_SELECTOR, serveDist } from './support.mjs';

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length !== 2) {
  console.error('usage: node e2e/bench-boxes.mjs <dist dir A> <dist dir B> [--all]');
  process.exit(2);
}
const ALL = args.includes('--all');

const servers = await Promise.all(dirs.map((root) => serveDist({ root })));
const browser = await launchBrowser();

async function boxes(server, [query, width, height, flips = []]) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: 'light' });
  try {
    const page = await context.newPage();
    await page.goto(server.url(`/${query}`));
    await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: 60000 });
    if (flips.length) {
      await page.evaluate(() => document.querySelectorAll('details.switches__more').forEach((d) => (d.open = true)));
    }
    for (const name of flips) {
      const sw = page.getByRole('switch', { name });
      const was = await sw.getAttribute('aria-checked');
      await sw.click();
      await page.waitForFunction(([el, v]) => el.getAttribute('aria-checked') !== v, [await sw.elementHandle(), was]);
    }
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    return await page.evaluate(() =>
      [...document.querySelectorAll('body *')].map((el) => {
        const name = `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`;
        if (!el.checkVisibility()) return [name, 'not rendered'];
        const r = el.getBoundingClientRect();
        return [name, [r.x + scrollX, r.y + scrollY, r.width, r.height].map((v) => Math.round(v * 100) / 100).join(',')];
      }),
    );
  } finally {
    await context.close();
  }
}

let differing = 0;
try {
  for (const view of VIEWS) {
    const [a, b] = [await boxes(servers[0], view), await boxes(servers[1], view)];
    const diffs = [];
    if (a.length !== b.length) diffs.push(`${a.length} elements against ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i][0] !== b[i][0] || a[i][1] !== b[i][1]) diffs.push(`${a[i].join(' ')} → ${b[i].join(' ')}`);
    }
    differing += diffs.length;
    const [query, width, height, flips = []] = view;
    const name = `${query || '/'} ${width}×${height}${flips.length ? ` after ${flips.length} flips` : ''}`;
    console.log(`${name}: ${a.length} elements, ${diffs.length} differ`);
    for (const d of ALL ? diffs : diffs.slice(0, 6)) console.log(`  ${d}`);
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
console.log(differing ? `${differing} boxes differ` : 'every box the same');
process.exitCode = differing ? 1 : 0;
