import { launchBrowser, openWidget, serveDist } from './support.mjs';
const s = await serveDist(); const b = await launchBrowser();
for (const [width, scheme] of [[1280, 'light'], [375, 'dark']]) {
  const w = await openWidget(b, '?dev=deepseek', { server: s, viewport: { width, height: 800 }, colorScheme: scheme, readySelector: '[data-ready]' });
  await w.page.getByRole('switch', { name: 'Nvidia H20 exports allowed' }).click();
  await w.page.waitForFunction(() => document.querySelector('[role=status]').textContent.length > 0);
  console.log(await w.page.getByRole('status').innerText());
  await w.page.screenshot({ path: `/tmp/tog-${width}-${scheme}.png` });
  await w.page.locator('.diagram').scrollIntoViewIfNeeded();
  await w.page.locator('.diagram').screenshot({ path: `/tmp/diag-${width}-${scheme}.png` });
  await w.close();
}
await b.close(); await s.close();
