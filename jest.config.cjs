/**
 * Three jest projects, by what a test needs to run:
 * - unit: the TypeScript sources only (core, adapters' pure parts, the local runtime, the sidebar's
 *   logic). Fast; `npm run test:unit`.
 * - bundle: the BUILT add-on (dist/Code.js) through gas-local and the in-memory Sheets: bundle,
 *   end-to-end (with LibreOffice), robustness corpus, real exports, fuzzing, the built CLI and
 *   preview. `npm run test:bundle` builds first; the global setup refuses a stale dist/.
 * - browser: the built sidebar in headless Chromium. `npm run test:browser`.
 * Type-checking is `npm run typecheck` (sources and tests); jest only transpiles.
 */
const BUNDLE_TESTS = [
  '<rootDir>/test/bundle/',
  '<rootDir>/test/e2e/',
  '<rootDir>/test/robustness/',
  '<rootDir>/test/real-exports/',
  '<rootDir>/test/fuzz/',
  '<rootDir>/test/local/cli/',
  '<rootDir>/test/local/preview.test.ts',
];
const BROWSER_TESTS = ['<rootDir>/test/sidebar/browser/'];

const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // The core's tables kept outside Code.js, served from the sources (design §10).
  setupFiles: ['<rootDir>/test/setup/projectAssets.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json', diagnostics: false }],
  },
};

module.exports = {
  testTimeout: 60000,
  projects: [
    { ...shared, displayName: 'unit', testPathIgnorePatterns: ['/node_modules/', ...BUNDLE_TESTS, ...BROWSER_TESTS] },
    { ...shared, displayName: 'bundle', testMatch: BUNDLE_TESTS.map(toGlob), globalSetup: '<rootDir>/test/setup/freshBundle.mjs' },
    { ...shared, displayName: 'browser', testMatch: BROWSER_TESTS.map(toGlob), globalSetup: '<rootDir>/test/setup/freshBundle.mjs' },
  ],
};

/** A folder (ending in /) or a file of the lists above as a testMatch glob. */
function toGlob(entry) {
  return entry.endsWith('/') ? `${entry}**/*.test.ts` : entry;
}
