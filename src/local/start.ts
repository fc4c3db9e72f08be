/**
 * `npm start`: runs the built add-on on the sample workbook exactly as the CLI would, writes
 * out/funnel-report.xlsx and out/funnel-summary.json, and prints the headline KPIs.
 */
import path from 'node:path';
import { printHeadline, runOnWorkbook, type CliIo } from './cli/runReport';
import { sampleWorkbook } from './sampleWorkbook';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  const io: CliIo = { stdout: (l) => console.log(l), stderr: (l) => console.error(l), distDir: path.join(root, 'dist') };
  const out = path.join(root, 'out/funnel-report.xlsx');
  const json = path.join(root, 'out/funnel-summary.json');
  const started = Date.now();
  const summary = await runOnWorkbook(sampleWorkbook(), { out, json, settings: { language: 'ja' } }, io);
  console.log('ファネルKPI — サンプルデータのファネルレポート / Funnel report of the sample workbook');
  printHeadline(summary, 'ja', io);
  console.log(`レポート / Report: ${path.relative(process.cwd(), out)}`);
  console.log(`JSON: ${path.relative(process.cwd(), json)}`);
  console.log(`(${Date.now() - started} ms)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
