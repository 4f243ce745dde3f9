/**
 * Runs the content check before Astro builds anything. On an error it prints
 * the editor-facing messages and stops the process, so nothing is written to
 * dist/ (a previous dist/ stays whole). Astro alone only logs a dangling reference.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content/check/check.ts';
import { formatProblem, hasErrors, summary } from '../lib/content/check/problems.ts';
import { cacheDirFor, contentDir } from '../lib/site/content-dir.ts';

export default function contentGuard(): AstroIntegration {
  return {
    name: 'guong-sang:content-guard',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        // Tests only: build files the check would stop, to show the renderer refuses them on its own.
        if (process.env['GS_SKIP_CONTENT_CHECK'] === '1') {
          logger.warn('Bỏ qua bước kiểm tra nội dung (GS_SKIP_CONTENT_CHECK=1, chỉ dùng khi kiểm thử).');
          return;
        }
        const root = fileURLToPath(config.root);
        const { problems, entries } = await checkContent({ root, contentDir: contentDir(), cacheDir: cacheDirFor(contentDir()) });
        for (const p of problems) (p.severity === 'error' ? console.error : console.warn)(formatProblem(p));
        if (hasErrors(problems)) {
          console.error(`\n${summary(problems, entries.length)} Chưa xuất bản gì: hãy sửa các lỗi trên rồi chạy lại.`);
          process.exit(1);
        }
        logger.info(summary(problems, entries.length));
      },
    },
  };
}
