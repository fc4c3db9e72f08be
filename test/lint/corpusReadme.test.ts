/**
 * The real-export corpus README (test/fixtures/real-exports) lists every file on disk once, and its
 * summary line ("N files (R real from K repositories, D derived)") is the count of that table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const CORPUS = join(__dirname, '../fixtures/real-exports');

function exportFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) return exportFiles(full);
    return /\.(?:csv|tsv|xlsx)$/i.test(entry.name) ? [relative(CORPUS, full).split('\\').join('/')] : [];
  });
}

interface Row {
  readonly file: string;
  readonly derived: boolean;
  readonly repository: string;
}

/** The rows of the "Files" table: file, tool / data set, repository, … */
function tableRows(readme: string): Row[] {
  return readme
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const cells = line.split(' | ');
      return {
        file: /^\| `([^`]+)`$/.exec(cells[0] ?? '')?.[1] ?? '',
        derived: (cells[1] ?? '').startsWith('**Derived**'),
        repository: (cells[2] ?? '').trim(),
      };
    });
}

describe('test/fixtures/real-exports/README.md', () => {
  const readme = readFileSync(join(CORPUS, 'README.md'), 'utf8');
  const rows = tableRows(readme);

  it('lists every export file on disk exactly once', () => {
    expect(rows.map((row) => row.file).sort()).toEqual(exportFiles(CORPUS).sort());
  });

  it('says in its summary line how many files, real ones, repositories and derived ones the table lists', () => {
    const summary = /^(\d+) files \((\d+) real from (\d+) repositories, (\d+) derived\)/m.exec(readme);
    expect(summary).not.toBeNull();
    const real = rows.filter((row) => !row.derived);
    expect(summary!.slice(1, 5).map(Number)).toEqual([rows.length, real.length, new Set(real.map((row) => row.repository)).size, rows.length - real.length]);
  });
});
