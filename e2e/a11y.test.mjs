// Accessibility audit with axe-core (from npm, injected into the page; nothing is fetched from
// other hosts): no violations in light and dark, on desktop and phone widths, with a developer's
// paths open and every disclosure expanded.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launchBrowser, openWidget } from './support.mjs';

const require = createRequire(import.meta.url);
let browser;
let axeSource;

before(async () => {
  browser = await launchBrowser();
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
});

after(async () => {
  await browser?.close();
});

async function audit(query, options) {
  // EMBED: the page's own CSP refuses inline scripts, axe's injected one included; bypass it here.
  const w = await openWidget(browser, query, {
    readySelector: '[data-ready]',
    ...options,
    contextOptions: { bypassCSP: true, ...options?.contextOptions },
  });
  try {
    await w.page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    await w.page.addScriptTag({ content: axeSource });
    const result = await w.page.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary}`),
      }));
    });
    return result;
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
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    });
  }
});
