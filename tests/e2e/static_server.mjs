// A static file server for the browser tests: serves the web build's dist/ folder under a base
// path (GitHub Pages serves projects under /<repo>/), with optional extra response headers (a CSP
// header, say), and records every request it answers.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json',
};

// Resolves to { url, requests, close() }; url ends with the base path and a slash.
// port 0 picks a free port.
export async function serveDist(distDir, { basePath = '/', headers = {}, port = 0 } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (!path.startsWith(basePath)) { res.writeHead(404).end('not found'); return; }
    let relative = path.slice(basePath.length) || 'index.html';
    if (relative.endsWith('/')) relative += 'index.html';
    const file = normalize(join(distDir, relative));
    if (!file.startsWith(normalize(distDir) + sep)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}${basePath}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
