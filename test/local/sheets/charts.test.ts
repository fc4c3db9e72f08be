import { servicesFor } from '../helpers';

describe('EmbeddedChartBuilder', () => {
  it('records an inserted chart with its type, ranges as A1, position and options', () => {
    const services = servicesFor([{ name: 'ファネル概要', rows: [['段階', '件数'], ['リード', 100], ['商談', 20]] }]);
    const sheet = services.SpreadsheetApp.getActive().getSheetByName('ファネル概要');
    if (!sheet) throw new Error('fixture');
    const chart = sheet
      .newChart()
      .setChartType(services.Charts.ChartType.BAR)
      .addRange(sheet.getRange('A1:B3'))
      .setPosition(2, 5, 0, 0)
      .setOption('title', 'ファネル')
      .build();
    sheet.insertChart(chart);
    expect(services.workbook.sheets[0]?.charts).toEqual([
      { id: 1, type: 'BAR', ranges: [{ sheet: 'ファネル概要', a1: 'A1:B3' }], position: { anchorRow: 2, anchorColumn: 5, offsetX: 0, offsetY: 0 }, options: { title: 'ファネル' } },
    ]);
    expect(sheet.getCharts().map((c) => c.getRanges()[0]?.getA1Notation())).toEqual(['A1:B3']);
  });

  it('supports the typed builders and removal', () => {
    const services = servicesFor([{ name: 'M', rows: [['月', 'リード'], ['2025-04', 3]] }]);
    const sheet = services.SpreadsheetApp.getActive().getSheetByName('M');
    if (!sheet) throw new Error('fixture');
    sheet.insertChart(sheet.newChart().asLineChart().setTitle('推移').addRange(sheet.getRange('A1:B2')).build());
    expect(services.workbook.sheets[0]?.charts[0]).toMatchObject({ type: 'LINE', options: { title: '推移' } });
    for (const c of sheet.getCharts()) sheet.removeChart(c);
    expect(sheet.getCharts()).toEqual([]);
  });
});

describe('edge cases', () => {
  it('refuses to build a chart without a type', () => {
    const services = servicesFor();
    const sheet = services.SpreadsheetApp.getActive().getSheets()[0];
    expect(() => sheet?.newChart().build()).toThrow(/set a chart type first/);
  });
});
