/*
 * The hidden marker that identifies our sticky comment: `<!-- mlops-report:<model>[:<cell>] -->`,
 * the first line of the comment (where @mlops/github's upsertStickyComment puts and looks for it).
 * Model names are restricted (letters, digits, '.', '_', '-'), matrix cells are free text, so
 * both are percent-encoded outside that set: the marker can never contain `-->`, a second
 * marker, or a ':' that would make "a" + cell "b:c" equal model "a:b" + cell "c". User text in
 * the body is HTML-escaped (escape.ts), so no input can put `<!--` into a rendered report.
 */

import { wellFormed } from "@mlops/core/markdown";

const MARKER_KEY_PREFIX = "mlops-report:";

function encodePart(s: string): string {
  return Array.from(new TextEncoder().encode(wellFormed(s)))
    .map((b) => {
      const c = String.fromCharCode(b);
      return /[A-Za-z0-9._]/.test(c) || (c === "-" && b < 0x80)
        ? c
        : `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
    })
    .join("")
    .replace(/--/g, "-%2D");
}

/**
 * The marker's key, `mlops-report:<model>[:<cell>]`: what @mlops/github's upsertStickyComment
 * takes as `marker` (it writes it as the hidden first line `<!-- key -->`).
 */
export function reportMarkerKey(model: string, matrixCell?: string | null): string {
  const cell = matrixCell ? `:${encodePart(matrixCell)}` : "";
  return `${MARKER_KEY_PREFIX}${encodePart(model)}${cell}`;
}

/** The hidden line itself: `<!-- mlops-report:<model>[:<cell>] -->`. */
export function reportMarker(model: string, matrixCell?: string | null): string {
  return `<!-- ${reportMarkerKey(model, matrixCell)} -->`;
}

/** True when `body` carries exactly this marker (not one for another model or matrix cell). */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  return typeof body === "string" && body.includes(marker);
}
