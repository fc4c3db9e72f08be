/**
 * Arguments of `npm run preview -- [--input file.xlsx|folder …] [--port N] [--out file.xlsx]
 * [--empty] [--locale ja|en_US]`.
 */

export interface PreviewArgs {
  /** Files or folders for loadInput; empty = the sample workbook (or an empty one with --empty). */
  readonly inputs: readonly string[];
  /** 0 = any free port. */
  readonly port: number;
  readonly out: string | null;
  /** Start from one blank sheet, to try the first-time flow (Insert sample data). */
  readonly empty: boolean;
  /** Session.getActiveUserLocale of the pretend user. */
  readonly locale: string;
  /** Folder of the built add-on (Code.js, Sidebar.html); null = the project's dist/. */
  readonly dist: string | null;
}

export type PreviewArgsResult =
  | { readonly ok: true; readonly args: PreviewArgs }
  | { readonly ok: false; readonly message: string }
  | { readonly ok: 'help' };

export const DEFAULT_PREVIEW_PORT = 8765;

export const PREVIEW_USAGE = `Usage: npm run preview -- [options]

Serves the built sidebar (dist/Sidebar.html) on http://127.0.0.1 with google.script.run bridged to
the built add-on (dist/Code.js) running on an in-memory workbook.

  --input <file.xlsx | file.csv | folder>   workbook to open (repeatable for CSV files); default: the sample workbook
  --empty                                   start from one blank sheet instead of the sample workbook
  --out <file.xlsx>                         write the workbook here after every call that changed it
  --port <N>                                port on 127.0.0.1 (default ${DEFAULT_PREVIEW_PORT}; 0 = any free port)
  --locale <ja | en_US>                     the pretend user's locale (default ja)
  --dist <folder>                           the built add-on to run (default: the project's dist/)
  --help                                    show this text
`;

/**
 * Reads the preview's command line.
 *
 * @example
 * parsePreviewArgs(['--input', 'data.xlsx', '--port', '9000'])
 * //=> { ok: true, args: { inputs: ['data.xlsx'], port: 9000, out: null, empty: false, locale: 'ja', dist: null } }
 */
export function parsePreviewArgs(argv: readonly string[]): PreviewArgsResult {
  const inputs: string[] = [];
  let port = DEFAULT_PREVIEW_PORT;
  let out: string | null = null;
  let empty = false;
  let locale = 'ja';
  let dist: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i] ?? '';
    const [name, inline] = flag.startsWith('--') && flag.includes('=') ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)] : [flag, undefined];
    const value = (): string | null => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return null;
      i += 1;
      return next;
    };
    switch (name) {
      case '--help':
      case '-h':
        return { ok: 'help' };
      case '--empty':
        empty = true;
        break;
      case '--input': {
        const input = value();
        if (input === null || input === '') return { ok: false, message: '--input needs a file or folder, e.g. --input data.xlsx' };
        inputs.push(input);
        break;
      }
      case '--out': {
        const file = value();
        if (file === null || !file.toLowerCase().endsWith('.xlsx')) return { ok: false, message: '--out needs a file name ending in .xlsx, e.g. --out preview.xlsx' };
        out = file;
        break;
      }
      case '--port': {
        const text = value();
        const number = text === null ? Number.NaN : Number(text);
        if (!/^\d+$/.test(text ?? '') || number > 65535) return { ok: false, message: `--port needs a whole number from 0 to 65535 (got ${text ?? 'nothing'})` };
        port = number;
        break;
      }
      case '--locale': {
        const text = value();
        if (text === null || !/^[a-z]{2}(?:[_-][A-Za-z]{2})?$/.test(text)) return { ok: false, message: `--locale needs a locale such as ja or en_US (got ${text ?? 'nothing'})` };
        locale = text;
        break;
      }
      case '--dist': {
        const folder = value();
        if (folder === null || folder === '') return { ok: false, message: '--dist needs a folder holding Code.js and Sidebar.html' };
        dist = folder;
        break;
      }
      default:
        return { ok: false, message: `Unknown option ${flag}. Run npm run preview -- --help for the options.` };
    }
  }
  if (empty && inputs.length > 0) return { ok: false, message: '--empty and --input cannot be used together' };
  return { ok: true, args: { inputs, port, out, empty, locale, dist } };
}
