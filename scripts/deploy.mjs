// `npm run deploy` (dev) and `npm run deploy:prod`: check the clasp config, type-check, lint, run
// every test, build, then `clasp push --force` with that config. Two configs, as google/aside keeps
// them: `.clasp.json` for your development script (committed with a placeholder id) and
// `.clasp-prod.json` for the published add-on's script (yours to create; see README "Deploying").
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const PLACEHOLDER = 'PASTE-YOUR-SCRIPT-ID-HERE';
const CONFIGS = { dev: '.clasp.json', prod: '.clasp-prod.json' };
/** Apps Script ids are long base64url-like strings (57 characters today); anything short is a typo. */
const SCRIPT_ID = /^[A-Za-z0-9_-]{25,}$/;

/** What is wrong with a clasp config file, or null when it can be pushed to. */
export function claspConfigProblem(file) {
  const name = path.basename(file);
  const howTo = [
    '  1. Create a standalone Apps Script project (https://script.google.com → New project) or run',
    '     `npx clasp create-script --type standalone --title "Funnel KPI" --rootDir dist` in an empty folder.',
    `  2. Copy its script id (Project Settings → IDs) into "scriptId" in ${name}.`,
    '  3. Run `npx clasp login` once, then deploy again.',
  ];
  if (!existsSync(file)) return [`deploy: ${name} does not exist, so there is nowhere to push.`, `  Copy .clasp.json to ${name}, then:`, ...howTo].join('\n');
  let config;
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return `deploy: ${name} is not valid JSON (${error.message}). Fix the file, or copy .clasp.json again.`;
  }
  if (!config.scriptId || config.scriptId === PLACEHOLDER) {
    return [`deploy: ${name} still has the placeholder script id, so there is nowhere to push.`, ...howTo].join('\n');
  }
  if (!SCRIPT_ID.test(config.scriptId)) {
    return `deploy: "scriptId" in ${name} (${JSON.stringify(config.scriptId)}) does not look like an Apps Script id. Copy it again from Project Settings → IDs.`;
  }
  if (config.rootDir !== 'dist') return `deploy: "rootDir" in ${name} must be "dist" (the built add-on), not ${JSON.stringify(config.rootDir)}.`;
  return null;
}

/** The clasp to run: the project's own (node_modules/.bin), else one on PATH. */
function claspCommand(cwd) {
  const local = path.join(cwd, 'node_modules', '.bin', 'clasp');
  return existsSync(local) ? local : 'clasp';
}

function step(command, args, cwd) {
  console.log(`deploy: ${[path.basename(command), ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.error) throw new Error(`deploy: could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) {
    console.error(`deploy: stopped, "${[path.basename(command), ...args].join(' ')}" failed (exit ${result.status}). Nothing was pushed.`);
    process.exit(result.status ?? 1);
  }
}

export function deploy(target, cwd = process.cwd()) {
  const config = CONFIGS[target];
  if (!config) throw new Error(`deploy: unknown target ${JSON.stringify(target)}; use dev or prod.`);
  const problem = claspConfigProblem(path.join(cwd, config));
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  for (const script of ['typecheck', 'lint', 'test', 'build']) step('npm', ['run', '--silent', script], cwd);
  step(claspCommand(cwd), ['push', '--force', '--project', config], cwd);
  console.log(`deploy: pushed dist/ to the script in ${config}.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  deploy(process.argv.includes('--prod') ? 'prod' : 'dev');
}
