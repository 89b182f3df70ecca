// The build's comment stripper for the copied classroom stylesheet (scripts/css-comments.mjs,
// run by scripts/post-build.mjs): it takes out comments, blank lines and indentation and
// nothing else, and the built present.css has no comment left. The classroom's own e2e tests
// (classroom-fit, classroom-projector, …) check the stylesheet still lays the view out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripCssComments } from '../scripts/css-comments.mjs';
import { distDir, repoRoot } from './support.mjs';

test('comments, blank lines and indentation go; rules and quoted text stay as written', () => {
  const css = '/* head\n   two lines */\n.a, .b > .c {\n  color: red; /* why */\n\n  content: "/* not a comment */";\n}\n.d::after { content: \'a  */ b\'; }\n';
  assert.equal(
    stripCssComments(css),
    '.a, .b > .c {\ncolor: red;\ncontent: "/* not a comment */";\n}\n.d::after { content: \'a  */ b\'; }\n',
  );
});

test('a descendant combinator split over lines keeps its separator', () => {
  assert.equal(stripCssComments('.a\n  .b { x: 1 }'), '.a\n.b { x: 1 }\n');
});

test('an unclosed comment throws, so the build keeps the file as it was', () => {
  assert.throws(() => stripCssComments('.a { x: 1 } /* never closed'), /unclosed comment/);
});

test('the built present.css has no comment left, and every rule of the source', async () => {
  const name = (await readdir(distDir)).find((f) => /^present-[0-9a-f]{16}\.css$/.test(f));
  assert.ok(name, 'the release build has a content-named present.css');
  const built = await readFile(join(distDir, name), 'utf8');
  assert.ok(!built.includes('/*'), 'no comment is left');
  const source = await readFile(join(repoRoot, 'style/present.css'), 'utf8');
  assert.equal(built, stripCssComments(source), 'the built file is the source less its comments');
});
