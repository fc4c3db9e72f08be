/**
 * `npm run report` end to end on the built bundle: encodings, exit codes and messages (design §9).
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { EXIT, runReport, type CliIo } from '../../../src/local/cli/runReport';
import { DIST } from '../../paths';


function capture(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (l) => out.push(l), stderr: (l) => err.push(l), distDir: DIST };
}

const ADS = [
  ['日付', '媒体', '費用', 'クリック数'],
  ['2025/04/01', 'Google広告', '¥12,000', '120'],
  ['2025/04/02', '展示会', '300,000', ''],
  ['合計', '', '¥312,000', '120'],
];
const LEADS = [
  ['リードID', '作成日', '会社名', 'メールアドレス', '流入元', '商談化', '受注日', '金額'],
  ['L1', '2025/04/01', '株式会社サンプル', 'a@example.co.jp', 'Google広告', '○', '2025/04/20', '1,200,000'],
  ['L2', '2025/04/02', 'テスト工業', 'b@example.co.jp', '展示会', '×', '', ''],
  ['L3', '2025/04/03', '見本商事', 'c@example.co.jp', '展示会', '済', '', ''],
];

function toCsv(rows: string[][], separator: string): string {
  return rows.map((row) => row.map((cell) => (/[",\t\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(separator)).join('\r\n') + '\r\n';
}

function writeFolder(root: string, name: string, encode: (text: string) => Buffer, separator: string): string {
  const folder = path.join(root, name);
  mkdirSync(folder);
  const extension = separator === '\t' ? 'tsv' : 'csv';
  writeFileSync(path.join(folder, `広告.${extension}`), encode(toCsv(ADS, separator)));
  writeFileSync(path.join(folder, `リード.${extension}`), encode(toCsv(LEADS, separator)));
  return folder;
}

describe('npm run report', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'funnel-cli-'));

  it('gives the same JSON for UTF-8, UTF-8 with BOM, UTF-16LE TSV and Shift_JIS input', async () => {
    const folders = {
      utf8: writeFolder(root, 'utf8', (t) => Buffer.from(t, 'utf8'), ','),
      bom: writeFolder(root, 'bom', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]), ','),
      utf16: writeFolder(root, 'utf16', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(t, 'utf16le')]), '\t'),
      sjis: writeFolder(root, 'sjis', (t) => iconv.encode(t, 'cp932'), ','),
    };
    const outputs: string[] = [];
    for (const [name, folder] of Object.entries(folders)) {
      const json = path.join(root, `${name}.json`);
      const io = capture();
      expect(await runReport(['--input', folder, '--json', json], io)).toBe(EXIT.ok);
      outputs.push(readFileSync(json, 'utf8'));
    }
    const first = JSON.parse(outputs[0] ?? '{}');
    // Worked by hand: 3 leads; L1 won (受注日) ⇒ opportunity; L3 商談化 済 ⇒ opportunity; cost 12,000 + 300,000.
    expect(first.total).toMatchObject({ leads: 3, opportunities: 2, won: 1, cost: 312000, revenue: 1200000, clicks: 120 });
    for (const output of outputs.slice(1)) expect(output).toEqual(outputs[0]);
    // The channel model in the JSON (design §9.1): groups on channel rows, group rows, the channel map.
    type Row = Record<string, unknown>;
    expect(first.byChannel.map((row: Row) => [row.channel, row.group, row.groupId, row.leads, row.cost])).toEqual([
      ['展示会', '展示会・イベント', 'events', 2, 300000],
      ['Google広告', '有料検索', 'paid_search', 1, 12000],
    ]);
    expect(first.byChannelGroup.map((row: Row) => [row.group, row.groupId, row.leads, row.cost, row.cpl])).toEqual([
      ['展示会・イベント', 'events', 2, 300000, 150000],
      ['有料検索', 'paid_search', 1, 12000, 12000],
    ]);
    expect(first.channelMap).toEqual([
      { tab: 'リード', value: 'Google広告', channel: 'Google広告', group: '有料検索', groupId: 'paid_search', rule: 'ad_platform', rows: 1 },
      { tab: '広告', value: 'Google広告', channel: 'Google広告', group: '有料検索', groupId: 'paid_search', rule: 'ad_platform', rows: 1 },
      { tab: 'リード', value: '展示会', channel: '展示会', group: '展示会・イベント', groupId: 'events', rule: 'group_name', rows: 2 },
      { tab: '広告', value: '展示会', channel: '展示会', group: '展示会・イベント', groupId: 'events', rule: 'group_name', rows: 1 },
    ]);
    expect([first.channelDuplicates, first.byAttribute]).toEqual([[], []]);
  });

  it('writes the report workbook with --out and prints the headline KPIs', async () => {
    const folder = writeFolder(root, 'out-case', (t) => Buffer.from(t, 'utf8'), ',');
    const out = path.join(root, 'report.xlsx');
    const io = capture();
    expect(await runReport(['--input', folder, '--out', out, '--lang', 'en'], io)).toBe(EXIT.ok);
    expect(io.out.join('\n')).toMatch(/Leads: 3/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const names = workbook.worksheets.filter((w) => w.state === 'visible').map((w) => w.name);
    expect(names).toEqual(['リード', '広告', 'Funnel summary', 'By channel', 'Monthly', 'Velocity', 'Plan', 'KPI guide']);
  });

  it('says an e-mail list without dates has no period (never 1970-01-01) in the console, the JSON and the summary sheet', async () => {
    const folder = path.join(root, 'undated-email');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'メール.csv'), 'キャンペーン,配信数,開封数,クリック数\r\n春のご案内,1000,300,50\r\nセミナー告知,1200,400,80\r\n');
    const json = path.join(root, 'undated.json');
    const out = path.join(root, 'undated.xlsx');
    const io = capture();
    expect(await runReport(['--input', folder, '--json', json, '--out', out], io)).toBe(EXIT.ok);
    expect(io.out[0]).toBe('期間: なし（どのタブにも日付のある行がないため、全行を集計）');
    const summary = JSON.parse(readFileSync(json, 'utf8')) as { period: { undated?: boolean }; email: { delivered: number }[]; byMonth: unknown[] };
    expect(summary.period.undated).toBe(true);
    expect(summary.byMonth).toEqual([]);
    expect(summary.email.map((row) => row.delivered).sort()).toEqual([1000, 1200]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('ファネル概要');
    const texts = (sheet?.getSheetValues() ?? []).flat().filter((value): value is string => typeof value === 'string');
    expect(texts.some((text) => text.includes('1970'))).toBe(false);
    expect(texts).toContain('—（日付のある行がないため、期間を決めずに全行を集計）');
  });

  it('takes the plan target from --target-customers and writes it into the JSON plan', async () => {
    const folder = writeFolder(root, 'target-case', (t) => Buffer.from(t, 'utf8'), ',');
    const json = path.join(root, 'target.json');
    expect(await runReport(['--input', folder, '--json', json, '--target-customers', '4'], capture())).toBe(EXIT.ok);
    const plan = JSON.parse(readFileSync(json, 'utf8')).plan;
    expect(plan.target).toEqual({ revenue: null, customers: 4, source: 'settings', fromMonth: null, toMonth: null });
    expect(plan.required.won).toBe(4);
  });

  it('prints the usage and exits 0 for --help', async () => {
    const io = capture();
    expect(await runReport(['--help'], io)).toBe(EXIT.ok);
    expect(io.out.join('\n')).toContain('Usage: npm run report -- --input');
  });

  it('exits 2 with the usage for bad arguments', async () => {
    const io = capture();
    expect(await runReport(['--input', 'x.csv', '--view', 'weekly', '--lang', 'en'], io)).toBe(EXIT.badInput);
    expect(io.err.join('\n')).toContain('--view must be cohort or period');
    const ja = capture();
    expect(await runReport(['--input', 'x.csv', '--view', 'weekly'], ja)).toBe(EXIT.badInput);
    expect(ja.err[0]).toBe('report: --view は cohort か period で指定してください（指定された値:「weekly」）');
    expect(io.err.join('\n')).toContain('Usage: npm run report');
  });

  it('exits 2 naming the file when the input cannot be read', async () => {
    const broken = path.join(root, 'broken.xlsx');
    writeFileSync(broken, 'this is not a zip file');
    const io = capture();
    expect(await runReport(['--input', broken], io)).toBe(EXIT.badInput);
    expect(io.err.join('\n')).toContain('broken.xlsx');
    const missing = capture();
    expect(await runReport(['--input', path.join(root, 'nope.csv')], missing)).toBe(EXIT.badInput);
    expect(missing.err.join('\n')).toContain('nope.csv');
  });

  it('orders an all-ambiguous date column by --locale (default: ja_JP, en_US with --lang en)', async () => {
    const folder = path.join(root, 'locale');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'Leads.csv'), 'Create Date,Email\n4/5/2025,a@example.com\n6/7/2025,b@example.com\n');
    const periodWith = async (...extra: string[]) => {
      const json = path.join(root, `locale-${extra.join('-') || 'default'}.json`);
      expect(await runReport(['--input', folder, '--json', json, ...extra], capture())).toBe(EXIT.ok);
      const summary = JSON.parse(readFileSync(json, 'utf8'));
      return [summary.period.from, summary.period.to, summary.warnings.map((w: { code: string }) => w.code)];
    };
    expect(await periodWith('--locale', 'en_GB')).toEqual(['2025-05-04', '2025-07-06', ['ambiguous_date_order']]);
    expect(await periodWith('--lang', 'en')).toEqual(['2025-04-05', '2025-06-07', ['ambiguous_date_order']]);
    expect(await periodWith()).toEqual(['2025-04-05', '2025-06-07', ['ambiguous_date_order']]);
    const io = capture();
    expect(await runReport(['--input', folder, '--locale', 'British', '--lang', 'en'], io)).toBe(EXIT.badInput);
    expect(io.err.join('\n')).toContain('--locale "British" is not a locale');
  });

  it('prints which key linked the deals to the leads under the headline KPIs', async () => {
    const folder = path.join(root, 'linked');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'contacts.csv'), 'Contact ID,Email,Create Date,Lifecycle Stage\nC1,anna@example.net,2025-04-01,Lead\nC2,bob@example.org,2025-04-02,Lead\n');
    writeFileSync(
      path.join(folder, 'deals.csv'),
      'Deal ID,Deal Stage,Amount,Create Date,Associated Contact Email\nD1,Closed Won,1000,2025-04-10,ANNA@example.net\nD2,Appointment Scheduled,500,2025-04-11,zed@example.com\n',
    );
    const io = capture();
    expect(await runReport(['--input', folder, '--lang', 'en'], io)).toBe(EXIT.ok);
    expect(io.out).toContain('  "deals": 1 of 2 deals linked to leads by contact email (no lead for the other 1).');
  });

  it('exits 3 listing each tab when no tab can be used', async () => {
    const folder = path.join(root, 'unusable');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'メモ.csv'), 'メモ,担当\n来週の会議,山田\n');
    writeFileSync(path.join(folder, '広告.csv'), '日付,クリック数\n2025/04/01,10\n');
    const io = capture();
    expect(await runReport(['--input', folder], io)).toBe(EXIT.noUsableTab);
    const message = io.err.join('\n');
    expect(message).toContain('「メモ」');
    expect(message).toContain('「広告」（1行）: 広告データのようですが、必須の「費用」列が見つからないため、使いませんでした（見出し: 「日付」、「クリック数」）。');
  });

  it('exits 3 for a leads tab without a created-date column, naming the tab and what is missing', async () => {
    const folder = path.join(root, 'no-created');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'リード.csv'), 'メールアドレス,会社名,流入元,ステータス\na@example.co.jp,見本商事,展示会,商談\n');
    const io = capture();
    expect(await runReport(['--input', folder, '--lang', 'en'], io)).toBe(EXIT.noUsableTab);
    expect(io.err.join('\n')).toMatch(/"リード" \(1 row\): looks like Leads data but has no "created date" column/);
  });

  it('does not write the JSON when it fails', () => {
    expect(existsSync(path.join(root, 'never.json'))).toBe(false);
  });
});
