/**
 * The project explains itself: code, tests and docs cite docs/design.md ("design §N"), never the
 * section numbers of the outside product contract nor a path outside the repository. A reader with only
 * this repository must be able to follow every reference.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/** Written in pieces so that this file does not match itself. */
const OUTSIDE_REFERENCES: readonly RegExp[] = [new RegExp('SP' + 'EC\\s*§'), new RegExp('\\.\\./sh' + 'ared/(?:SP' + 'EC|reference)'), new RegExp('/work/sh' + 'ared')];

const TEXT_FILE = /\.(?:ts|js|mjs|cjs|json|md|html|css|sh|ya?ml)$|^\.ci\/run$/;

function trackedTextFiles(): string[] {
  const listing = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
  return listing.split('\0').filter((path) => path !== '' && TEXT_FILE.test(path) && !path.startsWith('test/fixtures/'));
}

describe('references stay inside the repository', () => {
  const files = trackedTextFiles();

  it('checks the sources, tests and docs', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/design.md', 'src/main.ts', 'package.json']));
  });

  it('never cites the outside contract or a path outside the repository', () => {
    const offending: string[] = [];
    for (const path of files) {
      const lines = readFileSync(join(ROOT, path), 'utf8').split('\n');
      lines.forEach((line, index) => {
        if (OUTSIDE_REFERENCES.some((pattern) => pattern.test(line))) offending.push(`${path}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(offending).toEqual([]);
  });

  it('would catch such a reference', () => {
    const sample = 'see ' + 'SP' + 'EC §6.2';
    expect(OUTSIDE_REFERENCES.some((pattern) => pattern.test(sample))).toBe(true);
  });
});
