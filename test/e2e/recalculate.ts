/**
 * LibreOffice as an independent spreadsheet engine: recalculates an .xlsx written without cached
 * results and hands back every sheet as a grid of displayed text.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDelimited } from '../../src/local/workbook/csv/parse';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const INSTALL_LINE = 'apt-get install -y --no-install-recommends libreoffice-calc-nogui';

/** Recalculates `xlsx` and returns the named sheets that exist, each as rows of cell text. */
export function recalculate(xlsx: string, sheetNames: readonly string[]): Map<string, string[][]> {
  if (!SOFFICE) throw new Error(`LibreOffice is not installed; npm test installs it, or run: ${INSTALL_LINE}`);
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'funnel-lo-out-'));
  const profile = mkdtempSync(path.join(os.tmpdir(), 'funnel-lo-profile-'));
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      outDir,
      xlsx,
    ],
    { stdio: 'pipe', timeout: 120000 }
  );
  const base = path.basename(xlsx, '.xlsx');
  const sheets = new Map<string, string[][]>();
  for (const name of sheetNames) {
    const file = path.join(outDir, `${base}-${name}.csv`);
    if (existsSync(file)) sheets.set(name, parseDelimited(readFileSync(file, 'utf8'), ','));
  }
  return sheets;
}
