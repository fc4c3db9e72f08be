/**
 * RFC 4180 delimited text: quoted fields may hold the delimiter, doubled quotes and line breaks;
 * CRLF, LF and CR all end a record. Lenient where exports are sloppy (spaces before an opening
 * quote, a quote inside an unquoted field, text after a closing quote), strict where data would be
 * lost (an unterminated quote).
 */

export type Delimiter = ',' | '\t';

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Splits text into records of fields.
 *
 * @example
 * parseDelimited('a,"b,c"\n"say ""hi""",2', ',')
 * //=> [['a', 'b,c'], ['say "hi"', '2']]
 */
export function parseDelimited(text: string, delimiter: Delimiter): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;
  const n = text.length;
  let fieldStarted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < n) {
    const ch = text.charAt(i);
    // A quote after nothing but spaces (`a, "1,200"`) still opens a quoted field; the spaces go.
    if (ch === '"' && (!fieldStarted || field.trim() === '')) {
      field = '';
      const startLine = line;
      i += 1;
      for (;;) {
        if (i >= n) throw new CsvSyntaxError(startLine, `a quoted field that starts on line ${startLine} is never closed`);
        const q = text.charAt(i);
        if (q === '"') {
          if (text.charAt(i + 1) === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        if (q === '\n' || (q === '\r' && text.charAt(i + 1) !== '\n')) line += 1;
        field += q;
        i += 1;
      }
      fieldStarted = true;
      continue;
    }
    if (ch === delimiter) {
      endField();
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text.charAt(i + 1) === '\n' ? 2 : 1;
      line += 1;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i += 1;
  }
  if (fieldStarted || row.length > 0) endRow();
  return rows;
}

/** Counts delimiter characters outside quotes on each of the first lines. */
function delimiterCounts(text: string, delimiter: Delimiter, maxLines: number): number[] {
  const counts: number[] = [];
  let count = 0;
  let quoted = false;
  for (let i = 0; i < text.length && counts.length < maxLines; i += 1) {
    const ch = text.charAt(i);
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) count += 1;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text.charAt(i + 1) === '\n') i += 1;
      counts.push(count);
      count = 0;
    }
  }
  if (counts.length < maxLines) counts.push(count);
  return counts;
}

/**
 * Comma or tab. Tab wins when most sampled data lines (comment lines starting with `#` skipped)
 * contain a tab outside quotes: comma-separated exports rarely contain tabs, while tab-separated
 * ones often contain commas inside numbers (`1,234`).
 *
 * @example
 * detectDelimiter('日付\t費用\n2025-04-01\t1,200\n')
 * //=> '\t'
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text.split(/\r\n|\n|\r/, 60);
  const dataText = lines.filter((l) => l.trim() !== '' && !l.startsWith('#')).join('\n');
  const tabs = delimiterCounts(dataText, '\t', 50);
  const linesWithTabs = tabs.filter((c) => c > 0).length;
  return linesWithTabs > 0 && linesWithTabs * 2 >= tabs.length ? '\t' : ',';
}
