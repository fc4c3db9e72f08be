/** The layers inside src/core are enforced by lint: an upward import fails, a downward one passes. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

type Probe = readonly [folder: string, specifier: string];

/**
 * Lints one probe file per (folder, import) in a child process (ESLint loads its flat config with a
 * dynamic import, which jest's module sandbox cannot run) and returns the import-rule messages of each.
 */
function importErrors(probes: readonly Probe[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const path = require('node:path');
    const probes = JSON.parse(process.argv[1]);
    (async () => {
      // The probe files do not exist, so type-aware rules (which need them in a tsconfig) are off.
      const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: require('typescript-eslint').configs.disableTypeChecked });
      const out = [];
      for (const [folder, specifier] of probes) {
        const code = "import { value } from '" + specifier + "';\\nexport const copy = value;\\n";
        const [result] = await eslint.lintText(code, { filePath: path.join(process.cwd(), 'src/core', folder, 'layerProbe.ts') });
        out.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, JSON.stringify(probes)], { cwd: ROOT, encoding: 'utf8' })) as string[][];
}

const FORBIDDEN: readonly Probe[] = [
  ['recognition', '../parse/parseWorkbook'],
  ['vocabulary', '../recognition/recognizeTab'],
  ['funnel', '../report/model'],
  ['parse', '../funnel/tally'],
  ['text', '../money/currency'],
  ['funnel', 'node:fs'],
  ['channels', '../funnel/labels'],
  ['channels', '../recognition/aliases'],
];
const ALLOWED: readonly Probe[] = [
  ['parse', '../recognition/recognizeTab'],
  ['recognition', '../vocabulary/headerKey'],
  ['report', '../funnel/format'],
  ['pipeline', '../report/buildReportModel'],
  ['funnel', '../channels/classifyChannel'],
  ['channels', '../vocabulary/headerKey'],
];

describe('core layers', () => {
  const results = importErrors([...FORBIDDEN, ...ALLOWED]);

  it.each(FORBIDDEN.map((probe, index) => [...probe, index] as const))('forbids %s importing %s', (_folder, _specifier, index) => {
    expect(results[index]).toHaveLength(1);
  });

  it.each(ALLOWED.map((probe, index) => [...probe, FORBIDDEN.length + index] as const))('allows %s importing %s', (_folder, _specifier, index) => {
    expect(results[index]).toEqual([]);
  });

  it('names the layers a folder may import in its message', () => {
    expect(results[0]?.[0]).toContain('src/core/recognition may import only lower layers (model, text, money, dates, numbers, vocabulary)');
  });
});
