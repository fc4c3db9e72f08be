/**
 * Issue 16 on .xlsx input and output: far and sparse cells (class 5), what the copy in --out keeps
 * (class 9), characters XML cannot hold (class 8), state bound to what the runner wrote (class 10),
 * and files written by other tools (class 11).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fc from 'fast-check';
import { loadWorkbookFromXlsx } from '../../../src/local/workbook/loadXlsx';
import { SPREADSHEET_LIMITS } from '../../../src/local/workbook/limits';
import { workbookFromTabs } from '../../../src/local/workbook/fromTabs';
import { saveWorkbookToXlsx } from '../../../src/local/workbook/saveXlsx';
import { RUNTIME_STATE_SHEET } from '../../../src/local/workbook/runtimeState';
import { rawXlsx, type RawXlsxOptions } from '../../fixtures/rawXlsx';

const folder = mkdtempSync(path.join(os.tmpdir(), 'funnel-xlsx-hostile-'));
let fileCount = 0;
const tempFile = (name = 'book.xlsx'): string => path.join(folder, `${(fileCount += 1)}-${name}`);

/** Writes a hand-made package (test/fixtures/rawXlsx.ts) to a temporary file. */
async function minimalXlsx(sheets: Record<string, string>, options: RawXlsxOptions = {}): Promise<string> {
  const file = tempFile();
  writeFileSync(file, await rawXlsx(sheets, options));
  return file;
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const cellXml = (row: number, column: number, value: number): string => `<row r="${row}"><c r="${columnLetters(column)}${row}"><v>${value}</v></c></row>`;

describe('far and sparse cells (class 5)', () => {
  it('refuses one cell at XFD1048576 in a tiny file at once, naming the corner', async () => {
    const file = await minimalXlsx({ Sheet1: `<dimension ref="A1:XFD1048576"/><sheetData>${cellXml(1, 1, 1)}${cellXml(1_048_576, 16_384, 2)}</sheetData>` });
    const started = Date.now();
    await expect(loadWorkbookFromXlsx(file)).rejects.toMatchObject({ code: 'too_large', messages: { en: expect.stringContaining('XFD1048576') } });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a row number beyond the last row (99,999,999), naming it', async () => {
    const file = await minimalXlsx({ Sheet1: `<sheetData>${cellXml(99_999_999, 1, 1)}</sheetData>` });
    await expect(loadWorkbookFromXlsx(file)).rejects.toMatchObject({ code: 'too_large', messages: { en: expect.stringContaining('99,999,999') } });
  });

  it('ignores a declared dimension and styled blank cells: the used area is the cells with values', async () => {
    const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders><cellXfs count="2"><xf/><xf numFmtId="3"/></cellXfs></styleSheet>`;
    const file = await minimalXlsx({ Sheet1: `<dimension ref="A1:XFD1048576"/><sheetData>${cellXml(2, 2, 7)}<row r="1048576"><c r="XFD1048576" s="1"/></row></sheetData>` }, { styles });
    const book = await loadWorkbookFromXlsx(file);
    expect([book.sheets[0]?.lastRow(), book.sheets[0]?.lastColumn(), book.sheets[0]?.value(1, 1)]).toEqual([2, 2, 7]);
  });

  it('reads any few far cells as sparse: kept exactly within the limits, refused beyond them (rows, columns, cells), quickly [fast-check, 40 runs]', async () => {
    // Rows up to 99,999,999 and columns up to ZZZ (18,278): the family of class 5, inside and outside every limit.
    const row = fc.oneof(fc.integer({ min: 1, max: SPREADSHEET_LIMITS.rows }), fc.integer({ min: SPREADSHEET_LIMITS.rows - 2, max: 99_999_999 }));
    const column = fc.oneof(fc.integer({ min: 1, max: SPREADSHEET_LIMITS.columns }), fc.integer({ min: SPREADSHEET_LIMITS.columns - 2, max: 18_278 }));
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(row, column), { minLength: 1, maxLength: 5, selector: ([r]) => r }),
        async (cells) => {
          const sorted = [...cells].sort((a, b) => a[0] - b[0]);
          const file = await minimalXlsx({ Sheet1: `<sheetData>${sorted.map(([r, c], i) => cellXml(r, c, i + 1)).join('')}</sheetData>` });
          const rows = Math.max(...cells.map(([r]) => r));
          const columns = Math.max(...cells.map(([, c]) => c));
          const started = Date.now();
          if (rows > SPREADSHEET_LIMITS.rows || columns > SPREADSHEET_LIMITS.columns || rows * columns > SPREADSHEET_LIMITS.cells) {
            await expect(loadWorkbookFromXlsx(file)).rejects.toMatchObject({ code: 'too_large' });
          } else {
            const sheet = (await loadWorkbookFromXlsx(file)).sheets[0];
            expect([sheet?.lastRow(), sheet?.lastColumn()]).toEqual([rows, columns]);
            sorted.forEach(([r, c], i) => expect(sheet?.value(r - 1, c - 1)).toBe(i + 1));
          }
          expect(Date.now() - started).toBeLessThan(1500);
        },
      ),
      { numRuns: 40, seed: 16 },
    );
  });
});

describe('row and cell numbers that do not add up (class 5)', () => {
  const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>日付</t></is></c><c r="B1" t="inlineStr"><is><t>費用</t></is></c></row>';

  it.each(['-5', '0', 'x', ''])('reads a row numbered %j as the next row, so it never lands on the header', async (number) => {
    const file = await minimalXlsx({ Sheet1: `<sheetData>${header}<row r="${number}"><c><v>7</v></c><c><v>8</v></c></row></sheetData>` });
    const sheet = (await loadWorkbookFromXlsx(file)).sheets[0];
    expect([sheet?.rowValues(0), sheet?.rowValues(1)]).toEqual([['日付', '費用'], [7, 8]]);
  });

  it('places a cell whose reference names row 0 as if it had none', async () => {
    const file = await minimalXlsx({ Sheet1: `<sheetData>${header}<row r="2"><c r="A0"><v>7</v></c></row></sheetData>` });
    expect((await loadWorkbookFromXlsx(file)).sheets[0]?.rowValues(1)).toEqual([7]);
  });

  it.each([
    ['the same row number twice', `<row r="2"><c r="A2"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>`, 'A2'],
    ['one cell twice in its row', `<row r="2"><c r="B2"><v>1</v></c><c r="B2"><f>1+1</f><v>2</v></c></row>`, 'B2'],
    ['a row number going back onto a filled cell', `<row r="3"><c r="A3"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c r="A3"><v>3</v></c></row>`, 'A3'],
  ])('refuses %s instead of letting one value replace the other, naming the cell', async (_case, rows, cell) => {
    const file = await minimalXlsx({ Sheet1: `<sheetData>${header}${rows}</sheetData>` });
    await expect(loadWorkbookFromXlsx(file)).rejects.toMatchObject({ code: 'corrupt_xlsx', messages: { en: expect.stringContaining(`cell ${cell} is written twice`) } });
  });

  it('refuses a cell written inside another row, naming it', async () => {
    const file = await minimalXlsx({ Sheet1: `<sheetData>${header}<row r="2"><c r="A5"><v>1</v></c></row></sheetData>` });
    await expect(loadWorkbookFromXlsx(file)).rejects.toMatchObject({ code: 'corrupt_xlsx', messages: { en: expect.stringContaining('cell A5 is written inside another row') } });
  });

  it('reads rows written out of order when no cell is written twice', async () => {
    const file = await minimalXlsx({ Sheet1: `<sheetData>${header}<row r="3"><c r="A3"><v>3</v></c></row><row r="2"><c r="A2"><v>2</v></c></row></sheetData>` });
    const sheet = (await loadWorkbookFromXlsx(file)).sheets[0];
    expect([sheet?.value(1, 0), sheet?.value(2, 0)]).toEqual([2, 3]);
  });
});

describe('files written by other tools (class 11)', () => {
  it('expands shared formulas, keeps array formulas and error cells, and warns about formulas without results', async () => {
    const file = await minimalXlsx({
      データ: `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row><row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row><row r="3"><c r="A3" t="e"><v>#N/A</v></c><c r="B3"><f t="shared" si="0"/></c><c r="C3"><f t="array" ref="C3:C4">A1:A2*3</f><v>3</v></c></row></sheetData>`,
    });
    const book = await loadWorkbookFromXlsx(file);
    const sheet = book.sheets[0];
    expect([sheet?.formula(1, 1), sheet?.formula(2, 1), sheet?.value(1, 1), sheet?.value(2, 0)]).toEqual(['=A2*2', '=A3*2', 4, '#N/A']);
    expect(book.loadWarnings.map((w) => [w.code, w.tab])).toEqual([['formula_without_result', 'データ']]);
    expect(book.loadWarnings[0]?.messages.en).toContain('B3');
  });

  it('reads a sheet whose comments another tool wrote in a shape of its own (the comments are not read)', async () => {
    const zip = await JSZip.loadAsync(await rawXlsx({ メモ付き: `<sheetData>${cellXml(1, 1, 3)}</sheetData><legacyDrawing r:id="rId9"/>` }));
    zip.file('xl/worksheets/_rels/sheet1.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>');
    zip.file('xl/comments1.xml', '<?xml version="1.0" encoding="UTF-8"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><commentList><comment ref="A1"><text><r><t>no authors list, no authorId</t></r></text></comment></commentList></comments>');
    zip.file('xl/drawings/vmlDrawing1.vml', '<xml><broken');
    const file = tempFile();
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const book = await loadWorkbookFromXlsx(file);
    expect(book.sheets.map((sheet) => [sheet.name, sheet.value(0, 0)])).toEqual([['メモ付き', 3]]);
  });

  it('reads a sheet name longer than 31 characters and writes it under a name Excel accepts, saying so', async () => {
    const long = 'Google Ads campaign performance report 2025';
    const file = await minimalXlsx({ [long]: `<sheetData>${cellXml(1, 1, 5)}</sheetData>` });
    const book = await loadWorkbookFromXlsx(file);
    expect(book.sheets[0]?.name).toBe(long);
    const saved = await saveWorkbookToXlsx(book, tempFile());
    expect(saved.renamedSheets.get(long)).toBe(long.slice(0, 31));
  });

  it('reads values written as inline strings, with phonetic guides left out and _xHHHH_ escapes decoded', async () => {
    const file = await minimalXlsx({ S: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c><c r="B1" t="s"><v>0</v></c></row></sheetData>` }, { sharedStrings: ['a_x000D_b'] });
    const sheet = (await loadWorkbookFromXlsx(file)).sheets[0];
    expect([sheet?.value(0, 0), sheet?.value(0, 1)]).toEqual(['東京', 'a\rb']);
  });
});

describe('the copy of an .xlsx input in --out (class 9)', () => {
  async function richInput(): Promise<string> {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('入力');
    ws.getCell('A1').value = '見出し';
    ws.mergeCells('A1:C1');
    ws.getCell('A2').value = { text: 'サイト', hyperlink: 'https://example.com/' };
    ws.getCell('B2').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    ws.getCell('C2').value = 10;
    ws.getCell('C2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    ws.getCell('C2').border = { top: { style: 'thin', color: { argb: 'FF000000' } } };
    ws.getCell('D2').value = { formula: 'C2:C3*2', shareType: 'array', ref: 'D2:D3', result: 20 } as ExcelJS.CellFormulaValue;
    ws.getCell('C3').value = 11;
    ws.getRow(3).hidden = true;
    ws.getColumn(5).hidden = true;
    ws.getCell('E3').value = 'hidden column';
    const file = tempFile('rich.xlsx');
    await book.xlsx.writeFile(file);
    return file;
  }

  it('keeps merged cells, hyperlinks, error values, array formulas, fills, borders and hidden rows and columns', async () => {
    const loaded = await loadWorkbookFromXlsx(await richInput());
    const out = tempFile('copy.xlsx');
    await saveWorkbookToXlsx(loaded, out);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const ws = copy.getWorksheet('入力');
    expect(ws?.model.merges).toEqual(['A1:C1']);
    expect(ws?.getCell('A2').value).toEqual({ text: 'サイト', hyperlink: 'https://example.com/' });
    expect(ws?.getCell('B2').value).toEqual({ error: '#DIV/0!' });
    expect(ws?.getCell('D2').value).toMatchObject({ formula: 'C2:C3*2', shareType: 'array', ref: 'D2:D3' });
    expect(ws?.getCell('C2').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } });
    expect(ws?.getCell('C2').border?.top).toEqual({ style: 'thin', color: { argb: 'FF000000' } });
    expect(ws?.getRow(3).hidden).toBe(true);
    expect(ws?.getColumn(5).hidden).toBe(true);
  });
});

describe('characters XML cannot hold (class 8)', () => {
  it('replaces U+FFFE, U+FFFF, NUL and unpaired surrogates with U+FFFD, keeps CR, and warns per sheet', async () => {
    const book = workbookFromTabs([{ name: 'リード', rows: [['a\uFFFEb', 'c\uFFFF', 'd\u0000e'], ['line\r\nbreak', 'x\uD800y', '_x0041_ stays']] }]);
    const file = tempFile();
    const { warnings } = await saveWorkbookToXlsx(book, file);
    expect(warnings.map((w) => [w.code, w.tab])).toEqual([['illegal_character_replaced', 'リード']]);
    expect(warnings[0]?.messages.en).toContain('4 cells (the first is');
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(file);
    const ws = copy.getWorksheet('リード');
    expect([1, 2, 3].map((c) => ws?.getCell(1, c).value)).toEqual(['a\uFFFDb', 'c\uFFFD', 'd\uFFFDe']);
    expect([1, 2, 3].map((c) => ws?.getCell(2, c).value)).toEqual(['line\r\nbreak', 'x\uFFFDy', '_x0041_ stays']);
  });
});

describe('state bound to what the runner wrote (class 10)', () => {
  function reportBook() {
    const book = workbookFromTabs([{ name: 'データ', rows: [['日付', '費用'], ['2025-04-01', 100]] }]);
    const report = book.addSheet('ファネル概要', { origin: 'created' });
    report.setRowValues(0, ['ファネル概要', 'レポート']);
    book.addMetadata({ key: 'funnelKpi.report', value: '{"kind":"summary"}', visibility: 'DOCUMENT', sheetId: report.id });
    report.protections.push({ type: 'SHEET', description: 'Funnel KPI', warningOnly: true });
    return book;
  }

  it('applies a tag to the sheet the runner wrote, after a round trip', async () => {
    const book = reportBook();
    book.sheetByName('ファネル概要')?.setFormula(1, 0, '=1+1');
    const file = tempFile();
    await saveWorkbookToXlsx(book, file);
    const loaded = await loadWorkbookFromXlsx(file);
    // Its formulas are written without results by the runner itself: no warning about another tool.
    expect(loaded.loadWarnings).toEqual([]);
    const report = loaded.sheetByName('ファネル概要');
    expect(loaded.developerMetadata.map((m) => m.sheetId)).toEqual([report?.id]);
    expect(report?.protections).toHaveLength(1);
  });

  it('gives the report sheet back its id after the user moved or deleted other tabs, so its tag still names it', async () => {
    const book = reportBook();
    const reportId = book.sheetByName('ファネル概要')?.id;
    const file = tempFile();
    await saveWorkbookToXlsx(book, file);
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(file);
    const data = edited.getWorksheet('データ');
    if (data) edited.removeWorksheet(data.id);
    edited.addWorksheet('メモ').getCell('A1').value = 'moved to the end';
    const moved = tempFile();
    await edited.xlsx.writeFile(moved);
    const loaded = await loadWorkbookFromXlsx(moved);
    const report = loaded.sheetByName('ファネル概要');
    expect(report?.id).toBe(reportId);
    expect(loaded.developerMetadata.map((m) => m.sheetId)).toEqual([reportId]);
    const ids = loaded.sheets.map((sheet) => sheet.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(loaded.addSheet('新しいシート').id).not.toBe(reportId);
  });

  it('does not apply it to a user tab that took the report sheet\'s name, nor to a report sheet the user edited', async () => {
    const file = tempFile();
    await saveWorkbookToXlsx(reportBook(), file);
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(file);
    const sheet = edited.getWorksheet('ファネル概要');
    if (sheet) edited.removeWorksheet(sheet.id);
    edited.addWorksheet('ファネル概要').getCell('A1').value = 'my own notes';
    const replaced = tempFile();
    await edited.xlsx.writeFile(replaced);
    const loaded = await loadWorkbookFromXlsx(replaced);
    expect(loaded.developerMetadata).toEqual([]);
    expect(loaded.sheetByName('ファネル概要')?.protections).toEqual([]);
  });

  it('keeps a user tab literally named like the state sheet as an ordinary visible tab, and writes the state beside it', async () => {
    const book = reportBook();
    const mine = book.addSheet(RUNTIME_STATE_SHEET, { origin: 'input' });
    mine.setRowValues(0, ['kind', 'sheet', 'key', 'value', 'visibility']);
    mine.setRowValues(1, ['my', 'own', 'tab', '', '']);
    const file = tempFile();
    await saveWorkbookToXlsx(book, file);
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(file);
    expect(raw.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['データ', 'visible'],
      ['ファネル概要', 'visible'],
      [RUNTIME_STATE_SHEET, 'visible'],
      [`${RUNTIME_STATE_SHEET} (2)`, 'veryHidden'],
    ]);
    const loaded = await loadWorkbookFromXlsx(file);
    expect(loaded.sheets.map((s) => s.name)).toEqual(['データ', 'ファネル概要', RUNTIME_STATE_SHEET]);
    expect(loaded.sheetByName(RUNTIME_STATE_SHEET)?.rowValues(1)).toEqual(['my', 'own', 'tab']);
    expect(loaded.developerMetadata).toHaveLength(1);
  });
});
