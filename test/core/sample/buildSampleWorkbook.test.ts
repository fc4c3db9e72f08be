import { buildSampleWorkbook, SAMPLE_TAB_NAMES, isDayCell, type SampleCell, type SampleTab } from '../../../src/core/sample';
import { normalizeEmail, normalizeText } from '../../../src/core/text/normalize';

const EXAMPLE_DOMAIN = /@(?:[a-z0-9-]+\.)*(?:example|example\.co\.jp)$/;

function tabNamed(tabs: readonly SampleTab[], name: string): SampleTab {
  const tab = tabs.find((candidate) => candidate.name === name);
  if (tab === undefined) throw new Error(`missing tab ${name}`);
  return tab;
}

/** Rows under the header row (the header is found by its first cell). */
function bodyRows(tab: SampleTab, firstHeader: string): SampleCell[][] {
  const headerIndex = tab.values.findIndex((row) => row[0] === firstHeader);
  return tab.values.slice(headerIndex + 1);
}

/** An ISO day checked against Date, which the generator never uses. */
function isRealDay(iso: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) === iso;
}

function isoOf(cell: SampleCell | undefined): string | null {
  return isDayCell(cell) ? cell.iso : null;
}

const defaultTabs = buildSampleWorkbook();
const leadRows = bodyRows(tabNamed(defaultTabs, 'リード'), 'リードID');
const dealRows = bodyRows(tabNamed(defaultTabs, '商談'), '商談ID');

