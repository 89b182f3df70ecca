// Starts the widget. Trunk's default loader is an inline <script>, which a strict
// Content-Security-Policy (script-src 'self') refuses; this external file does the same job.
// Trunk.toml's `pattern_script` puts the hashed file names on the <script> tag that loads it.
const tag = document.querySelector("script[data-chip-paths-js][data-chip-paths-wasm]");
if (!tag) {
  throw new Error("Chip Paths: the loader's <script> tag lost its data-chip-paths-js/-wasm attributes (see Trunk.toml pattern_script)");
}
const js = new URL(tag.dataset.chipPathsJs, document.baseURI).href;
const wasm = new URL(tag.dataset.chipPathsWasm, document.baseURI).href;
const { default: init } = await import(js);
await init({ module_or_path: wasm });
