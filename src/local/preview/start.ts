/**
 * Starts the preview from its parsed arguments: opens the workbook, serves the sidebar on
 * 127.0.0.1 and writes --out after every change. `npm run preview` and the browser tests both start
 * it through here, so the tests drive exactly what a developer runs.
 */
import type http from 'node:http';
import path from 'node:path';
import { sampleWorkbook } from '../sampleWorkbook';
import { workbookFromTabs } from '../workbook/fromTabs';
import { loadInput } from '../workbook/loadInput';
import type { Workbook } from '../workbook/model';
import { saveWorkbookToXlsx } from '../workbook/saveXlsx';
import type { PreviewArgs } from './args';
import { createRpcRunner } from './rpcRunner';
import { createPreviewServer } from './server';

export interface StartPreviewOptions {
  /** The dist/ folder used when `args.dist` is null. */
  readonly projectDist: string;
  /** One line per call and its failure details (default: nothing). */
  readonly log?: (line: string) => void;
  /** Where the bundle's console goes (default: this process's console). */
  readonly console?: Console;
}

export interface RunningPreview {
  /** `http://127.0.0.1:PORT/`, with the trailing slash. */
  readonly url: string;
  readonly port: number;
  /** The in-memory workbook the add-on works on (tests may inspect it or hold its lock). */
  readonly workbook: Workbook;
  /** The resolved --out file, or null. */
  readonly out: string | null;
  readonly server: http.Server;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/**
 * The workbook the preview starts on: the --input files, one blank sheet (--empty), or the sample.
 *
 * @example
 * (await openPreviewWorkbook({ inputs: [], empty: true, port: 0, out: null, locale: 'ja', dist: null })).sheets.map((s) => s.name)
 * //=> ['シート1']
 */
export async function openPreviewWorkbook(args: PreviewArgs): Promise<Workbook> {
  if (args.inputs.length > 0) return loadInput(args.inputs);
  if (args.empty) return workbookFromTabs([{ name: 'シート1', rows: [] }], { name: 'Empty workbook', timeZone: 'Asia/Tokyo', locale: 'ja_JP' });
  return sampleWorkbook();
}

function listen(server: http.Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  }).catch((error: NodeJS.ErrnoException) => {
    const hint = error.code === 'EADDRINUSE' ? ` Port ${port} is in use; try --port 0 for any free port.` : '';
    throw new Error(`Could not start the preview server: ${error.message}.${hint}`);
  });
}

/**
 * Opens the workbook and starts serving; resolves once the server listens.
 *
 * @example
 * const preview = await startPreview({ inputs: [], empty: false, port: 0, out: null, locale: 'ja', dist: null }, { projectDist: 'dist' });
 * preview.url
 * //=> 'http://127.0.0.1:40123/'
 */
export async function startPreview(args: PreviewArgs, options: StartPreviewOptions): Promise<RunningPreview> {
  const workbook = await openPreviewWorkbook(args);
  const distDir = args.dist === null ? options.projectDist : path.resolve(args.dist);
  const out = args.out === null ? null : path.resolve(args.out);
  const server = createPreviewServer({
    workbook,
    distDir,
    run: createRpcRunner({ workbook, distDir, locale: args.locale, console: options.console }),
    afterChange: out === null ? undefined : async () => void (await saveWorkbookToXlsx(workbook, out)),
    log: options.log,
  });
  await listen(server, args.port);
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : args.port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    workbook,
    out,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