describe('buildSampleWorkbook', () => {
  describe('determinism', () => {
    it('gives identical tabs for the same seed', () => {
      expect(buildSampleWorkbook({ seed: 42, leads: 400 })).toEqual(buildSampleWorkbook({ seed: 42, leads: 400 }));
    });

    it('uses a fixed default seed', () => {
      expect(buildSampleWorkbook({ leads: 200 })).toEqual(buildSampleWorkbook({ leads: 200, seed: 20250401 }));
    });

    it('gives different data for a different seed', () => {
      const first = buildSampleWorkbook({ seed: 1, leads: 400 });
      const second = buildSampleWorkbook({ seed: 2, leads: 400 });
      for (const name of ['Google広告', 'GA4', 'リード', '商談']) {
        expect(tabNamed(first, name).values).not.toEqual(tabNamed(second, name).values);
      }
    });

    it('gives different workbooks for seeds that differ only above 2^32', () => {
      expect(buildSampleWorkbook({ seed: 2 ** 32 + 5, leads: 100 })).not.toEqual(buildSampleWorkbook({ seed: 5, leads: 100 }));
    });

    it('keeps the lead tabs unchanged when only the ad or traffic rows are scaled', () => {
      const small = buildSampleWorkbook({ seed: 3, leads: 300 });
      const scaled = buildSampleWorkbook({ seed: 3, leads: 300, adRows: 4000, trafficRows: 5000 });
      expect(tabNamed(scaled, 'リード')).toEqual(tabNamed(small, 'リード'));
      expect(tabNamed(scaled, '商談')).toEqual(tabNamed(small, '商談'));
    });
  });

  describe('tabs', () => {
    it('has the eight tabs of SAMPLE_TAB_NAMES, in order', () => {
      expect(defaultTabs.map((tab) => tab.name)).toEqual([...SAMPLE_TAB_NAMES]);
      expect(SAMPLE_TAB_NAMES).toEqual(['Google広告', 'Yahoo!広告', '展示会・イベント', 'GA4', 'リード', '商談', '目標', 'メール']);
    });

    it('has rectangular grids (Sheets rejects ragged rows)', () => {
      for (const tab of defaultTabs) {
        const width = tab.values[0]?.length;
        expect(tab.values.every((row) => row.length === width)).toBe(true);
      }
    });

    it('holds only strings, finite numbers, booleans and date cells', () => {
      const isAllowed = (cell: SampleCell) =>
        typeof cell === 'string' || typeof cell === 'boolean' || (typeof cell === 'number' && Number.isFinite(cell)) || isDayCell(cell);
      const offending = defaultTabs.flatMap((tab) => tab.values.flat().filter((cell) => !isAllowed(cell)).map((cell) => `${tab.name}: ${String(cell)}`));
      expect(offending).toEqual([]);
    });

    it('has no channel column on the ad tabs (the tab name is the channel)', () => {
      for (const name of ['Google広告', 'Yahoo!広告']) {
        const headers = tabNamed(defaultTabs, name).values.find((row) => row[0] === '日') ?? [];
        expect(headers.some((header) => typeof header === 'string' && /媒体|チャネル|channel/i.test(header))).toBe(false);
      }
    });
  });

  describe('sizes', () => {
    it('has 1,500 lead rows by default', () => {
      expect(leadRows).toHaveLength(1500);
    });

    it('keeps the lead count within 5% of the request', () => {
      for (const leads of [50, 777, 3000]) {
        const rows = bodyRows(tabNamed(buildSampleWorkbook({ seed: 4, leads }), 'リード'), 'リードID');
        expect(Math.abs(rows.length - leads)).toBeLessThanOrEqual(leads * 0.05);
      }
    });

    it('splits adRows 3:2 between Google広告 and Yahoo!広告, totals excluded', () => {
      const tabs = buildSampleWorkbook({ seed: 5, leads: 100, adRows: 1000 });
      // Google: 2 title rows + header + 600 rows + total; Yahoo: header + 400 rows + total.
      expect(tabNamed(tabs, 'Google広告').values).toHaveLength(2 + 1 + 600 + 1);
      expect(tabNamed(tabs, 'Yahoo!広告').values).toHaveLength(1 + 400 + 1);
    });

    it('writes exactly trafficRows GA4 rows under the preamble and header', () => {
      const tabs = buildSampleWorkbook({ seed: 6, leads: 100, trafficRows: 5000 });
      expect(bodyRows(tabNamed(tabs, 'GA4'), '日付')).toHaveLength(5000);
    });

    it('has 1,825 ad rows (5 campaigns a day) and 2,190 GA4 rows (6 channel groups a day) by default', () => {
      const google = bodyRows(tabNamed(defaultTabs, 'Google広告'), '日').length - 1;
      const yahoo = bodyRows(tabNamed(defaultTabs, 'Yahoo!広告'), '日').length - 1;
      expect([google, yahoo]).toEqual([3 * 365, 2 * 365]);
      expect(bodyRows(tabNamed(defaultTabs, 'GA4'), '日付')).toHaveLength(6 * 365);
    });

    it('builds the benchmark size (100,000 leads, 20,000 ad and traffic rows)', () => {
      const tabs = buildSampleWorkbook({ leads: 100_000, adRows: 20_000, trafficRows: 20_000 });
      expect(bodyRows(tabNamed(tabs, 'リード'), 'リードID')).toHaveLength(100_000);
      expect(bodyRows(tabNamed(tabs, 'GA4'), '日付')).toHaveLength(20_000);
      const adRows = bodyRows(tabNamed(tabs, 'Google広告'), '日').length - 1 + bodyRows(tabNamed(tabs, 'Yahoo!広告'), '日').length - 1;
      expect(adRows).toBe(20_000);
    });
  });

  describe('dates', () => {
    it('makes every date cell a real day inside fiscal year 2025', () => {
      const dateCells = defaultTabs.flatMap((tab) => tab.values.flat().filter(isDayCell));
      expect(dateCells.length).toBeGreaterThan(3000);
      const invalid = dateCells.filter((cell) => !isRealDay(cell.iso) || cell.iso < '2025-04-01' || cell.iso > '2026-03-31');
      expect(invalid).toEqual([]);
    });

    it('writes GA4 dates as YYYYMMDD text and Yahoo!広告 dates as YYYY/MM/DD text', () => {
      const ga4 = bodyRows(tabNamed(defaultTabs, 'GA4'), '日付');
      expect(ga4.every((row) => typeof row[0] === 'string' && /^20(25|26)\d{4}$/.test(row[0]))).toBe(true);
      const yahoo = bodyRows(tabNamed(defaultTabs, 'Yahoo!広告'), '日').slice(0, -1);
      expect(yahoo.every((row) => typeof row[0] === 'string' && /^\d{4}\/\d{2}\/\d{2}$/.test(row[0]))).toBe(true);
    });

    it('never puts a stage date before the lead was created', () => {
      for (const row of leadRows) {
        const created = isoOf(row[1]);
        if (created === null) continue;
        const mql = isoOf(row[6]);
        const sql = isoOf(row[7]);
        if (mql !== null) expect(mql >= created).toBe(true);
        if (sql !== null) expect(sql >= (mql ?? created)).toBe(true);
      }
    });

    it('never starts a deal before its lead was created, nor closes it before it started', () => {
      const createdByEmail = new Map<string, string>();
      for (const row of leadRows) {
        const created = isoOf(row[1]);
        const key = normalizeEmail(String(row[3]));
        if (created !== null && key !== null && !createdByEmail.has(key)) createdByEmail.set(key, created);
      }
      for (const row of dealRows) {
        const created = isoOf(row[3]) ?? '';
        expect((isoOf(row[5]) ?? '') >= created).toBe(true);
        const leadCreated = createdByEmail.get(normalizeEmail(String(row[2])) ?? '');
        if (leadCreated !== undefined) expect(created >= leadCreated).toBe(true);
      }
    });

    it('has two lead rows with an unparseable created date, so the report warns', () => {
      const bad = leadRows.filter((row) => !isDayCell(row[1]));
      expect(bad.map((row) => row[1])).toEqual(['不明', '2025/13/01']);
    });

    it('has later months less mature: a lower share of SQLs among the last three months’ leads', () => {
      const share = (from: string, to: string) => {
        const rows = leadRows.filter((row) => {
          const iso = isoOf(row[1]);
          return iso !== null && iso >= from && iso < to;
        });
        return rows.filter((row) => row[7] !== '').length / rows.length;
      };
      expect(share('2026-01-01', '2026-04-01')).toBeLessThan(share('2025-04-01', '2025-10-01'));
    });
  });

  describe('leads and deals', () => {
    it('links every deal to a lead by normalised email, except the three deliberate orphans', () => {
      const leadEmails = new Set(leadRows.map((row) => normalizeEmail(String(row[3]))));
      const orphans = dealRows.filter((row) => !leadEmails.has(normalizeEmail(String(row[2]))));
      expect(orphans).toHaveLength(3);
    });

    it('writes some deal emails with other capitalisation or stray spaces', () => {
      expect(dealRows.some((row) => String(row[2]) !== normalizeEmail(String(row[2])))).toBe(true);
    });

    it('has a handful of duplicate leads whose emails differ only in case or width', () => {
      const byKey = new Map<string, string[]>();
      for (const row of leadRows) {
        const key = normalizeEmail(String(row[3])) ?? '';
        byKey.set(key, [...(byKey.get(key) ?? []), String(row[3])]);
      }
      const duplicated = [...byKey.values()].filter((emails) => emails.length > 1);
      expect(duplicated.length).toBeGreaterThanOrEqual(3);
      expect(duplicated.length).toBeLessThanOrEqual(20);
      expect(duplicated.every((emails) => new Set(emails).size === emails.length)).toBe(true);
    });

    it('uses the ten channels, with a few spelling variants and one other name (Google Ads)', () => {
      const labels = leadRows.map((row) => String(row[4]));
      const canonical = ['Google広告', 'Yahoo!広告', '展示会', 'ウェビナー', '自然検索', '紹介', 'メルマガ', '直接流入', 'SNS', '外部サイト'];
      expect(new Set(labels.map(normalizeText))).toEqual(new Set([...canonical, 'Google Ads'].map(normalizeText)));
      const variants = labels.filter((label) => !canonical.includes(label));
      expect(variants.length).toBeGreaterThan(0);
      expect(variants.length).toBeLessThan(60);
    });

    it('uses the deal phases 商談中, 提案, 見積, 受注 and 失注 with amounts from ¥500,000 to ¥6,000,000', () => {
      expect(new Set(dealRows.map((row) => row[4]))).toEqual(new Set(['商談中', '提案', '見積', '受注', '失注']));
      for (const row of dealRows) {
        expect(row[6]).toBeGreaterThanOrEqual(500_000);
        expect(row[6]).toBeLessThanOrEqual(6_000_000);
      }
    });

    it('has plausible funnel rates among leads created before October (mature months)', () => {
      const tabs = buildSampleWorkbook({ seed: 11, leads: 20_000 });
      const mature = bodyRows(tabNamed(tabs, 'リード'), 'リードID').filter((row) => (isoOf(row[1]) ?? '9') < '2025-10-01');
      const reachedOpportunity = (row: SampleCell[]) => ['商談', '顧客', '失注'].includes(String(row[8]));
      const mql = mature.filter((row) => row[6] !== '').length;
      const sql = mature.filter((row) => row[7] !== '').length;
      const opportunities = mature.filter(reachedOpportunity).length;
      const won = mature.filter((row) => row[8] === '顧客').length;
      // Targets: MQL ≈ 40% of leads, SQL ≈ 50% of MQL, 商談 ≈ 50% of SQL, 受注 ≈ 25% of 商談.
      expect(mql / mature.length).toBeGreaterThan(0.33);
      expect(mql / mature.length).toBeLessThan(0.47);
      expect(sql / mql).toBeGreaterThan(0.42);
      expect(sql / mql).toBeLessThan(0.58);
      expect(opportunities / sql).toBeGreaterThan(0.42);
      expect(opportunities / sql).toBeLessThan(0.58);
      expect(won / opportunities).toBeGreaterThan(0.18);
      expect(won / opportunities).toBeLessThan(0.32);
    });

    it('correlates scores with conversion: high scorers reach 商談 more often than low scorers', () => {
      const rate = (minimum: number, maximum: number) => {
        const rows = leadRows.filter((row) => (row[5] as number) >= minimum && (row[5] as number) < maximum);
        return rows.filter((row) => ['商談', '顧客', '失注'].includes(String(row[8]))).length / rows.length;
      };
      expect(rate(70, 101)).toBeGreaterThan(2 * rate(0, 40));
      expect(leadRows.every((row) => Number.isInteger(row[5]) && (row[5] as number) >= 0 && (row[5] as number) <= 100)).toBe(true);
    });
  });

  describe('fictitious data only', () => {
    it('ends every email address in an example domain', () => {
      for (const email of [...leadRows.map((row) => row[3]), ...dealRows.map((row) => row[2])]) {
        expect(normalizeEmail(String(email))).toMatch(EXAMPLE_DOMAIN);
      }
    });

    it('uses obviously fictitious company names', () => {
      const names = [...leadRows.map((row) => String(row[2])), ...dealRows.map((row) => String(row[1]))];
      expect(names.every((name) => /サンプル|テスト|ダミー|架空|見本|例示/.test(name))).toBe(true);
    });

    it('has no column that looks like personal names or phone numbers', () => {
      for (const tab of defaultTabs) {
        const headers = tab.values.flat().filter((cell): cell is string => typeof cell === 'string');
        expect(headers.some((text) => /^(氏名|姓|名|電話番号|担当者名)$/.test(text))).toBe(false);
      }
    });
  });

  describe('plausible volumes', () => {
    it('spends a few million yen a month on search ads', () => {
      const google = tabNamed(defaultTabs, 'Google広告').values.at(-1)?.[4] as number;
      const yahoo = tabNamed(defaultTabs, 'Yahoo!広告').values.at(-1)?.[4] as number;
      const monthly = (google + yahoo) / 12;
      expect(monthly).toBeGreaterThan(1_500_000);
      expect(monthly).toBeLessThan(5_000_000);
    });

    it('scales ad spend with the lead count, so cost per lead stays plausible', () => {
      const tabs = buildSampleWorkbook({ leads: 15_000 });
      const google = tabNamed(tabs, 'Google広告').values.at(-1)?.[4] as number;
      const defaultGoogle = tabNamed(defaultTabs, 'Google広告').values.at(-1)?.[4] as number;
      expect(google / defaultGoogle).toBeGreaterThan(8);
      expect(google / defaultGoogle).toBeLessThan(12);
    });
  });

  describe('edge cases', () => {
    it('rejects a lead count below 50 or above 1,000,000 with a bilingual message', () => {
      expect(() => buildSampleWorkbook({ leads: 49 })).toThrow(/leads.*50 以上.*whole number from 50/);
      expect(() => buildSampleWorkbook({ leads: 1_000_001 })).toThrow(RangeError);
    });

    it('rejects fractional or non-finite sizes and seeds', () => {
      expect(() => buildSampleWorkbook({ leads: 100.5 })).toThrow(RangeError);
      expect(() => buildSampleWorkbook({ adRows: Number.NaN })).toThrow(/adRows/);
      expect(() => buildSampleWorkbook({ trafficRows: -1 })).toThrow(/trafficRows/);
      expect(() => buildSampleWorkbook({ seed: 1.5 })).toThrow(/seed.*整数.*whole number/);
    });

    it('accepts zero ad and traffic rows, leaving the headers and total rows', () => {
      const tabs = buildSampleWorkbook({ leads: 50, adRows: 0, trafficRows: 0 });
      expect(tabNamed(tabs, 'Google広告').values.map((row) => row[0])).toEqual(['キャンペーン レポート', '2025年4月1日 - 2026年3月31日', '日', '合計: アカウント']);
      expect(bodyRows(tabNamed(tabs, 'GA4'), '日付')).toHaveLength(0);
    });

    it('accepts negative seeds', () => {
      expect(buildSampleWorkbook({ seed: -7, leads: 60 })).toEqual(buildSampleWorkbook({ seed: -7, leads: 60 }));
    });

    it('returns fresh arrays, so a caller changing one workbook cannot change the next', () => {
      const first = buildSampleWorkbook({ leads: 60 });
      (first[0]?.values[0] as SampleCell[])[0] = 'changed';
      expect(buildSampleWorkbook({ leads: 60 })[0]?.values[0]?.[0]).toBe('キャンペーン レポート');
    });

    it('writes every GA4 text date as a real day', () => {
      const texts = bodyRows(tabNamed(defaultTabs, 'GA4'), '日付').map((row) => String(row[0]));
      const invalid = texts.filter((text) => !isRealDay(`${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`));
      expect(invalid).toEqual([]);
    });
  });
});
