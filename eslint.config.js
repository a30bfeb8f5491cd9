// Lint rules, including the layer rules of STYLE.md: shared imports nothing runtime-specific, the engine
// and stores never import electron, and the renderer never imports main.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'zlib', 'url', 'module'];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'scratch/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', 'react', 'react-dom', ...NODE_BUILTINS], message: 'src/shared is pure TypeScript: no electron, node or react.' },
            { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared imports neither main nor renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/engine/**/*.ts', 'src/main/phrases/**/*.ts', 'src/main/shiftlog/**/*.ts', 'src/main/host/**/*.ts', 'src/main/cli.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'electron/*', '**/app/**'], message: 'The engine, stores, host and CLI never import electron.' }] },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**', '**/preload/**'], message: 'The renderer talks to main only through the api client.' },
            { group: ['electron', 'electron/*', ...NODE_BUILTINS], message: 'The renderer runs in a sandboxed browser context.' },
          ],
        },
      ],
    },
  },
);
