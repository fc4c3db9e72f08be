/**
 * The sidebar's server functions through the bundle: state, saved setup per spreadsheet, and the
 * menu's Generate reusing what the sidebar saved (design §8).
 */
import { workbookFromTabs } from '../../src/local/workbook/fromTabs';
import type { Workbook } from '../../src/local/workbook/model';
import type { GenerateResult, ResultText, SidebarState, TabView } from '../../src/shared/rpc';
import { execute, sheetNames } from './bundleRun';

function workbook(): Workbook {
  return workbookFromTabs(
    [
      { name: '広告', rows: [['日付', '媒体', '費用'], ['2025-04-01', 'Google広告', 10000], ['2025-04-02', '展示会', 50000]] },
      {
        name: 'リード',
        rows: [
          ['作成日', '流入元', '商談日'],
          ['2025-04-01', 'Google広告', '2025-04-05'],
          ['2025-04-02', 'Google広告', ''],
          ['2025-04-02', '展示会', '2025-04-09'],
        ],
      },
      { name: 'メモ', rows: [['今週やること'], ['見積を送る']] },
    ],
    { timeZone: 'Asia/Tokyo' }
  );
}

function tab(state: SidebarState, name: string): TabView {
  const found = state.tabs.find((t) => t.name === name);
  if (!found) throw new Error(`no tab ${name}`);
  return found;
}

/** The value in the column headed `header` of the row labelled `label` on a report sheet. */
function cellOf(book: Workbook, sheetName: string, label: string, header: string): unknown {
  const sheet = book.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  let headerRow: unknown[] = [];
  for (let r = 0; r < sheet.lastRow(); r += 1) {
    const row = Array.from({ length: sheet.lastColumn() }, (_, c) => sheet.value(r, c));
    if (row.includes(header)) headerRow = row;
    if (row[0] === label && headerRow.length > 0) return row[headerRow.indexOf(header)];
  }
  throw new Error(`no row ${label} in ${sheetName}`);
}

