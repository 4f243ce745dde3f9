/**
 * Sätteri hast plugin: the renderer's half of the body policy (src/lib/content/
 * body-policy.ts). It runs first among the project's plugins, on Markdown (raw
 * HTML parsed into elements) and MDX alike, so nothing an editor writes reaches
 * the page unchecked, whether or not the content check ran.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { sanitizeBody, type BodyNode } from '../../lib/content/sanitize-body.ts';
import { imageProblem } from '../../lib/content/body-policy.ts';

export const sanitizeBodyPlugin = (contentDir: string) => ({
  name: 'guong-sang:sanitize-body',
  after(root: Readonly<BodyNode>, ctx: { fileURL: URL | undefined; replaceNode(node: unknown, replacement: unknown): void }) {
    const fileDir = ctx.fileURL ? dirname(fileURLToPath(ctx.fileURL)) : undefined;
    ctx.replaceNode(root, sanitizeBody(root as BodyNode, { fileDir, contentDir, exists: existsSync }));
  },
});

/**
 * Sätteri mdast plugin: Markdown images (`![…](…)`) outside the body policy are removed
 * before Astro's image step collects them, which would otherwise import and publish the
 * file (an SVG, a file outside content/) even though the page never shows it.
 */
export const dropUnsafeImagesPlugin = (contentDir: string) => ({
  name: 'guong-sang:drop-unsafe-images',
  image(node: Readonly<{ type: 'image'; url: string }>, ctx: { fileURL: URL | undefined; removeNode(node: unknown): void }) {
    const fileDir = ctx.fileURL ? dirname(fileURLToPath(ctx.fileURL)) : undefined;
    if (!fileDir || imageProblem(node.url, fileDir, contentDir)) ctx.removeNode(node);
  },
});
