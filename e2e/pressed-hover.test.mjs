// A pressed toggle button stays pressed under the pointer: the timeline's presets ("Jump to a
// moment") and the diagram's Training / Inference, in light and dark, in the reader and in the
// story. `.cp .button:hover` outranked `.preset[aria-pressed="true"]`, so a hovered pressed
// preset got the hover's pale background under its pale text: it looked unpressed and its text
// was unreadable. (The presenter view hides the timeline and the diagram.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openWidget } from './support.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** The computed text and background colours of `locator`'s element. */
function colours(locator) {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    return { color: style.color, background: style.backgroundColor };
  });
}

/** WCAG 2 contrast ratio of two opaque `rgb(…)` colours. */
function contrast(a, b) {
  const luminance = (css) => {
    const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const groups = [
  { name: 'the timeline presets', group: (page) => page.getByRole('group', { name: 'Jump to a moment' }) },
  { name: "the diagram's Training / Inference", group: (page) => page.locator('.diagram__controls') },
];

describe('a pressed toggle button under the pointer', () => {
  for (const view of ['', 'mode=story&step=5&']) {
    for (const theme of ['light', 'dark']) {
      // (In the story at step 5 no preset is pressed: the step's date is not one of theirs.)
      for (const { name, group } of view ? groups.slice(1) : groups) {
        test(`${name}, ${theme}${view ? ', in the story' : ''}: the pressed one hovered still looks pressed, text at 4.5:1 or more`, async () => {
          const w = await openWidget(browser, `?${view}theme=${theme}`, { viewport: { width: 1280, height: 900 } });
          try {
            const buttons = group(w.page).getByRole('button');
            const pressed = buttons.and(w.page.locator('[aria-pressed="true"]')).first();
            const unpressed = buttons.and(w.page.locator('[aria-pressed="false"]')).first();
            await pressed.scrollIntoViewIfNeeded();
            const pressedAtRest = await colours(pressed);
            await unpressed.hover();
            const unpressedHovered = await colours(unpressed);
            await pressed.hover();
            const pressedHovered = await colours(pressed);
            assert.deepEqual(pressedHovered, pressedAtRest, 'hovering does not unpress it');
            assert.notEqual(pressedHovered.background, unpressedHovered.background, 'it differs from an unpressed one hovered');
            const ratio = contrast(pressedHovered.color, pressedHovered.background);
            assert.ok(ratio >= 4.5, `text contrast ${ratio.toFixed(2)}:1 (${pressedHovered.color} on ${pressedHovered.background})`);
            assert.deepEqual(w.errors(), []);
          } finally {
            await w.close();
          }
        });
      }
    }
  }
});
