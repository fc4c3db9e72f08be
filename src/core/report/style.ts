/**
 * The look of the report (design §6 "Looks like a report"), derived from the model: each block's row
 * roles, column alignments and banding give one grid per property, which a writer sets with one
 * call per block (`setBackgrounds`, `setFontColors`, `setFontWeights`, `setFontStyles`,
 * `setFontSizes`, `setHorizontalAlignments` in Sheets; the same values per cell in the .xlsx), and
 * the conditional-format rules a sheet carries. One palette, so every writer shows the same report.
 */
import type { Block, ConditionalFormat, HorizontalAlignment, RowRole, SheetRange } from './model';

/** Colours as `#rrggbb`. */
export const REPORT_COLORS = {
  titleText: '#1f3864',
  contextText: '#595959',
  headerFill: '#1f4e79',
  headerText: '#ffffff',
  bandFill: '#eef3f9',
  subtotalFill: '#dce6f2',
  totalFill: '#c5d5ea',
  bodyText: '#000000',
  provisionalText: '#808080',
  bad: { fill: '#f4cccc', text: '#990000' },
  warning: { fill: '#fff2cc', text: '#7f6000' },
  good: { fill: '#d9ead3', text: '#274e13' },
} as const;

export const TITLE_FONT_SIZE = 14;
export const BODY_FONT_SIZE = 10;

/** Attainment bands (design §6): below 80 % red, 80–100 % amber, from 100 % green. */
export const ATTAINMENT_THRESHOLDS = { low: 0.8, met: 1 } as const;

/** The look of one cell: everything but its value, format and alignment. */
export interface CellLook {
  /** `null`: no fill (the sheet's white). */
  readonly fill: string | null;
  readonly fontColor: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly fontSize: number;
}

const PLAIN: CellLook = { fill: null, fontColor: REPORT_COLORS.bodyText, bold: false, italic: false, fontSize: BODY_FONT_SIZE };

const ROLE_LOOKS: { readonly [R in RowRole]: CellLook } = {
  title: { ...PLAIN, fontColor: REPORT_COLORS.titleText, bold: true, fontSize: TITLE_FONT_SIZE },
  context: { ...PLAIN, fontColor: REPORT_COLORS.contextText },
  caption: { ...PLAIN, fontColor: REPORT_COLORS.titleText, bold: true },
  group: { ...PLAIN, fill: REPORT_COLORS.headerFill, fontColor: REPORT_COLORS.headerText, bold: true },
  header: { ...PLAIN, fill: REPORT_COLORS.headerFill, fontColor: REPORT_COLORS.headerText, bold: true },
  body: PLAIN,
  provisional: { ...PLAIN, fontColor: REPORT_COLORS.provisionalText, italic: true },
  subtotal: { ...PLAIN, fill: REPORT_COLORS.subtotalFill, bold: true },
  total: { ...PLAIN, fill: REPORT_COLORS.totalFill, bold: true },
  field: PLAIN,
  text: PLAIN,
};

/** Rows that take part in banding. */
const BANDED_ROLES: ReadonlySet<RowRole> = new Set(['body', 'provisional']);

/**
 * The look of every row of a block: its role's look, with the light band on every second banded
 * row (counting body and provisional rows only, so a subtotal does not shift the pattern).
 *
 * @example
 * rowLooks(makeBlock(1, 1, [row('header', [label('a')]), row('body', [label('x')]), row('body', [label('y')])], { banded: true })).map((look) => look.fill)
 * //=> ['#1f4e79', null, '#eef3f9']
 */
export function rowLooks(block: Block): CellLook[] {
  let bandIndex = 0;
  return block.rowRoles.map((role) => {
    const look = ROLE_LOOKS[role];
    if (!block.banded || !BANDED_ROLES.has(role)) return look;
    const banded = bandIndex % 2 === 1;
    bandIndex += 1;
    return banded ? { ...look, fill: REPORT_COLORS.bandFill } : look;
  });
}

/** The rows (0-based within the block) that carry the light band. */
export function bandedRows(block: Block): number[] {
  const looks = rowLooks(block);
  return looks.flatMap((look, index) => (look.fill === REPORT_COLORS.bandFill && BANDED_ROLES.has(block.rowRoles[index] as RowRole) ? [index] : []));
}

function columnsOf(block: Block): number {
  return block.cells[0]?.length ?? 0;
}

/** A per-cell grid of one property of the row looks; `field` rows make their label column bold. */
function lookGrid<T>(block: Block, pick: (look: CellLook, role: RowRole, column: number) => T): T[][] {
  const looks = rowLooks(block);
  return looks.map((look, rowIndex) => Array.from({ length: columnsOf(block) }, (_, column) => pick(look, block.rowRoles[rowIndex] as RowRole, column)));
}

/**
 * The grid for `Range.setBackgrounds` (`null` resets to no fill).
 *
 * @example
 * blockBackgrounds(makeBlock(1, 1, [row('total', [label('合計'), styled(numberCell(3))])]))
 * //=> [['#c5d5ea', '#c5d5ea']]
 */
