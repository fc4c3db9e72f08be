/** Entry of `npm run bench` (bundled to build/local/bench.cjs). design §10. */
import path from 'node:path';
import { runBench } from './bench/runBench';

runBench(process.argv.slice(2), {
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
  distDir: path.resolve(__dirname, '../../dist'),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
