/**
 * Property tests: whatever the bytes, scanning returns a report (never throws), every error is
 * located, and the work is bounded by the input (every opcode consumes a byte, every length is
 * checked against what remains), so random and mutated inputs finish.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanBytes, type FileReport } from "./index.js";
import {
  PROTO,
  STOP,
  bytes,
  callPickle,
  global,
  makeZip,
  onnxModel,
  stackGlobal,
  u64,
  uni,
} from "../test-support/builders.js";

const NAMES = [
  "model.pkl",
  "model.joblib",
  "model.pt",
  "model.npy",
  "model.npz",
  "model.keras",
  "model.h5",
  "model.onnx",
  "model.safetensors",
  "model.json",
  "model",
];

function npy(): Buffer {
  const header = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }".padEnd(117, " ") + "\n";
  return bytes("\x93NUMPY", 1, 0, header.length, 0, header, callPickle("os", "system", "id"));
}

function joblibLike(): Buffer {
  const state = bytes(
    "}(",
    uni("shape"),
    "K",
    3,
    0x85,
    uni("dtype"),
    global("numpy", "dtype"),
    uni("f4"),
    0x89,
    0x88,
    0x87,
    "R",
    uni("numpy_array_alignment_bytes"),
    "K",
    16,
    "u",
  );
  return bytes(
    PROTO(4),
    stackGlobal("joblib.numpy_pickle", "NumpyArrayWrapper"),
    ")",
    0x81,
    state,
    "b",
    3,
    0xff,
    0xff,
    0xff,
    Buffer.alloc(12),
    STOP,
  );
}

/** Seeds the mutations start from: one of each container and format. */
const SEEDS: Array<[string, Buffer]> = [
  ["model.pkl", callPickle("os", "system", "echo pwned")],
  ["model.pkl", bytes(PROTO(4), stackGlobal("collections", "OrderedDict"), ")", "R", STOP)],
  ["model.joblib", joblibLike()],
  ["model.npy", npy()],
  [
    "model.pt",
    makeZip([
      { name: "a/data.pkl", data: callPickle("torch._utils", "_rebuild_tensor_v2", "x"), deflate: true },
    ]),
  ],
  ["model.npz", makeZip([{ name: "x.npy", data: npy() }])],
  [
    "model.keras",
    makeZip([
      { name: "config.json", data: '{"class_name":"Lambda"}' },
      { name: "metadata.json", data: "{}" },
    ]),
  ],
  ["model.onnx", onnxModel(["w.bin", null], true)],
  ["model.safetensors", bytes(u64(2), "{}")],
];

function checkReport(report: FileReport, label: string): void {
  expect(["safe", "warn", "dangerous", "error"], label).toContain(report.verdict);
  for (const issue of report.issues) {
    if (issue.severity !== "error") continue;
    expect(issue.message.length, label).toBeGreaterThan(0);
    expect(
      typeof issue.offset === "number" && issue.offset >= 0,
      `${label}: error without a byte offset: ${issue.message}`,
    ).toBe(true);
  }
}

describe("scanner fuzzing", () => {
  it("random bytes under any model extension give a report with located errors", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), fc.constantFrom(...NAMES), (data, name) => {
        checkReport(scanBytes(data, name), `${name} ${Buffer.from(data).toString("hex")}`);
      }),
      { numRuns: 600 },
    );
  });

  it("random bytes after a pickle header are walked or rejected with a location", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.uint8Array({ maxLength: 256 }), (protocol, tail) => {
        checkReport(scanBytes(bytes(PROTO(protocol), tail), "m.pkl"), Buffer.from(tail).toString("hex"));
      }),
      { numRuns: 600 },
    );
  });

  it("every truncation of every seed gives a report, and truncated payloads are never called safe", () => {
    for (const [name, data] of SEEDS) {
      for (let cut = 0; cut < data.length; cut++) {
        const report = scanBytes(data.subarray(0, cut), name);
        checkReport(report, `${name} cut at ${cut}`);
        expect(report.verdict, `${name} cut at ${cut}`).not.toBe("safe");
      }
    }
  });

  it("random byte flips and insertions in every seed give a report with located errors", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SEEDS.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.boolean()), {
          minLength: 1,
          maxLength: 8,
        }),
        (index, edits) => {
          const [name, seed] = SEEDS[index] as [string, Buffer];
          let data = Buffer.from(seed);
          for (const [position, value, insert] of edits) {
            const at = position % (data.length + 1);
            data = insert
              ? Buffer.concat([data.subarray(0, at), Buffer.from([value]), data.subarray(at)])
              : Buffer.concat([data.subarray(0, at), Buffer.from([value]), data.subarray(at + 1)]);
          }
          checkReport(scanBytes(data, name), `${name} ${data.toString("hex")}`);
        },
      ),
      { numRuns: 800 },
    );
  });

  it("huge announced lengths are refused without allocating them", () => {
    for (const op of [0x8d, 0x8e, 0x96]) {
      const report = scanBytes(bytes(PROTO(5), op, u64(2 ** 50), STOP), "m.pkl");
      expect(report.verdict).toBe("error");
      expect(report.issues[0]?.message).toMatch(/expected 1125899906842624 bytes .* found 1 before the end/);
    }
  });
});
