import { promises as fs, readFileSync } from "node:fs";
import { groupMembers } from "@mlops/core/process";

/*
 * Peak memory and CPU time of a command's process tree, on Linux, from /proc:
 *
 * - CPU time is exact. When a process is reaped, the kernel adds its CPU time (and that of every
 *   descendant it reaped) to its parent's `cutime`/`cstime` in /proc/<pid>/stat. The command's
 *   shell is our child, so the difference of our own cutime/cstime before and after the command
 *   is the CPU time of the whole tree that was waited for (bash waits for its children). A
 *   process that is orphaned and reparented to init is not counted.
 * - Peak memory, where GNU time is installed (/usr/bin/time, as on GitHub's Ubuntu images), is
 *   exact for the largest process: the command runs under `time -f %M`, whose wait4() rusage
 *   carries the highest maxrss of the shell and every descendant it reaped. In any case the tree
 *   is also sampled (ProcessGroupSampler): the highest sum of its processes' resident set sizes
 *   (VmRSS) and the highest single-process high-water mark (VmHWM, kept by the kernel, so a
 *   spike between samples of a process seen once still counts). The peak is the largest of
 *   these.
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

/** Direct children of a process, from every thread's /proc children list; null if unsupported. */
async function childrenOf(pid: number): Promise<number[] | null> {
  let tasks: string[];
  try {
    tasks = await fs.readdir(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const out: number[] = [];
  let supported = false;
  for (const tid of tasks) {
    try {
      const text = await fs.readFile(`/proc/${pid}/task/${tid}/children`, "utf8");
      supported = true;
      for (const c of text.split(" ")) if (c.trim()) out.push(Number(c));
    } catch {
      // thread gone, or no children file (kernel without CONFIG_PROC_CHILDREN)
    }
  }
  return supported || tasks.length === 0 ? out : null;
}

/**
 * Samples the resident memory of a process tree until stopped: the tree below the shell through
 * /proc/<pid>/task/<tid>/children (or, on kernels without it, every process in the shell's
 * process group). Samples are dense at first (every 10 ms for 0.3 s, then every 50 ms up to
 * 3 s, then every 200 ms) so a short command is still seen.
 */
export class ProcessGroupSampler {
  private timer: NodeJS.Timeout | undefined;
  private busy = false;
  private stopped = false;
  private peakSum = 0;
  private peakHwm = 0;
  private samples = 0;
  private started = 0;
  private readonly available: boolean;

  constructor(private readonly pgid: number) {
    this.available = process.platform === "linux";
  }

  start(): void {
    if (!this.available) return;
    this.started = performance.now();
    const tick = (): void => {
      if (this.stopped) return;
      void this.sample().finally(() => {
        if (this.stopped) return;
        const elapsed = performance.now() - this.started;
        this.timer = setTimeout(tick, elapsed < 300 ? 10 : elapsed < 3000 ? 50 : 200);
        this.timer.unref();
      });
    };
    tick();
  }

  /** Takes a last sample and stops; returns the peak in bytes, or null where /proc is missing. */
  async stop(): Promise<number | null> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.available) return null;
    if (this.samples === 0) await this.sample();
    return Math.max(this.peakSum, this.peakHwm);
  }

  private async pids(): Promise<number[]> {
    const tree: number[] = [];
    const queue = [this.pgid];
    while (queue.length) {
      const pid = queue.shift()!;
      tree.push(pid);
      const children = await childrenOf(pid);
      if (children === null) return await this.groupPids();
      queue.push(...children);
    }
    return tree;
  }

  private async groupPids(): Promise<number[]> {
    return (await groupMembers(this.pgid, { includeZombies: true })) ?? [];
  }

  /** One pass: sums VmRSS over the tree's live processes, keeps the highest VmHWM. */
  async sample(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      let sum = 0;
      for (const pid of await this.pids()) {
        try {
          const status = await fs.readFile(`/proc/${pid}/status`, "utf8");
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
