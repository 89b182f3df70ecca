// Accessibility audit with axe-core (from npm, evaluated in the page by support.mjs's
// axeViolations; nothing is fetched from other hosts): no violations in light and dark, on
// desktop and phone widths, with a developer's paths open and every disclosure expanded.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, launchBrowser, openWidget } from './support.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

async function audit(query, options) {
  const w = await openWidget(browser, query, { readySelector: '[data-ready]', ...options });
  try {
    await w.page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    return await axeViolations(w.page);
  } finally {
    await w.close();
  }
}

const cases = [
  { name: 'light, desktop', query: '?dev=deepseek', options: { colorScheme: 'light' } },
  { name: 'dark (system), desktop', query: '?dev=deepseek', options: { colorScheme: 'dark' } },
  { name: 'dark (link) under a light system', query: '?dev=bytedance&theme=dark', options: { colorScheme: 'light' } },
  { name: 'light (link) under a dark system, phone', query: '?theme=light&dev=zhipu', options: { colorScheme: 'dark', viewport: { width: 375, height: 800 } } },
  { name: 'dark, phone, inference diagram', query: '?workload=inference', options: { colorScheme: 'dark', viewport: { width: 375, height: 800 } } },
  { name: 'with a notice', query: '?on=nope', options: { colorScheme: 'light' } },
];

describe('axe-core audit', () => {
  for (const c of cases) {
    test(`no violations: ${c.name}`, async () => {
      const violations = await audit(c.query, c.options);
      assert.deepEqual(violations, [], violations.join('\n'));
    });
  }
});
