// Builds everything that runs: the Apps Script bundle (dist/), the sidebar page and the local
// runtime's command-line entries (build/local/). Why it works this way: see README, "How the build works".
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { DIST as dist, inputsHash, ROOT as root, writeBuildStamp } from './scripts/buildStamp.mjs';

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const GLOBAL_NAME = 'AddOn';

/** Bundles a TypeScript module for Node in memory and returns its exports (build-time only). */
async function importTypeScript(entry) {
  const result = await esbuild.build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
  });
  const module = { exports: {} };
  const run = new Function('module', 'exports', 'require', result.outputFiles[0].text);
  run(module, module.exports, createRequire(path.join(root, entry)));
  return module.exports;
}

/** The server bundle without wrappers: one IIFE that defines `var AddOn`. */
async function buildServerCore(minify) {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'browser',
    legalComments: 'none',
    charset: 'utf8',
    // Every custom-function call loads the whole file (design §10: under 250 KB), so the pushed file
    // is minified, without keepNames: nothing reads function names at run time (error classes set
    // their `name`; the wrappers take names from the readable build) and it cost 5% of the file.
    minify,
    write: false,
  });
  return result.outputFiles[0].text;
}

/**
 * Loads the bundle in an empty context: if module load touched any Google service it would throw
 * here (onOpen runs the whole file in AuthMode.NONE). Returns the exported entry points.
 */
function loadEntryPoints(code) {
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context[GLOBAL_NAME];
}

/** Parameter names of a non-minified function, read from its source text. */
function parameterNames(fn) {
  const source = Function.prototype.toString.call(fn);
  const match = /^[^(]*\(([^)]*)\)/.exec(source);
  if (!match) throw new Error(`build: cannot read the parameters of ${fn.name}`);
  return match[1]
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      if (!/^[A-Za-z_$][\w$]*$/.test(p)) {
        throw new Error(`build: entry point ${fn.name} has a parameter "${p}"; entry points take plain parameters`);
      }
      return p;
    });
}

function jsDocFor(spec) {
  const lines = [`${spec.summary.ja}`, `${spec.summary.en}`];
  for (const p of spec.parameters) {
    const name = p.optional ? `[${p.name}]` : p.name;
    lines.push(`@param {number|Array<Array<number>>} ${name} ${p.description.ja} / ${p.description.en}`);
  }
  lines.push(`@return ${spec.returns.ja} / ${spec.returns.en}`);
  lines.push('@customfunction');
  return ['/**', ...lines.map((l) => ` * ${l}`), ' */'].join('\n');
}

/** Top-level wrapper functions: Apps Script only finds top-level `function` declarations. */
function wrappers(entryPoints, catalog) {
  const byName = new Map(catalog.map((spec) => [spec.name, spec]));
  const out = [];
  for (const [name, fn] of Object.entries(entryPoints)) {
    if (typeof fn !== 'function') continue;
    const spec = byName.get(name);
    // Parameter names come from the readable build; custom functions take the catalog's, which Sheets
    // shows, and forward `arguments` so the engine sees how many the formula really passed (a blank
    // cell that was passed is blank; only a left-out argument is missing — design §2.1).
    const params = spec ? spec.parameters.map((p) => p.name) : parameterNames(fn);
    const call = spec ? `${GLOBAL_NAME}.${name}.apply(null, arguments)` : `${GLOBAL_NAME}.${name}(${params.join(', ')})`;
    const declaration = `function ${name}(${params.join(', ')}) {\n  return ${call};\n}`;
    out.push(spec ? `${jsDocFor(spec)}\n${declaration}` : declaration);
  }
  for (const spec of catalog) {
    if (typeof entryPoints[spec.name] !== 'function') {
      throw new Error(`build: catalog function ${spec.name} is not exported by src/main.ts`);
    }
  }
  return out.join('\n\n');
}

async function buildServer(catalog) {
  // The readable build gives the real parameter names of the entry points; loading the minified
  // one as well proves the shipped file, too, touches no service at load.
  const readable = await buildServerCore(false);
  const core = await buildServerCore(true);
  loadEntryPoints(core);
  const entryPoints = loadEntryPoints(readable);
  const banner = [
    `// ${pkg.name} ${pkg.version} — generated by esbuild.config.mjs; edit src/, not this file.`,
    '/** @OnlyCurrentDoc */',
  ].join('\n');
  const code = `${banner}\n${core}\n// Entry points (generated from src/main.ts and the function catalog)\n${wrappers(entryPoints, catalog)}\n`;
  mkdirSync(dist, { recursive: true });
  writeFileSync(path.join(dist, 'Code.js'), code);
  copyFileSync(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
  return Buffer.byteLength(code);
}

/** The sidebar: browser bundle and styles inlined into one HTML file served by createHtmlOutputFromFile. */
async function buildSidebar() {
  const entry = path.join(root, 'src/sidebar/main.ts');
  if (!existsSync(entry)) return 0;
  const script = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    charset: 'utf8',
    write: false,
  });
  const template = readFileSync(path.join(root, 'src/sidebar/index.html'), 'utf8');
  const css = readFileSync(path.join(root, 'src/sidebar/styles.css'), 'utf8');
  // Replacer functions, so `$&` and friends inside the bundle are not expanded.
  const html = template
    .replace('/*INLINE_CSS*/', () => css)
    .replace('/*INLINE_JS*/', () => script.outputFiles[0].text.replace(/<\/script/gi, '<\\/script'));
  writeFileSync(path.join(dist, 'Sidebar.html'), html);
  return Buffer.byteLength(html);
}

