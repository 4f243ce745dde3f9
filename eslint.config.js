// @ts-check
// ESLint for the site's TypeScript, type-checked as Astro's own repositories do it:
// typescript-eslint's recommendedTypeChecked on top of ESLint's recommended rules, with
// types from the tsconfig.json that includes each file, through the project service.
// Prettier owns the formatting: eslint-config-prettier turns off every rule that would fight it.
// .astro files are checked by `astro check` (npm run typecheck), not here.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier/flat';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    '.astro/',
    'test-results/',
    // Inputs that tests feed to the build exactly as they are, broken ones included.
    'tests/fixtures/',
    // The bare benchmark baseline is an Astro project of its own: its astro:content types exist only once Astro has synced it.
    'scripts/bench/bare/',
  ]),
  {
    files: ['**/*.{ts,mts,cts,js,mjs,cjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // See https://typescript-eslint.io/blog/project-service/ (tsconfig.json includes the .js and .mjs config files too: Astro's tsconfig allows JS).
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A leading underscore marks a parameter kept for its place or type; a rest sibling is how the code drops keys from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Off: an async function without await is used on purpose where an interface asks for a promise (fakes, loaders), and it turns a throw into a rejection.
      '@typescript-eslint/require-await': 'off',
      // Off: the text, XML and build-log code matches control characters on purpose (XML 1.0's forbidden ones, ANSI colours, NUL separators).
      'no-control-regex': 'off',
    },
  },
  {
    // Off here: body trees and front matter are typed `unknown` at the edge, and String() is the deliberate coercion of their values.
    files: ['src/lib/content/**/*.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-base-to-string': 'off' },
  },
  {
    // Off in tests: they walk parsed XML, JSON and JSON-LD documents through `any` on purpose; the expectations are the check.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // `.astro` modules are typed by Astro's language tools (`astro check`), not by TypeScript alone.
    files: ['src/components/mdx/index.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // The JavaScript config files run in Node and are type-checked (// @ts-check), which knows Node's globals;
    // ESLint's no-undef would not (typescript-eslint turns it off for .ts files for the same reason).
    files: ['**/*.{js,mjs,cjs}'],
    rules: { 'no-undef': 'off' },
  },
  prettier,
);
