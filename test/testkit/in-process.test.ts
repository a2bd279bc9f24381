import { describe, expect, it } from "vitest";
import { redact, registerSecret, registeredSecrets } from "@mlops/core";
import { runInProcess, tempDir } from "@mlops/testkit";

/*
 * The in-process mode the tests use (runAction / runMlops with mode "source"): it must leave the
 * test process as it found it, and give what the bundle gives (in-process.bundle.test.ts, in the
 * bundled run: it runs the bundles).
 */

describe("runInProcess", () => {
  it("gives the run exactly its environment and directory, captures its output, and restores the process", async () => {
    const dir = tempDir("mlops-in-process-");
    const before = { env: { ...process.env }, cwd: process.cwd(), exitCode: process.exitCode };
    const listeners = process.listenerCount("SIGTERM");
    registerSecret("outer-secret-value");
    const r = await runInProcess(
      async () => {
        expect(process.env.ONLY_THIS).toBe("1");
        expect(process.env.HOME).toBeUndefined();
        expect(process.cwd()).toBe(dir);
        process.stdout.write("to stdout\n");
        process.stderr.write(Buffer.from("to stderr\n"));
        console.log("through console");
        process.env.EXPORTED = "x";
        process.on("SIGTERM", () => {});
        registerSecret("inner-secret-value");
        expect(redact("inner-secret-value outer-secret-value")).toBe("*** outer-secret-value");
        process.exitCode = 4;
      },
      { env: { ONLY_THIS: "1" }, cwd: dir },
    );
    expect(r).toEqual({ exitCode: 4, stdout: "to stdout\nthrough console\n", stderr: "to stderr\n" });
    expect(process.env).toEqual(before.env);
    expect(process.cwd()).toBe(before.cwd);
    expect(process.exitCode).toBe(before.exitCode);
    expect(process.listenerCount("SIGTERM")).toBe(listeners);
    expect(registeredSecrets()).toContain("outer-secret-value");
    expect(registeredSecrets()).not.toContain("inner-secret-value");
  });

  it("ends the run at process.exit() with its code, and at an uncaught error with 1 and the stack", async () => {
    const dir = tempDir("mlops-in-process-");
    let after = false;
    const exited = await runInProcess(
      async () => {
        process.exit(3);
        after = true;
      },
      { env: {}, cwd: dir },
    );
    expect(exited.exitCode).toBe(3);
    expect(after).toBe(false);
    const thrown = await runInProcess(
      async () => {
        throw new Error("boom");
      },
      { env: {}, cwd: dir },
    );
    expect(thrown.exitCode).toBe(1);
    expect(thrown.stderr).toMatch(/^Error: boom\n\s+at /);
  });

  it("runs one at a time", async () => {
    const dir = tempDir("mlops-in-process-");
    const order: string[] = [];
    const run = (name: string) =>
      runInProcess(
        async () => {
          order.push(`${name} start ${process.env.NAME}`);
          await new Promise((r) => setTimeout(r, 20));
          order.push(`${name} end ${process.env.NAME}`);
        },
        { env: { NAME: name }, cwd: dir },
      );
    await Promise.all([run("a"), run("b")]);
    expect(order).toEqual(["a start a", "a end a", "b start b", "b end b"]);
  });
});
