/**
 * The warnings on the console (design §9): each warning itself, the first 20 of them (CONSOLE_WARNINGS),
 * then one line counting the rest; the --json file holds every one.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Warning } from '../../../src/core/model/types';
import { consoleWarning, EXIT, runReport } from '../../../src/local/cli/runReport';
import { DIST } from '../../paths';

const warning = (tab: string | null, message: string): Warning => ({ tab, row: null, field: null, code: 'unlinked_deals', message });

describe('consoleWarning', () => {
  it('puts the tab in front of a warning that does not name it (the console has no tab headings)', () => {
    expect(consoleWarning(warning('商談', 'このタブの商談3件が、どのリードとも結び付きません。'), 'ja')).toBe('「商談」: このタブの商談3件が、どのリードとも結び付きません。');
    expect(consoleWarning(warning('Deals', '3 deals in this tab match no lead.'), 'en')).toBe('Tab "Deals": 3 deals in this tab match no lead.');
  });

  it('leaves a warning that names its tab, or has none, as it is', () => {
    expect(consoleWarning(warning('リード', '「リード」947行目: 作成日は日付として読めません。'), 'ja')).toBe('「リード」947行目: 作成日は日付として読めません。');
    expect(consoleWarning(warning('Leads', 'Tab "Leads" row 947: not a date.'), 'en')).toBe('Tab "Leads" row 947: not a date.');
    expect(consoleWarning(warning(null, '同じリードの重複行が6行ありました。'), 'ja')).toBe('同じリードの重複行が6行ありました。');
  });
});

/**
 * A leads CSV: `goodRows` dated rows (the first `badAmounts` with 金額 "不明"), then `badDates`
 * rows whose 作成日 is "不明…". Data rows start at sheet row 2.
 */
function leadsFolder(root: string, name: string, { goodRows, badAmounts, badDates }: { goodRows: number; badAmounts: number; badDates: number }): string {
  const lines = ['リードID,作成日,メールアドレス,流入元,金額'];
  for (let i = 1; i <= goodRows; i += 1) lines.push(`L${i},2025/04/${String(i).padStart(2, '0')},a${i}@example.co.jp,展示会,${i <= badAmounts ? '不明' : '1000'}`);
  for (let i = goodRows + 1; i <= goodRows + badDates; i += 1) lines.push(`L${i},不明${i},a${i}@example.co.jp,展示会,`);
  const folder = path.join(root, name);
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'リード.csv'), `${lines.join('\r\n')}\r\n`);
  return folder;
}

async function report(folder: string, lang: 'ja' | 'en'): Promise<{ out: string[]; warnings: Warning[]; json: string }> {
  const json = path.join(folder, `summary-${lang}.json`);
  const out: string[] = [];
  const err: string[] = [];
  const exit = await runReport(['--input', folder, '--json', json, '--lang', lang], { stdout: (line) => out.push(line), stderr: (line) => err.push(line), distDir: DIST });
  expect([exit, err]).toEqual([EXIT.ok, []]);
  return { out, warnings: (JSON.parse(readFileSync(json, 'utf8')) as { warnings: Warning[] }).warnings, json };
}

/** The console's warning block: the heading and every line after it up to the JSON line. */
function warningBlock(out: readonly string[], heading: string): string[] {
  const start = out.indexOf(heading);
  expect(start).toBeGreaterThan(0);
  const end = out.findIndex((line, index) => index > start && line.startsWith('JSON: '));
  expect(end).toBeGreaterThan(start);
  return out.slice(start + 1, end);
}

