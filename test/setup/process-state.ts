import { clearRegisteredSecrets, registeredSecrets, registerSecret } from "@mlops/core";
import { afterAll, beforeAll } from "vitest";

/*
 * Every test file, in the shared workers (isolate: false) that run file after file: what a file
 * leaves changed in the process (the redactor's registered secrets, process.env, the working
 * directory) is put back after it, so the next file in the worker starts as the first did. Files
 * restore their own changes too; this is the net under them.
 */
let secrets: string[] = [];
let env: Record<string, string | undefined> = {};
let cwd = "";

beforeAll(() => {
  secrets = registeredSecrets();
  env = { ...process.env };
  cwd = process.cwd();
});

afterAll(() => {
  clearRegisteredSecrets();
  for (const secret of secrets) registerSecret(secret);
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  for (const [key, value] of Object.entries(env)) if (process.env[key] !== value) process.env[key] = value;
  if (process.cwd() !== cwd) process.chdir(cwd);
});
