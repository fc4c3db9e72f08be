/** Entry of `npm run report` (bundled to build/local/cli.cjs). */
import path from 'node:path';
import { CLI_MESSAGES } from './cli/messages';
import { runReport } from './cli/runReport';

runReport(process.argv.slice(2), {
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
  distDir: path.resolve(__dirname, '../../dist'),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A bug, not bad input: say so in one line; the stack only when asked (FUNNEL_KPI_DEBUG=1).
    const detail = error instanceof Error ? error.message : String(error);
    const language = process.argv.includes('en') ? 'en' : 'ja';
    console.error(`report: ${CLI_MESSAGES.unexpected[language](detail)}`);
    if (process.env.FUNNEL_KPI_DEBUG === '1' && error instanceof Error) console.error(error.stack);
    process.exit(1);
  }
);
