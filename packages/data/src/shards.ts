import { stat } from "node:fs/promises";
import path from "node:path";
import { ConfigurationError, type DataFingerprint, type Logger } from "@mlops/core";
import { detectFormat } from "./dataset.js";
import { checkPartials, readPartial, writePartial, type ReadPartial } from "./partial.js";
import type { DataSchema } from "./schema-file.js";
import { profileSegment, segmentSchemaOf, type SegmentState } from "./segments.js";
import { countLineFeeds, cutPoints } from "./split.js";

/*
 * Validation across a matrix: `shard: i/n` profiles the i-th of n equal byte ranges of the
 * dataset (all files laid end to end; CSV/TSV files are cut at record starts) into a partial
 * profile; `merge:` merges the partials of all n shards into the dataset profile one process
 * would have made, checking that they tile every file exactly.
 */

export interface ShardOptions {
  shard: { index: number; count: number };
  format?: string;
  delimiter?: string;
  maxRowBytes?: number;
  maxColumns?: number;
}

/** The byte ranges of each file that shard i of n covers. */
export async function planShard(
  files: string[],
  cwd: string,
  shard: { index: number; count: number },
): Promise<{ file: string; path: string; size: number; nominalStart: number; nominalEnd: number }[]> {
  const sized = await Promise.all(
    files.map(async (file) => {
      const p = path.resolve(cwd, file);
      return { file, path: p, size: (await stat(p)).size };
    }),
  );
  const total = sized.reduce((s, f) => s + f.size, 0);
  const cuts = cutPoints(total, shard.count);
  const lo = cuts[shard.index - 1]!;
  const hi = cuts[shard.index]!;
  const out = [];
  let offset = 0;
  for (const f of sized) {
    const start = Math.max(lo - offset, 0);
    const end = Math.min(hi - offset, f.size);
    // An empty file goes to the shard its offset falls in (the last one at the very end).
    const owned =
      f.size === 0 ? (offset >= lo && offset < hi) || (offset === total && hi === total) : start < end;
    if (owned) out.push({ ...f, nominalStart: start, nominalEnd: end });
    offset += f.size;
  }
  return out;
}

/** Profiles this shard's segments; writes the partial profile. */
export async function profileShard(
  files: string[],
  fingerprints: DataFingerprint[],
  cwd: string,
  schema: { source: string | null; schema: DataSchema } | null,
  options: ShardOptions,
  partialFile: string,
): Promise<(SegmentState & { firstLine: number })[]> {
  const plan = await planShard(files, cwd, options.shard);
  const segments: (SegmentState & { firstLine: number })[] = [];
  for (const part of plan) {
    const format = detectFormat(part.file, options.format);
    if (format !== "csv" && format !== "tsv")
      throw new ConfigurationError(
        `input 'shard': ${part.file} is ${format}; shards split CSV/TSV files only (validate ${format} data in one job, or convert it to CSV)`,
        { code: "input-invalid" },
      );
    const state = await profileSegment({
      file: part.file,
      path: part.path,
      format: options.format,
      delimiter: options.delimiter,
      maxRowBytes: options.maxRowBytes,
      maxColumns: options.maxColumns,
      nominalStart: part.nominalStart,
      nominalEnd: part.nominalEnd,
      schema: segmentSchemaOf(schema?.schema),
    });
    segments.push({ ...state, firstLine: 1 + (await countLineFeeds(part.path, state.start)) });
    if (state.error) break;
  }
  await writePartial(partialFile, {
    kind: "mlops.partial-profile",
    version: 1,
    created: new Date().toISOString(),
    shard: options.shard,
    dataset: { files: fingerprints, format: options.format ?? "auto", delimiter: options.delimiter ?? null },
    schema,
    segments,
  });
  return segments;
}

/** Reads the partials named by `patterns`, checked to belong together, in shard order. */
export async function readPartials(
  patterns: string[],
  cwd: string,
  resolve: (patterns: string[], cwd: string) => Promise<string[]>,
  logger: Logger,
): Promise<ReadPartial[]> {
  const files = await resolve(patterns, cwd);
  const partials = await Promise.all(files.map((f) => readPartial(path.resolve(cwd, f), f)));
  const sorted = checkPartials(partials);
  logger.info(
    `merging ${sorted.length} partial profile(s): ${sorted.map((p) => `${p.file} (${p.shard.index}/${p.shard.count})`).join(", ")}`,
  );
  return sorted;
}