describe('sidebar server functions', () => {
  it('describe each data tab: detected kind, confidence, rows, and its columns with sample values', () => {
    const state = execute(workbook(), 'sidebarGetState', [null]).result as SidebarState;
    expect(state.language).toBe('ja');
    expect(state.saved).toBe(false);
    expect(tab(state, '広告')).toMatchObject({ detectedKind: 'ads', rowCount: 2, closest: null, empty: false });
    // The cells below each header, distinct and as text (ISO days for dates, in the sheet's zone).
    expect(tab(state, '広告').columns).toEqual([
      { label: '日付', samples: ['2025-04-01', '2025-04-02'] },
      { label: '媒体', samples: ['Google広告', '展示会'] },
      { label: '費用', samples: ['10000', '50000'] },
    ]);
    expect(tab(state, 'リード')).toMatchObject({ detectedKind: 'leads', rowCount: 3 });
    expect(tab(state, 'リード').columns[2]).toEqual({ label: '商談日', samples: ['2025-04-05', '2025-04-09'] });
    expect(tab(state, 'メモ').detectedKind).toBeNull();
    expect(state.kinds.map((k) => k.kind)).toEqual(['ads', 'traffic', 'leads', 'deals', 'email', 'targets']);
    const ads = state.kinds.find((k) => k.kind === 'ads');
    expect(ads?.fields.filter((f) => f.required).map((f) => f.field)).toEqual(['date', 'cost']);
  });

  it('proposes a mapping for every kind, so a new kind in the sidebar is matched at once', () => {
    const book = workbookFromTabs(
      [{ name: '顧客', rows: [['作成日', 'メールアドレス', '金額', '流入元'], ['2025-04-01', 'a@example.com', 120000, 'Web']] }],
      { timeZone: 'Asia/Tokyo' }
    );
    const view = tab(execute(book, 'sidebarGetState', [null]).result as SidebarState, '顧客');
    expect(view.detectedKind).toBe('leads');
    expect(view.suggestions.map((s) => s.kind)).toEqual(['ads', 'traffic', 'leads', 'deals', 'email', 'targets']);
    // The detected kind's proposal is the detected mapping; 商談 finds its own columns by its aliases.
    expect(view.suggestions.find((s) => s.kind === 'leads')?.mapping).toEqual(view.mapping);
    expect(view.suggestions.find((s) => s.kind === 'deals')?.mapping.columns).toEqual({ created_date: 0, email: 1, amount: 2, channel: 3 });
  });

  it('says what an unrecognised tab lacks: its closest kind and the required fields missing', () => {
    const book = workbookFromTabs([{ name: '費用メモ', rows: [['日付', 'メモ'], ['2025-04-01', '打合せ']] }, { name: '空', rows: [] }], { timeZone: 'Asia/Tokyo' });
    const state = execute(book, 'sidebarGetState', [null]).result as SidebarState;
    expect(tab(state, '費用メモ')).toMatchObject({ detectedKind: null, closest: { kind: 'ads', missing: ['cost'] }, empty: false });
    expect(tab(state, '費用メモ').columns).toEqual([
      { label: '日付', samples: ['2025-04-01'] },
      { label: 'メモ', samples: ['打合せ'] },
    ]);
    expect(tab(state, '空')).toMatchObject({ detectedKind: null, closest: null, empty: true, columns: [] });
  });

  it('answers in English when asked', () => {
    const state = execute(workbook(), 'sidebarGetState', ['en']).result as SidebarState;
    expect(state.language).toBe('en');
    expect(state.kinds[0]?.label).toBe('Ads');
  });

  it('saves the setup per spreadsheet, and the menu Generate uses it', () => {
    const book = workbook();
    const state = execute(book, 'sidebarGetState', [null]).result as SidebarState;
    const leads = tab(state, 'リード').mapping;
    // The user says the leads tab has no channel column: every lead becomes (未設定).
    const { channel: _dropped, ...columns } = leads.columns as Record<string, number>;
    const mappings = state.tabs.map((t) => (t.name === 'リード' ? { ...leads, columns } : t.mapping));
    const saved = execute(book, 'sidebarSaveSetup', [{ mappings, settings: { view: 'cohort', language: 'ja' } }]).result as SidebarState;
    expect(saved.saved).toBe(true);
    expect(tab(saved, 'リード').mapping.columns).not.toHaveProperty('channel');

    // The JSON entry point resolves the request the same way, so the CLI's JSON matches the sheets.
    const summary = execute(book, 'getFunnelSummary', [{}]).result as { byChannel: { channel: string; leads: number }[] };
    expect(summary.byChannel.find((row) => row.channel === '(未設定)')?.leads).toBe(3);

    const { services } = execute(book, 'generateFunnelReportFromMenu');
    expect(services.ui.alerts.at(-1)?.title).toBe('ファネルレポートを作成しました');
    // Channels are indented under their group's row.
    expect(cellOf(book, 'チャネル別', '    (未設定)', 'リード')).toBe(3);
    expect(cellOf(book, 'チャネル別', '    Google広告', 'リード')).toBe(0);
  });

  it('sidebarGenerate returns the headline, the sheets written and the summary sheet to open', () => {
    const book = workbook();
    const state = execute(book, 'sidebarGetState', [null]).result as SidebarState;
    const result = execute(book, 'sidebarGenerate', [{ mappings: state.tabs.map((t) => t.mapping), settings: { language: 'en' } }], undefined, 'en_US').result as {
      headline: { label: string; value: string }[];
      sheets: string[];
      summarySheet: string;
    };
    expect(result.headline.map((h) => h.label)).toEqual(['Leads', 'Opportunity rate', 'Win rate', 'CAC', 'ROAS']);
    expect(result.headline[0]?.value).toBe('3');
    expect(result.summarySheet).toBe('Funnel summary');
    expect(sheetNames(book)).toEqual(expect.arrayContaining(result.sheets));
    // Generate leaves the summary sheet active, not the last sheet it wrote.
    expect(book.sheets.find((s) => s.id === book.activeSheetId)?.name).toBe('Funnel summary');
    execute(book, 'sidebarActivateSheet', ['広告']);
    execute(book, 'sidebarActivateSheet', [result.summarySheet]);
    expect(book.sheets.find((s) => s.id === book.activeSheetId)?.name).toBe('Funnel summary');
  });

  it('sidebarTranslateResult words the same result in the other language and writes nothing', () => {
    const book = workbook();
    const state = execute(book, 'sidebarGetState', [null]).result as SidebarState;
    const setup = { mappings: state.tabs.map((t) => t.mapping), settings: { language: 'ja' } };
    const result = execute(book, 'sidebarGenerate', [setup]).result as GenerateResult;
    const sheetsBefore = sheetNames(book);
    const english = execute(book, 'sidebarTranslateResult', [setup, 'en']).result as ResultText;
    expect(sheetNames(book)).toEqual(sheetsBefore);
    expect(english.language).toBe('en');
    expect(english.headline.map((h) => h.label)).toEqual(['Leads', 'Opportunity rate', 'Win rate', 'CAC', 'ROAS']);
    expect(english.headline.map((h) => h.value)).toEqual(result.headline.map((h) => h.value));
    expect(english.warnings.map((w) => w.code)).toEqual(result.warnings.map((w) => w.code));
    expect(english.notes).toEqual([
      'LTV and LTV/CAC were not computed: no value was given for gross margin and expected purchases per customer. Fill in Report settings in the sidebar to compute them.',
    ]);
    expect(result.notes[0]).toMatch(/^LTV と LTV\/CAC は計算していません/);
    expect([english.period, english.asOf]).toEqual([result.period, result.asOf]);
  });

  it('the menu Generate quotes the warnings in its alert (never on a sheet)', () => {
    const book = workbookFromTabs(
      [{ name: 'リード', rows: [['作成日', '流入元'], ['2025-04-01', 'Web'], ['不明', 'Web']] }],
      { timeZone: 'Asia/Tokyo' }
    );
    const { services } = execute(book, 'generateFunnelReportFromMenu');
    const prompt = services.ui.alerts.at(-1)?.prompt ?? '';
    expect(prompt).toContain('確認が必要な点: 1件');
    expect(prompt).toContain('・「リード」3行目: 作成日（2文字の文字列）は日付として読めません');
  });

  it('shows a readable message, not a stack, when generation fails', () => {
    const book = workbook();
    book.documentLock.holdElsewhere();
    const { services } = execute(book, 'generateFunnelReportFromMenu');
    expect(services.ui.alerts.at(-1)).toMatchObject({ title: 'レポートを作成できませんでした' });
    expect(services.ui.alerts.at(-1)?.prompt).toContain('別のファネルレポートを作成中です');
  });
});
