/**
 * `npm run preview`: the sidebar in a browser, without Google. Serves dist/Sidebar.html on
 * 127.0.0.1 with google.script.run bridged to the built add-on running on an in-memory workbook
 * (the sample workbook unless --input or --empty is given), and optionally writes that workbook to
 * --out after every call that changed it.
 */
import path from 'node:path';
import { parsePreviewArgs, PREVIEW_USAGE } from './preview/args';
import { startPreview, type RunningPreview } from './preview/start';

/** The project's dist/, seen from build/local/preview.cjs. */
const PROJECT_DIST = path.resolve(__dirname, '..', '..', 'dist');

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
  let preview: RunningPreview;
  try {
    preview = await startPreview(args, { projectDist: PROJECT_DIST, log: (line) => process.stdout.write(`  ${line}\n`) });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const source = args.inputs.length > 0 ? args.inputs.join(', ') : args.empty ? 'an empty workbook' : 'the sample workbook';
  process.stdout.write(
    `Funnel KPI sidebar preview on ${source}\n` +
      `  ${preview.url}          (sidebar beside the sheet list)\n` +
      `  ${preview.url}sidebar   (the sidebar alone)\n` +
      (preview.out === null ? '' : `  the workbook is written to ${preview.out} after every change\n`) +
      'Press Ctrl+C to stop.\n'
  );
  return new Promise<number>((resolve) => {
    process.once('SIGINT', () => void preview.close().then(() => resolve(0)));
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
);
