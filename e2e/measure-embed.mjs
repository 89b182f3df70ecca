// Heights of the default embed (`?embed=1`) at 320, 375, 600 and 1000 px: closed, and with each
// compact cell opened alone (the growth it causes), for docs/embedding.md's table.
// Usage: CHIP_PATHS_DIST=... node e2e/measure-embed.mjs [extra query]
import { launchBrowser, openWidget, serveDist } from './support.mjs';

const extra = process.argv[2] ?? '';
const server = await serveDist();
const browser = await launchBrowser();
const height = (page) => page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
try {
  for (const width of [320, 375, 600, 1000]) {
    const w = await openWidget(browser, `embed=1&childId=m${extra}`, {
      server,
      viewport: { width, height: 800 },
      readySelector: '[data-ready]',
    });
    const closed = await height(w.page);
    const toggles = w.page.locator('.matrix__toggle');
    const n = await toggles.count();
    const grow = [];
    for (let i = 0; i < n; i++) {
      await toggles.nth(i).click();
      await w.page.waitForFunction((i) => document.querySelectorAll('.matrix__toggle')[i].getAttribute('aria-expanded') === 'true', i);
      grow.push((await height(w.page)) - closed);
      await toggles.nth(i).click();
      await w.page.waitForFunction((i) => document.querySelectorAll('.matrix__toggle')[i].getAttribute('aria-expanded') === 'false', i);
    }
    const sum = grow.reduce((a, b) => a + b, 0);
    console.log(`${width}px: closed ${closed}; opened one at a time, growth mean ${Math.round(sum / n)} max ${Math.max(...grow)} [${grow.join(' ')}]`);
    await w.close();
  }
} finally {
  await browser.close();
  await server.close();
}
