import { buildReportModel } from '../../../src/core/report/buildReportModel';
import { CHANNEL_INDENT } from '../../../src/core/report/channelSheet';
import { KPI_GUIDE_TEXTS } from '../../../src/core/report/kpiGuideTexts';
import type { FunnelSummary } from '../../../src/core/model/summary';
import type { FunnelSettings } from '../../../src/core/model/types';
import { MAX_TABLE_COLUMNS, PRINT_SETUP, REPORT_ROLES, ROW_ROLES, type ReportModel } from '../../../src/core/report/model';
import { REPORT_COLORS } from '../../../src/core/report/style';
import { ALLOWED_FUNCTIONS, formulaParts, parseFormula } from './evaluateFormula';
import {
  ENGLISH_SETTINGS,
  fullSummary,
  GENERATED_AT,
  HOSTILE_NAMES,
  hostileSummary,
  JAPANESE_SETTINGS,
  leadsOnlySummary,
  PERSONAL_DATA,
} from './fixtures';
import { matchesSummaryValue, SheetGrid } from './sheetGrid';
import { headerWidth, rowHeightForLines, wrappedLines } from '../../../src/core/report/textMetrics';
import { coreHeaderRow } from '../../../src/core/report/sheetParts';

const CASES: [string, () => FunnelSummary, FunnelSettings][] = [
  ['every tab kind, Japanese', fullSummary, JAPANESE_SETTINGS],
  ['every tab kind, English', fullSummary, ENGLISH_SETTINGS],
  ['leads only, English', leadsOnlySummary, ENGLISH_SETTINGS],
  ['leads only, Japanese', leadsOnlySummary, JAPANESE_SETTINGS],
  ['hostile labels, Japanese', hostileSummary, JAPANESE_SETTINGS],
  ['hostile labels, English', hostileSummary, ENGLISH_SETTINGS],
];

const build = (summary: FunnelSummary, settings: FunnelSettings): ReportModel => buildReportModel(summary, settings, GENERATED_AT, KPI_GUIDE_TEXTS);
const roles = (model: ReportModel) => model.sheets.map((sheet) => sheet.role);

/** Every formula a cell of the model holds. */
const allFormulas = (model: ReportModel) => model.sheets.flatMap((sheet) => new SheetGrid(sheet).formulas().map((placed) => placed.formula));

