/**
 * Whole-workbook arbitrary for the pipeline fuzzer: 1–4 data tabs of the kinds ads, traffic, leads
 * and deals, each with header spellings drawn from the alias families of real exports and hand-made
 * sheets (written out here, not taken from src), optional columns, shuffled column order, optional
 * title rows, and rows of valid, blank, unreadable and hostile cells. Every row keeps its meaning
 * next to its cells so the test can recount the totals on its own.
 */
import fc from 'fast-check';
import type { CellInput, TabInput } from '../../src/local/workbook/fromTabs';
import {
  countCell,
  dayCell,
  dealLeadIdCell,
  flagCell,
  HOSTILE_TEXT,
  labelCell,
  leadIdCell,
  moneyCell,
  stageCell,
  statusCell,
  toFullWidth,
  type DayTruth,
  type FlagTruth,
  type Generated,
  type NumberTruth,
  type OutcomeTruth,
  type StatusTruth,
} from './cells';

export type FuzzKind = 'ads' | 'traffic' | 'leads' | 'deals';

/** Header spellings per kind and field (design §3.2; reference/export-headers.md). */
const HEADERS = {
  ads: {
    date: ['日付', '日', 'Day', 'Date', '配信日', '年月日'],
    cost: ['費用', '広告費', 'Cost', 'コスト', '消化金額', 'ご利用額', '費用(円)', '広告費（円）', 'Cost (JPY)', 'Amount spent (JPY)'],
    channel: ['媒体', 'チャネル', 'Channel', '媒体名', 'Media'],
    campaign: ['キャンペーン', 'Campaign', 'キャンペーン名'],
    impressions: ['表示回数', 'インプレッション数', 'Impr.', 'Impressions'],
    clicks: ['クリック数', 'Clicks', 'クリック'],
  },
  traffic: {
    date: ['日付', 'Date'],
    sessions: ['セッション', 'セッション数', 'Sessions'],
    channel: ['セッションのデフォルト チャネル グループ', 'Session default channel group', 'チャネル', 'セッションのメインのチャネル グループ（デフォルト チャネル グループ）'],
    engaged: ['エンゲージのあったセッション数', 'Engaged sessions'],
  },
  leads: {
    created: ['作成日', '登録日', '獲得日', '問い合わせ日', '名刺交換日', 'Create Date', 'Created Date', 'CreatedDate'],
    id: ['リードID', 'Record ID', 'Lead ID', 'リード ID'],
    channel: ['流入元', '流入経路', '獲得経路', 'リードソース', 'Lead Source', 'チャネル'],
    oppDate: ['商談日', '商談化日', 'Opportunity Date'],
    wonDate: ['受注日', '成約日', '契約日', 'Won Date'],
    oppFlag: ['商談化', '商談有無'],
    wonFlag: ['受注', '受注フラグ', '成約'],
    status: ['ステータス', 'リード状況', 'Lifecycle Stage', 'Lead Status', '状況'],
    amount: ['金額', '受注金額', '売上', 'Amount'],
  },
  deals: {
    created: ['作成日', 'Create Date', 'CreatedDate', '商談作成日'],
    leadId: ['リードID', 'Lead ID', 'Contact ID'],
    dealId: ['商談ID', 'Deal ID', '案件ID'],
    stage: ['取引ステージ', 'Deal Stage', 'フェーズ', 'StageName', 'ステージ'],
    close: ['クローズ日', 'Close Date', '完了予定日', 'CloseDate'],
    amount: ['金額', 'Amount', '取引金額'],
    channel: ['流入元', 'Lead Source', 'リードソース'],
  },
} as const;

/** Tab names that hint the kind (a hint only breaks ties, design §3.2). Ads and traffic tabs may get hostile names. */
const TAB_NAMES: Readonly<Record<FuzzKind, readonly string[]>> = {
  ads: ['広告', 'Google広告', 'Yahoo!広告', 'Ads', '展示会費用'],
  traffic: ['アクセス', 'GA4', 'Traffic'],
  leads: ['リード', 'Leads', 'リード一覧', 'HubSpot contacts'],
  deals: ['商談', 'Deals', '案件一覧'],
};

const HOSTILE_TAB_NAMES = ['=IMPORTXML("http://x","//a")', '+81', '-foo', '@x', '＝1+1', '<img src=x onerror=alert(1)>', '__proto__', 'toString'];

export interface AdsRow {
  readonly date: DayTruth;
  readonly cost: NumberTruth;
}
export interface TrafficRow {
  readonly date: DayTruth;
  readonly sessions: NumberTruth;
}
export interface LeadRow {
  readonly created: DayTruth;
  readonly id: string | null;
  readonly oppDate: DayTruth | null;
  readonly wonDate: DayTruth | null;
  readonly oppFlag: FlagTruth | null;
  readonly wonFlag: FlagTruth | null;
  readonly status: StatusTruth | null;
}
export interface DealRow {
  readonly created: DayTruth;
  /** The deal ID as read: trimmed, `null` when blank or a blank marker (`--`, `null`, `(not set)`). */
  readonly dealId: string | null;
  readonly leadId: string | null;
  readonly outcome: OutcomeTruth;
  readonly close: DayTruth | null;
}

