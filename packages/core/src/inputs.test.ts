import { describe, expect, it } from "vitest";
import { layeredInputs, type RawInputs } from "./inputs.js";

const given =
  (values: Record<string, string>): RawInputs =>
  (name) =>
    values[name];

describe("layeredInputs", () => {
  it("a given input wins over mlops.yml, which wins over the step's default", () => {
    const input = layeredInputs(
      given({ a: "given" }),
      { a: "file", b: "file", list: ["x", "y"], map: { k: 1 } },
      { a: "d", b: "d", c: "d" },
    );
    expect([input("a"), input("b"), input("c"), input("none")]).toEqual(["given", "file", "d", undefined]);
    expect(input("list")).toBe("x\ny");
    expect(input("map")).toBe('{"k":1}');
  });

  it("an empty given value is not given, except that it turns a default off", () => {
    const input = layeredInputs(given({ a: "", b: "" }), { a: "file", b: "file" }, { b: "d", c: "d" });
    expect(input("a")).toBe("file");
    expect(input("b")).toBeUndefined();
    expect(layeredInputs(given({ c: "" }), {}, { c: "d" })("c")).toBeUndefined();
  });

  it("'' or null in mlops.yml turns a default off too", () => {
    expect(layeredInputs(given({}), { a: "" }, { a: "d" })("a")).toBeUndefined();
    expect(layeredInputs(given({}), { a: null }, { a: "d" })("a")).toBeUndefined();
    expect(layeredInputs(given({}), { a: null }, {})("a")).toBeUndefined();
  });
});
