/**
 * `--channels mapping.csv` (design §4.6, §9): the reader on its own, then end to end on the built
 * bundle (the mapping moves a channel to another group in the JSON and the report).
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { FunnelSummary } from '../../../src/core/model/summary';
import { readChannelMapping } from '../../../src/local/cli/channelMapping';
import { EXIT, runReport, type CliIo } from '../../../src/local/cli/runReport';
import { DIST } from '../../paths';

const utf8 = (text: string) => new TextEncoder().encode(text);

function capture(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (l) => out.push(l), stderr: (l) => err.push(l), distDir: DIST };
}

describe('readChannelMapping', () => {
  it('reads channel,group rows after an optional header, groups by id or by either label', () => {
    expect(readChannelMapping(utf8('チャネル,グループ\r\nGoogle Ads,有料検索\n展示会2025,events\nメルマガ,Email\n'), 'm.csv', 'ja')).toEqual({
      ok: true,
      channelGroups: { 'Google Ads': 'paid_search', 展示会2025: 'events', メルマガ: 'email' },
    });
  });

  it('reads Shift_JIS and tab-separated files, skipping blank and # comment lines', () => {
    const bytes = iconv.encode('# 自分の対応づけ\n\nリスティング\t有料検索\n', 'cp932');
    expect(readChannelMapping(bytes, 'm.tsv', 'ja')).toEqual({ ok: true, channelGroups: { リスティング: 'paid_search' } });
  });

  it('names the row of every bad line and the allowed groups for an unknown one', () => {
    const result = readChannelMapping(utf8('Google Ads,有料検索\nWeb,イベント系\nFB\nX,SNS広告,extra\ngoogle ads,直接\n'), 'mapping.csv', 'en');
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^mapping\.csv row 2: "イベント系" is not a channel group\. Use one of: Paid search \(paid_search\), Display ads \(display\), /);
    // All 18 groups are named, the last one too.
    expect(problems[0]).toMatch(/\(\w+\)(, .+? \(\w+\)){17}\.$/);
    expect(problems[0]).toContain('Unassigned (unassigned).');
    expect(problems[1]).toBe('mapping.csv row 3 needs both a channel value and a group.');
    expect(problems[2]).toBe('mapping.csv row 4 has 3 columns. Write two per row: channel value,group.');
    expect(problems[3]).toBe('mapping.csv row 5: "google ads" is the same channel as row 1. Map each channel once.');
  });

  it('says so in Japanese, and refuses an empty file', () => {
    const result = readChannelMapping(utf8('Web,イベント系\n'), 'm.csv', 'ja');
    expect(result.ok ? [] : result.problems[0]).toMatch(/^m\.csv の1行目のグループ「イベント系」はありません。次のどれかを書いてください: 有料検索 \(paid_search\)、/);
    expect(readChannelMapping(utf8('channel,group\n\n'), 'm.csv', 'en')).toEqual({
      ok: false,
      problems: ['m.csv has no mappings. Write one "channel value,group" per row (for example: Google Ads,paid_search).'],
    });
  });

  it('keeps hostile channel values as data: formula-like, markup, right-to-left and combining text', () => {
    const values = ['=HYPERLINK("http://x","y")', '<img src=x onerror=alert(1)>', 'إعلانات جوجل', 'ｶﾞ\u0301ｰﾃﾞﾝ'];
    const csv = values.map((value) => `"${value.replace(/"/g, '""')}",その他`).join('\n');
    const result = readChannelMapping(utf8(csv), 'm.csv', 'en');
    expect(result).toEqual({ ok: true, channelGroups: Object.fromEntries(values.map((value) => [value, 'other'])) });
  });
});

describe('npm run report -- --channels', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'funnel-channels-'));
  const folder = path.join(root, 'in');
  mkdirSync(folder);
  writeFileSync(
    path.join(folder, 'リード.csv'),
    ['リードID,作成日,会社名,流入元,商談化', 'L1,2025/04/01,A社,展示会X,○', 'L2,2025/04/02,B社,展示会X,×', 'L3,2025/04/03,C社,Google広告,×'].join('\n'),
  );

  it('moves a channel to the group the file names, in the JSON', async () => {
    const mapping = path.join(root, 'mapping.csv');
    writeFileSync(mapping, 'channel,group\n展示会X,ウェビナー\n');
    const json = path.join(root, 'out.json');
    const io = capture();
    expect(await runReport(['--input', folder, '--json', json, '--channels', mapping], io)).toBe(EXIT.ok);
    const summary = JSON.parse(readFileSync(json, 'utf8')) as FunnelSummary;
    expect(summary.byChannel.find((row) => row.channel === '展示会X')).toMatchObject({ groupId: 'webinars', group: 'ウェビナー', leads: 2 });
    expect(summary.channelMap.find((row) => row.value === '展示会X')).toMatchObject({ rule: 'user', groupId: 'webinars', rows: 2 });
    expect(summary.byChannelGroup.map((row) => [row.groupId, row.leads])).toEqual([
      ['webinars', 2],
      ['paid_search', 1],
    ]);
  });

  it('stops with exit 2 and the row number on a bad file, and says when the file is missing', async () => {
    const bad = path.join(root, 'bad.csv');
    writeFileSync(bad, '展示会X,イベント系\n');
    const io = capture();
    expect(await runReport(['--input', folder, '--channels', bad, '--lang', 'en'], io)).toBe(EXIT.badInput);
    expect(io.err[0]).toMatch(/^report: .*bad\.csv row 1: "イベント系" is not a channel group\. Use one of: /);
    const missing = capture();
    expect(await runReport(['--input', folder, '--channels', path.join(root, 'nope.csv')], missing)).toBe(EXIT.badInput);
    expect(missing.err[0]).toBe(`report: --channels の ${path.join(root, 'nope.csv')} を読めません（ファイルがありません）。`);
  });
});
