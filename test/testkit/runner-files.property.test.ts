import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runner } from "@mlops/action-runtime";
import { parseCommandStream, parseKeyValueFile, parseWorkflowCommand } from "@mlops/testkit";

/*
 * The harness parses exactly what our runtime writes: random names, values, messages and
 * annotation properties survive a round trip through the runner protocol. (fast-check prints the
 * seed and path of a failure in its error message.)
 */

const text = fc.string({ unit: "grapheme", maxLength: 40 });

describe("runner protocol round trip", () => {
  it("GITHUB_OUTPUT heredocs parse back to the value", () => {
    fc.assert(
      // Values without CR: the runner, like this parser, splits the file into lines.
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
        fc.string({ maxLength: 200 }).filter((v) => !v.includes("\r")),
        (name, value) => {
          const file = runner.prepareKeyValueMessage(name, value) + "\n";
          expect(parseKeyValueFile(`other=1\n${file}`)).toEqual({ other: "1", [name]: value });
        },
      ),
    );
  });

  it("annotations parse back to message and properties", () => {
    fc.assert(
      fc.property(
        text,
        text,
        text,
        fc.integer({ min: 1, max: 100000 }),
        fc.integer({ min: 1, max: 500 }),
        (message, file, title, line, col) => {
          const command = runner.formatCommand("error", { file, line, col, title }, message);
          const parsed = parseWorkflowCommand(command);
          expect(parsed?.command).toBe("error");
          expect(parsed?.data).toBe(message);
          const log = parseCommandStream(command + "\n");
          const a = log.annotations[0]!;
          expect(a.message).toBe(message);
          expect(a.line).toBe(line);
          expect(a.col).toBe(col);
          if (file) expect(a.file).toBe(file);
          if (title) expect(a.title).toBe(title);
        },
      ),
    );
  });
});
