// Renders a picture of each report sheet for the README (docs/report-*.png), dashboard first: the
// .xlsx the CLI writes for the sample workbook (npm start → out/funnel-report.xlsx), recalculated
// and printed by LibreOffice with the print setup the writer gave it (A4 landscape, fit to width),
// then the first page rasterised with pdftoppm, cropped to what is printed on it. Needs soffice and
// pdftoppm (poppler-utils); installs the Japanese
// fonts (fonts-noto-cjk) when none is present, so the pictures show no tofu.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, mkdirSync } from 'node:fs';
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
  ['属性別', 'attributes'],
  ['目標逆算', 'plan'],
  ['KPIガイド', 'guide'],
];

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

function ensureJapaneseFonts() {
  const fonts = execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).trim();
  if (fonts !== '') return;
  console.log('No Japanese font found: installing fonts-noto-cjk…');
  const install = ['apt-get', 'install', '-y', 'fonts-noto-cjk'];
  if (process.getuid?.() === 0) execFileSync(install[0], install.slice(1), { stdio: 'inherit' });
  else execFileSync('sudo', install, { stdio: 'inherit' });
}

ensureJapaneseFonts();
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
  console.log(`docs/report-${slug}.png`);
}
rmSync(work, { recursive: true, force: true });
