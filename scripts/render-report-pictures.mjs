// Renders a picture of each report sheet for the README (docs/report-*.png): the sample workbook's
// report, recalculated and printed by LibreOffice, then rasterised with pdftoppm.
// Needs: npm start (writes out/funnel-report.xlsx), soffice and pdftoppm.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const input = path.join(root, 'out/funnel-report.xlsx');
const docs = path.join(root, 'docs');
const REPORT_SHEETS = [
  ['ファネル概要', 'summary'],
  ['チャネル別', 'channels'],
  ['月次推移', 'monthly'],
  ['スコア分析', 'scores'],
  ['リードタイム', 'velocity'],
  ['メール分析', 'email'],
  ['目標逆算', 'plan'],
  ['KPIガイド', 'guide'],
];

const work = mkdtempSync(path.join(os.tmpdir(), 'funnel-pictures-'));
mkdirSync(docs, { recursive: true });
for (const [sheetName, slug] of REPORT_SHEETS) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(input);
  for (const sheet of [...book.worksheets]) if (sheet.name !== sheetName) book.removeWorksheet(sheet.id);
  const sheet = book.getWorksheet(sheetName);
  if (!sheet) continue;
  sheet.state = 'visible';
  // Narrow sheets fit the page; wide tables (channels, months) are printed at a readable scale and
  // the picture shows their first page: the labels and the first columns.
  const wide = sheet.columnCount > 8;
  const margins = { left: 0.3, right: 0.3, top: 0.3, bottom: 0.3, header: 0, footer: 0 };
  sheet.pageSetup = wide
    ? { orientation: 'landscape', paperSize: 9, fitToPage: false, scale: 70, margins }
    : { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins };
  const xlsx = path.join(work, `${slug}.xlsx`);
  await book.xlsx.writeFile(xlsx);
  execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, xlsx], { stdio: 'pipe' });
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', path.join(work, `${slug}.pdf`), path.join(work, slug)]);
  const page = readdirSync(work).find((f) => f.startsWith(`${slug}-`) && f.endsWith('.png'));
  if (page) renameSync(path.join(work, page), path.join(docs, `report-${slug}.png`));
  console.log(`docs/report-${slug}.png`);
}
rmSync(work, { recursive: true, force: true });
