import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach } from "vitest";

/*
 * What the evaluate-against-baseline tests here share: action.test.ts (the CLI in-process) and
 * action.bundle.test.ts (the action's bundle, in the bundled run only). Each test gets a fresh
 * workspace to write its metrics, predictions and gates files into.
 */

export interface EvaluateFixture {
  /** The current test's workspace (GITHUB_WORKSPACE, the CLI's cwd). */
  readonly workspace: string;
  /** Writes `text` at `name` under the workspace, creating its directories; returns `name`. */
  write(name: string, text: string): Promise<string>;
}

/** Registers the per-test setup (call it at the top of a test file). */
export function useEvaluateFixture(): EvaluateFixture {
  let workspace: string | undefined;
  beforeEach(async () => {
    workspace = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-evaluate-action-"));
  });
  const fixture: EvaluateFixture = {
    get workspace() {
      if (!workspace) throw new Error("evaluate fixture: no workspace outside a test");
      return workspace;
    },
    async write(name, text) {
      const file = path.join(fixture.workspace, name);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, text);
      return name;
    },
  };
  return fixture;
}
