import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { childrenCpuTicks, ProcessGroupSampler } from "./resources.js";

const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

describe.skipIf(process.platform !== "linux")("process tree resources from /proc", () => {
  it("samples the memory of a grandchild in the tree (sum of VmRSS / VmHWM)", async () => {
    const child = spawn(
      "bash",
      [
        "-c",
        `${PYTHON} -c "b = bytearray(80 * 1024 * 1024); b[::4096] = b'x' * len(b[::4096]); import time; time.sleep(0.6)"; true`,
      ],
      { detached: true, stdio: "ignore" },
    );
    const sampler = new ProcessGroupSampler(child.pid!);
    sampler.start();
    await new Promise((resolve) => child.once("exit", resolve));
    const peak = await sampler.stop();
    expect(peak!).toBeGreaterThan(80 * 1024 * 1024);
    expect(peak!).toBeLessThan(300 * 1024 * 1024);
  });

  it("reads reaped children's CPU time from /proc/self/stat", async () => {
    const before = childrenCpuTicks()!;
    await new Promise((resolve) =>
      spawn(PYTHON, [
        "-c",
        "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.25: pass",
      ]).once("exit", resolve),
    );
    const after = childrenCpuTicks()!;
    expect(after.user + after.system - before.user - before.system).toBeGreaterThanOrEqual(25);
  });
});
