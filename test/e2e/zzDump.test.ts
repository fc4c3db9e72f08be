import { sampleWorkbook } from '../../src/local/sampleWorkbook';
import { typed } from '../local/helpers';
import { execute } from './bundleRun';
it('dump', () => {
  const workbook = sampleWorkbook();
  const lang = process.env.DUMP_LANG ?? 'ja';
  const settings: Record<string, unknown> = { language: lang };
  if (process.env.DUMP_FROM) settings.from = process.env.DUMP_FROM;
  if (process.env.DUMP_VIEW) settings.view = process.env.DUMP_VIEW;
  const { services } = execute(workbook, 'generateFunnelReport', [{ settings }]);
  const ss = typed(services).SpreadsheetApp.getActive();
  const name = process.env.DUMP_SHEET ?? 'チャネル別';
  const sheet = ss.getSheetByName(name)!;
  const rows = Number(process.env.DUMP_ROWS ?? 60);
  const d = sheet.getRange(1, 1, Math.min(rows, sheet.getLastRow()), sheet.getLastColumn()).getDisplayValues();
  console.log(d.map((r, i) => `${i + 1}: ${r.join(' | ')}`).join('\n'));
});
