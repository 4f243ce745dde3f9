/** A minimal static file server for dist/, on loopback only, for browser tests and screenshots. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
  server: Server;
}

export interface ServeOptions {
  /** Extra response headers for a request path, e.g. the site's own from dist/_headers. */
  headers?: (path: string) => Record<string, string>;
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const respond = async (req: IncomingMessage, res: ServerResponse) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    for (const [name, value] of Object.entries(options.headers?.(new URL(req.url ?? '/', 'http://x').pathname) ?? {})) res.setHeader(name, value);
    let file = join(root, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('404'));
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(body);
    }
  };
  const server = createServer((req, res) => void respond(req, res));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** `serveStatic` in a child process (see static-server-main.ts). */
export async function serveStaticProcess(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [join(import.meta.dirname, 'static-server-main.ts'), root], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) ok(out.trim());
    });
    child.on('exit', (code) => fail(new Error(`static server exited with ${code}`)));
  });
  return { url, close: async () => void child.kill() };
}
