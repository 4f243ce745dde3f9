/**
 * The static server as a process of its own: `node static-server-main.ts <root>` prints its URL.
 * Benchmarks serve from here, so the server does not share an event loop with the browser
 * driver whose timings it would slow, as a real static host would not.
 */
import { serveStatic } from './static-server.ts';

const server = await serveStatic(process.argv[2] ?? 'dist');
process.stdout.write(`${server.url}\n`);
