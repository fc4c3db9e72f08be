/**
 * No catalog name may be a built-in function of Google Sheets or Excel (design §2.1), and the build
 * stops when one is.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILTIN_FUNCTION_NAMES, builtinNameClashes } from '../../../src/core/functions/builtinNames';
import { CUSTOM_FUNCTIONS } from '../../../src/core/functions/catalog';

const ROOT = path.resolve(__dirname, '../../..');

describe('built-in function names', () => {
  it('holds the lists, not only the names we use: every category of both products', () => {
    expect(BUILTIN_FUNCTION_NAMES.size).toBeGreaterThan(500);
    for (const name of ['GROWTH', 'TREND', 'SUMIFS', 'XLOOKUP', 'QUERY', 'IMPORTRANGE', 'TO_PERCENT', 'UNARY_PERCENT', 'REGEXMATCH', 'NETWORKDAYS.INTL', 'AGGREGATE', 'CUBEVALUE', 'TEXTSPLIT']) {
      expect([name, BUILTIN_FUNCTION_NAMES.has(name)]).toEqual([name, true]);
    }
  });

  it('finds clashes case-insensitively and only those', () => {
    expect(builtinNameClashes(['CAC', 'GROWTH', 'growth_rate', 'Trend'])).toEqual(['GROWTH', 'Trend']);
  });

  it('finds none in the catalog', () => {
    expect(builtinNameClashes(CUSTOM_FUNCTIONS.map((spec) => spec.name))).toEqual([]);
    expect(CUSTOM_FUNCTIONS.map((spec) => spec.name)).toContain('GROWTH_RATE');
  });

  it('stops the build when a catalog name is a built-in', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'builtin-'));
    try {
      for (const entry of ['esbuild.config.mjs', 'package.json', 'tsconfig.base.json', 'appsscript.json', 'README.md', 'src', 'docs', 'scripts']) {
        cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
      }
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
      // The rename this issue undid: GROWTH is Sheets' exponential fit.
      const rename = (file: string, from: string, to: string): void => {
        const target = path.join(dir, file);
        writeFileSync(target, readFileSync(target, 'utf8').replace(from, to));
      };
      rename('src/core/functions/signatures.ts', "signature('GROWTH_RATE'", "signature('GROWTH'");
      rename('src/core/functions/catalog.ts', '  GROWTH_RATE: {', '  GROWTH: {');
      let message = '';
      try {
        execFileSync(process.execPath, ['esbuild.config.mjs', '--quiet'], { cwd: dir, stdio: 'pipe' });
      } catch (error) {
        message = String((error as { stderr?: Buffer }).stderr);
      }
      expect(message).toContain('build: GROWTH is a built-in function of Google Sheets or Excel');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
