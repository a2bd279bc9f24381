import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ConfigurationError } from "@mlops/core";
import {
  applyAlias,
  applyRegister,
  checkIndex,
  emptyIndex,
  type ModelIndex,
  type PreparedVersion,
} from "./model-index.js";

function prepared(key: string | null, digest: string, aliases: string[] = []): PreparedVersion {
  return {
    aliases,
    storage: { backend: "local", layout: "file" },
    document: {
      kind: "mlops.model-version",
      version: 1,
      name: "m",
      created: "2026-01-01T00:00:00.000Z",
      createdBy: null,
      metrics: {},
      params: {},
      files: [],
      run: null,
      lineage: {
        data: [],
        gitSha: null,
        repository: null,
        workflowRunId: null,
        runAttempt: null,
        parentVersion: null,
      },
      tags: {},
      idempotencyKey: key,
      contentDigest: digest.padEnd(64, "0"),
    },
  };
}

type Op =
  | { kind: "register"; key: number | null; content: number; alias: string | null }
  | { kind: "alias"; alias: string; version: number; expectCurrent: boolean }
  | { kind: "remove"; alias: string };

const alias = fc.constantFrom("production", "staging", "champion");
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant("register" as const),
    key: fc.option(fc.integer({ min: 0, max: 5 })),
    content: fc.integer({ min: 0, max: 1 }),
    alias: fc.option(alias),
  }),
  fc.record({
    kind: fc.constant("alias" as const),
    alias,
    version: fc.integer({ min: 1, max: 12 }),
    expectCurrent: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("remove" as const), alias }),
);

describe("index operations", () => {
  it("keep versions gapless, keys unique, aliases pointing at existing versions, whatever the sequence", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let index: ModelIndex = emptyIndex("m");
        const contentOfKey = new Map<number, number>();
        for (const o of ops) {
          try {
            if (o.kind === "register") {
              const before = index.versions.length;
              const out = applyRegister(
                index,
                prepared(o.key === null ? null : `k${o.key}`, String(o.content), o.alias ? [o.alias] : []),
                (n) => `models:/m/${n}`,
              );
              if (o.key !== null && contentOfKey.has(o.key)) expect(out.created).toBe(false);
              if (out.created) {
                expect(out.version).toBe(before + 1);
                index = out.index;
                if (o.key !== null) contentOfKey.set(o.key, o.content);
              }
            } else if (o.kind === "alias") {
              const current = index.aliases[o.alias] ?? null;
              index = applyAlias(
                index,
                o.alias,
                o.version,
                o.expectCurrent ? { expected: current } : { expected: current === null ? 1 : null },
              ).index;
              expect(o.expectCurrent).toBe(true); // a wrong expectation never succeeds
            } else {
              index = applyAlias(index, o.alias, null).index;
            }
          } catch (error) {
            const code = (error as ConfigurationError).code;
            expect([
              "idempotency-conflict",
              "alias-conflict",
              "version-not-found",
              "alias-not-found",
            ]).toContain(code);
            if (code === "idempotency-conflict" && o.kind === "register")
              expect(contentOfKey.get(o.key!)).not.toBe(o.content);
          }
          checkIndex(index, "m", "index"); // the invariants every writer keeps
          const keys = index.versions.map((v) => v.document.idempotencyKey).filter((k) => k !== null);
          expect(new Set(keys).size).toBe(keys.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
