import { promises as fs, readFileSync } from "node:fs";

/*
 * Peak memory and CPU time of a command's process tree, on Linux, from /proc:
 *
 * - CPU time is exact. When a process is reaped, the kernel adds its CPU time (and that of every
 *   descendant it reaped) to its parent's `cutime`/`cstime` in /proc/<pid>/stat. The command's
 *   shell is our child, so the difference of our own cutime/cstime before and after the command
 *   is the CPU time of the whole tree that was waited for (bash waits for its children). A
 *   process that is orphaned and reparented to init is not counted.
 * - Peak memory is sampled. Every `intervalMs` the sampler reads /proc/<pid>/stat of every
 *   process and keeps those in the command's process group (the shell is started as a group
 *   leader, so grandchildren and reparented orphans are included unless they call setsid). The
 *   peak is the larger of the highest sum of their resident set sizes (VmRSS) and the highest
 *   single-process high-water mark (VmHWM, which the kernel tracks, so a short spike of a
 *   process seen at least once is not missed).
 *
 * Other systems have no /proc: both are then null.
 */

/** Linux's USER_HZ: the unit of the clock-tick fields in /proc/<pid>/stat on every architecture. */
const CLOCK_TICKS_PER_SECOND = 100;

export interface ResourceUsage {
  peakRssBytes: number | null;
  cpuUserMs: number | null;
  cpuSystemMs: number | null;
}

/** The fields after `(comm)` of /proc/<pid>/stat, which may itself contain spaces and parentheses. */
function statFields(text: string): string[] | null {
  const close = text.lastIndexOf(")");
  if (close === -1) return null;
  return text
    .slice(close + 2)
    .trim()
    .split(" ");
}

/** Children CPU time of this process (reaped descendants), in clock ticks; null without /proc. */
export function childrenCpuTicks(): { user: number; system: number } | null {
  try {
    const fields = statFields(readFileSync("/proc/self/stat", "utf8"));
    if (!fields) return null;
    // fields[0] is field 3 (state); cutime is field 16, cstime field 17.
    const user = Number(fields[13]);
    const system = Number(fields[14]);
    if (!Number.isFinite(user) || !Number.isFinite(system)) return null;
    return { user, system };
  } catch {
    return null;
  }
}

export function ticksToMs(ticks: number): number {
  return Math.round((ticks * 1000) / CLOCK_TICKS_PER_SECOND);
}

function kib(status: string, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return m ? Number(m[1]) * 1024 : 0;
}

/** Samples the resident memory of one process group until stopped. */
export class ProcessGroupSampler {
  private timer: NodeJS.Timeout | undefined;
  private busy = false;
  private peakSum = 0;
  private peakHwm = 0;
  private samples = 0;
  private readonly available: boolean;

  constructor(
    private readonly pgid: number,
    private readonly intervalMs = 200,
  ) {
    this.available = process.platform === "linux";
  }

  start(): void {
    if (!this.available) return;
    void this.sample();
    this.timer = setInterval(() => void this.sample(), this.intervalMs);
    this.timer.unref();
  }

  /** Takes a last sample and stops; returns the peak in bytes, or null where /proc is missing. */
  async stop(): Promise<number | null> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (!this.available) return null;
    if (this.samples === 0) await this.sample();
    return Math.max(this.peakSum, this.peakHwm);
  }

  /** One pass over /proc: sums VmRSS over the group's live processes. */
  async sample(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      let names: string[];
      try {
        names = await fs.readdir("/proc");
      } catch {
        return;
      }
      let sum = 0;
      for (const name of names) {
        const c = name.charCodeAt(0);
        if (c < 48 || c > 57) continue;
        let stat: string;
        try {
          stat = await fs.readFile(`/proc/${name}/stat`, "utf8");
        } catch {
          continue; // exited meanwhile
        }
        const fields = statFields(stat);
        // fields[2] is field 5, the process group id.
        if (!fields || Number(fields[2]) !== this.pgid) continue;
        try {
          const status = await fs.readFile(`/proc/${name}/status`, "utf8");
          sum += kib(status, "VmRSS");
          this.peakHwm = Math.max(this.peakHwm, kib(status, "VmHWM"));
        } catch {
          continue;
        }
      }
      this.samples++;
      this.peakSum = Math.max(this.peakSum, sum);
    } finally {
      this.busy = false;
    }
  }
}
