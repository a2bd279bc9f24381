import path from "node:path";
import { silentLogger, type StepDefinition } from "@mlops/core";
import { displayPath } from "@mlops/core/markdown";
import { computeCacheKey, explainCache, explanationReport } from "./cache-key.js";
import type { TrainOptions } from "./options.js";
import { loadParams } from "./params.js";
import { RunCache } from "./run-cache.js";
import { trainStep } from "./step.js";
import { expandData, fingerprintData } from "./train.js";

/*
 * `mlops train --explain-cache`: the train step's inputs (flags over mlops.yml), its cache key
 * with every component, and what the local run cache would do with it: hit (the entry) or miss
 * (which components differ from the nearest entry). Nothing runs and nothing is restored.
 */

export interface CacheExplainResult {
  fingerprint: string;
  hit: boolean;
  lines: string[];
}

export async function explainTrainCache(options: TrainOptions): Promise<CacheExplainResult> {
  const display = (p: string): string => displayPath(options.root, p);
  const { params } = await loadParams(options.params, options.workingDirectory);
  const dataPaths = await expandData(options.data, display);
  const data = await fingerprintData(dataPaths, display);
  const cache = new RunCache(path.join(options.root, ".mlops"), silentLogger);
  const key = await computeCacheKey(
    { ...options, declaredCode: options.code, params, data, dataPaths },
    cache,
  );
  const hit = (await cache.lookup(key.fingerprint)) !== null;
  const explanation = await explainCache(key, cache);
  return { fingerprint: key.fingerprint, hit, lines: explanationReport(key, explanation, hit) };
}

export const explainCacheStep: StepDefinition<TrainOptions, CacheExplainResult> = {
  name: "train",
  configSection: (config) => trainStep.configSection(config),
  defaults: (host) => trainStep.defaults?.(host) ?? {},
  readInputs: (input, ctx) => trainStep.readInputs(input, ctx),
  async run(options, { context }) {
    const result = await explainTrainCache(options);
    for (const line of result.lines) context.logger.info(line);
    return result;
  },
  outputs: (result) => ({ fingerprint: result.fingerprint, "cache-hit": result.hit }),
  summary: () => "",
  failure: () => null,
};
