import { sampleWorkbook } from '../../src/local/sampleWorkbook';
import { typed } from '../local/helpers';
import { execute } from './bundleRun';
const HEADER_FILL = '#1f4e79';
it.each(['ja', 'en'])('measure %s', (language) => {
  const workbook = sampleWorkbook();
  const { services } = execute(workbook, 'generateFunnelReport', [{ settings: { language } }]);
  const ss = typed(services).SpreadsheetApp.getActive();
  const out: string[] = [];
  for (const s of workbook.sheets.filter((x) => x.origin !== 'input')) {
    const sheet = ss.getSheetByName(s.name)!;
    const data = sheet.getDataRange();
    const values = data.getValues();
    const fills = sheet.getRange(1, 1, data.getNumRows(), sheet.getMaxColumns()).getBackgrounds();
    const widths = Array.from({ length: sheet.getLastColumn() }, (_, i) => sheet.getColumnWidth(i + 1));
    out.push(`== ${s.name} widths ${widths.join(',')} `);
    fills.forEach((row, r) => {
      if (row[0] !== HEADER_FILL) return;
      let last = 0; while (row[last + 1] === HEADER_FILL) last += 1;
      const px = widths.slice(0, last + 1).reduce((a, b) => a + b, 0);
      out.push(`  row ${r + 1} cols ${last + 1} px ${px}: ${values[r]!.slice(0, last + 1).join(' | ')}`);
    });
  }
  console.log(out.join('\n'));
});
