import { promises as fs } from "node:fs";
import { z } from "zod";
import {
  ConfigurationError,
  describeIssue,
  parseJson,
  writeJsonAtomic,
  type DataFingerprint,
} from "@mlops/core";
import type { SegmentState } from "./segments.js";
import type { DataSchema } from "./schema-file.js";
import { DataSchemaSchema } from "./schema-file.js";

/*
 * The partial profile a matrix job writes for its shard of the data (`shard: i/n`), and that
 * `merge:` reads back. Versioned JSON; sketches are stored as they serialise (numbers as JSON
 * numbers, which round-trip doubles exactly; HyperLogLog registers and unique-value hashes as
 * base64), so merging partials loses nothing a one-process merge would keep. The schema the
 * shard was checked against travels inside it, so every partial can be checked against the
 * others and the merge needs no schema of its own.
 */

export const PARTIAL_KIND = "mlops.partial-profile";
export const PARTIAL_VERSION = 1;

export interface PartialProfile {
  kind: typeof PARTIAL_KIND;
  version: typeof PARTIAL_VERSION;
  created: string;
  shard: { index: number; count: number };
  dataset: {
    /** Every file of the dataset (not only this shard's), with the digest of its whole content. */
    files: DataFingerprint[];
    format: string;
    delimiter: string | null;
  };
  schema: { source: string | null; schema: DataSchema } | null;
  /** This shard's parts of the files, in dataset order. */
  segments: (Omit<SegmentState, "checks"> & { firstLine: number; checks: (SerializedChecks | null)[] })[];
}

type SerializedChecks = Omit<NonNullable<SegmentState["checks"][number]>, "unique"> & {
  unique: string | null;
};

const finite = z.number().refine((x) => Number.isFinite(x) || x === null, "expected a number");
const count = z.number().int().nonnegative();
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "expected base64");
const sample = z
  .object({ file: z.string().optional(), line: count.optional(), row: count.optional(), value: z.unknown() })
  .strict();
const tally = z.object({ failures: count, checked: count, samples: z.array(sample) }).strict();
const sketches = z
  .object({
    rows: count,
    missing: count,
    kinds: z.object({ integer: count, number: count, boolean: count, datetime: count, text: count }).strict(),
    // min/max are ±Infinity for an empty column, which JSON writes as null.
    moments: z
      .object({ n: count, mean: finite, m2: finite, min: finite.nullable(), max: finite.nullable() })
      .strict(),
    distribution: z
      .object({
        n: count,
        exact: z.array(z.tuple([finite, count])).optional(),
        kll: z
          .object({ k: count, n: count, levels: z.array(z.array(finite)), seed: count })
          .strict()
          .optional(),
        hll: base64.optional(),
      })
      .strict()
      .refine((d) => d.exact !== undefined || (d.kll !== undefined && d.hll !== undefined), {
        message: "expected exact counts or a KLL sketch with a HyperLogLog",
      }),
    text: z
      .object({
        exact: z.boolean(),
        n: count,
        counts: z.array(z.tuple([z.string(), count])),
        hll: base64.optional(),
      })
      .strict(),
    dates: z
      .object({ min: finite, max: finite, hll: base64, exact: z.array(finite).optional() })
      .strict()
      .nullable(),
  })
  .strict();

const PartialProfileSchema = z
  .object({
    kind: z.literal(PARTIAL_KIND),
    version: z.literal(PARTIAL_VERSION),
    created: z.string(),
    shard: z.object({ index: z.number().int().positive(), count: z.number().int().positive() }).strict(),
    dataset: z
      .object({
        files: z.array(
          z.object({
            path: z.string(),
            sha256: z.string(),
            bytes: count.optional(),
            files: count.optional(),
          }),
        ),
        format: z.string(),
        delimiter: z.string().nullable(),
      })
      .strict(),
    schema: z.object({ source: z.string().nullable(), schema: DataSchemaSchema }).strict().nullable(),
    segments: z.array(
      z
        .object({
          file: z.string(),
          format: z.enum(["csv", "tsv", "jsonl", "parquet"]),
          start: count,
          end: count,
          firstLine: z.number().int().positive(),
          lines: count,
          rows: count,
          columns: z.array(z.string()),
          sketches: z.array(sketches),
          checks: z.array(
            z
              .object({
                tallies: z.record(
                  z.enum(["type", "min", "max", "allowed", "regex", "unique", "missing"]),
                  tally,
                ),
                unique: base64.nullable(),
              })
              .strict()
              .nullable(),
          ),
          ragged: z
            .object({
              count,
              samples: z.array(z.object({ line: count, found: count, expected: count }).strict()),
            })
            .strict()
            .nullable(),
          error: z
            .object({
              code: z.string(),
              message: z.string(),
              path: z.string(),
              line: count.optional(),
              column: z.union([count, z.string()]).optional(),
            })
            .strict()
            .nullable(),
        })
        .strict()
        .refine((s) => s.sketches.length === s.columns.length && s.checks.length === s.columns.length, {
          message: "expected one sketch and one checks entry per column",
        }),
    ),
  })
  .strict();

/** Writes a partial profile (unique-value hashes as base64). */
export async function writePartial(
  file: string,
  partial: Omit<PartialProfile, "segments"> & { segments: (SegmentState & { firstLine: number })[] },
): Promise<void> {
  const doc: PartialProfile = {
    ...partial,
    segments: partial.segments.map((s) => ({
      ...s,
      checks: s.checks.map((c) =>
        c
          ? {
              ...c,
              unique: c.unique
                ? Buffer.from(c.unique.buffer, c.unique.byteOffset, c.unique.byteLength).toString("base64")
                : null,
            }
          : null,
      ),
    })),
  };
  await writeJsonAtomic(file, doc);
}

