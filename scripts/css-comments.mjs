// Comments out of a stylesheet the build copies as it is (style/present.css: Trunk minifies
// only the stylesheets it links, and present.css is loaded by the classroom's bundle, so it is
// copied). Its comments explain the classroom's layout and were about half its gzip size. Only
// comments, blank lines and indentation go: nothing that could change what a rule means, so no
// minifier's version can break the build (a quoted "/*" stays; an unclosed comment throws and
// scripts/post-build.mjs keeps the file as it was, saying so).

/** `css` without its comments, blank lines and indentation. Throws on an unclosed comment. */
export function stripCssComments(css) {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const c = css[i];
    if (c === '"' || c === "'") {
      // A string, escapes included, up to its closing quote (or the line's end, as CSS does).
      let j = i + 1;
      while (j < css.length && css[j] !== c && css[j] !== '\n') j += css[j] === '\\' ? 2 : 1;
      out += css.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      if (end < 0) throw new Error(`an unclosed comment at character ${i}`);
      i = end + 2;
    } else {
      out += c;
      i += 1;
    }
  }
  return out
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
