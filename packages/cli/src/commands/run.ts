import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Command } from "commander";
import { ConfigurationError, readDocument, type MlopsConfig, type PipelineStep } from "@mlops/core";
import { globalOptions, loadCliConfig } from "../shared.js";

/*
 * `mlops run`: the pipeline of mlops.yml on this machine, against the local registry — what the
 * continuous-training workflow does on GitHub. Each step runs as its own `mlops <step>` process
 * (as each workflow step is its own process) and hands its outputs to the next through
 * MLOPS_OUTPUTS_FILE. Re-running on unchanged inputs changes nothing: training is a run-cache
 * hit, a model whose run is already registered is not registered again, and an environment
 * already serving the version is not redeployed.
 */

const PIPELINE_STEPS: readonly PipelineStep[] = [
  "validate",
  "train",
  "evaluate",
  "register",
  "deploy",
  "report",
];

interface StepOutcome {
  step: PipelineStep;
  status: "ok" | "failed" | "skipped";
  note: string;
}

export function registerRun(program: Command): void {
  program
    .command("run")
    .description(
      "run the pipeline declared in mlops.yml locally: validate, train, evaluate, register, deploy, report",
    )
    .option("--steps <list>", "only these steps, comma-separated (default: pipeline in mlops.yml)")
    .option("--report-file <file>", "where to write the Markdown report (default .mlops/run/report.md)")
    .action(async (_opts: unknown, cmd: Command) => {
      const config = await loadCliConfig(cmd);
      const flags = cmd.opts<{ steps?: string; reportFile?: string }>();
      const steps = pipelineSteps(config, flags.steps);
      const code = await runPipeline(config, steps, {
        configFile: path.resolve(globalOptions(cmd).config),
        reportFile: flags.reportFile ?? ".mlops/run/report.md",
        verbose: Boolean(globalOptions(cmd).verbose),
      });
      process.exitCode = code;
    });
}

export function pipelineSteps(config: MlopsConfig, only?: string): PipelineStep[] {
  if (only) {
    const list = only
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    for (const s of list) {
      if (!(PIPELINE_STEPS as readonly string[]).includes(s)) {
        throw new ConfigurationError(
          `--steps: unknown step '${s}'; expected some of ${PIPELINE_STEPS.join(", ")}`,
          {
            code: "input-invalid",
          },
        );
      }
    }
    return list as PipelineStep[];
  }
  if (config.pipeline) return config.pipeline;
  const present: PipelineStep[] = [];
  if (config.validate) present.push("validate");
  if (config.train) present.push("train");
  if (config.evaluate) present.push("evaluate");
  if (config.train) present.push("register");
  if (config.deploy) present.push("deploy");
  present.push("report");
  if (!config.train && !config.validate) {
    throw new ConfigurationError(
      "mlops run: mlops.yml declares no pipeline (add a train: or validate: section)",
      {
        code: "config-invalid",
      },
    );
  }
  return present;
}

interface ChildResult {
  code: number;
  outputs: Record<string, string>;
  stdout: string;
}

