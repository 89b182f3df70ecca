// Says, before the first frame, that this link shows the prerendered opening view
// (docs/performance.md, "Which links show it").
//
// index.html carries the opening view, the view of a link without a query. The stylesheet keeps
// it hidden until a script has read the link, so that a shared or embedded link never shows the
// opening view for a moment in place of its own. web/loader.js reads the link too, but it is a
// module script: it runs after the first layout and paint, and the view waited one more frame
// for it. This classic script's tag (index.html, first in the <head>) is `async
// blocking="render"`: the browser parses on while it downloads but paints nothing until it has
// run. A link without a query (`/`, `/?`: `location.search` is empty for both) marks the page, and
// the stylesheet shows the view from the first frame (main.css, `[data-chip-paths-opening]`). Any
// other link is left as it was: hidden until the loader removes the view. An engine that does not
// know `blocking` runs it as a plain async script: the view then shows when the first of the two
// scripts has run, never later than with the loader alone. A file, not an inline script: the
// strict policy (script-src 'self') refuses inline ones. If it does not load, the page goes on
// as before it existed (the loader shows the view).
location.search || document.documentElement.setAttribute("data-chip-paths-opening", "");