/**
 * The project's HTML files that carry tables outside Code.js (design §10): the KPI guide's texts,
 * the server messages per language, … — each written from its TypeScript source
 * (src/core/docs/projectAssets.ts) and read by the add-on only when an execution needs it.
 * Returns the bytes written per file.
 */
async function buildProjectAssets() {
  const { PROJECT_ASSETS } = await importTypeScript('src/core/docs/projectAssets.ts');
  const written = {};
  for (const [name, content] of Object.entries(PROJECT_ASSETS)) {
    const text = content();
    writeFileSync(path.join(dist, `${name}.html`), text);
    written[name] = Buffer.byteLength(text);
  }
  return written;
}

/** Node entries of the local runtime (CLI, npm start, bench, preview). */
async function buildLocal() {
  const entries = ['start', 'cli', 'bench', 'preview']
    .map((name) => [name, path.join(root, `src/local/${name}.ts`)])
    .filter(([, file]) => existsSync(file));
  if (entries.length === 0) return;
  await esbuild.build({
    entryPoints: Object.fromEntries(entries),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: path.join(root, 'build/local'),
    outExtension: { '.js': '.cjs' },
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}

/** Replaces the generated function reference in README.md (between the markers). */
async function writeReference() {
  const { renderFunctionReference } = await importTypeScript('src/core/docs/functionReference.ts');
  const readmePath = path.join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- function-reference:start -->';
  const end = '<!-- function-reference:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < 0) throw new Error('build: README.md lacks the function-reference markers');
  const next = `${readme.slice(0, from + start.length)}\n${renderFunctionReference()}\n${readme.slice(to)}`;
  if (next !== readme) writeFileSync(readmePath, next);
  const { renderKpiGuide } = await importTypeScript('src/core/docs/kpiGuide.ts');
  const guidePath = path.join(root, 'docs/kpi-guide.md');
  const guide = renderKpiGuide();
  if (!existsSync(guidePath) || readFileSync(guidePath, 'utf8') !== guide) writeFileSync(guidePath, guide);
}

/** A catalog name that is a built-in of Sheets or Excel would never run (design §2.1): stop the build. */
async function checkBuiltinNames(catalog) {
  const { builtinNameClashes } = await importTypeScript('src/core/functions/builtinNames.ts');
  const clashes = builtinNameClashes(catalog.map((spec) => spec.name));
  if (clashes.length > 0) {
    throw new Error(
      `build: ${clashes.join(', ')} ${clashes.length === 1 ? 'is a built-in function' : 'are built-in functions'} of Google Sheets or Excel; ` +
        'Sheets would run its own function instead of ours. Rename it in src/core/functions/signatures.ts.',
    );
  }
}

/**
 * Removes what an earlier build left in dist/ and this one did not write (a renamed or dropped
 * project file): clasp pushes dist/ whole, and a stale HTML file would ship with the add-on.
 */
function removeStaleOutputs(written) {
  const keep = new Set(written);
  const stale = readdirSync(dist).filter((name) => !keep.has(name));
  for (const name of stale) rmSync(path.join(dist, name), { recursive: true, force: true });
  return stale;
}

// Hashed before building: a source edited during the build leaves the stamp stale, not wrong.
const inputs = inputsHash();
const { CUSTOM_FUNCTIONS } = await importTypeScript('src/core/functions/catalog.ts');
await checkBuiltinNames(CUSTOM_FUNCTIONS);
const serverBytes = await buildServer(CUSTOM_FUNCTIONS);
const sidebarBytes = await buildSidebar();
const assetBytes = await buildProjectAssets();
const stale = removeStaleOutputs(['Code.js', 'appsscript.json', ...(sidebarBytes ? ['Sidebar.html'] : []), ...Object.keys(assetBytes).map((name) => `${name}.html`)]);
if (stale.length > 0) console.log(`removed from dist/ (not written by this build): ${stale.join(', ')}`);
await buildLocal();
await writeReference();
writeBuildStamp(inputs);
if (!process.argv.includes('--quiet')) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `built dist/Code.js (${kb(serverBytes)})${sidebarBytes ? `, dist/Sidebar.html (${kb(sidebarBytes)})` : ''}, ` +
      Object.entries(assetBytes).map(([name, bytes]) => `dist/${name}.html (${kb(bytes)})`).join(', '),
  );
}
