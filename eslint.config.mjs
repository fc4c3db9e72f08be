// Lint rules that keep the layers honest: the core never touches Apps Script or the machine.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp', 'PropertiesService', 'LockService', 'HtmlService', 'ScriptApp', 'Session',
  'Utilities', 'Logger', 'CacheService', 'UrlFetchApp', 'DriveApp', 'Charts', 'Browser',
].map((name) => ({ name, message: 'src/core is pure: pass what you need in from the adapter.' }));

/**
 * Layers inside src/core, lowest first. A folder may import only folders of a lower layer (and
 * itself), so data flows one way: text → vocabulary → recognition → parse → funnel → report. A word
 * list two layers need moves down to a layer both may import (see docs/design.md §12).
 */
const CORE_LAYERS = [
  ['model'],
  ['text', 'money'],
  ['dates', 'numbers'],
  ['vocabulary'],
  ['recognition', 'channels'],
  ['parse'],
  ['funnel', 'functions'],
  ['report', 'settings', 'sample'],
  ['docs', 'pipeline'],
];

function coreLayerRules() {
  return CORE_LAYERS.flatMap((layer, rank) =>
    layer.map((folder) => {
      const forbidden = CORE_LAYERS.slice(rank).flat().filter((other) => other !== folder);
      return {
        files: [`src/core/${folder}/**/*.ts`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                { group: ['node:*', 'fs', 'path', 'os'], message: 'src/core does no I/O.' },
                {
                  group: forbidden.flatMap((other) => [`../${other}`, `../${other}/*`]),
                  message: `src/core/${folder} may import only lower layers (${CORE_LAYERS.slice(0, rank).flat().join(', ') || 'none'}); see docs/design.md §12.`,
                },
              ],
            },
          ],
        },
      };
    })
  );
}

const TYPE_CHECKED = ['src/**/*.ts'];

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'out/', 'node_modules/', 'coverage/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Type-aware rules (floating promises, unsafe any, needless assertions, base-to-string) on the
  // shipped code; tests keep the plain recommended set (type-aware linting of both costs ~40 s).
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: TYPE_CHECKED })),
  { files: TYPE_CHECKED, languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  // The local runtime stands in for Apps Script, which turns any argument into text with String():
  // its services do the same on purpose (a title, an HTML body, a cell value of any type).
  { files: ['src/local/**/*.ts'], rules: { '@typescript-eslint/no-base-to-string': 'off' } },
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' } },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...APPS_SCRIPT_GLOBALS, { name: 'console', message: 'src/core does no I/O.' }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/core has no clock.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'src/core has no clock.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Use the seeded generator.' },
      ],
    },
  },
  // Imports from outside src/core already fail `tsc -b` (the core project lists only its own files).
  ...coreLayerRules(),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Full-width spaces are real data in Japanese examples and tests.
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipTemplates: true }],
    },
  }
);
