import { formatCount } from "@mlops/core/markdown";

/*
 * GitHub's size limits for the three places a report goes, and how each is counted.
 *
 * - Issue/PR comment body: "Body is too long (maximum is 65536 characters)". GitHub's own count
 *   has been measured differently over the years (characters, code points, and a 262,144-byte
 *   cap on some surfaces). We count UTF-16 code units (JavaScript's .length), which is never
 *   less than the number of code points, and 65,536 code units are at most 262,144 UTF-8 bytes,
 *   so a body within this budget is within every one of those readings.
 * - Check-run output.summary / output.text: "Maximum length: 65535 characters" each; reports
 *   (github/rest-api-description#5399) say it is enforced on bytes, so we count UTF-8 bytes,
 *   which is never less than the UTF-16 count.
 * - Job summary ($GITHUB_STEP_SUMMARY): the runner refuses a step's summary over 1 MiB
 *   ("supports content up to a size of 1024k"), a byte count.
 */

export type Measure = "utf16" | "utf8";

export interface Limit {
  /** Largest allowed size, in `measure` units. */
  max: number;
  measure: Measure;
  /** What the notice calls it: "comment", "check run", "job summary". */
  label: string;
}

export const LIMITS = {
  comment: { max: 65_536, measure: "utf16", label: "comment" },
  checkRun: { max: 65_535, measure: "utf8", label: "check run" },
  summary: { max: 1024 * 1024, measure: "utf8", label: "job summary" },
} as const satisfies Record<string, Limit>;

/** UTF-8 byte length without allocating. Lone surrogates count as U+FFFD (3 bytes), as encoders write them. */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export function measure(s: string, how: Measure): number {
  return how === "utf16" ? s.length : utf8Length(s);
}

export function describeLimit(limit: Limit): string {
  const n = formatCount(limit.max);
  if (limit.max === 1024 * 1024) return `GitHub limits a ${limit.label} to 1 MiB`;
  return `GitHub limits a ${limit.label} to ${n} ${limit.measure === "utf16" ? "characters" : "bytes"}`;
}
