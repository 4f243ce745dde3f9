/**
 * Astro hands the content data store to the built pages as one JavaScript module:
 * `export default JSON.parse("<the whole store as one string literal>")`. At 10,000
 * stories that literal holds 59 million characters, and V8 takes about 36 s to
 * compile it, in every build, before the first page is rendered — where
 * `JSON.parse` of the same text takes 1 s. In a build, the store is a file in the
 * cache folder (`<cacheDir>/data-store.json`, written by the content sync before
 * any page is built and left alone until the build ends), so this makes the module
 * read and parse that file instead: the same value, without the compile.
 *
 * It matches the module by Astro's internal id and the exact shape of its code; if
 * either changes, the module is left as Astro wrote it (slower, same result). The
 * dev server is left alone, and so is the chunked storage
 * (`experimental.collectionStorage`), whose module is different.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Astro's resolved id of the data store module (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';
const SINGLE_FILE_CODE = 'export default JSON.parse(';

/** The module's code, reading the store from `file` at run time; undefined to leave Astro's code as it is. */
export function dataStoreModuleCode(code: string, file: string): string | undefined {
  if (!code.startsWith(SINGLE_FILE_CODE)) return undefined;
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

export default function dataStoreModule(): AstroIntegration {
  return {
    name: 'guong-sang:data-store-module',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'guong-sang:data-store-module',
                enforce: 'post',
                transform(code, id) {
                  if (id !== DATA_STORE_MODULE_ID) return undefined;
                  const replaced = dataStoreModuleCode(code, file);
                  return replaced === undefined ? undefined : { code: replaced, map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