export type RowTruth = AdsRow | TrafficRow | LeadRow | DealRow;

/** A data row: its 1-based row number as the user sees it, its cells and what they mean. */
export interface FuzzDataRow {
  readonly row: number;
  readonly cells: readonly CellInput[];
  readonly truth: RowTruth;
}

/** One generated tab: what the user sees (`input`) and what each data row means. */
export interface FuzzTab {
  readonly kind: FuzzKind;
  readonly input: TabInput;
  /** 0-based index of the header row in `input.rows`. */
  readonly headerRow: number;
  /** Which optional fields have a column. */
  readonly fields: ReadonlySet<string>;
  /** The data rows in order; the other rows below the header are structure (totals, blanks, comments, repeated headers). */
  readonly dataRows: readonly FuzzDataRow[];
}

export interface FuzzWorkbook {
  readonly tabs: readonly FuzzTab[];
}

/** One column: the field it holds, a header spelling, and how to make its cells. */
interface ColumnPlan {
  readonly field: string;
  readonly header: string;
}

/** A header spelling with a random surface: as written, upper-case, full-width or padded. */
function spelling(options: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...options), fc.constantFrom('as-is', 'upper', 'full-width', 'padded')).map(([text, surface]) => {
    switch (surface) {
      case 'upper':
        return text.toUpperCase();
      case 'full-width':
        return toFullWidth(text);
      case 'padded':
        return ` ${text} `;
      default:
        return text;
    }
  });
}

/** Required fields always, each optional field with probability 1/2, in shuffled order. */
function columnPlan(kind: FuzzKind, required: readonly string[]): fc.Arbitrary<ColumnPlan[]> {
  const families = HEADERS[kind] as Readonly<Record<string, readonly string[]>>;
  const optional = Object.keys(families).filter((field) => !required.includes(field));
  return fc
    .tuple(fc.subarray(optional), ...Object.keys(families).map((field) => spelling(families[field] ?? [])))
    .chain(([chosen, ...spellings]) => {
      const keys = Object.keys(families);
      const plan = [...required, ...chosen].map((field) => ({ field, header: spellings[keys.indexOf(field)] ?? field }));
      return fc.shuffledSubarray(plan, { minLength: plan.length, maxLength: plan.length });
    });
}

type CellMakers = Readonly<Record<string, fc.Arbitrary<Generated<unknown>>>>;

/** Placeholders that name nothing (design §3.2.1), lower-case after NFKC. */
const BLANK_MARKERS = new Set(['na', 'n/a', 'null', 'none', '-', '--', '—', '―', '–', '(not set)']);

/** A deal ID as the spec reads it: the trimmed text; blank or a placeholder is no ID. */
function dealIdOf(cell: CellInput): string | null {
  const text = typeof cell === 'string' ? cell.trim() : '';
  return text === '' || BLANK_MARKERS.has(text.normalize('NFKC').toLowerCase()) ? null : text;
}

const asGenerated = (arbitrary: fc.Arbitrary<CellInput>): fc.Arbitrary<Generated<unknown>> =>
  arbitrary.map((cell) => ({ cell, truth: null }));

const MAKERS: Readonly<Record<FuzzKind, CellMakers>> = {
  ads: {
    date: dayCell('required'),
    cost: moneyCell(),
    channel: asGenerated(labelCell()),
    campaign: asGenerated(labelCell()),
    impressions: countCell(),
    clicks: countCell(),
  },
  traffic: { date: dayCell('required'), sessions: countCell(), channel: asGenerated(labelCell()), engaged: countCell() },
  leads: {
    created: dayCell('required'),
    id: leadIdCell(),
    channel: asGenerated(labelCell()),
    oppDate: dayCell('stage', 6),
    wonDate: dayCell('stage', 10),
    oppFlag: flagCell(),
    wonFlag: flagCell(),
    status: statusCell(),
    amount: moneyCell(),
  },
  deals: {
    created: dayCell('required'),
    leadId: dealLeadIdCell(),
    dealId: labelCell().map((cell) => ({ cell, truth: dealIdOf(cell) })),
    stage: stageCell(),
    close: dayCell('stage', 3),
    amount: moneyCell(),
    channel: asGenerated(labelCell()),
  },
};

const REQUIRED: Readonly<Record<FuzzKind, readonly string[]>> = {
  ads: ['date', 'cost'],
  traffic: ['date', 'sessions'],
  // Deals always carry their lead's ID, so links can form (and fail to).
  leads: ['created'],
  deals: ['created', 'leadId'],
};