export function blockBackgrounds(block: Block): (string | null)[][] {
  return lookGrid(block, (look) => look.fill);
}

/** The grid for `Range.setFontColors`. */
export function blockFontColors(block: Block): string[][] {
  return lookGrid(block, (look) => look.fontColor);
}

/**
 * The grid for `Range.setFontWeights`.
 *
 * @example
 * blockFontWeights(makeBlock(1, 1, [row('field', [label('期間'), label('2025-04-01 〜')])]))
 * //=> [['bold', 'normal']]
 */
export function blockFontWeights(block: Block): ('bold' | 'normal')[][] {
  return lookGrid(block, (look, role, column) => (look.bold || (role === 'field' && column === 0) ? 'bold' : 'normal'));
}

/** The grid for `Range.setFontStyles`. */
export function blockFontStyles(block: Block): ('italic' | 'normal')[][] {
  return lookGrid(block, (look) => (look.italic ? 'italic' : 'normal'));
}

/** The grid for `Range.setFontSizes`. */
export function blockFontSizes(block: Block): number[][] {
  return lookGrid(block, (look) => look.fontSize);
}

/**
 * The grid for `Range.setHorizontalAlignments`: every row follows its column, so headers line up
 * with their numbers. Title, context, caption, group and text rows hold one line of text in the
 * first column (of a group) and stay left-aligned, so it runs on over the empty cells to its right.
 * On the header band, which has no grid lines, the header of a text column right of a number column
 * is centred: left-aligned, it would run into the right-aligned header before it (「除外した行備考」).
 *
 * @example
 * blockAlignments(makeBlock(1, 1, [row('header', [label('行'), label('備考')]), row('body', [styled(numberCell(3)), label('—')])], { alignments: ['right', 'left'] }))
 * //=> [['right', 'center'], ['right', 'left']]
 */
export function blockAlignments(block: Block): HorizontalAlignment[][] {
  const free: ReadonlySet<RowRole> = new Set(['title', 'context', 'caption', 'group', 'text']);
  const header = block.alignments.map((alignment, index) => (alignment === 'left' && block.alignments[index - 1] === 'right' ? 'center' : alignment));
  return block.rowRoles.map((role) => (role === 'header' ? header : block.alignments.map((alignment) => (free.has(role) ? 'left' : alignment))));
}

/**
 * The attainment rules for ranges (design §6): ≥ 100 % green first, then 80–100 % amber, then
 * below 80 % red (the earliest matching rule wins, so exactly 100 % is green).
 *
 * @example
 * attainmentRules([{ row: 5, column: 4, rows: 12, columns: 1 }]).map((rule) => rule.condition)
 * //=> [{ kind: 'greaterThanOrEqual', value: 1 }, { kind: 'between', low: 0.8, high: 1 }, { kind: 'lessThan', value: 0.8 }]
 */
export function attainmentRules(ranges: readonly SheetRange[]): ConditionalFormat[] {
  if (ranges.length === 0) return [];
  const { low, met } = ATTAINMENT_THRESHOLDS;
  return [
    { purpose: 'attainment', ranges, condition: { kind: 'greaterThanOrEqual', value: met }, fill: REPORT_COLORS.good.fill, fontColor: REPORT_COLORS.good.text },
    { purpose: 'attainment', ranges, condition: { kind: 'between', low, high: met }, fill: REPORT_COLORS.warning.fill, fontColor: REPORT_COLORS.warning.text },
    { purpose: 'attainment', ranges, condition: { kind: 'lessThan', value: low }, fill: REPORT_COLORS.bad.fill, fontColor: REPORT_COLORS.bad.text },
  ];
}

/**
 * The rules that mark a change for the worse red and for the better green: worse is a fall where
 * more is better (leads, 商談化率), a rise where less is better (CPL, CAC). The colour says good or
 * bad; the arrow and sign say up or down (design §6).
 *
 * @example
 * changeRules([{ row: 9, column: 2, rows: 1, columns: 4 }], 'higher').map((rule) => rule.condition)
 * //=> [{ kind: 'lessThan', value: 0 }, { kind: 'greaterThan', value: 0 }]
 */
export function changeRules(ranges: readonly SheetRange[], better: 'higher' | 'lower'): ConditionalFormat[] {
  if (ranges.length === 0) return [];
  const [worse, improved] = better === 'higher' ? (['lessThan', 'greaterThan'] as const) : (['greaterThan', 'lessThan'] as const);
  return [
    { purpose: 'change', ranges, condition: { kind: worse, value: 0 }, fill: REPORT_COLORS.bad.fill, fontColor: REPORT_COLORS.bad.text },
    { purpose: 'change', ranges, condition: { kind: improved, value: 0 }, fill: REPORT_COLORS.good.fill, fontColor: REPORT_COLORS.good.text },
  ];
}
