// Renders a picture of each report sheet for the README (docs/report-*.png), dashboard first: the
// .xlsx the CLI writes for the sample workbook (npm start → out/funnel-report.xlsx), recalculated
// and printed by LibreOffice with the print setup the writer gave it (A4 landscape, fit to width),
// then the first page rasterised with pdftoppm, cropped to what is printed on it. Installs from
// Debian what it needs when missing: soffice (libreoffice-calc-nogui), pdftoppm (poppler-utils) and
// the fonts (Japanese glyphs, and the metrics of Calibri and Arial so that columns and text measure
// as in Excel and Sheets).
//
// Options (to check the English report by eye; the README shows the Japanese one):
//   --lang ja|en      which sheet names to look for (default ja)
//   --input <xlsx>    default out/funnel-report.xlsx (ja) or out/funnel-report-en.xlsx (en), made by
//                     npm run report -- --input out/funnel-report.xlsx --lang en --out out/funnel-report-en.xlsx
//   --out <folder>    default docs (ja) or out/pictures-en (en)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const option = (name) => {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
};
const language = option('--lang') ?? 'ja';
if (language !== 'ja' && language !== 'en') throw new Error('--lang is ja or en');
const input = path.resolve(option('--input') ?? path.join(root, language === 'ja' ? 'out/funnel-report.xlsx' : 'out/funnel-report-en.xlsx'));
const docs = path.resolve(option('--out') ?? path.join(root, language === 'ja' ? 'docs' : 'out/pictures-en'));
const SHEET_NAMES = {
  ja: ['ファネル概要', 'チャネル別', '月次推移', 'スコア分析', 'リードタイム', 'メール分析', '属性別', '目標逆算', 'KPIガイド'],
  en: ['Funnel summary', 'By channel', 'Monthly', 'Lead score', 'Velocity', 'Email performance', 'By attribute', 'Plan', 'KPI guide'],
};
const SLUGS = ['summary', 'channels', 'monthly', 'scores', 'velocity', 'email', 'attributes', 'plan', 'guide'];
const REPORT_SHEETS = SHEET_NAMES[language].map((name, index) => [name, SLUGS[index]]);

const DPI = 150;
const BORDER = 16;

/** The box around every non-white pixel of a binary PPM (P6) page, plus a white border. */
function inkBox(ppm) {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.toString('latin1', 0, 64));
  if (!header) throw new Error('pdftoppm did not return a PPM image');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const start = header[0].length;
  let left = width, top = height, right = -1, bottom = -1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = start + (y * width + x) * 3;
      if (ppm[at] < 245 || ppm[at + 1] < 245 || ppm[at + 2] < 245) {
        if (x < left) left = x;
        if (x > right) right = x;
        if (y < top) top = y;
        if (y > bottom) bottom = y;
      }
    }
  }
  if (right < 0) return { x: 0, y: 0, width, height };
  const x = Math.max(0, left - BORDER);
  const y = Math.max(0, top - BORDER);
  return { x, y, width: Math.min(width, right + BORDER) - x, height: Math.min(height, bottom + BORDER) - y };
}

/**
 * Debian packages this machine lacks: soffice and pdftoppm, and the fonts that make LibreOffice measure as Excel and Sheets do: Japanese glyphs (no tofu), Carlito
 * (metrics of Calibri, the workbook's default font, which turns .xlsx column widths into pixels)
 * and Liberation Sans (metrics of Arial, the report's cell font). Without the last two LibreOffice
 * falls back to DejaVu Sans, whose wider digits make every column a third wider than in Sheets.
 */
function missingPackages() {
  const fonts = [
    [':lang=ja', 'fonts-noto-cjk'],
    ['Carlito', 'fonts-crosextra-carlito'],
    ['Liberation Sans', 'fonts-liberation'],
  ].flatMap(([pattern, pkg]) => (execFileSync('fc-list', [pattern, 'family'], { encoding: 'utf8' }).trim() === '' ? [pkg] : []));
  const commands = [
    ['soffice', 'libreoffice-calc-nogui'],
    ['pdftoppm', 'poppler-utils'],
  ].flatMap(([command, pkg]) => (spawnSync('sh', ['-c', `command -v ${command}`]).status === 0 ? [] : [pkg]));
  return [...commands, ...fonts];
}

/** Installs from Debian what the pictures need and this machine lacks (CI and new machines run as root). */
function ensureTools() {
  const missing = missingPackages();
  if (missing.length === 0) return;
  console.log(`Installing: ${missing.join(' ')}…`);
  const install = ['apt-get', 'install', '-y', '--no-install-recommends', ...missing];
  if (process.getuid?.() === 0) execFileSync(install[0], install.slice(1), { stdio: 'inherit' });
  else execFileSync('sudo', install, { stdio: 'inherit' });
}

ensureTools();
const work = mkdtempSync(path.join(os.tmpdir(), 'funnel-pictures-'));
mkdirSync(docs, { recursive: true });
for (const [sheetName, slug] of REPORT_SHEETS) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(input);
  for (const sheet of [...book.worksheets]) if (sheet.name !== sheetName) book.removeWorksheet(sheet.id);
  const sheet = book.getWorksheet(sheetName);
  if (!sheet) continue;
  sheet.state = 'visible';
  // The report's own print setup; narrower margins only, so the picture shows more of the page.
  sheet.pageSetup.margins = { left: 0.3, right: 0.3, top: 0.3, bottom: 0.3, header: 0, footer: 0 };
  const xlsx = path.join(work, `${slug}.xlsx`);
  await book.xlsx.writeFile(xlsx);
  execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, xlsx], { stdio: 'pipe' });
  const pdf = path.join(work, `${slug}.pdf`);
  // The printed area only, with a thin white border: the page's empty lower half says nothing.
  const box = inkBox(execFileSync('pdftoppm', ['-r', String(DPI), '-f', '1', '-l', '1', '-singlefile', pdf], { maxBuffer: 256 * 1024 * 1024 }));
  const crop = ['-x', box.x, '-y', box.y, '-W', box.width, '-H', box.height].map(String);
  execFileSync('pdftoppm', ['-png', '-r', String(DPI), '-f', '1', '-l', '1', '-singlefile', ...crop, pdf, path.join(work, slug)]);
  renameSync(path.join(work, `${slug}.png`), path.join(docs, `report-${slug}.png`));
  console.log(path.relative(root, path.join(docs, `report-${slug}.png`)));
}
rmSync(work, { recursive: true, force: true });