/** A partial profile as merging uses it: unique-value hashes decoded. */
export type ReadPartial = Omit<PartialProfile, "segments"> & {
  file: string;
  segments: (SegmentState & { firstLine: number })[];
};

/** Reads and validates one partial profile; every problem names the file and the field. */
export async function readPartial(file: string, shown = file): Promise<ReadPartial> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new ConfigurationError(`${shown}: partial profile not found`, {
        code: "file-not-found",
        location: { file: shown },
      });
    throw error;
  }
  const value = parseJson(text, shown);
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (kind !== PARTIAL_KIND)
    throw new ConfigurationError(
      `${shown}: expected a partial profile (kind ${PARTIAL_KIND}, written by validate-data with shard: i/n), found kind ${JSON.stringify(kind ?? null)}`,
      { code: "partial-invalid", location: { file: shown } },
    );
  const result = PartialProfileSchema.safeParse(value);
  if (!result.success)
    throw new ConfigurationError(
      `${shown}: invalid partial profile: ${describeIssue(result.error.issues[0]!, value)}`,
      {
        code: "partial-invalid",
        location: { file: shown },
      },
    );
  const doc = result.data as unknown as PartialProfile;
  return {
    ...doc,
    file: shown,
    segments: doc.segments.map((s) => ({
      ...s,
      sketches: s.sketches.map(restoreInfinities),
      checks: s.checks.map((c) => {
        if (!c) return null;
        const bytes = c.unique === null ? null : Buffer.from(c.unique, "base64");
        if (bytes && bytes.length % 16 !== 0)
          throw new ConfigurationError(
            `${shown}: invalid partial profile: unique-value hashes are truncated`,
            {
              code: "partial-invalid",
              location: { file: shown },
            },
          );
        const unique = bytes ? new Int32Array(new Uint8Array(bytes).buffer, 0, bytes.length / 4) : null;
        return { ...c, unique };
      }),
    })),
  };
}

/** JSON writes ±Infinity (an empty column's min/max) as null; put them back. */
function restoreInfinities(s: SegmentState["sketches"][number]): SegmentState["sketches"][number] {
  const m = s.moments as { min: number | null; max: number | null };
  return { ...s, moments: { ...s.moments, min: m.min ?? Infinity, max: m.max ?? -Infinity } };
}

/**
 * Checks that partials belong together: the same shard count, each shard once, the same files
 * (by digest), options and schema. Returns them ordered by shard.
 */
export function checkPartials(partials: ReadPartial[]): ReadPartial[] {
  if (partials.length === 0)
    throw new ConfigurationError("input 'merge': no partial profiles to merge", { code: "input-invalid" });
  const sorted = [...partials].sort((a, b) => a.shard.index - b.shard.index);
  const first = sorted[0]!;
  const n = first.shard.count;
  const fail = (p: ReadPartial, message: string) => {
    throw new ConfigurationError(`${p.file}: ${message}`, {
      code: "partial-mismatch",
      location: { file: p.file },
    });
  };
  const seen = new Map<number, string>();
  for (const p of sorted) {
    if (p.shard.count !== n)
      fail(
        p,
        `shard ${p.shard.index}/${p.shard.count}, but ${first.file} is shard ${first.shard.index}/${n}: partials of different splits`,
      );
    const other = seen.get(p.shard.index);
    if (other) fail(p, `shard ${p.shard.index}/${n} again (also ${other}); each shard must be merged once`);
    seen.set(p.shard.index, p.file);
    const files = (x: ReadPartial) => x.dataset.files.map((f) => `${f.path} ${f.sha256}`).join("\n");
    if (files(p) !== files(first)) {
      const mine = new Map(p.dataset.files.map((f) => [f.path, f.sha256]));
      const diff = first.dataset.files.find((f) => mine.get(f.path) !== f.sha256);
      fail(
        p,
        diff
          ? `made from other data than ${first.file}: ${diff.path} ${mine.has(diff.path) ? "has other content (sha256 differs)" : "is not in it"}`
          : `made from other data than ${first.file}: its files are ${p.dataset.files.map((f) => f.path).join(", ")}`,
      );
    }
    if (p.dataset.format !== first.dataset.format || p.dataset.delimiter !== first.dataset.delimiter)
      fail(
        p,
        `read with format ${p.dataset.format} and delimiter ${JSON.stringify(p.dataset.delimiter)}, but ${first.file} with ${first.dataset.format} and ${JSON.stringify(first.dataset.delimiter)}`,
      );
    if (JSON.stringify(p.schema?.schema ?? null) !== JSON.stringify(first.schema?.schema ?? null))
      fail(
        p,
        `checked against another schema than ${first.file} (${p.schema?.source ?? "none"} vs ${first.schema?.source ?? "none"}); run every shard with the same schema`,
      );
  }
  const missing = [];
  for (let i = 1; i <= n; i++) if (!seen.has(i)) missing.push(`${i}/${n}`);
  if (missing.length)
    throw new ConfigurationError(
      `input 'merge': shard(s) ${missing.join(", ")} missing (have ${sorted.map((p) => p.file).join(", ")}); a merge needs every shard`,
      { code: "partial-mismatch" },
    );
  return sorted;
}
