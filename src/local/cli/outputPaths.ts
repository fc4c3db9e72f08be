/**
 * Refuses output paths that would harm an input (design §7: the user's files are read-only to us):
 * `--out` or `--json` naming an input file, a file inside an input folder, or a folder. Files are
 * compared by device and inode, so symbolic links, hard links, `..`, relative against absolute
 * paths and letter case on case-insensitive disks all count as the same file.
 */
import { readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../core/model/types';
import { CSV_EXTENSIONS } from '../workbook/loadInput';
import { CLI_MESSAGES, writeFailureReason } from './messages';

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

const identity = (stats: Stats): string => `${stats.dev}:${stats.ino}`;

/** Every file an input names: the file itself, or each file directly inside an input folder. */
function inputFiles(inputs: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const input of inputs) {
    const stats = statOrNull(input);
    if (!stats) continue;
    if (!stats.isDirectory()) {
      files.set(identity(stats), input);
      continue;
    }
    let names: string[] = [];
    try {
      names = readdirSync(input);
    } catch {
      continue;
    }
    for (const name of names) {
      const file = path.join(input, name);
      const inner = statOrNull(file);
      if (inner && inner.isFile()) files.set(identity(inner), file);
    }
  }
  return files;
}

/** The input folder an output would join as one more input file (a CSV directly inside it), or null. */
function inputFolderJoined(inputs: readonly string[], file: string): string | null {
  if (!CSV_EXTENSIONS.has(path.extname(file).toLowerCase())) return null;
  const parent = statOrNull(path.dirname(path.resolve(file)));
  if (!parent) return null;
  for (const input of inputs) {
    const stats = statOrNull(input);
    if (stats?.isDirectory() && identity(stats) === identity(parent)) return input;
  }
  return null;
}

/** The nearest folder above `file` that exists, or the first thing on the way that is not a folder. */
function blockingAncestor(file: string): string | null {
  let current = path.dirname(path.resolve(file));
  for (;;) {
    const stats = statOrNull(current);
    if (stats) return stats.isDirectory() ? null : current;
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/**
 * The problem with the output paths, or `null` when they are safe to write. Checked before any work,
 * so that a run never writes one output and then fails on the other.
 *
 * @example
 * outputPathProblem(['leads.csv'], [{ option: '--json', file: './leads.csv' }], 'en')
 * //=> '--json ./leads.csv is the input file leads.csv. Give another name so the input is not overwritten.'
 */
export function outputPathProblem(inputs: readonly string[], outputs: readonly { option: string; file: string }[], language: Language): string | null {
  const protectedFiles = inputFiles(inputs);
  const seen = new Map<string, string>();
  for (const { option, file } of outputs) {
    const stats = statOrNull(file);
    if (stats?.isDirectory()) return CLI_MESSAGES.outputIsFolder[language](option, file);
    if (!stats && blockingAncestor(file) !== null) return CLI_MESSAGES.cannotWrite[language](file, writeFailureReason('ENOTDIR', language));
    const key = stats ? identity(stats) : `path:${path.resolve(file)}`;
    const input = stats ? protectedFiles.get(key) : undefined;
    if (input !== undefined) return CLI_MESSAGES.outputIsInput[language](option, file, input);
    const folder = inputFolderJoined(inputs, file);
    if (folder !== null) return CLI_MESSAGES.outputJoinsInputs[language](option, file, folder);
    if (seen.has(key)) return CLI_MESSAGES.sameOutputs[language](file);
    seen.set(key, option);
  }
  return null;
}
