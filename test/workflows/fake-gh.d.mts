/** One `gh` call in the test process (see fake-gh.mjs); resolves to its exit code. */
export function runGh(
  argv: string[],
  io: { cwd: string; env: Record<string, string | undefined>; stdout: Buffer[]; stderr: Buffer[] },
): Promise<number>;