function truthOf(kind: FuzzKind, values: Readonly<Record<string, Generated<unknown>>>): RowTruth {
  const t = <T>(field: string): T | null => (values[field] ? (values[field].truth as T) : null);
  switch (kind) {
    case 'ads':
      return { date: t<DayTruth>('date')!, cost: t<NumberTruth>('cost')! };
    case 'traffic':
      return { date: t<DayTruth>('date')!, sessions: t<NumberTruth>('sessions')! };
    case 'leads':
      return {
        created: t<DayTruth>('created')!,
        id: t<string | null>('id'),
        oppDate: t<DayTruth>('oppDate'),
        wonDate: t<DayTruth>('wonDate'),
        oppFlag: t<FlagTruth>('oppFlag'),
        wonFlag: t<FlagTruth>('wonFlag'),
        status: t<StatusTruth>('status'),
      };
    case 'deals':
      return {
        created: t<DayTruth>('created')!,
        dealId: t<string | null>('dealId'),
        leadId: t<string | null>('leadId'),
        outcome: t<OutcomeTruth>('stage') ?? 'open',
        close: t<DayTruth>('close'),
      };
  }
}

const TITLE_ROWS: readonly (readonly CellInput[])[] = [['キャンペーン レポート'], ['2025年4月1日 - 2025年4月30日'], ['# エクスポート: 2025-05-01']];

/** Rows that are structure, not data (design §3.2), given the header; a total label goes in the first column. */
type StructureRow = 'total' | 'total-account' | 'total-en' | 'grand-total' | 'blank' | 'comment' | 'repeated-header';

function structureCells(kind: StructureRow, header: readonly string[]): CellInput[] {
  const filler = (label: string): CellInput[] => header.map((_, column) => (column === 0 ? label : column % 2 === 0 ? '--' : '12,345'));
  switch (kind) {
    case 'total':
      return filler('合計');
    case 'total-account':
      return filler('合計: アカウント');
    case 'total-en':
      return filler('Total: Campaigns');
    case 'grand-total':
      return filler('Grand total');
    case 'blank':
      return header.map(() => '');
    case 'comment':
      return ['# ----------------------------------------'];
    case 'repeated-header':
      return [...header];
  }
}

type RowPlan = { readonly data: Readonly<Record<string, Generated<unknown>>> } | { readonly structure: StructureRow };

function tabArbitrary(kind: FuzzKind): fc.Arbitrary<Omit<FuzzTab, 'input'> & { readonly rows: CellInput[][]; readonly baseName: string }> {
  const names = kind === 'ads' || kind === 'traffic' ? [...TAB_NAMES[kind], ...HOSTILE_TAB_NAMES] : TAB_NAMES[kind];
  return fc
    .tuple(columnPlan(kind, REQUIRED[kind]), fc.constantFrom(...names), fc.subarray([...TITLE_ROWS]))
    .chain(([plan, baseName, titles]) => {
      const data = fc
        .record(Object.fromEntries(plan.map((column) => [column.field, MAKERS[kind][column.field]!])) as Record<string, fc.Arbitrary<Generated<unknown>>>)
        .map((values): RowPlan => ({ data: values }));
      const structure = fc
        .constantFrom<StructureRow>('total', 'total-account', 'total-en', 'grand-total', 'blank', 'comment', 'repeated-header')
        .map((row): RowPlan => ({ structure: row }));
      const rowArb = fc.oneof({ arbitrary: data, weight: 12 }, { arbitrary: structure, weight: 1 });
      return fc.array(rowArb, { maxLength: 25 }).map((rowPlans) => {
        const header = plan.map((column) => column.header);
        const headerRow = titles.length;
        const rows: CellInput[][] = [...titles.map((row) => [...row]), header];
        const dataRows: FuzzDataRow[] = [];
        for (const rowPlan of rowPlans) {
          if ('structure' in rowPlan) {
            rows.push(structureCells(rowPlan.structure, header));
            continue;
          }
          const cells = plan.map((column) => rowPlan.data[column.field]?.cell ?? null);
          rows.push(cells);
          dataRows.push({ row: rows.length, cells, truth: truthOf(kind, rowPlan.data) });
        }
        return { kind, baseName, headerRow, fields: new Set(plan.map((column) => column.field)), rows, dataRows };
      });
    });
}

/** Sheet names are unique regardless of case (as in Sheets): later tabs get a number. */
function uniqueName(baseName: string, taken: Set<string>): string {
  let name = baseName;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${baseName} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** 1–4 tabs of random kinds. */
export function workbookArbitrary(): fc.Arbitrary<FuzzWorkbook> {
  const kind = fc.constantFrom<FuzzKind>('ads', 'traffic', 'leads', 'deals', 'leads', 'ads');
  return fc.array(kind.chain(tabArbitrary), { minLength: 1, maxLength: 4 }).map((tabs) => {
    const taken = new Set<string>();
    return {
      tabs: tabs.map(({ rows, baseName, ...rest }) => ({ ...rest, input: { name: uniqueName(baseName, taken), rows } })),
    };
  });
}

export { HOSTILE_TEXT };
