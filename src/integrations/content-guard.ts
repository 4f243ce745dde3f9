/**
 * Runs the content check before Astro builds anything. On an error it prints
 * the editor-facing messages and stops the process, so nothing is written to
 * dist/ (a previous dist/ stays whole). Astro alone only logs a dangling reference.
 *
 * The check runs in a worker thread while Astro syncs its content on the main one
 * (7–10 s of the check at 10,000 stories that the build no longer waits for); the
 * build waits for it before it starts (astro:build:start), and a content loader
 * that fails waits for it first (check-gate.ts), so the editor reads the check's
 * messages rather than Astro's. Its problems are printed as soon as it is done.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkContent, type CheckOptions } from '../lib/content/check/check.ts';
import { checkReported, checkRunning } from '../lib/content/check/check-gate.ts';
import type { CheckedInWorker } from '../lib/content/check/check-worker.ts';
import { formatProblem, hasErrors, summary } from '../lib/content/check/problems.ts';
import { cacheDirFor, contentDir } from '../lib/site/content-dir.ts';

const WORKER = new URL('../lib/content/check/check-worker.ts', import.meta.url);

/** The check in a worker thread, or here where no worker can run it. */
function checkBeside(options: CheckOptions): Promise<CheckedInWorker> {
  const here = async () => {
    const { problems, entries } = await checkContent(options);
    return { problems, files: entries.length };
  };
  if (WORKER.protocol !== 'file:') return here();
  return new Promise<CheckedInWorker>((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: options });
    worker.once('message', (checked: CheckedInWorker) => {
      resolve(checked);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`content check worker exited (${code})`)));
  }).catch(() => here());
}

export default function contentGuard(): AstroIntegration {
  return {
    name: 'guong-sang:content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        // Tests only: build files the check would stop, to show the renderer refuses them on its own.
        if (process.env['GS_SKIP_CONTENT_CHECK'] === '1') {
          logger.warn('Bỏ qua bước kiểm tra nội dung (GS_SKIP_CONTENT_CHECK=1, chỉ dùng khi kiểm thử).');
          return;
        }
        const checked = checkBeside({ root: fileURLToPath(config.root), contentDir: contentDir(), cacheDir: cacheDirFor(contentDir()) }).then(({ problems, files }) => {
          for (const p of problems) (p.severity === 'error' ? console.error : console.warn)(formatProblem(p));
          return { problems, files };
        });
        // Printed as soon as known; an unhandled failure of the check is told where it is awaited.
        checked.catch(() => undefined);
        checkRunning(() => checked.then(({ problems, files }) => stopOnErrors(problems, files, logger)));
      },
      'astro:build:start': checkReported,
    },
  };
}

function stopOnErrors(problems: Parameters<typeof hasErrors>[0], files: number, logger: AstroIntegrationLogger): void {
  if (hasErrors(problems)) {
    console.error(`\n${summary(problems, files)} Chưa xuất bản gì: hãy sửa các lỗi trên rồi chạy lại.`);
    process.exit(1);
  }
  logger.info(summary(problems, files));
}
