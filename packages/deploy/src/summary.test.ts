import { describe, expect, it } from "vitest";
import { renderDeploySummary } from "./summary.js";
import type { DeployResult } from "./types.js";

const base: DeployResult = {
  outcome: "rolled-back",
  succeeded: false,
  model: "weather",
  version: 2,
  modelUri: "models:/weather/2",
  previousVersion: 1,
  environment: "production",
  environmentAlias: "production",
  deploymentId: "41",
  rollbackDeploymentId: "42",
  rolledBack: true,
  environmentUrl: null,
  target: 'command "./deploy.sh"',
  targetDetail: null,
  health: {
    healthy: false,
    skipped: false,
    measurements: [{ index: 1, phase: "failure", detail: "HTTP 503", durationMs: 3 }],
    summary: "",
  },
  rollbackHealth: { healthy: true, skipped: true, measurements: [], summary: "" },
  message: "deploy of weather version 2 to production failed. Rolled back: version 1.",
};

describe("renderDeploySummary", () => {
  it("shows the outcome, both deployments and the message", () => {
    const md = renderDeploySummary(base);
    expect(md).toContain("### Deploy weather v2 → production: ↩️ failed, rolled back");
    expect(md).toContain("| previous version | 1 |");
    expect(md).toContain("| health | unhealthy (0/1) |");
    expect(md).toContain("| rollback deployment | 42 |");
    expect(md).toContain("| rollback health | not configured |");
  });

  it("cannot be broken out of by an environment name or a command (HTML, pipes, newlines, links)", () => {
    const md = renderDeploySummary({
      ...base,
      environment: "<img src=x onerror=alert(1)> | [x](javascript:alert(1))",
      target: 'command "a | b\nc"',
      message: "<script>alert(1)</script>\n# heading",
    });
    expect(md).not.toMatch(/<img|<script|(?<!\\)\]\(javascript/);
    const rows = md.split("\n").filter((l) => l.startsWith("| "));
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length, row).toBe(4);
    expect(md.split("\n").filter((l) => l.startsWith("#"))).toHaveLength(1);
  });
});
