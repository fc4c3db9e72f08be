// What the build was made from: a hash over every input of `node esbuild.config.mjs`, written next
// to the local runtime after each build. Tests that run the built add-on compare it with the
// sources (test/setup/freshBundle.mjs), so editing src/ and running jest never silently tests the
// previous dist/Code.js.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The built add-on that clasp pushes and every bundle test loads. */
export const DIST = path.join(ROOT, 'dist');

/** Files whose content decides what the build produces. The stamp lives in build/, outside dist/ (which clasp pushes whole). */
const INPUT_FILES = ['esbuild.config.mjs', 'appsscript.json', 'package.json', 'package-lock.json'];
const INPUT_FOLDERS = ['src'];

function filesUnder(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const full = path.join(folder, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}

/** A hash of the build's inputs under `root`: their paths and contents. */
export function inputsHash(root = ROOT) {
  const hash = createHash('sha256');
  const files = [...INPUT_FILES.map((name) => path.join(root, name)), ...INPUT_FOLDERS.flatMap((name) => filesUnder(path.join(root, name)))];
  for (const file of files) {
    if (!existsSync(file)) continue;
    hash.update(path.relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const stampOf = (root) => path.join(root, 'build', 'inputs.sha256');

export function writeBuildStamp(hash = inputsHash(), root = ROOT) {
  mkdirSync(path.dirname(stampOf(root)), { recursive: true });
  writeFileSync(stampOf(root), `${hash}\n`);
}

/** True when dist/ and build/local under `root` were built from the sources as they are now. */
export function buildIsFresh(root = ROOT) {
  if (!existsSync(stampOf(root)) || !existsSync(path.join(root, 'dist', 'Code.js'))) return false;
  return readFileSync(stampOf(root), 'utf8').trim() === inputsHash(root);
}
