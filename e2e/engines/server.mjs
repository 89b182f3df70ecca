// The release build (dist/) served on 127.0.0.1 for the cross-engine suite, with the test
// probe (probe.js) added to every HTML page and, optionally, extra response headers (the strict
// Content-Security-Policy). Everything else is served byte for byte, as ../support.mjs does.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDir, mimeType } from '../support.mjs';

const PROBE_PATH = '/__engine-probe.js';
const probeFile = join(dirname(fileURLToPath(import.meta.url)), 'probe.js');
const PROBE_TAG = `<script src="${PROBE_PATH}"></script>`;

/** The page with the probe as its first script (after any CSP <meta>, before anything runs). */
export function withProbe(html) {
  const at = [html.search(/<script\b/i), html.search(/<\/head>/i), html.search(/<body\b/i)]
    .filter((i) => i >= 0)
    .sort((a, b) => a - b)[0];
  if (at === undefined) throw new Error('no <script>, </head> or <body> to put the probe before');
  return html.slice(0, at) + PROBE_TAG + html.slice(at);
}

/**
 * A page holding one iframe of a given size (`?src=/path&width=375&height=700`): a viewport of
 * exactly that size for an engine whose window cannot be made so small.
 */
export const FRAME_PAGE = '/__frame.html';

function framePage(params) {
  const size = (name) => Math.max(1, Math.min(4000, Number(params.get(name)) || 0));
  const src = params.get('src') ?? '/';
  if (!src.startsWith('/') || src.startsWith('//')) throw new Error(`frame src must be a path: ${src}`);
  const attr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>frame</title></head>
<body style="margin:0"><iframe src="${attr(src)}" title="widget" width="${size('width')}" height="${size('height')}" style="border:0;display:block"></iframe></body></html>`;
}

/**
 * Start the server; `headers` are added to every response. Resolves to
 * `{ origin, url(path), close() }`.
 */
export async function serveForEngines({ headers = {} } = {}) {
  const root = distDir;
  const server = createServer(async (req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (pathname === FRAME_PAGE) {
      send(200, 'text/html; charset=utf-8', withProbe(framePage(new URL(req.url, 'http://x').searchParams)));
      return;
    }
    if (pathname === PROBE_PATH) {
      send(200, mimeType(probeFile), await readFile(probeFile));
      return;
    }
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      send(403, 'text/plain', 'forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      if (file.endsWith('.html')) body = withProbe(body.toString('utf8'));
      send(200, mimeType(file), body);
    } catch {
      send(404, 'text/plain', `not found: ${pathname}`);
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (path = '/') => `${origin}${path.startsWith('/') ? '' : '/'}${path}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
