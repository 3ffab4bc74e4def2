// A small static file server on 127.0.0.1 for the demo page and the test fixtures.
// Used by `npm start`, the end-to-end tests and the benchmark; it never listens beyond loopback.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves files on 127.0.0.1 at a free port. `mounts` maps URL prefixes ending in "/" to folders;
 * the longest prefix wins. `routes` may answer some paths itself: (pathname) => response | undefined.
 * @param {Record<string, string>} mounts
 * @param {{ routes?: (path: string) => ({ body: string, type?: string, headers?: Record<string, string> } | undefined) }} [options]
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serve(mounts, options = {}) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const routed = options.routes?.(url.pathname);
    if (routed) {
      response.writeHead(200, { 'content-type': routed.type ?? TYPES['.html'], ...routed.headers });
      response.end(routed.body);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const prefix = prefixes.find((candidate) => url.pathname.startsWith(candidate));
    if (!prefix) {
      response.writeHead(404, { 'content-type': TYPES['.txt'] }).end('not found');
      return;
    }
    const root = /** @type {string} */ (mounts[prefix]);
    let relative;
    try {
      relative = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = join(root, relative.replace(/^([/\\])+/, ''));
    if (!file.startsWith(root + sep) && file !== root) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': TYPES['.txt'] }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
