/**
 * A V8 CPU profile of one piece of work, taken in-process through the inspector so that only that
 * work is sampled (not the workbook building around it, which `node --cpu-prof` would include).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/** Runs `work` under the sampling profiler and writes the `.cpuprofile` JSON to `file`. */
export async function writeCpuProfile(file: string, work: () => void): Promise<void> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    // 100 µs sampling: enough resolution for a run of about a second.
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    work();
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
  } finally {
    session.disconnect();
  }
}
