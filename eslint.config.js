import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Import boundaries: renderer → shared ← electron. Domain code (shared, services, db)
// never touches Electron; the renderer never reaches into the main process.
const noElectron = {
  group: ['electron', 'electron/*'],
  message: 'Domain code must not import Electron: it runs in Node tests and browser mode too.',
}
const noMainFromRenderer = {
  group: ['**/electron/**', 'electron', 'electron/*', 'better-sqlite3', 'node:*'],
  message: 'The renderer talks to main only through the typed API in renderer/src/api.',
}
const noTransportFromServices = {
  group: ['**/ipc/**', '**/web/**', '**/main/**', '**/preload/**'],
  message: 'Services know nothing of the transport: pass them what they need (actor, locale).',
}
const noAppFromShared = {
  group: ['**/electron/**', '**/renderer/**'],
  message: 'shared/ is the contract: it depends on nothing of the app.',
}

export default defineConfig(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'reports/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', { patterns: [noMainFromRenderer] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noAppFromShared] }] },
  },
  {
    files: [
      'electron/db/**/*.ts',
      'electron/ipc/**/*.ts',
      'electron/core/**/*.ts',
      'electron/web/**/*.ts',
      'electron/printing/**/*.ts',
      'electron/documents/**/*.ts',
      'electron/tools/**/*.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron] }] },
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noElectron, noTransportFromServices] }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
