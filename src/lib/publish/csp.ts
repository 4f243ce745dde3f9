/**
 * The site's Content-Security-Policy, as public/_headers and deploy/nginx.conf
 * send it. No inline script or style is allowed except the scripts whose
 * SHA-256 hashes are listed: a test checks both files carry exactly this policy.
 */
import { createHash } from 'node:crypto';
import { EARLY_PREFS_SCRIPT } from './reader-prefs.ts';
import { VIDEO_FRAME_ORIGINS } from '../content/body-policy.ts';

/** The CSP source for an inline script: 'sha256-<base64 of its UTF-8 text>'. */
export const scriptHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export const INLINE_SCRIPT_HASHES = [scriptHash(EARLY_PREFS_SCRIPT)];

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the search engine (Pagefind) compile its WebAssembly.
  `script-src 'self' 'wasm-unsafe-eval' ${INLINE_SCRIPT_HASHES.join(' ')}`,
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  // <Video> opens a YouTube or Facebook player when the reader asks for it; no other frame.
  `frame-src ${VIDEO_FRAME_ORIGINS.join(' ')}`,
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');
