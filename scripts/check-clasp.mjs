// Refuses `npm run deploy` while .clasp.json still holds the placeholder script id.
import { readFileSync } from 'node:fs';

const PLACEHOLDER = 'PASTE-YOUR-SCRIPT-ID-HERE';
const config = JSON.parse(readFileSync(new URL('../.clasp.json', import.meta.url), 'utf8'));
if (!config.scriptId || config.scriptId === PLACEHOLDER) {
  console.error(
    [
      'deploy: .clasp.json still has the placeholder script id, so there is nowhere to push.',
      '  1. Create a standalone Apps Script project (https://script.google.com → New project) or run',
      '     `npx clasp create-script --type standalone --title "Funnel KPI" --rootDir dist` in an empty folder.',
      '  2. Copy its script id (Project Settings → IDs) into "scriptId" in .clasp.json.',
      '  3. Run `npx clasp login` once, then `npm run deploy` again.',
    ].join('\n')
  );
  process.exit(1);
}
