import { ConfigurationError } from "./errors.js";

/** Model names: what a GitHub release tag, a git path and a directory name can all carry safely. */
export const MODEL_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** Aliases, MLflow-style: production, staging, champion… */
export const ALIAS_PATTERN = /^[a-z][a-z0-9_-]{0,62}$/;

export function checkModelName(name: string, what = "model name"): string {
  if (!MODEL_NAME_PATTERN.test(name) || name.includes("..") || name.endsWith(".")) {
    throw new ConfigurationError(
      `${what} ${JSON.stringify(name)} is not valid: use 1–100 letters, digits, '.', '_' or '-', starting with a letter or digit (no '..', no trailing '.')`,
      { code: "model-name-invalid" },
    );
  }
  return name;
}

export function checkAlias(alias: string): string {
  if (!ALIAS_PATTERN.test(alias) || /^v?\d+$/.test(alias) || alias === "latest") {
    throw new ConfigurationError(
      `alias ${JSON.stringify(alias)} is not valid: use lower-case letters, digits, '_' or '-', starting with a letter; 'latest' and version-like names are reserved`,
      { code: "alias-invalid" },
    );
  }
  return alias;
}
