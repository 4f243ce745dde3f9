/**
 * Serves a built site on loopback the way Netlify or Cloudflare Pages would:
 * with the headers dist/_headers gives each path (CSP, cache lifetimes).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from '../../src/lib/publish/headers-file.ts';
import type { StaticServer } from '../support/static-server.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export async function serveWithHeaders(root: string): Promise<StaticServer & { requests: string[] }> {
  const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  const requests: string[] = [];
  const respond = async (req: IncomingMessage, res: ServerResponse) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    requests.push(path);
    let file = join(root, path);
    let status = 200;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      file = join(root, '404.html');
      status = 404;
    }
    const body = await readFile(file);
    res.writeHead(status, { ...headersFor(rules, path), 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  };
  const server = createServer((req, res) => void respond(req, res));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server, requests, close: () => new Promise((ok) => server.close(() => ok())) };
}
