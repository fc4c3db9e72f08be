/**
 * Embedded charts, recorded rather than drawn: type, source ranges (A1), anchor and options are
 * kept on the sheet so tests can check what a report would show. The .xlsx writer omits them
 * (design §9 allows it).
 */
import type { ChartRecord, SheetData } from '../workbook/model';
import { a1Notation, parseA1, type GridRect } from './a1';
import { enumMemberName, type EnumMember, ChartType } from './enums';
import type { ServiceEnv } from './env';
import { exposeAs, type ServiceObject } from './expose';
import { liveSheet, Range, rangeOf } from './range';

interface ChartSpec {
  type: string | null;
  ranges: { readonly sheet: SheetData; readonly rect: GridRect }[];
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

function cloneSpec(spec: ChartSpec): ChartSpec {
  return { type: spec.type, ranges: [...spec.ranges], position: { ...spec.position }, options: { ...spec.options } };
}

function rectOf(range: Range): GridRect {
  return { row: range.getRow(), column: range.getColumn(), numRows: range.getNumRows(), numColumns: range.getNumColumns() };
}

function requireRange(range: unknown, method: string): Range {
  if (!(range instanceof Range)) throw new Error(`${method}: expected a Range`);
  return range;
}

function toRecord(id: number, spec: ChartSpec): ChartRecord {
  if (spec.type === null) throw new Error('EmbeddedChartBuilder.build: set a chart type first (setChartType or asColumnChart…)');
  return {
    id,
    type: spec.type,
    ranges: spec.ranges.map((r) => ({ sheet: r.sheet.name, a1: a1Notation(r.rect) })),
    position: { ...spec.position },
    options: { ...spec.options },
  };
}

export class ContainerInfo implements ServiceObject {
  constructor(
    readonly env: ServiceEnv,
    private readonly position: ChartSpec['position'],
  ) {}

  getAnchorRow(): number {
    return this.position.anchorRow;
  }

  getAnchorColumn(): number {
    return this.position.anchorColumn;
  }

  getOffsetX(): number {
    return this.position.offsetX;
  }

  getOffsetY(): number {
    return this.position.offsetY;
  }
}
exposeAs('ContainerInfo', ContainerInfo);

export class ChartOptions implements ServiceObject {
  constructor(
    readonly env: ServiceEnv,
    private readonly options: Readonly<Record<string, unknown>>,
  ) {}

  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}
exposeAs('ChartOptions', ChartOptions);

export class EmbeddedChart implements ServiceObject {
  /** @internal `id` is null until the chart is inserted. */
  constructor(
    readonly env: ServiceEnv,
    readonly sheet_: SheetData,
    readonly spec_: ChartSpec,
    public id_: number | null,
  ) {}

  getChartId(): number | null {
    return this.id_;
  }

  getRanges(): Range[] {
    return this.spec_.ranges.map((r) => rangeOf(this.env, r.sheet, r.rect));
  }

  getOptions(): ChartOptions {
    return new ChartOptions(this.env, { ...this.spec_.options });
  }

  getContainerInfo(): ContainerInfo {
    return new ContainerInfo(this.env, { ...this.spec_.position });
  }

  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.env, this.sheet_, cloneSpec(this.spec_), this.id_);
  }
}
exposeAs('EmbeddedChart', EmbeddedChart);

