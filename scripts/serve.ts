/**
 * `npm start` / `npm run preview`: serves the built site on this computer the way
 * the host serves it, so what an editor checks locally is what readers get:
 *
 *   node scripts/serve.ts [--port 4321] [--host localhost]
 *
 * - The headers of every response come from the built site's own `_headers` (copied
 *   from public/_headers: the one source of the security and cache policy, read here
 *   again whenever it changes), matched against the path below BASE_PATH, as on
 *   Netlify / Cloudflare Pages.
 * - `index.html` for a folder (a folder asked without its final slash is redirected
 *   to it, as the site links it: `trailingSlash: 'always'`), `404.html` (with status
 *   404) for anything else missing, content types by extension, HEAD, ETag / 304.
 * - Serves OUT_DIR (default dist/) under BASE_PATH (default /), on localhost:4321
 *   like `astro preview` (the next free port if that one is taken; PORT or --port
 *   to choose, 0 for any).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/publish/headers-file.ts';

export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
};

/** A base path as "/" or "/x/y/". */
export const normalBase = (base: string): string => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export interface SiteServerOptions {
  /** The built site. */
  root: string;
  /** The site's base path (BASE_PATH). */
  base?: string;
}

/** The rules of `root/_headers`, read again when the file changes (a new build swapped in). */
function headerRules(root: string): () => HeaderRule[] {
  let seen = '';
  let rules: HeaderRule[] = [];
  return () => {
    const file = join(root, '_headers');
    let now: string;
    try {
      const s = statSync(file);
      now = `${s.mtimeMs}:${s.size}:${s.ino}`;
    } catch {
      now = 'missing';
    }
    if (now !== seen) {
      rules = now === 'missing' ? [] : parseHeadersFile(readFileSync(file, 'utf8'));
      seen = now;
    }
    return rules;
  };
}

/** The file for a path below the base: the file itself, a folder's index.html, or a redirect to the folder. */
async function locate(root: string, rel: string): Promise<{ file: string; size: number; mtime: Date } | { redirect: true } | undefined> {
  const file = resolve(root, `.${rel}`);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  try {
    const s = await stat(file);
    if (s.isFile()) return { file, size: s.size, mtime: s.mtime };
    if (!s.isDirectory()) return undefined;
    if (!rel.endsWith('/')) return { redirect: true };
    const index = join(file, 'index.html');
    const i = await stat(index);
    return i.isFile() ? { file: index, size: i.size, mtime: i.mtime } : undefined;
  } catch {
    return undefined;
  }
}

/** The site server; `listen` it yourself.
 * The request handler in the order a host answers: path, headers, file, fallback.
 */
export function siteServer(options: SiteServerOptions): Server {
  const root = resolve(options.root);
  const base = normalBase(options.base ?? '/');
  const rules = headerRules(root);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': TYPES['.txt']! }).end('Chỉ hỗ trợ GET và HEAD.\n');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'content-type': TYPES['.txt']! }).end('Đường dẫn không hợp lệ.\n');
      return;
    }
    if (path.includes('\0')) {
      res.writeHead(400, { 'content-type': TYPES['.txt']! }).end('Đường dẫn không hợp lệ.\n');
      return;
    }
    // The site lives under its base; the host's root leads there.
    if (base !== '/' && (path === '/' || path === base.slice(0, -1))) {
      res.writeHead(302, { location: base }).end();
      return;
    }
    // _headers paths are from the site's root (see public/_headers).
    const rel = path.startsWith(base) ? `/${path.slice(base.length)}` : undefined;
    const found = rel === undefined ? undefined : await locate(root, rel);
    if (found && 'redirect' in found) {
      res.writeHead(301, { location: `${url.pathname.replace(/^\/+/, '/')}/${url.search}` }).end();
      return;
    }
    const status = found ? 200 : 404;
    const target = found ?? (await locate(root, '/404.html'));
    const headers: Record<string, string> = { ...headersFor(rules(), rel ?? path) };
    if (!target || 'redirect' in target) {
      res.writeHead(404, { ...headers, 'content-type': TYPES['.txt']! }).end('Không tìm thấy trang.\n');
      return;
    }
    headers['content-type'] = TYPES[extname(target.file).toLowerCase()] ?? 'application/octet-stream';
    headers['content-length'] = String(target.size);
    if (status === 200) {
      const etag = `W/"${target.size.toString(16)}-${Math.floor(target.mtime.getTime()).toString(16)}"`;
      headers['etag'] = etag;
      headers['last-modified'] = target.mtime.toUTCString();
      if (req.headers['if-none-match'] === etag) {
        delete headers['content-length'];
        res.writeHead(304, headers).end();
        return;
      }
    }
    res.writeHead(status, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(target.file)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  return createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': TYPES['.txt']! });
      res.end('Lỗi máy chủ xem thử.\n');
    });
  });
}

/** Listens on `port`, or (asked for the default port, as astro preview does) the next free one. */
export function listen(server: Server, port: number, host: string, tries = port === 0 ? 1 : 10): Promise<number> {
  return new Promise((ok, fail) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE' && tries > 1) ok(listen(server, port + 1, host, tries - 1));
      else fail(error);
    };
    const onListening = () => {
      server.off('error', onError);
      const address = server.address();
      ok(typeof address === 'object' && address ? address.port : port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
};

async function main(): Promise<void> {
  const root = resolve(process.env['OUT_DIR'] ?? 'dist');
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`Chưa có bản dựng trong ${root}. Hãy chạy: npm run build`);
    process.exit(1);
  }
  if (!existsSync(join(root, '_headers'))) console.error(`Cảnh báo: ${root} không có tệp _headers; trang xem thử sẽ thiếu các tiêu đề bảo mật và bộ nhớ đệm.`);
  else {
    try {
      parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
    } catch (error) {
      console.error(`Tệp ${join(root, '_headers')} sai: ${(error as Error).message}`);
      process.exit(1);
    }
  }
  const portText = option('port') ?? process.env['PORT'] ?? '4321';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Cổng không hợp lệ: "${portText}".`);
    process.exit(2);
  }
  const host = option('host') ?? 'localhost';
  const base = normalBase(process.env['BASE_PATH'] ?? '/');
  const server = siteServer({ root, base });
  let actual: number;
  try {
    actual = await listen(server, port, host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      code === 'EADDRINUSE' ? `Cổng ${port} đang bận. Hãy chọn cổng khác: npm start -- --port 4400` : `Không mở được máy chủ xem thử (${code ?? (error as Error).message}).`,
    );
    process.exit(1);
  }
  console.log(`Xem trang tại: http://${host.includes(':') ? `[${host}]` : host}:${actual}${base}`);
  console.log('Nhấn Ctrl+C để dừng.');
  const stop = () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.main) await main();
