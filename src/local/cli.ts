/** Entry of `npm run report` (bundled to build/local/cli.cjs). */
import path from 'node:path';
import { runReport } from './cli/runReport';

runReport(process.argv.slice(2), {
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
  distDir: path.resolve(__dirname, '../../dist'),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  }
);