async function runPipeline(
  config: MlopsConfig,
  steps: PipelineStep[],
  options: { configFile: string; reportFile: string; verbose: boolean },
): Promise<number> {
  if (!config.model && steps.some((s) => s !== "validate")) {
    throw new ConfigurationError(
      "mlops run: mlops.yml needs `model: <name>` for train, evaluate, register and deploy",
      {
        code: "config-invalid",
      },
    );
  }
  const model = config.model ?? "";
  const workDir = path.resolve(".mlops/run");
  await mkdir(workDir, { recursive: true });
  const tmp = await mkdtemp(path.join(os.tmpdir(), "mlops-run-"));
  const outcomes: StepOutcome[] = [];
  const registryArgs = [
    "--registry",
    "local",
    ...(config.registry?.path ? ["--registry-path", config.registry.path] : []),
  ];
  const state: {
    validation?: string;
    runRecord?: string;
    comparison?: string;
    verdict?: string;
    version?: number;
    failed?: boolean;
  } = {};
  let index = 0;

  const child = async (step: string, args: string[], capture = false): Promise<ChildResult> => {
    const outputsFile = path.join(tmp, `${index++}-${step}.jsonl`);
    await writeFile(outputsFile, "");
    const argv = [
      process.argv[1]!,
      "--config",
      options.configFile,
      ...(options.verbose ? ["--verbose"] : []),
      ...args,
    ];
    const proc = spawn(process.execPath, argv, {
      stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"],
      env: { ...process.env, MLOPS_OUTPUTS_FILE: outputsFile },
    });
    let stdout = "";
    proc.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    const code = await new Promise<number>((resolve, reject) => {
      proc.on("error", reject);
      proc.on("close", (c, signal) => resolve(c ?? (signal ? 128 : 1)));
    });
    const outputs: Record<string, string> = {};
    for (const line of (await readFile(outputsFile, "utf8")).split("\n")) {
      if (!line) continue;
      const { name, value } = JSON.parse(line) as { name: string; value: string };
      outputs[name] = value;
    }
    return { code, outputs, stdout };
  };

  const banner = (step: string) =>
    process.stdout.write(`\n━━ ${step} ${"━".repeat(Math.max(3, 60 - step.length))}\n`);
  const registered = async (): Promise<{
    versions: Array<{ number: number; run: { fingerprint: string | null } | null }>;
    aliases: Record<string, number>;
  } | null> => {
    const r = await child("models", ["models", "show", model, "--json", ...registryArgs], true);
    if (r.code !== 0) return null;
    const versions = JSON.parse(r.stdout) as Array<{
      number: number;
      aliases: string[];
      run: { fingerprint: string | null } | null;
    }>;
    const aliases: Record<string, number> = {};
    for (const v of versions) for (const a of v.aliases) aliases[a] = v.number;
    return { versions, aliases };
  };

  try {
    for (const step of steps) {
      banner(step);
      if (state.failed && step !== "report") {
        outcomes.push({ step, status: "skipped", note: "an earlier step failed" });
        console.log("skipped: an earlier step failed");
        continue;
      }
      if (step === "validate") {
        const r = await child(step, ["validate", "--report", path.join(workDir, "validation.json")]);
        state.validation = r.outputs.report || undefined;
        const drift =
          r.outputs["drift-detected"] === "true"
            ? `, drift in ${JSON.parse(r.outputs["drifted-columns"] ?? "[]").join(", ")}`
            : "";
        if (r.code !== 0) {
          state.failed = true;
          outcomes.push({ step, status: "failed", note: `${r.outputs.anomalies ?? "?"} anomalies${drift}` });
        } else
          outcomes.push({
            step,
            status: "ok",
            note: `${r.outputs.rows} rows, ${r.outputs.anomalies} anomalies${drift}`,
          });
      } else if (step === "train") {
        const r = await child(step, ["train"]);
        state.runRecord = r.outputs["run-record"] ? path.resolve(r.outputs["run-record"]) : undefined;
        if (r.code !== 0 || !state.runRecord) {
          state.failed = true;
          outcomes.push({ step, status: "failed", note: `exit code ${r.code}` });
        } else {
          outcomes.push({
            step,
            status: "ok",
            note:
              r.outputs["cache-hit"] === "true" ? "cache hit: nothing changed, command not run" : "trained",
          });
        }
      } else if (step === "evaluate") {
        if (!state.runRecord)
          throw new ConfigurationError("mlops run: evaluate needs the train step before it", {
            code: "config-invalid",
          });
        const comparison = path.join(workDir, "comparison.json");
        const r = await child(step, [
          "evaluate",
          "--candidate-metrics",
          state.runRecord,
          "--comparison-file",
          comparison,
          "--no-fail-on-gate",
          ...registryArgs,
        ]);
        state.comparison = r.outputs.comparison ? path.resolve(r.outputs.comparison) : undefined;
        state.verdict = r.outputs.verdict;
        if (r.code !== 0 || !state.verdict) {
          state.failed = true;
          outcomes.push({ step, status: "failed", note: `exit code ${r.code}` });
        } else {
          const base = r.outputs["baseline-version"] ? ` against v${r.outputs["baseline-version"]}` : "";
          outcomes.push({
            step,
            status: state.verdict === "fail" ? "failed" : "ok",
            note: `verdict ${state.verdict}${base}`,
          });
        }
      } else if (step === "register") {
        if (!state.runRecord)
          throw new ConfigurationError("mlops run: register needs the train step before it", {
            code: "config-invalid",
          });
        if (state.verdict === "fail") {
          outcomes.push({ step, status: "skipped", note: "the gates failed: nothing registered" });
          console.log("skipped: the candidate failed its gates, so it is not registered");
          continue;
        }
        const run = await readDocument("mlops.run", state.runRecord);
        const existing = await registered();
        const key = run.restoredFrom?.id ?? run.id;
        const same = existing?.versions.find(
          (v) => v.run && run.fingerprint && v.run.fingerprint === run.fingerprint,
        );
        if (same) {
          state.version = same.number;
          outcomes.push({
            step,
            status: "ok",
            note: `already registered as v${same.number} (same run fingerprint)`,
          });
          console.log(`already registered: v${same.number} holds this run (${key})`);
          continue;
        }
        const r = await child(
          step,
          [
            "models",
            "register",
            "--model",
            model,
            "--run-record",
            state.runRecord,
            "--json",
            ...registryArgs,
          ],
          true,
        );
        if (r.code !== 0) {
          state.failed = true;
          outcomes.push({ step, status: "failed", note: `exit code ${r.code}` });
          continue;
        }
        const result = JSON.parse(r.stdout) as { version: { number: number }; created: boolean };
        state.version = result.version.number;
        console.log(`registered ${model} v${state.version}`);
        outcomes.push({
          step,
          status: "ok",
          note: `${result.created ? "registered" : "found"} v${state.version}`,
        });
      } else if (step === "deploy") {
        if (state.version === undefined) {
          outcomes.push({ step, status: "skipped", note: "no version to deploy" });
          console.log("skipped: no new version to deploy");
          continue;
        }
        const environment = config.deploy?.environment ?? "production";
        const alias = environment.toLowerCase();
        const current = (await registered())?.aliases[alias];
        if (current === state.version) {
          outcomes.push({ step, status: "ok", note: `${environment} already serves v${state.version}` });
          console.log(`nothing to do: ${environment} already serves v${state.version}`);
          continue;
        }
        const r = await child(step, [
          "deploy",
          "--model",
          model,
          "--version",
          String(state.version),
          "--environment",
          environment,
          ...registryArgs,
        ]);
        if (r.code !== 0) {
          state.failed = true;
          outcomes.push({ step, status: "failed", note: `exit code ${r.code}` });
        } else
          outcomes.push({
            step,
            status: "ok",
            note: `${environment}: v${current ?? "-"} → v${state.version}`,
          });
      } else if (step === "report") {
        const docs = [
          ...(state.comparison ? ["--comparison", state.comparison] : []),
          ...(state.validation ? ["--validation-report", state.validation] : []),
          ...(state.runRecord ? ["--run-record", state.runRecord] : []),
        ];
        if (!docs.length) {
          outcomes.push({ step, status: "skipped", note: "no documents to report" });
          continue;
        }
        const reportFile = path.resolve(options.reportFile);
        await mkdir(path.dirname(reportFile), { recursive: true });
        const r = await child(step, ["report", "--model", model, ...docs, "--output", reportFile]);
        if (r.code === 0) {
          process.stdout.write((await readFile(reportFile, "utf8")) + "\n");
          outcomes.push({
            step,
            status: "ok",
            note: `written to ${path.relative(process.cwd(), reportFile)}`,
          });
        } else outcomes.push({ step, status: "failed", note: `exit code ${r.code}` });
      }
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }

  banner("pipeline");
  for (const o of outcomes) {
    const mark = o.status === "ok" ? "✔" : o.status === "failed" ? "✘" : "·";
    console.log(`${mark} ${o.step.padEnd(9)} ${o.note}`);
  }
  return outcomes.some((o) => o.status === "failed") ? 1 : 0;
}
