import type { Command } from "commander";
import { deployStep } from "@mlops/deploy";
import { runCliStep } from "../shared.js";

/*
 * `mlops deploy`: deploy-model on a laptop. Same inputs as the action (flags named like them),
 * the local registry, no GitHub: deployments are logged in <registry>/.deployments/<model>.jsonl.
 * Without --target (and no deploy.target in mlops.yml) the model is copied into
 * .mlops/serving/<model>/<environment>/current, which a local server or batch job can read.
 */
export function registerDeploy(program: Command): void {
  program
    .command("deploy")
    .description("deploy a registered model version: target, health check, alias move or rollback")
    .option("--model <name>", "model name in the registry")
    .option("--version <n>", "version to deploy (3 or v3)")
    .option("--alias <alias>", "deploy what this alias points at (e.g. staging) when no --version is given")
    .option(
      "--environment <name>",
      "environment; its alias moves to the version on success (default production)",
    )
    .option("--environment-alias <alias>", "registry alias tracking the environment (default: its name)")
    .option("--environment-url <url>", "URL of the deployed service")
    .option("--target <kind>", "command, http or directory (default directory)")
    .option(
      "--command <command>",
      "target command: your deploy script (gets MODEL_NAME, MODEL_VERSION, MODEL_PATH…)",
    )
    .option("--url <url>", "target http: URL to POST the deployment to")
    .option("--http-headers <lines>", "target http: extra headers, 'Name: value' per line")
    .option("--http-retries <n>", "target http: retries on 5xx, 429, timeouts, connection errors (default 3)")
    .option("--timeout-seconds <s>", "time limit of the deploy command (600) or each HTTP attempt (30)")
    .option("--directory <dir>", "target directory (default .mlops/serving/<model>/<environment>)")
    .option("--keep-versions <n>", "target directory: versions kept (default 5)")
    .option("--health-check-command <command>", "command that exits 0 when the deployed model is healthy")
    .option("--health-check-url <url>", "URL that answers 2xx when the deployed model is healthy")
    .option("--health-check-count <n>", "health measurements (default 3)")
    .option("--health-check-interval-seconds <s>", "seconds between measurements (default 5)")
    .option("--health-check-timeout-seconds <s>", "time limit of one measurement (default 10)")
    .option("--health-check-initial-delay-seconds <s>", "wait before the first measurement (default 0)")
    .option("--health-check-failure-limit <n>", "failures tolerated (default 0)")
    .option(
      "--health-check-consecutive-error-limit <n>",
      "no-data measurements in a row tolerated (default 4)",
    )
    .option(
      "--pass-token <bool>",
      "give the deploy and health-check commands the step's token as GITHUB_TOKEN (default false: they get no token, no INPUT_*, no ACTIONS_RUNTIME_*)",
    )
    .option(
      "--model-scan <mode>",
      "scan the downloaded model files for code before the target runs: fail (default: a dangerous global or unscannable file deploys nothing), warn or off",
    )
    .option("--rollback <bool>", "redeploy the previous version on failure: true or false (default true)")
    .option("--registry <backend>", "auto (local outside Actions), local or github")
    .option("--registry-path <dir>", "local registry directory (default .mlops/registry)")
    .option(
      "--registry-artifacts <store>",
      "where versions' files are: directory, release-assets or oci (default: mlops.yml)",
    )
    .option(
      "--registry-oci <repository>",
      "the OCI repository of --registry-artifacts oci, host/name (default: mlops.yml)",
    )
    .option("--outputs", "print the step outputs as name=value lines")
    .action((_opts: unknown, cmd: Command) =>
      runCliStep(cmd, deployStep, () => ({}), {
        printOutputs: Boolean(cmd.opts().outputs),
        report: ({ result }, io) => result.succeeded && io.logger.info(result.message),
      }),
    );
}