describe('buildReportModel', () => {
  it('writes all eight sheets in report order when every tab kind has data', () => {
    expect(roles(build(fullSummary(), JAPANESE_SETTINGS))).toEqual([...REPORT_ROLES]);
  });

  it('leaves out the score, velocity and email sheets when the summary has nothing for them', () => {
    expect(roles(build(leadsOnlySummary(), ENGLISH_SETTINGS))).toEqual(['summary', 'channels', 'monthly', 'plan', 'guide']);
  });

  it('writes each optional sheet on its own data', () => {
    const base = leadsOnlySummary();
    const withScores = { ...base, scoreBands: [{ band: '0-19', leads: 5, opportunities: 1, won: 0, lost: 1, opportunityRate: 0.2, opportunityToWinRate: 0, winRate: 0 }] };
    const withVelocity = { ...base, velocity: { ...base.velocity, opportunityToWonDays: 30 } };
    const withEmail = { ...base, email: [{ campaign: 'News', delivered: 10, opens: 5, clicks: 1, openRate: 0.5, clickRate: 0.1, clickToOpenRate: 0.2 }] };
    expect(roles(build(withScores, ENGLISH_SETTINGS))).toContain('scores');
    expect(roles(build(withVelocity, ENGLISH_SETTINGS))).toContain('velocity');
    expect(roles(build(withEmail, ENGLISH_SETTINGS))).toContain('email');
  });

  it('names the sheets in the language of the settings', () => {
    expect(build(fullSummary(), JAPANESE_SETTINGS).sheets.map((sheet) => sheet.name)).toEqual([
      'ファネル概要',
      'チャネル別',
      '月次推移',
      'スコア分析',
      'リードタイム',
      'メール分析',
      '属性別',
      '目標逆算',
      'KPIガイド',
    ]);
    expect(build(fullSummary(), ENGLISH_SETTINGS).sheets.map((sheet) => sheet.name)).toEqual([
      'Funnel summary',
      'By channel',
      'Monthly',
      'Lead score',
      'Velocity',
      'Email performance',
      'By attribute',
      'Plan',
      'KPI guide',
    ]);
  });

  it('gives every sheet warning-only protection', () => {
    for (const sheet of build(fullSummary(), JAPANESE_SETTINGS).sheets) expect(sheet.protection).toBe('warning');
  });

  it('is deterministic: the same input gives the same model', () => {
    expect(build(fullSummary(), JAPANESE_SETTINGS)).toEqual(build(fullSummary(), JAPANESE_SETTINGS));
  });

  describe.each(CASES)('on %s', (_name, summaryOf, settings) => {
    const model = build(summaryOf(), settings);

    it('makes every block a rectangle with one role per row and one alignment per column, no two blocks overlapping', () => {
      for (const sheet of model.sheets) {
        for (const block of sheet.blocks) {
          const width = block.cells[0]?.length ?? 0;
          expect(width).toBeGreaterThan(0);
          expect(block.numberFormats).toHaveLength(block.cells.length);
          expect(block.rowRoles).toHaveLength(block.cells.length);
          expect(block.alignments).toHaveLength(width);
          for (const role of block.rowRoles) expect(ROW_ROLES).toContain(role);
          block.cells.forEach((row, index) => {
            expect(row).toHaveLength(width);
            expect(block.numberFormats[index]).toHaveLength(width);
          });
        }
        expect(() => new SheetGrid(sheet)).not.toThrow();
      }
    });

    it('keeps every table within 14 columns and prints every sheet on A4 landscape, fit to width', () => {
      for (const sheet of model.sheets) {
        for (const block of sheet.blocks) expect(block.cells[0]?.length ?? 0).toBeLessThanOrEqual(MAX_TABLE_COLUMNS);
        expect(sheet.print).toEqual(PRINT_SETUP);
      }
    });

    it('puts every header row on the coloured band, right-aligns numbers and —, and shades total rows', () => {
      for (const sheet of model.sheets) {
        for (const placed of new SheetGrid(sheet).all()) {
          if (placed.role === 'header') expect([placed.fill, placed.bold]).toEqual([REPORT_COLORS.headerFill, true]);
          if (placed.role === 'total') expect([placed.fill, placed.bold]).toEqual([REPORT_COLORS.totalFill, true]);
          const data = placed.role === 'body' || placed.role === 'provisional' || placed.role === 'total' || placed.role === 'subtotal';
          if (data && (placed.cell.kind === 'number' || placed.cell.kind === 'formula' || (placed.cell.kind === 'text' && placed.cell.value === '—'))) {
            expect(placed.align).toBe('right');
          }
        }
      }
    });

    it('aims every conditional format at number or formula cells of its own sheet', () => {
      for (const sheet of model.sheets) {
        const grid = new SheetGrid(sheet);
        for (const rule of sheet.conditionalFormats) {
          expect(rule.ranges.length).toBeGreaterThan(0);
          for (const range of rule.ranges) {
            for (let row = range.row; row < range.row + range.rows; row += 1) {
              for (let column = range.column; column < range.column + range.columns; column += 1) {
                expect(['number', 'formula', 'text']).toContain(grid.at(row, column)?.cell.kind);
              }
            }
          }
        }
      }
    });

    it('writes only finite numbers and never -0', () => {
      for (const sheet of model.sheets) {
        for (const placed of new SheetGrid(sheet).all()) {
          if (placed.cell.kind !== 'number') continue;
          expect(Number.isFinite(placed.cell.value)).toBe(true);
          expect(Object.is(placed.cell.value, -0)).toBe(false);
        }
      }
    });

    it('writes formulas that parse, use only IF, IFERROR, SUM and AVERAGE, and refer only to written cells of the same sheet', () => {
      for (const sheet of model.sheets) {
        const grid = new SheetGrid(sheet);
        for (const placed of grid.formulas()) {
          const parts = formulaParts(parseFormula(placed.formula));
          for (const name of parts.functions) expect(ALLOWED_FUNCTIONS).toContain(name);
          expect(parts.references.length).toBeGreaterThan(0);
          for (const at of parts.references) {
            const target = grid.at(at.row, at.column);
            expect(target?.cell.kind ?? 'nothing').not.toBe('empty');
            expect(target).toBeDefined();
          }
        }
      }
    });

    it('builds formulas from cell addresses and operators only', () => {
      for (const formula of allFormulas(model)) expect(formula).toMatch(/^=IFERROR\([A-Z0-9$+\-*/()]+,"—"\)$/);
    });

    it('evaluates every formula to a number or to the null display, never to an error', () => {
      for (const sheet of model.sheets) {
        const grid = new SheetGrid(sheet);
        for (const placed of grid.formulas()) {
          const value = grid.value(placed.row, placed.column);
          expect(typeof value === 'number' ? Number.isFinite(value) : value === '—').toBe(true);
        }
      }
    });

    it('writes text cells so that none can turn into a formula', () => {
      for (const sheet of model.sheets) {
        for (const placed of new SheetGrid(sheet).all()) {
          if (placed.cell.kind !== 'text' || placed.cell.value.startsWith("'")) continue;
          const visible = placed.cell.value.normalize('NFKC').replace(/^\s+/, '');
          expect(visible).not.toMatch(/^[=+\-@\u2212]/);
        }
      }
    });

    it('makes the frozen header row of every table sheet a bold header band', () => {
      for (const sheet of model.sheets.filter((candidate) => candidate.role !== 'summary')) {
        const grid = new SheetGrid(sheet);
        const header = grid.all().filter((placed) => placed.row === sheet.frozenRows && placed.cell.kind !== 'empty');
        expect(header.length).toBeGreaterThan(1);
        for (const placed of header) expect(placed.bold).toBe(true);
      }
    });

    it('points every chart at cells of its own sheet, the domain and the series over the same rows', () => {
      for (const sheet of model.sheets) {
        const grid = new SheetGrid(sheet);
        for (const chart of sheet.charts) {
          const rows = (range: string) => range.replace(/[A-Z]+/g, '').split(':').map(Number);
          for (const range of [chart.domain, ...chart.series]) {
            expect(range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
            expect(rows(range)).toEqual(rows(chart.domain));
            const [first, last] = rows(range) as [number, number];
            const column = range.charCodeAt(0) - 64;
            for (let row = first; row <= last; row += 1) expect(grid.at(row, column)?.cell.kind ?? 'empty').not.toBe('empty');
          }
        }
      }
    });

    it('places charts over empty cells only (default row height 21 px)', () => {
      for (const sheet of model.sheets) {
        const grid = new SheetGrid(sheet);
        for (const chart of sheet.charts) {
          const rowsCovered = Math.ceil(chart.height / 21);
          let columnsCovered = 0;
          for (let width = 0, column = chart.anchor.column; width < chart.width; column += 1, columnsCovered += 1) {
            width += sheet.columnWidths[column - 1] ?? 100;
          }
          const covered = grid
            .all()
            .filter((placed) => placed.cell.kind !== 'empty')
            .filter((placed) => placed.row >= chart.anchor.row && placed.row < chart.anchor.row + rowsCovered)
            .filter((placed) => placed.column >= chart.anchor.column && placed.column < chart.anchor.column + columnsCovered);
          expect(covered).toEqual([]);
          // Nor over merged rows (the findings), which span the whole table width.
          for (const { range } of sheet.mergedRows) {
            const overlapsRows = range.row < chart.anchor.row + rowsCovered && chart.anchor.row < range.row + range.rows;
            const overlapsColumns = range.column < chart.anchor.column + columnsCovered && chart.anchor.column < range.column + range.columns;
            expect([sheet.role, overlapsRows && overlapsColumns]).toEqual([sheet.role, false]);
          }
        }
      }
    });

    it('reserves no blank slot for a chart: beside a chart, empty rows come one at a time (the gap between tables) unless nothing follows', () => {
      // The one exception: tables shorter than a readable chart (160 px, 8 rows) leave the rest of those rows empty.
      const READABLE_ROWS = Math.ceil(160 / 21);
      for (const sheet of model.sheets) {
        const grid = new SheetGrid(sheet);
        const filled = new Set(grid.all().filter((placed) => placed.cell.kind !== 'empty').map((placed) => placed.row));
        const lastRow = Math.max(...filled);
        for (const chart of sheet.charts) {
          const rowsCovered = Math.ceil(chart.height / 21);
          if (rowsCovered <= READABLE_ROWS) continue;
          let run = 0;
          for (let row = chart.anchor.row; row < chart.anchor.row + rowsCovered && row <= lastRow; row += 1) {
            run = filled.has(row) ? 0 : run + 1;
            expect([sheet.role, chart.title, row, run]).toEqual([sheet.role, chart.title, row, Math.min(run, 1)]);
          }
        }
      }
    });

    it('makes every column wide enough for its header texts: the core table’s in at most three lines, the tables’ below in at most four (full-width glyphs counting double)', () => {
      for (const sheet of model.sheets) {
        const core = coreHeaderRow(sheet.blocks);
        for (const block of sheet.blocks) {
          block.rowRoles.forEach((role, rowIndex) => {
            if (role !== 'header') return;
            const placement = block.row + rowIndex === core ? 'core' : 'below';
            block.cells[rowIndex]?.forEach((cell, columnIndex) => {
              if (cell.kind !== 'text') return;
              const column = block.column + columnIndex;
              const text = cell.value.replace(/^'/, '');
              const width = sheet.columnWidths[column - 1] ?? 100;
              const lines = placement === 'core' ? 3 : 4;
              expect([sheet.role, text, width >= headerWidth(text, placement), wrappedLines(text, width) <= lines]).toEqual([sheet.role, text, true, true]);
            });
          });
        }
      }
    });

    it('merges each finding across the summary\'s widest table, wrapped, with a row height for the longest one', () => {
      const summarySheet = model.sheets.find((sheet) => sheet.role === 'summary')!;
      const widest = Math.max(...summarySheet.blocks.map((block) => block.column + (block.cells[0]?.length ?? 1) - 1));
      expect(summarySheet.mergedRows).toHaveLength(1);
      const { range, rowHeight } = summarySheet.mergedRows[0]!;
      expect(range).toMatchObject({ column: 1, columns: widest });
      const grid = new SheetGrid(summarySheet);
      const texts: string[] = [];
      for (let row = range.row; row < range.row + range.rows; row += 1) {
        const placed = grid.at(row, 1);
        expect(placed?.cell.kind).toBe('text');
        expect(placed?.wrap).toBe(true);
        texts.push(placed?.cell.kind === 'text' ? placed.cell.value : '');
        for (let column = 2; column <= widest; column += 1) expect(grid.at(row, column)?.cell.kind ?? 'empty').toBe('empty');
      }
      const width = Array.from({ length: widest }, (_, index) => summarySheet.columnWidths[index] ?? 100).reduce((a, b) => a + b, 0);
      expect(rowHeight).toBe(rowHeightForLines(Math.max(...texts.map((text) => wrappedLines(text, width)))));
      // The caption above is not merged.
      expect(grid.at(range.row - 1, 1)?.role).toBe('caption');
    });

    it('gives a width to every column a block uses', () => {
      for (const sheet of model.sheets) {
        const lastColumn = Math.max(...sheet.blocks.map((block) => block.column + (block.cells[0]?.length ?? 1) - 1));
        expect(sheet.columnWidths.length).toBeGreaterThanOrEqual(Math.min(lastColumn, 5));
        for (const width of sheet.columnWidths) expect(width).toBeGreaterThan(0);
      }
    });
  });

  describe('edge cases', () => {
    it('writes hostile channel names only as literal text, each on the row with its own counts', () => {
      const summary = hostileSummary();
      for (const settings of [JAPANESE_SETTINGS, ENGLISH_SETTINGS]) {
        const channels = new SheetGrid(build(summary, settings).sheets[1]!);
        const headerRow = channels.sheet.frozenRows;
        const leadsColumn = channels.columnOf(settings.language === 'ja' ? 'リード' : 'Leads', headerRow)!;
        HOSTILE_NAMES.forEach((name, index) => {
          // The first of the rows labelled with the name, indented under its group: the core table's.
          const row = channels.firstRowOf(CHANNEL_INDENT + name);
          expect(channels.at(row, 1)?.cell.kind).toBe('text');
          expect(channels.value(row, leadsColumn)).toBe(summary.byChannel[index]!.leads);
        });
      }
    });

    it('never puts a user-derived string inside a formula', () => {
      const formulas = allFormulas(build(hostileSummary(), JAPANESE_SETTINGS));
      expect(formulas.length).toBeGreaterThan(100);
      for (const formula of formulas) {
        for (const name of HOSTILE_NAMES.filter((candidate) => candidate.length > 2)) expect(formula).not.toContain(name);
        expect(formula).not.toMatch(/HYPERLINK|IMPORT|SUM\(|http|img/i);
      }
    });

    it('keeps hostile campaign, tab, band, metric and finding texts literal', () => {
      const model = build(hostileSummary(), JAPANESE_SETTINGS);
      const texts = model.sheets.flatMap((sheet) => {
        const grid = new SheetGrid(sheet);
        return grid.all().flatMap((placed) => (placed.cell.kind === 'text' ? [grid.text(placed.row, placed.column)] : []));
      });
      for (const expected of [
        '=IMPORTXML("http://evil.example","//a")',
        '=1+1',
        '-20',
        // A target metric of its own name heads its group of columns (目標・実績・達成率).
        '=SUM(A1)',
        '=HYPERLINK("http://x","y") の商談化率が全体と大きく違います。',
        ...HOSTILE_NAMES.slice(0, 4),
      ]) {
        expect(texts).toContain(expected);
      }
    });

    it('writes no personal data, even when a warning quotes some', () => {
      const model = build(fullSummary(), JAPANESE_SETTINGS);
      expect(JSON.stringify(model)).not.toContain(PERSONAL_DATA);
      expect(JSON.stringify(model)).not.toContain('@example');
    });

    it('matches the summary for every channel ratio when rates are evaluated', () => {
      const summary = hostileSummary();
      const channels = new SheetGrid(build(summary, ENGLISH_SETTINGS).sheets[1]!);
      const headerRow = channels.sheet.frozenRows;
      const column = channels.columnOf('Opportunity rate', headerRow)!;
      // One group (その他) on the first data row, its channels beneath.
      summary.byChannel.forEach((row, index) => {
        expect(matchesSummaryValue(channels.value(headerRow + 2 + index, column), row.opportunityRate)).toBe(true);
      });
    });
  });
});
