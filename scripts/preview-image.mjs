// The link preview of a build (issue 20): renders the opening view of dist/ in headless
// Chromium into dist/preview.png (1200×630, what Open Graph and Twitter cards show), and writes
// the Open Graph and Twitter tags into dist/index.html, the image's alt text taken from the
// widget's own headline and tally at the opening date (what the model says there).
// Without Chromium (or if rendering fails) it says so and writes the tags without an image: a
// card without a picture beats a broken one. CHIP_PATHS_PUBLIC_URL (e.g.
// https://widgets.example.org/chip-paths/) makes the image address absolute, as crawlers prefer.
// Usage: node scripts/preview-image.mjs [dist]   (scripts/dist.sh and scripts/test.sh call it)
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const dist = resolve(process.argv[2] ?? 'dist');
const index = join(dist, 'index.html');
const WIDTH = 1200;
const HEIGHT = 630;

const attr = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

async function render() {
  const { launchBrowser, serveDist } = await import('../e2e/support.mjs');
  const server = await serveDist({ root: dist });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      viewport: { width: WIDTH, height: HEIGHT },
      deviceScaleFactor: 1,
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    // The compact layout: the opening view as an article shows it, dense enough for a card.
    await page.goto(server.url('/?embed=1'), { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('[data-ready]', { timeout: 30000 });
    const headline = await page.evaluate(() =>
      [...document.querySelectorAll('.headline p')].map((p) => p.textContent.trim()).join(' '),
    );
    if (!headline) throw new Error('the opening view has no headline');
    await page.screenshot({ path: join(dist, 'preview.png') });
    return `Chip Paths, the opening view: ${headline} The policy switches, and each Chinese AI developer's main path to compute for training and inference.`;
  } finally {
    await browser.close();
    await server.close();
  }
}

let alt = null;
try {
  alt = await render();
  console.log(`preview image: ${join(dist, 'preview.png')} (${WIDTH}×${HEIGHT})`);
} catch (err) {
  await rm(join(dist, 'preview.png'), { force: true });
  console.log(`preview image NOT generated (${String(err.message).split('\n')[0]}); the link preview has no picture`);
}

let html = await readFile(index, 'utf8');
// Idempotent: a second run replaces what the first wrote.
html = html.replace(/<!-- link preview -->[\s\S]*?<!-- \/link preview -->/, '');
const title = (/<title>([^<]*)<\/title>/.exec(html) ?? [])[1] ?? 'Chip Paths';
// The page's own description, whichever way the minifier wrote the tag's attributes.
const descriptionTag = (/<meta\b[^>]*\bname="?description"?[^>]*>/.exec(html) ?? [''])[0];
const description = (/\bcontent="([^"]*)"/.exec(descriptionTag) ?? [])[1] ?? '';
const base = process.env.CHIP_PATHS_PUBLIC_URL ?? '';
const image = `${base}${base && !base.endsWith('/') ? '/' : ''}preview.png`;
const tags = [
  '<meta property="og:type" content="website">',
  `<meta property="og:title" content="${title}">`,
  `<meta property="og:description" content="${description}">`,
  `<meta name="twitter:title" content="${title}">`,
  `<meta name="twitter:description" content="${description}">`,
];
if (alt) {
  tags.push(
    `<meta property="og:image" content="${attr(image)}">`,
    `<meta property="og:image:width" content="${WIDTH}">`,
    `<meta property="og:image:height" content="${HEIGHT}">`,
    `<meta property="og:image:alt" content="${attr(alt)}">`,
    '<meta name="twitter:card" content="summary_large_image">',
    `<meta name="twitter:image" content="${attr(image)}">`,
    `<meta name="twitter:image:alt" content="${attr(alt)}">`,
  );
} else {
  tags.push('<meta name="twitter:card" content="summary">');
}
html = html.replace('</head>', `<!-- link preview -->${tags.join('')}<!-- /link preview --></head>`);
await writeFile(index, html);