describe('the warnings on the console', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'funnel-console-warnings-'));

  // Worked by hand: 5 unreadable 金額 (rows 2–6) give 5 warnings; 30 unreadable 作成日 (rows 12–41)
  // give 20 row warnings (the parser's cap per column) and one "10 more rows" warning: 26 in all.
  // The console quotes the first 20 (the 5 amounts, dates of rows 12–26) and counts 6 more:
  // warnings, not rows (the rows past the cap are inside one of them).
  const over = { goodRows: 10, badAmounts: 5, badDates: 30 };

  it('over 20: prints the first 20, then counts the 6 warnings left (not the 15 rows left), in Japanese', async () => {
    const { out, warnings } = await report(leadsFolder(root, 'over-ja', over), 'ja');
    expect(warnings).toHaveLength(26);
    expect(warnings.filter((w) => w.code === 'unparseable_number').map((w) => w.row)).toEqual([2, 3, 4, 5, 6]);
    const dates = warnings.filter((w) => w.code === 'unparseable_date');
    expect(dates.map((w) => w.row)).toEqual([...Array.from({ length: 20 }, (_, i) => 12 + i), null]);
    expect(dates[20]!.message).toBe('「リード」の作成日列では、ほかに10行で同じ問題がありました。');
    const block = warningBlock(out, '  確認が必要な点: 26件');
    expect(block).toEqual([
      ...warnings.slice(0, 20).map((w) => `    ・${consoleWarning(w, 'ja')}`),
      '    ほかに確認が必要な点が6件あります（全26件は --json で書き出す JSON の warnings で確認できます）',
    ]);
    expect(block[19]).toContain('「リード」26行目: 作成日');
  });

  it('over 20: the same in English', async () => {
    const { out, warnings } = await report(leadsFolder(root, 'over-en', over), 'en');
    expect(warnings).toHaveLength(26);
    expect(warnings[25]!.message).toBe('"リード", column created date: the same problem occurs in 10 more rows.');
    // English lines start with a hyphen, not the Japanese middle dot.
    expect(warningBlock(out, '  Warnings: 26')).toEqual([
      ...warnings.slice(0, 20).map((w) => `    - ${consoleWarning(w, 'en')}`),
      '    6 more warnings not shown (all 26 are under "warnings" in the --json file)',
    ]);
  });

  it('one over: the count line says one warning, and that warning is the parser\'s count of the rows past its cap', async () => {
    // 30 unreadable dates alone: 20 row warnings + "10 more rows" = 21.
    const { out, warnings } = await report(leadsFolder(root, 'one-over', { goodRows: 10, badAmounts: 0, badDates: 30 }), 'en');
    expect(warnings).toHaveLength(21);
    expect(warningBlock(out, '  Warnings: 21').slice(20)).toEqual(['    1 more warning not shown (all 21 are under "warnings" in the --json file)']);
    expect(warnings[20]!.message).toContain('10 more rows');
  });

  it.each(['ja', 'en'] as const)('exactly 20 (%s): prints all 20 and no count line', async (lang) => {
    // 20 unreadable dates: exactly the parser's cap, so 20 row warnings and no "more rows" one.
    const { out, warnings } = await report(leadsFolder(root, `twenty-${lang}`, { goodRows: 10, badAmounts: 0, badDates: 20 }), lang);
    expect(warnings.map((w) => w.row)).toEqual(Array.from({ length: 20 }, (_, i) => 12 + i));
    expect(warningBlock(out, lang === 'ja' ? '  確認が必要な点: 20件' : '  Warnings: 20')).toEqual(warnings.map((w) => `    ${lang === 'ja' ? '・' : '- '}${consoleWarning(w, lang)}`));
  });

  it('fewer: prints each of them', async () => {
    const { out, warnings } = await report(leadsFolder(root, 'three', { goodRows: 10, badAmounts: 3, badDates: 0 }), 'ja');
    expect(warnings.map((w) => [w.code, w.row])).toEqual([
      ['unparseable_number', 2],
      ['unparseable_number', 3],
      ['unparseable_number', 4],
    ]);
    expect(warningBlock(out, '  確認が必要な点: 3件')).toEqual(warnings.map((w) => `    ・${consoleWarning(w, 'ja')}`));
  });
});
