/**
 * The deploy gate works on any clasp config (never on the project's real one): it refuses a
 * placeholder or malformed script id with the steps to fix it, and with a real-looking id it runs the
 * checks and reaches `clasp push` (a fake clasp on PATH records the call).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../paths';

const DEPLOY = path.join(ROOT, 'scripts/deploy.mjs');
const REAL_LOOKING_ID = '1aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789_-aBcDeFgHiJkLmNoPq';

function problemOf(config: string | null): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'clasp-config-'));
  const file = path.join(folder, '.clasp.json');
  if (config !== null) writeFileSync(file, config);
  const script = `const m = await import(${JSON.stringify(DEPLOY)}); console.log(JSON.stringify(m.claspConfigProblem(${JSON.stringify(file)})));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as string;
}

const config = (scriptId: string, rootDir = 'dist'): string => JSON.stringify({ scriptId, rootDir, scriptExtensions: ['.js'] });

describe('the clasp config check', () => {
  it('refuses the placeholder id and says what to do', () => {
    const problem = problemOf(config('PASTE-YOUR-SCRIPT-ID-HERE'));
    expect(problem).toContain('.clasp.json still has the placeholder script id');
    expect(problem).toContain('Project Settings → IDs');
    expect(problem).toContain('npx clasp login');
  });
  it('refuses an id that cannot be an Apps Script id', () => {
    expect(problemOf(config('1234'))).toContain('does not look like an Apps Script id');
  });
  it('refuses a config that does not push dist/', () => {
    expect(problemOf(config(REAL_LOOKING_ID, 'src'))).toContain('"rootDir" in .clasp.json must be "dist"');
  });
  it('refuses a missing or broken file with the fix', () => {
    expect(problemOf(null)).toContain('.clasp.json does not exist');
    expect(problemOf('{ scriptId: ')).toContain('is not valid JSON');
  });
  it('accepts a real-looking id', () => {
    expect(problemOf(config(REAL_LOOKING_ID))).toBeNull();
  });
});

describe('npm run deploy', () => {
  /** A project whose checks pass instantly, a real-looking script id, and a fake clasp on PATH. */
  function project(target: 'dev' | 'prod', failingScript?: string): { cwd: string; env: NodeJS.ProcessEnv; calls: string } {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'deploy-'));
    const scripts = Object.fromEntries(
      ['typecheck', 'lint', 'test', 'build'].map((name) => [name, `node -e "require('fs').appendFileSync('steps.log', '${name}\\\\n'); process.exit(${name === failingScript ? 1 : 0})"`]),
    );
    writeFileSync(path.join(cwd, 'package.json'), JSON.stringify({ name: 'probe', private: true, scripts }));
    writeFileSync(path.join(cwd, target === 'dev' ? '.clasp.json' : '.clasp-prod.json'), config(REAL_LOOKING_ID));
    const bin = path.join(cwd, 'fake-bin');
    mkdirSync(bin);
    const calls = path.join(cwd, 'clasp-calls.log');
    writeFileSync(path.join(bin, 'clasp'), `#!/bin/sh\necho "$@" >> ${JSON.stringify(calls)}\n`);
    chmodSync(path.join(bin, 'clasp'), 0o755);
    return { cwd, env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` }, calls };
  }

  it('runs every check, then pushes dist/ with the dev config', () => {
    const { cwd, env, calls } = project('dev');
    const result = spawnSync(process.execPath, [DEPLOY], { cwd, env, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(cwd, 'steps.log'), 'utf8').split('\n').filter(Boolean)).toEqual(['typecheck', 'lint', 'test', 'build']);
    expect(readFileSync(calls, 'utf8').trim()).toBe('push --force --project .clasp.json');
  });

  it('pushes with the prod config for deploy:prod', () => {
    const { cwd, env, calls } = project('prod');
    const result = spawnSync(process.execPath, [DEPLOY, '--prod'], { cwd, env, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(readFileSync(calls, 'utf8').trim()).toBe('push --force --project .clasp-prod.json');
  });

  it('pushes nothing when a check fails', () => {
    const { cwd, env, calls } = project('dev', 'test');
    const result = spawnSync(process.execPath, [DEPLOY], { cwd, env, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Nothing was pushed');
    expect(() => readFileSync(calls, 'utf8')).toThrow();
  });
});
