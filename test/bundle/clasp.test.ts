/** The push path: `clasp status` (offline) picks exactly the built files from dist/. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

describe('clasp', () => {
  it('lists exactly the files to push from dist/', () => {
    const output = execFileSync('npx', ['clasp', 'status', '--json'], { cwd: root, encoding: 'utf8', timeout: 60000 });
    const status = JSON.parse(output.trim().split('\n').pop() ?? '{}') as { filesToPush: string[] };
    expect([...status.filesToPush].sort()).toEqual([
      'dist/ChannelWords.html',
      'dist/Code.js',
      'dist/KpiGuide.html',
      'dist/Messages_en.html',
      'dist/Messages_ja.html',
      'dist/ReportLabels.html',
      'dist/SampleWorkbook.html',
      'dist/Sidebar.html',
      'dist/Vocabulary.html',
      'dist/appsscript.json',
    ]);
  });

  it('pushes the manifest with exactly the two narrow scopes', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const manifest = require(path.join(root, 'dist/appsscript.json')) as { oauthScopes: string[]; runtimeVersion: string; timeZone: string };
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Tokyo');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });
});
