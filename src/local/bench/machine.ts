/** The machine the figures were taken on: they mean little without it. */
import os from 'node:os';

export interface MachineInfo {
  readonly cpuModel: string;
  readonly cpuCount: number;
  readonly node: string;
  readonly totalMemoryBytes: number;
  readonly freeMemoryBytes: number;
  /** 1-minute load average at the start (a busy machine explains slow figures). */
  readonly loadAverage1m: number;
  readonly platform: string;
}

export function describeMachine(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    node: process.version,
    totalMemoryBytes: os.totalmem(),
    freeMemoryBytes: os.freemem(),
    loadAverage1m: os.loadavg()[0] ?? 0,
    platform: `${os.platform()} ${os.arch()}`,
  };
}