export class EmbeddedChartBuilder implements ServiceObject {
  constructor(
    readonly env: ServiceEnv,
    private readonly sheet: SheetData,
    private readonly spec: ChartSpec = { type: null, ranges: [], position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 }, options: {} },
    private readonly chartId: number | null = null,
  ) {}

  setChartType(type: unknown): EmbeddedChartBuilder {
    this.spec.type = enumMemberName(type, 'ChartType', 'EmbeddedChartBuilder.setChartType');
    return this;
  }

  getChartType(): EnumMember | null {
    return this.spec.type === null ? null : (ChartType as Record<string, EnumMember>)[this.spec.type] ?? null;
  }

  addRange(range: unknown): EmbeddedChartBuilder {
    const r = requireRange(range, 'EmbeddedChartBuilder.addRange');
    this.spec.ranges.push({ sheet: liveSheet(this.sheetOf_(r)), rect: rectOf(r) });
    return this;
  }

  removeRange(range: unknown): EmbeddedChartBuilder {
    const r = requireRange(range, 'EmbeddedChartBuilder.removeRange');
    const a1 = r.getA1Notation();
    const sheet = this.sheetOf_(r);
    this.spec.ranges = this.spec.ranges.filter((x) => !(x.sheet === sheet && a1Notation(x.rect) === a1));
    return this;
  }

  clearRanges(): EmbeddedChartBuilder {
    this.spec.ranges = [];
    return this;
  }

  getRanges(): Range[] {
    return this.spec.ranges.map((r) => rangeOf(this.env, r.sheet, r.rect));
  }

  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): EmbeddedChartBuilder {
    for (const n of [anchorRow, anchorColumn, offsetX, offsetY]) {
      if (typeof n !== 'number' || !Number.isInteger(n)) throw new Error('EmbeddedChartBuilder.setPosition: expected four integers');
    }
    this.spec.position = { anchorRow, anchorColumn, offsetX, offsetY };
    return this;
  }

  setOption(option: unknown, value: unknown): EmbeddedChartBuilder {
    if (typeof option !== 'string') throw new Error('EmbeddedChartBuilder.setOption: the option name must be a string');
    this.spec.options[option] = value;
    return this;
  }

  setNumHeaders(headers: number): EmbeddedChartBuilder {
    this.spec.options.numHeaders = headers;
    return this;
  }

  setTransposeRowsAndColumns(transpose: boolean): EmbeddedChartBuilder {
    this.spec.options.transposeRowsAndColumns = transpose;
    return this;
  }

  asColumnChart(): EmbeddedChartBuilder {
    return this.as_('COLUMN');
  }

  asBarChart(): EmbeddedChartBuilder {
    return this.as_('BAR');
  }

  asLineChart(): EmbeddedChartBuilder {
    return this.as_('LINE');
  }

  asAreaChart(): EmbeddedChartBuilder {
    return this.as_('AREA');
  }

  asPieChart(): EmbeddedChartBuilder {
    return this.as_('PIE');
  }

  asComboChart(): EmbeddedChartBuilder {
    return this.as_('COMBO');
  }

  asScatterChart(): EmbeddedChartBuilder {
    return this.as_('SCATTER');
  }

  setTitle(title: unknown): EmbeddedChartBuilder {
    return this.setOption('title', title);
  }

  setXAxisTitle(title: unknown): EmbeddedChartBuilder {
    return this.setOption('hAxis.title', title);
  }

  setYAxisTitle(title: unknown): EmbeddedChartBuilder {
    return this.setOption('vAxis.title', title);
  }

  setLegendPosition(position: unknown): EmbeddedChartBuilder {
    return this.setOption('legend.position', enumMemberName(position, 'Position', 'EmbeddedChartBuilder.setLegendPosition').toLowerCase());
  }

  setStacked(): EmbeddedChartBuilder {
    return this.setOption('isStacked', true);
  }

  setColors(colors: unknown): EmbeddedChartBuilder {
    if (!Array.isArray(colors)) throw new Error('EmbeddedChartBuilder.setColors: expected an array of colours');
    return this.setOption('colors', [...(colors as unknown[])]);
  }

  build(): EmbeddedChart {
    toRecord(0, this.spec);
    return new EmbeddedChart(this.env, this.sheet, cloneSpec(this.spec), this.chartId);
  }

  private as_(type: string): EmbeddedChartBuilder {
    this.spec.type = type;
    return this;
  }

  private sheetOf_(range: Range): SheetData {
    const id = range.getGridId();
    const data = this.env.workbook.sheetById(id);
    if (!data) throw new Error('EmbeddedChartBuilder: the range belongs to a deleted sheet');
    return data;
  }
}
exposeAs('EmbeddedChartBuilder', EmbeddedChartBuilder);

/**
 * Sheet.insertChart: records the chart and gives it an id.
 *
 * @example
 * insertChart(env, sheet, sheet_.newChart().asBarChart().addRange(range).build()); sheet.charts.length
 * //=> 1
 */
export function insertChart(env: ServiceEnv, sheet: SheetData, chart: unknown): void {
  if (!(chart instanceof EmbeddedChart)) throw new Error('Sheet.insertChart: expected a chart from newChart().build()');
  if (chart.sheet_ !== sheet) throw new Error('Sheet.insertChart: the chart was built for another sheet');
  const id = env.workbook.newChartId();
  sheet.charts.push(toRecord(id, chart.spec_));
  chart.id_ = id;
}

/**
 * Sheet.updateChart: replaces the recorded chart with the same id.
 *
 * @example
 * updateChart(sheet, chart.modify().setOption('title', 'x').build()); sheet.charts[0].options.title
 * //=> 'x'
 */
export function updateChart(sheet: SheetData, chart: unknown): void {
  if (!(chart instanceof EmbeddedChart) || chart.id_ === null) throw new Error('Sheet.updateChart: expected an inserted chart');
  const index = sheet.charts.findIndex((c) => c.id === chart.id_);
  if (index < 0) throw new Error('Sheet.updateChart: the chart is not on this sheet');
  sheet.charts[index] = toRecord(chart.id_, chart.spec_);
}

/**
 * Sheet.removeChart.
 *
 * @example
 * removeChart(sheet, chart); sheet.charts.length
 * //=> 0
 */
export function removeChart(sheet: SheetData, chart: unknown): void {
  if (!(chart instanceof EmbeddedChart) || chart.id_ === null) throw new Error('Sheet.removeChart: expected an inserted chart');
  const index = sheet.charts.findIndex((c) => c.id === chart.id_);
  if (index < 0) throw new Error('Sheet.removeChart: the chart is not on this sheet');
  sheet.charts.splice(index, 1);
}

/**
 * Sheet.getCharts: wrappers over the recorded charts.
 *
 * @example
 * chartsOf(env, sheet).map((c) => c.getChartId())
 * //=> [1]
 */
export function chartsOf(env: ServiceEnv, sheet: SheetData): EmbeddedChart[] {
  return sheet.charts.map((record) => {
    const ranges = record.ranges.flatMap((r) => {
      const data = env.workbook.sheetByName(r.sheet);
      const rect = data ? parseA1(r.a1, data) : null;
      return data && rect ? [{ sheet: data, rect }] : [];
    });
    return new EmbeddedChart(env, sheet, { type: record.type, ranges, position: { ...record.position }, options: { ...record.options } }, record.id);
  });
}
