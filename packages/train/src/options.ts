import path from "node:path";
import {
  ConfigurationError,
  optionalBoolean,
  optionalNumber,
  optionalString,
  parseList,
  requiredString,
  type RawInputs,
} from "@mlops/core";

/** What `runTraining` needs, with every path absolute. */
export interface TrainOptions {
  command: string;
  /** The workspace (GITHUB_WORKSPACE, or the CLI's directory): .mlops/ lives here. */
  root: string;
  /** Where the command runs; `model-path`, `metrics-file`, `params` and `data` are relative to it. */
  workingDirectory: string;
  /** The raw `params` input: a file path or inline YAML. */
  params?: string;
  metricsFile?: string;
  modelPath?: string;
  data: string[];
  /** The `code` input: paths and globs (relative to workingDirectory) the run cache hashes. */
  code?: string[];
  cache: boolean;
  /** Workflow artifact name; undefined for no upload. */
  artifactName?: string;
  timeoutMinutes: number;
}

export const DEFAULT_TIMEOUT_MINUTES = 360;

/** Characters GitHub refuses in artifact names (@actions/artifact's list). */
const BAD_ARTIFACT_CHARS = ['"', ":", "<", ">", "|", "*", "?", "\r", "\n", "\\", "/"];

export function checkArtifactName(name: string): string {
  const bad = BAD_ARTIFACT_CHARS.find((c) => name.includes(c));
  if (bad !== undefined || name.length > 256) {
    throw new ConfigurationError(
      `input 'artifact-name': ${JSON.stringify(name.slice(0, 80))} is not a valid artifact name: ${
        bad === undefined ? "at most 256 characters" : `it contains ${JSON.stringify(bad)}`
      } (not allowed: " : < > | * ? \\ / and line breaks). In a matrix, make it unique per job, e.g. model-\${{ strategy.job-index }}`,
      { code: "input-invalid" },
    );
  }
  return name;
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/** An output path must not be (or contain) the working directory, the workspace or .mlops. */
function checkOutputPath(name: string, value: string, options: { root: string; cwd: string }): string {
  for (const [what, dir] of [
    ["the working directory", options.cwd],
    ["the workspace", options.root],
    ["the .mlops state directory", path.join(options.root, ".mlops")],
  ] as const) {
    if (isInside(dir, value) || (what === "the .mlops state directory" && isInside(value, dir))) {
      throw new ConfigurationError(
        `input '${name}': ${value} would ${isInside(dir, value) ? "contain" : "be inside"} ${what}; point it at the file or directory the command writes (e.g. out/model.pkl)`,
        { code: "input-invalid" },
      );
    }
  }
  return value;
}

/**
 * Reads the train inputs (action inputs, CLI flags or the mlops.yml `train:` section, all with
 * the same kebab-case names) into options. `root` is the workspace.
 */
export function readTrainInputs(read: RawInputs, root: string): TrainOptions {
  const command = requiredString(
    read,
    "command",
    "the training command to run, e.g. command: python train.py (set it on the step or under train: in mlops.yml)",
  );
  const cwd = path.resolve(root, optionalString(read, "working-directory") ?? ".");
  const resolveIn = (p: string) => path.resolve(cwd, p);
  const metrics = optionalString(read, "metrics-file");
  const model = optionalString(read, "model-path");
  const timeout = optionalNumber(read, "timeout-minutes", { min: 0 }) ?? DEFAULT_TIMEOUT_MINUTES;
  if (!(timeout > 0)) {
    throw new ConfigurationError(
      `input 'timeout-minutes': expected a number of minutes > 0, found ${timeout}`,
      {
        code: "input-invalid",
      },
    );
  }
  const artifact = optionalString(read, "artifact-name");
  const options: TrainOptions = {
    command,
    root: path.resolve(root),
    workingDirectory: cwd,
    data: parseList(read("data")).map(resolveIn),
    cache: optionalBoolean(read, "cache") ?? false,
    timeoutMinutes: timeout,
  };
  const code = parseList(read("code"));
  if (code.length) options.code = code;
  const params = read("params");
  if (params !== undefined && params.trim() !== "") options.params = params;
  if (metrics)
    options.metricsFile = checkOutputPath("metrics-file", resolveIn(metrics), { root: options.root, cwd });
  if (model) options.modelPath = checkOutputPath("model-path", resolveIn(model), { root: options.root, cwd });
  if (artifact) options.artifactName = checkArtifactName(artifact);
  if (options.metricsFile && options.metricsFile === options.modelPath) {
    throw new ConfigurationError("inputs 'metrics-file' and 'model-path' name the same file", {
      code: "input-invalid",
    });
  }
  return options;
}
