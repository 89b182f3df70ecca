// The data-problems panel in Chinese (a build from broken data, e.g. .tools/broken-data-dist
// from scripts/test.sh): node e2e/screenshots-broken-zh.mjs DIST OUT.png
import { launchBrowser, serveDist } from './support.mjs';
const server = await serveDist(process.argv[2]);
const browser = await launchBrowser();
const page = await browser.newPage();
await page.setViewportSize({ width: 375, height: 640 });
await page.goto(server.url('/?lang=zh-CN'));
await page.waitForFunction(() => document.querySelector('main[lang="zh-CN"] [role="alert"]'));
await page.screenshot({ path: process.argv[3], fullPage: true });
await browser.close();
await server.close();
