/**
 * The bundle tests refuse a stale dist/: the build stamps a hash of its inputs, and the jest global
 * setup compares it with the sources on disk. Run in a child process on a temporary project, since
 * the stamp module is ES and jest's module sandbox cannot import it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../paths';

const STAMP = path.join(ROOT, 'scripts/buildStamp.mjs');
const SETUP = path.join(ROOT, 'test/setup/freshBundle.mjs');

function run(script: string, root: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }).trim();
}

function project(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'stamp-'));
  mkdirSync(path.join(root, 'src/core'), { recursive: true });
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  writeFileSync(path.join(root, 'src/core/a.ts'), 'export const a = 1;\n');
  writeFileSync(path.join(root, 'package.json'), '{}\n');
  writeFileSync(path.join(root, 'dist/Code.js'), 'var AddOn = {};\n');
  return root;
}

const fresh = (root: string): string =>
  run(`const m = await import(${JSON.stringify(STAMP)}); console.log(m.buildIsFresh(${JSON.stringify(root)}));`, root);
const stamp = (root: string): string =>
  run(`const m = await import(${JSON.stringify(STAMP)}); m.writeBuildStamp(m.inputsHash(${JSON.stringify(root)}), ${JSON.stringify(root)});`, root);

describe('the build stamp', () => {
  it('is fresh right after a build and stale after any source edit', () => {
    const root = project();
    expect(fresh(root)).toBe('false');
    stamp(root);
    expect(fresh(root)).toBe('true');
    writeFileSync(path.join(root, 'src/core/a.ts'), 'export const a = 2;\n');
    expect(fresh(root)).toBe('false');
  });

  it('is stale when a source file is added', () => {
    const root = project();
    stamp(root);
    writeFileSync(path.join(root, 'src/core/b.ts'), 'export const b = 1;\n');
    expect(fresh(root)).toBe('false');
  });

  it('makes the global setup of the bundle tests refuse a stale build with the fix', () => {
    const root = project();
    const check = `const m = await import(${JSON.stringify(SETUP)}); try { m.checkFreshBundle(${JSON.stringify(root)}); console.log('ran'); } catch (e) { console.log(e.message); }`;
    expect(run(check, root)).toBe(
      'dist/ is stale or missing: it was not built from the sources as they are now. Run "npm run build" (or "npm run test:bundle", which builds first), then run the tests again.',
    );
    stamp(root);
    expect(run(check, root)).toBe('ran');
  });
});
