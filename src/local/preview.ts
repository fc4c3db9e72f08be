/**
 * `npm run preview`: the sidebar in a browser, without Google. Serves dist/Sidebar.html on
 * 127.0.0.1 with google.script.run bridged to the built add-on running on an in-memory workbook
 * (the sample workbook unless --input or --empty is given), and optionally writes that workbook to
 * --out after every call that changed it.
 */
import path from 'node:path';
import { buildSampleWorkbook, sampleCellToValue, type SampleTab } from '../core/sample';
import { parsePreviewArgs, PREVIEW_USAGE, type PreviewArgs } from './preview/args';
import { createRpcRunner } from './preview/rpcRunner';
import { createPreviewServer } from './preview/server';
import { workbookFromTabs } from './workbook/fromTabs';
import { loadInput } from './workbook/loadInput';
import type { Workbook } from './workbook/model';
import { saveWorkbookToXlsx } from './workbook/saveXlsx';

/** The project's dist/, seen from build/local/preview.cjs. */
const PROJECT_DIST = path.resolve(__dirname, '..', '..', 'dist');

/** The sample tabs as input sheets; date cells become real dates (read by their UTC fields). */
function sampleWorkbook(tabs: readonly SampleTab[]): Workbook {
  return workbookFromTabs(
    tabs.map((tab) => ({
      name: tab.name,
      rows: tab.values.map((row) => row.map((cell) => sampleCellToValue(cell, (day) => new Date(`${day.iso}T00:00:00Z`)))),
    })),
    { name: 'Funnel KPI sample', timeZone: 'Asia/Tokyo', locale: 'ja_JP' }
  );
}

async function openWorkbook(args: PreviewArgs): Promise<Workbook> {
  if (args.inputs.length > 0) return loadInput(args.inputs);
  if (args.empty) return workbookFromTabs([{ name: 'シート1', rows: [] }], { name: 'Empty workbook', timeZone: 'Asia/Tokyo', locale: 'ja_JP' });
  return sampleWorkbook(buildSampleWorkbook());
}

async function main(): Promise<number> {
  const parsed = parsePreviewArgs(process.argv.slice(2));
  if (parsed.ok === 'help') {
    process.stdout.write(PREVIEW_USAGE);
    return 0;
  }
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n\n${PREVIEW_USAGE}`);
    return 2;
  }
  const args = parsed.args;
  let workbook: Workbook;
  try {
    workbook = await openWorkbook(args);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const distDir = args.dist === null ? PROJECT_DIST : path.resolve(args.dist);
  const out = args.out === null ? null : path.resolve(args.out);
  const server = createPreviewServer({
    workbook,
    distDir,
    run: createRpcRunner({ workbook, distDir, locale: args.locale }),
    afterChange: out === null ? undefined : async () => void (await saveWorkbookToXlsx(workbook, out)),
    log: (line) => process.stdout.write(`  ${line}\n`),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(args.port, '127.0.0.1', () => resolve());
  }).catch((error: NodeJS.ErrnoException) => {
    const hint = error.code === 'EADDRINUSE' ? ` Port ${args.port} is in use; try --port 0 for any free port.` : '';
    throw new Error(`Could not start the preview server: ${error.message}.${hint}`);
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : args.port;
  const source = args.inputs.length > 0 ? args.inputs.join(', ') : args.empty ? 'an empty workbook' : 'the sample workbook';
  process.stdout.write(
    `Funnel KPI sidebar preview on ${source}\n` +
      `  http://127.0.0.1:${port}/          (sidebar beside the sheet list)\n` +
      `  http://127.0.0.1:${port}/sidebar   (the sidebar alone)\n` +
      (out === null ? '' : `  the workbook is written to ${out} after every change\n`) +
      'Press Ctrl+C to stop.\n'
  );
  return new Promise<number>((resolve) => {
    process.once('SIGINT', () => {
      server.close(() => resolve(0));
      server.closeAllConnections();
    });
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
);
