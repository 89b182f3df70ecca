// The compact embed (issue 20), end to end on the release build: the default embed's height at
// common column widths, its compact cells opened by keyboard, every citation resolving, axe in
// light and dark, 44 px touch targets on a phone, and good manners as a guest in an article
// (no history entries, no scrolling of the host page, no notice for platforms' tracking tags).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launchBrowser, openWidget, serveDist } from './support.mjs';

const CHILD_ID = 'chip-paths-article';
/** Bounds for the default embed, by column width (px). Issue 20's goals were 1,200 px at 375 and
 *  900 px at 600; the "modelled" mark on the closed cells (truth first: a reader must see which
 *  cells are our assumption; tenth session, embed10) took them to 1,272 and 945 as a word. As a
 *  "*" with one key line under the table (embed11, the presenter's form) they measure 1,198 and
 *  894 (320: 1,343; 1,000: 779): the bounds are those heights plus about 25 px, but never more
 *  than issue 20's goals, which are met again. docs/embedding.md, "Heights". */
const HEIGHT_GOALS = { 320: 1370, 375: 1200, 600: 900, 1000: 805 };

let browser;
let server;
const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

before(async () => {
  browser = await launchBrowser();
  server = await serveDist();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const embed = (width, query = '', options = {}) =>
  openWidget(browser, `embed=1&childId=${CHILD_ID}${query}`, {
    server,
    readySelector: '[data-ready]',
    viewport: { width, height: 800 },
    ...options,
  });

const contentHeight = (page) =>
  page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

describe('the default embed fits in an article', () => {
  for (const [width, goal] of Object.entries(HEIGHT_GOALS).map(([w, g]) => [Number(w), g])) {
    test(`at ${width} px wide it is at most ${goal} px tall, with no horizontal scrolling`, async () => {
      const w = await embed(width);
      try {
        const height = await contentHeight(w.page);
        // The figure for the record (docs/embedding.md quotes them).
        console.log(`# default embed at ${width} px: ${height} px tall`);
        assert.ok(height <= goal, `${height} px tall at ${width} px wide (goal ${goal})`);
        const { scrollWidth, clientWidth } = await w.page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        assert.ok(scrollWidth <= clientWidth, `${scrollWidth} px of content in ${clientWidth} px`);
        // What the compact view holds: headline, the three headline switches, the matrix, the
        // change sentence's live region and the credit line; the rest is folded, not dropped.
        assert.equal(await w.page.locator('.headline').count(), 1);
        assert.equal(await w.page.getByRole('switch').filter({ visible: true }).count(), 3);
        assert.equal(await w.page.locator('table.matrix--compact').count(), 1);
        assert.equal(await w.page.locator('[role="status"].change').count(), 1);
        assert.equal(await w.page.getByRole('link', { name: /Sources and full view/ }).count(), 1);
        const more = w.page.locator('details.embed-more');
        assert.equal(await more.evaluate((d) => d.open), false, 'timeline, diagram and sources folded');
        for (const part of ['.timeline', '.diagram', '#sources']) {
          assert.equal(await more.locator(part).count(), 1, `${part} is inside the fold`);
        }
        assert.deepEqual(w.errors(), []);
      } finally {
        await w.close();
      }
    });
  }
});

describe('the credit line', () => {
  for (const width of [320, 375, 390, 1280]) {
    test(`at ${width} px its "·" stays on the line of the link it leads to`, async () => {
      const w = await embed(width);
      try {
        const { dot, link } = await w.page.evaluate(() => {
          const footer = document.querySelector('.embed-credit');
          const a = footer.querySelector('a');
          // The last "·" before the link.
          const walker = document.createTreeWalker(footer, NodeFilter.SHOW_TEXT);
          let last;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (a.contains(n)) break;
            if (n.textContent.includes('·')) last = n;
          }
          const range = document.createRange();
          const at = last.textContent.lastIndexOf('·');
          range.setStart(last, at);
          range.setEnd(last, at + 1);
          const r = range.getBoundingClientRect();
          const l = a.getBoundingClientRect();
          return { dot: { top: r.top, bottom: r.bottom }, link: { top: l.top, bottom: l.bottom } };
        });
        const middle = (dot.top + dot.bottom) / 2;
        assert.ok(middle > link.top && middle < link.bottom, `the "·" at ${JSON.stringify(dot)}, the link at ${JSON.stringify(link)}`);
      } finally {
        await w.close();
      }
    });
  }
});

describe('compact cells', () => {
  test("a cell's reasons open and close by keyboard, and the button says it is expanded", async () => {
    const w = await embed(375);
    try {
      const first = w.page.locator('.matrix__toggle').first();
      const region = w.page.locator(`[id="${await first.getAttribute('aria-controls')}"]`);
      assert.equal(await first.getAttribute('aria-expanded'), 'false');
      assert.equal(await region.isVisible(), false);
      // Reached by Tab like any control, opened with Enter.
      await first.focus();
      await w.page.keyboard.press('Enter');
      await w.page.waitForFunction(
        () => document.querySelector('.matrix__toggle').getAttribute('aria-expanded') === 'true',
      );
      assert.ok(await region.isVisible(), 'the reasons are shown');
      assert.ok(await first.evaluate((b) => b === document.activeElement), 'focus stays on the button');
      // The accessible name is the status and the path; the expanded state is exposed.
      const snapshot = await w.page.locator('.matrix tbody tr').first().ariaSnapshot();
      assert.match(snapshot, /button "[^"]*(Open|Friction|Limited|At risk|Blocked)[^"]*" \[expanded\]/, snapshot);
      const text = await region.innerText();
      assert.ok(text.length > 20, `reasons in words: ${text}`);
      // Closed again with Space.
      await w.page.keyboard.press('Space');
      await w.page.waitForFunction(
        () => document.querySelector('.matrix__toggle').getAttribute('aria-expanded') === 'false',
      );
      assert.equal(await region.isVisible(), false);
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });

  // embed12: the status legend is folded at the embed's foot, so a phone reader met "Limited" or
  // "At risk" unexplained. An open cell's first line says what its status means, in the legend's
  // own words (read from the page's legend, in each language), as a term and its definition.
  for (const [lang, query] of [['en', ''], ['zh-CN', '&lang=zh-CN']]) {
    test(`an open cell's first line says what its status means, in the legend's words (${lang})`, async () => {
      const w = await embed(375, query);
      try {
        // The language file arrives after the first mount: the view is rebuilt in it.
        await w.page.waitForSelector(`.cp[lang="${lang}"][data-ready]`, { timeout: 20000 });
        const legend = await w.page.evaluate(() =>
          [...document.querySelectorAll('.legend .legend__item')].map((item) => [
            item.querySelector('dt').textContent.trim(),
            item.querySelector('dd').textContent.trim(),
          ]),
        );
        if (lang === 'zh-CN') assert.ok(legend.length > 0 && legend.every(([word]) => /[\u4e00-\u9fff]/.test(word)), JSON.stringify(legend));
        const table = w.page.getByRole('table');
        let checked = 0;
        for (const [word, meaning] of legend) {
          const cells = table.getByRole('button', { name: new RegExp(`^${word}`) });
          if ((await cells.count()) === 0) continue;
          const cell = cells.first();
          const before = await contentHeight(w.page);
          await cell.click();
          assert.equal(await cell.getAttribute('aria-expanded'), 'true');
          const region = w.page.locator(`[id="${await cell.getAttribute('aria-controls')}"]`);
          assert.equal(await region.getByRole('term').first().innerText(), word, `${lang}: the term is the status`);
          assert.equal(await region.getByRole('definition').first().innerText(), meaning, `${lang}: ${word}'s meaning`);
          // The first line, before the reasons.
          const text = (await region.innerText()).replace(/\s+/g, ' ').trim();
          assert.ok(text.startsWith(`${word} ${meaning}`), `${lang}: “${text.slice(0, 120)}”`);
          await cell.click();
          assert.equal(await region.isVisible(), false);
          // Nothing of it shows while the cell is closed.
          assert.equal(await contentHeight(w.page), before, `${lang}: ${word} closed again`);
          checked += 1;
        }
        assert.ok(checked >= 2, `${lang}: cells of ${checked} statuses opened`);
        assert.deepEqual(w.errors(), []);
      } finally {
        await w.close();
      }
    });
  }

  // walk10: in a phone's column (~120 px at 375) a cell's reasons ran some 500 px tall. Below 40rem
  // an open cell's reasons span the row, below it, still inside their cell, by CSS alone (embed12).
  test("on a phone an open cell's reasons span the row, below it, in the same focus order and table", async () => {
    for (const width of [320, 375, 600, 1000]) {
      const w = await embed(width);
      try {
        const row = w.page.getByRole('row').filter({ has: w.page.getByRole('rowheader') }).first();
        const toggles = row.getByRole('cell').getByRole('button', { expanded: false });
        assert.equal(await toggles.count(), 2, 'the first developer has both cells, closed');
        // The heights of the headers and of every other row's buttons: a rewrap changes one by a line.
        const cellBoxes = () =>
          w.page.evaluate(() =>
            [...document.querySelectorAll('.matrix thead th, .matrix tbody tr:not(:first-child) :is(.matrix__select, .matrix__toggle)')].map(
              (b) => b.getBoundingClientRect().height,
            ),
          );
        const closedBoxes = await cellBoxes();
        const roles = async () => {
          // The table as the browser's accessibility tree has it (the grid must not cost it).
          const cdp = await w.page.context().newCDPSession(w.page);
          const { nodes } = await cdp.send('Accessibility.getFullAXTree');
          await cdp.detach();
          const count = {};
          for (const n of nodes) {
            const role = n.role?.value;
            if (['table', 'row', 'rowheader', 'columnheader', 'cell'].includes(role)) count[role] = (count[role] ?? 0) + 1;
          }
          return count;
        };
        const closedRoles = await roles();
        const before = await contentHeight(w.page);
        const ids = [];
        for (let i = 0; i < 2; i++) {
          const toggle = row.locator('.matrix__toggle').nth(i);
          ids.push(await toggle.getAttribute('aria-controls'));
          await toggle.click();
          assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
        }
        const geo = await row.evaluate((tr, ids) => {
          const box = (e) => e.getBoundingClientRect();
          return {
            row: box(tr),
            cells: [...tr.querySelectorAll(':scope > td')].map(box),
            whys: ids.map((id) => box(document.getElementById(id))),
            rest: Math.max(...[...tr.querySelectorAll(':scope > * > :not(.matrix__why)')].map((e) => box(e).bottom)),
          };
        }, ids);
        const after = await contentHeight(w.page);
        console.log(`# both of the first row's cells open at ${width} px: the embed grows by ${after - before} px`);
        if (width < 640) {
          for (const why of geo.whys) {
            assert.ok(Math.abs(why.left - geo.row.left) <= 1 && Math.abs(why.width - geo.row.width) <= 1, `${width}: the reasons span the row (${why.left}+${why.width} in ${geo.row.left}+${geo.row.width})`);
          }
          assert.ok(geo.whys[0].top >= geo.rest - 0.5, `${width}: below the name and both buttons (${geo.whys[0].top} < ${geo.rest})`);
          assert.ok(geo.whys[1].top >= geo.whys[0].bottom - 0.5, `${width}: the second cell's reasons below the first's`);
          assert.ok(geo.whys[1].bottom <= geo.row.bottom + 0.5, `${width}: inside the row`);
        } else {
          geo.whys.forEach((why, i) => assert.ok(why.left >= geo.cells[i].left - 0.5 && why.right <= geo.cells[i].right + 0.5, `${width}: reasons ${i} in their cell`));
        }
        // No other cell rewrapped (changed its height) as the layout changed.
        const openBoxes = await cellBoxes();
        const changed = closedBoxes.map((b, i) => [i, b, openBoxes[i]]).filter(([, b, o]) => Math.abs(b - o) > 1);
        assert.deepEqual(changed, [], `${width}: [index, closed, open] of headers and other rows' buttons that changed height`);
        // The same table for assistive technology, and the same focus order: from a cell's
        // button, Tab reaches its own reasons' first link.
        assert.deepEqual(await roles(), closedRoles, `${width}: the table's roles`);
        assert.equal(await w.page.locator(`[id="${ids[0]}"] a`).first().isVisible(), true, 'the reasons cite their sources');
        await row.locator('.matrix__toggle').first().focus();
        await w.page.keyboard.press('Tab');
        assert.ok(await w.page.evaluate((id) => document.getElementById(id).contains(document.activeElement), ids[0]), `${width}: Tab goes into the cell's own reasons`);
        const { scrollWidth, clientWidth } = await w.page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        assert.ok(scrollWidth <= clientWidth, `${width}: ${scrollWidth} px of content in ${clientWidth} px`);
        // Closed again, the table is as it was.
        for (let i = 0; i < 2; i++) await row.locator('.matrix__toggle').nth(i).click();
        assert.equal(await contentHeight(w.page), before, `${width}: closed again`);
        assert.deepEqual(w.errors(), []);
      } finally {
        await w.close();
      }
    }
  });

  // The grid above must not cost the table its semantics: the compact table names its parts'
  // roles (WebKit has dropped a table's semantics when its display changed; e2e/engines reads
  // WebKit's, Firefox's and Chromium's computed roles). Here Chromium's own accessibility tree
  // (CDP's queryAXTree, by role and name), not Playwright's reading of the DOM (embed13).
  test('on a phone, with a cell open, the table is still a table of rows, headers and cells to assistive technology', async () => {
    for (const width of [320, 375]) {
      const w = await embed(width);
      try {
        const { page } = w;
        const caption = (await page.locator('.matrix--compact caption').textContent()).trim();
        const table = page.getByRole('table', { name: caption });
        const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^DeepSeek/ }) });
        const toggle = row.getByRole('cell').first().getByRole('button', { expanded: false });
        const reasons = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
        await toggle.click();
        await reasons.waitFor({ state: 'visible' });
        // The case the roles are for: the open table laid out as a grid.
        assert.deepEqual(
          await row.evaluate((tr) => [tr.closest('table'), tr, tr.querySelector('td')].map((e) => getComputedStyle(e).display)),
          ['block', 'grid', 'grid'],
          `${width}: the open table is a grid`,
        );
        const cdp = await page.context().newCDPSession(page);
        const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
        /** The names of the unignored nodes with `query`'s role (and name) in Chromium's
         *  accessibility tree, under the element `selector` finds (itself included). */
        const inTree = async (selector, query) => {
          const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
          assert.ok(nodeId, selector);
          const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId, ...query });
          return nodes.filter((n) => !n.ignored).map((n) => n.name?.value ?? '');
        };
        const all = '.matrix__wrap';
        assert.deepEqual(await inTree(all, { role: 'table', accessibleName: caption }), [caption], `${width}: the table, named by its caption`);
        const names = await page.locator('.matrix--compact tbody th .matrix__name').allTextContents();
        const rowheaders = await inTree(all, { role: 'rowheader' });
        assert.deepEqual(rowheaders.map((n) => names.find((name) => n.startsWith(name))), names, `${width}: a row header per developer`);
        assert.equal((await inTree(all, { role: 'columnheader' })).length, 3, `${width}: developer, Training, Inference`);
        assert.equal((await inTree(all, { role: 'row' })).length, names.length + 1, `${width}: the header row and a row per developer`);
        assert.equal((await inTree(all, { role: 'cell' })).length, await page.locator('.matrix--compact tbody td').count(), `${width}: every cell`);
        // The open cell (DeepSeek's first: the first row's) is a cell, and its reasons are in it:
        // its button, the list of reasons and their citations' links.
        assert.equal(names[0], 'DeepSeek');
        const cell = '.matrix--compact tbody tr:first-child td';
        assert.equal((await inTree(cell, { role: 'cell' })).length, 1, `${width}: the open cell is a cell`);
        assert.equal((await inTree(cell, { role: 'button' })).length, 1, `${width}: its button`);
        assert.equal((await inTree(cell, { role: 'list' })).length, 1, `${width}: the reasons' list in the cell`);
        assert.ok((await inTree(cell, { role: 'link' })).length >= 1, `${width}: their citations in the cell`);
        assert.ok(await row.getByRole('cell').first().getByRole('list').isVisible(), `${width}: the opened reasons are visible`);
        await cdp.detach();
        assert.deepEqual(w.errors(), []);
      } finally {
        await w.close();
      }
    }
  });

  test('every citation in the compact view points at a source that is on the page', async () => {
    const w = await embed(600);
    try {
      // Open every cell and every developer's paths in turn would re-render; the cells' reasons
      // are in the page (hidden) already, so all of them are checked as they are.
      const { cites, missing } = await w.page.evaluate(() => {
        const links = [...document.querySelectorAll('a.cite')];
        return {
          cites: links.length,
          missing: links
            .map((a) => a.getAttribute('href').slice(1))
            .filter((id) => !document.getElementById(id)),
        };
      });
      assert.ok(cites > 20, `${cites} citations`);
      assert.deepEqual(missing, []);
      // Following one from a cell's reasons unfolds the sources at that entry.
      const toggle = w.page.locator('.matrix__toggle').first();
      await toggle.click();
      const cite = w.page.locator('.matrix__why:not([hidden]) a.cite').first();
      const target = (await cite.getAttribute('href')).slice(1);
      await cite.click();
      await w.page.locator(`[id="${target}"]`).waitFor({ state: 'visible' });
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });

  for (const scheme of ['light', 'dark']) {
    test(`axe finds nothing in the compact embed (${scheme}), with a cell and a developer open`, async () => {
      const w = await embed(375, '&dev=deepseek', {
        colorScheme: scheme,
        contextOptions: { bypassCSP: true },
      });
      try {
        await w.page.locator('.matrix__toggle').nth(1).click();
        await w.page.addScriptTag({ content: await axeSource });
        const violations = await w.page.evaluate(async () => {
          // eslint-disable-next-line no-undef
          const r = await axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        });
        assert.deepEqual(violations, []);
      } finally {
        await w.close();
      }
    });
  }

  test('on a phone every control in the embed is at least 44 px tall', async () => {
    const w = await embed(375);
    try {
      const small = await w.page.evaluate(() =>
        [...document.querySelectorAll('button, summary, [role="switch"], .embed-credit a, .embed-story a')]
          .filter((el) => el.checkVisibility())
          .map((el) => ({ el, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.height < 43.5 || r.width < 24)
          .map(({ el, r }) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`),
      );
      assert.deepEqual(small, []);
    } finally {
      await w.close();
    }
  });
});

describe('names', () => {
  test("no developer's name breaks inside a word, in the embed and the full view, 320 to 1280 px", async () => {
    for (const [query, label] of [['', 'embed'], ['?', 'full view']]) {
      for (const width of [320, 375, 600, 1280]) {
        const w =
          label === 'embed'
            ? await embed(width)
            : await openWidget(browser, '', { server, readySelector: '[data-ready]', viewport: { width, height: 800 } });
        try {
          const broken = await w.page.evaluate(() => {
            const out = [];
            for (const name of document.querySelectorAll('.matrix__name')) {
              const text = name.firstChild;
              if (!text || text.nodeType !== Node.TEXT_NODE) continue;
              // Each word of the name on one line: a word split across lines has two boxes.
              for (const m of text.data.matchAll(/\S+/g)) {
                const range = document.createRange();
                range.setStart(text, m.index);
                range.setEnd(text, m.index + m[0].length);
                if (range.getClientRects().length > 1) out.push(m[0]);
              }
            }
            return { broken: out, names: document.querySelectorAll('.matrix__name').length };
          });
          assert.ok(broken.names >= 8, `${label} ${width}px: the names are there`);
          assert.deepEqual(broken.broken, [], `${label} ${width}px: names broken inside a word`);
        } finally {
          await w.close();
        }
      }
    }
  });
});

describe('good manners as a guest in an article', () => {
  /** The mock article at phone width, with the widget mounted in it. */
  async function article() {
    const w = await openWidget(browser, '/examples/host.html', {
      server,
      viewport: { width: 375, height: 700 },
    });
    const frame = await (await w.page.locator(`#${CHILD_ID}`).elementHandle()).contentFrame();
    await frame.waitForSelector('[data-ready]', { state: 'attached' });
    return { ...w, frame };
  }

  test("two toggles inside the embed leave the host's history as it was", async () => {
    const w = await article();
    try {
      const before = await w.page.evaluate(() => history.length);
      const switches = w.frame.getByRole('switch');
      // Programmatic clicks: nothing here should depend on scrolling the host.
      await switches.nth(0).evaluate((b) => b.click());
      await w.frame.waitForFunction(() => /[?&](on|off)=/.test(location.search));
      const first = await w.frame.evaluate(() => location.search);
      await switches.nth(1).evaluate((b) => b.click());
      await w.frame.waitForFunction((q) => location.search !== q && /[?&](on|off)=/.test(location.search), first);
      assert.equal(await w.page.evaluate(() => history.length), before, 'no history entries added');
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });

  test("opening a developer's paths does not scroll the article", async () => {
    const w = await article();
    try {
      // The reader has scrolled so that the last developer's row sits at the bottom of the
      // screen: its paths open below the fold, where a plain focus() would scroll the article.
      const select = w.frame.locator('.matrix__select').last();
      const rowBottom0 = await select.evaluate((b) => b.closest('tr').getBoundingClientRect().bottom);
      const top = await w.page.evaluate(
        ([id, bottom]) =>
          Math.round(document.getElementById(id).getBoundingClientRect().top + scrollY + bottom - innerHeight),
        [CHILD_ID, rowBottom0],
      );
      await w.page.evaluate((y) => scrollTo(0, y), top);
      const scrolled = await w.page.evaluate(() => scrollY);
      assert.ok(Math.abs(scrolled - top) <= 1, `the article scrolled to ${top} (${scrolled})`);
      await select.evaluate((b) => b.click());
      await w.frame.locator('#details-heading').waitFor();
      // The heading has focus (for screen readers), and the article stayed where it was.
      assert.ok(await w.frame.evaluate(() => document.activeElement?.id === 'details-heading'));
      assert.equal(await w.page.evaluate(() => scrollY), scrolled);
      // The paths open right below the row that was chosen.
      const rowBottom = await select.evaluate((b) => b.closest('tr').getBoundingClientRect().bottom);
      const detailsTop = await w.frame.evaluate(() => document.getElementById('details-heading').getBoundingClientRect().top);
      assert.ok(detailsTop - rowBottom < 60, `details ${detailsTop - rowBottom}px below their row`);
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });

  test('a shared link with utm_* and fbclid tags shows no notice', async () => {
    for (const query of [
      '&utm_source=newsletter&utm_medium=email&utm_campaign=chips&fbclid=IwAR0xyz&gclid=Cj0KCQ',
      '&fbclid=IwAR0xyz',
    ]) {
      const w = await embed(375, query);
      try {
        assert.equal(await w.page.locator('.notice').count(), 0, query);
        assert.deepEqual(w.errors(), []);
      } finally {
        await w.close();
      }
    }
  });
});

// audit13 EM1: an editor who switched off a folded switch and pressed Embed gets a changed
// scenario; the embed must say so under its headline (the pictures' scenario line), and the
// folded summary must count it. A view on the record shows no such line.
describe('a changed scenario says so', () => {
  const LINE = 'Scenario: 14 Aug 2025; switches changed from the record: H800 and A800 banned (Oct 2023 rule) off';
  test('at 375 px, ?embed=1&off=h800-rule shows the scenario line and counts the change', async () => {
    const w = await embed(375, '&off=h800-rule');
    try {
      const line = w.page.getByText(LINE, { exact: true });
      assert.ok(await line.isVisible(), 'the scenario line is shown');
      // Below the headline and right above the matrix it qualifies (on a phone, below the
      // switches: its appearing must not move the switch the reader just used).
      const [headline, at, table] = await Promise.all([
        w.page.locator('.headline').boundingBox(),
        line.boundingBox(),
        w.page.getByRole('table').boundingBox(),
      ]);
      assert.ok(headline.y + headline.height <= at.y + 0.5 && at.y + at.height <= table.y + 0.5, JSON.stringify({ headline, at, table }));
      // The folded count is the data's (every switch but the headline's), so only its form is fixed here.
      assert.ok(await w.page.getByText(/^More policies from the record \(\d+; 1 changed here\)$/).isVisible());
      console.log(`# embed at 375 px with off=h800-rule: ${await contentHeight(w.page)} px tall`);
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
  test('a view on the record shows no scenario line', async () => {
    for (const query of ['', '&date=2026-06-27', '&off=h800-rule&date=2022-10-07']) {
      const w = await embed(375, query);
      try {
        assert.equal(await w.page.getByText(/switches changed from the record/).count(), 0, query);
        assert.equal(await w.page.getByText(/changed here/).count(), 0, query);
      } finally {
        await w.close();
      }
    }
  });
});
