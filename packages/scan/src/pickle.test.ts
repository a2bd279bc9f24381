import { describe, expect, it } from "vitest";
import { scanBytes, classifyGlobal, type FileReport } from "./index.js";
import {
  MARK,
  MEMOIZE,
  PROTO,
  REDUCE,
  STOP,
  TUPLE1,
  TUPLE2,
  bytes,
  callPickle,
  global,
  short,
  stackGlobal,
  u32,
  u64,
  uni,
} from "../test-support/builders.js";

const imported = (report: FileReport): string[] =>
  report.globals.map((g) => `${g.module}.${g.name}:${g.severity}`);

describe("pickle walker: malicious pickles built opcode by opcode", () => {
  it("flags REDUCE of os.system (protocol 2 GLOBAL)", () => {
    const report = scanBytes(callPickle("os", "system", "echo pwned"), "model.pkl");
    expect(report.verdict).toBe("dangerous");
    expect(imported(report)).toEqual(["os.system:dangerous"]);
    expect(report.globals[0]).toMatchObject({ opcode: "GLOBAL", offset: 2 });
  });

  it("resolves STACK_GLOBAL of builtins.eval from strings memoized earlier and fetched with BINGET", () => {
    const data = bytes(
      PROTO(4),
      short("builtins"),
      MEMOIZE, // memo 0
      "0", // POP: the string only survives in the memo
      short("eval"),
      MEMOIZE, // memo 1
      "0",
      "h",
      0, // BINGET 0
      "h",
      1, // BINGET 1
      0x93, // STACK_GLOBAL
      short("__import__('os').system('id')"),
      TUPLE1,
      REDUCE,
      STOP,
    );
    const report = scanBytes(data, "model.pkl");
    expect(report.verdict).toBe("dangerous");
    expect(imported(report)).toEqual(["builtins.eval:dangerous"]);
    expect(report.globals[0]?.opcode).toBe("STACK_GLOBAL");
  });

  it("flags INST subprocess.Popen in a protocol 0 pickle without any magic or extension", () => {
    const data = bytes(MARK, "(S'sh'\nS'-c'\nS'id'\nl", "isubprocess\nPopen\n", STOP);
    const report = scanBytes(data, "weights");
    expect(report.format).toBe("pickle");
    expect(report.verdict).toBe("dangerous");
    expect(imported(report)).toEqual(["subprocess.Popen:dangerous"]);
    expect(report.globals[0]?.opcode).toBe("INST");
  });

  it("flags OBJ and NEWOBJ_EX calls through their class globals", () => {
    const obj = bytes(PROTO(2), MARK, global("posix", "system"), uni("id"), "o", STOP);
    expect(imported(scanBytes(obj, "a.pkl"))).toEqual(["posix.system:dangerous"]);
    const newobjEx = bytes(PROTO(4), stackGlobal("socket", "socket"), ")", "}", 0x92, STOP);
    expect(imported(scanBytes(newobjEx, "b.pkl"))).toEqual(["socket.socket:dangerous"]);
  });

  it("flags a getattr chain: getattr(__import__('os'), 'system')('id')", () => {
    const data = bytes(
      PROTO(2),
      global("__builtin__", "getattr"),
      global("__builtin__", "__import__"),
      uni("os"),
      TUPLE1,
      REDUCE,
      uni("system"),
      TUPLE2,
      REDUCE,
      uni("id"),
      TUPLE1,
      REDUCE,
      STOP,
    );
    const report = scanBytes(data, "model.pkl");
    expect(report.verdict).toBe("dangerous");
    expect(imported(report)).toEqual(["__builtin__.getattr:dangerous", "__builtin__.__import__:dangerous"]);
  });

  it("flags protocol 4 dotted names that walk attributes to a dangerous object", () => {
    const data = bytes(
      PROTO(4),
      stackGlobal("sklearn.base", "np.os.system"),
      uni("id"),
      TUPLE1,
      REDUCE,
      STOP,
    );
    const report = scanBytes(data, "model.pkl");
    expect(report.globals[0]).toMatchObject({
      module: "sklearn.base",
      name: "np.os.system",
      severity: "dangerous",
    });
  });

  it("reports a STACK_GLOBAL whose operands are not constants as dangerous, saying what it found", () => {
    // module name computed by calling a (safe-looking) function: unknowable without running it
    const data = bytes(
      PROTO(4),
      stackGlobal("_codecs", "encode"),
      short("os"),
      short("ascii"),
      TUPLE2,
      REDUCE,
      short("system"),
      0x93,
      STOP,
    );
    const report = scanBytes(data, "model.pkl");
    expect(report.verdict).toBe("dangerous");
    const issue = report.issues.find((i) => i.severity === "dangerous");
    expect(issue?.message).toMatch(
      /STACK_GLOBAL at byte \d+: expected a module and a name pushed as string constants, found result of calling _codecs.encode and string "system"/,
    );
    expect(issue?.offset).toBe(data.length - 2);
  });

  it("reports EXT1/EXT2/EXT4 imports (the copyreg extension registry) as dangerous", () => {
    for (const ext of [bytes(0x82, 1), bytes(0x83, 1, 0), bytes(0x84, u32(7))]) {
      const report = scanBytes(bytes(PROTO(2), ext, ")", REDUCE, STOP), "m.pkl");
      expect(report.verdict).toBe("dangerous");
      expect(report.issues[0]?.message).toMatch(/extension code/);
    }
  });

  it("warns about globals that are neither known safe nor known dangerous", () => {
    const report = scanBytes(bytes(PROTO(2), global("mycompany.models", "Churn"), ")", 0x81, STOP), "m.pkl");
    expect(report.verdict).toBe("warn");
    expect(report.globals[0]).toMatchObject({ severity: "unknown", reason: "not on the allowlist" });
  });

  it("flags an old joblib NDArrayWrapper whose array file lies outside the model directory", () => {
    const wrapper = (filename: string): Buffer =>
      bytes(
        PROTO(2),
        global("joblib.numpy_pickle_compat", "NDArrayWrapper"),
        ")",
        0x81,
        "}",
        MARK,
        uni("filename"),
        uni(filename),
        uni("subclass"),
        global("numpy", "ndarray"),
        "u",
        "b",
        STOP,
      );
    expect(scanBytes(wrapper("model.pkl_01.npy"), "model.pkl").verdict).toBe("safe");
    const outside = scanBytes(wrapper("../../secrets/x.npy"), "model.pkl");
    expect(outside.verdict).toBe("dangerous");
    expect(outside.issues[0]?.message).toMatch(
      /array file "..\/..\/secrets\/x.npy" is outside the model's directory/,
    );
    expect(scanBytes(wrapper("/etc/x.npy"), "model.pkl").verdict).toBe("dangerous");
  });

  it("warns when a pickle calls something that is not an imported global (the result of another call)", () => {
    const data = bytes(PROTO(2), global("collections", "OrderedDict"), ")", REDUCE, ")", REDUCE, STOP);
    const report = scanBytes(data, "m.pkl");
    expect(report.verdict).toBe("warn");
    expect(report.issues[0]?.message).toBe(
      "REDUCE at byte 30: calls result of calling collections.OrderedDict, not an imported global",
    );
  });

  it("keeps scanning after the first pickle (legacy torch.save writes several) and finds a later payload", () => {
    const first = bytes(PROTO(2), 0x8a, 2, 0x6c, 0xfc, STOP); // LONG1 magic number
    const data = bytes(first, callPickle("os", "system", "id"));
    expect(scanBytes(data, "legacy.pt").verdict).toBe("dangerous");
  });

  it("walks every protocol 4/5 opcode: frames, 8-byte lengths, buffers, sets, persistent ids", () => {
    const body = bytes(
      0x8d,
      u64(1),
      "a", // BINUNICODE8
      0x8e,
      u64(2),
      "bb", // BINBYTES8
      0x96,
      u64(1),
      "c", // BYTEARRAY8
      0x97, // NEXT_BUFFER
      0x98, // READONLY_BUFFER
      0x8f, // EMPTY_SET
      MARK,
      "K",
      1,
      0x90, // ADDITEMS
      MARK,
      "K",
      2,
      0x91, // FROZENSET
      short("pid"),
      "Q", // BINPERSID
      "P",
      "7\n", // PERSID
      "G",
      Buffer.alloc(8), // BINFLOAT
      0x88,
      0x89,
      "N",
      0x8b,
      u32(1),
      5, // LONG4
      "M",
      1,
      2, // BININT2
      "J",
      u32(3), // BININT
      MARK,
      0x31, // POP_MARK
      "2",
      "0", // DUP, POP
      "t", // TUPLE of everything since the outer MARK
    );
    const framed = bytes(PROTO(5), 0x95, u64(body.length + 2), MARK, body, STOP);
    const report = scanBytes(framed, "m.pkl");
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(report.verdict).toBe("safe");
    expect(report.issues.some((i) => /NEXT_BUFFER/.test(i.message))).toBe(true);
  });

  it("walks APPENDS and SETITEMS onto an imported object (a module-level list or dict), as CPython does", () => {
    const data = bytes(
      PROTO(2),
      global("mypkg", "registry"),
      MARK,
      "K",
      1,
      "e",
      MARK,
      uni("k"),
      "K",
      2,
      "u",
      STOP,
    );
    const report = scanBytes(data, "m.pkl");
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(report.verdict).toBe("warn");
  });

  it("follows CPython where it is lenient: POP of an empty MARK, int(text, 0) spellings", () => {
    const data = bytes(
      PROTO(2),
      MARK,
      "0",
      "I1_000\n",
      "I0x10\n",
      "p 7 \n",
      "0",
      "g7\n",
      "0",
      callPickle("os", "system", "id").subarray(2),
    );
    const report = scanBytes(data, "m.pkl");
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(report.verdict).toBe("dangerous");
  });

  it("walks protocol 0 strings longer than the kept 4096 bytes", () => {
    const long = "x".repeat(10_000);
    const report = scanBytes(bytes(`(S'${long}'\nV${long}\nl.`), "m.pkl");
    expect(report.verdict).toBe("safe");
  });

  it("walks protocol 0 text opcodes: INT, LONG, FLOAT, STRING, UNICODE, PUT/GET, DICT, LIST", () => {
    const data = bytes("(dp0\nS'a'\np1\nI1\nsS'b'\nL12L\nsV\\u00e9\np2\nF1.5\nsg1\n(lp3\nI01\naF2.0\nas.");
    const report = scanBytes(data, "m.pkl");
    expect(report.format).toBe("pickle");
    expect(report.verdict).toBe("safe");
  });
});

describe("pickle walker: bad input gives located errors", () => {
  const cases: Array<[string, Buffer, RegExp, number]> = [
    [
      "truncated string",
      bytes(PROTO(2), "X", u32(100), "abc"),
      /expected 100 bytes of BINUNICODE at byte 7, found 3/,
      7,
    ],
    ["no STOP", bytes(PROTO(2), "N"), /no STOP/, 3],
    ["unknown opcode", bytes(PROTO(2), 0xff), /expected a pickle opcode at byte 2, found 0xff/, 2],
    ["protocol 6", bytes(0x80, 6, "N."), /expected protocol 0-5, found 6/, 0],
    [
      "stack underflow",
      bytes(PROTO(2), REDUCE, STOP),
      /REDUCE at byte 2: expected a value on the stack, found it empty/,
      2,
    ],
    ["memo miss", bytes(PROTO(2), "h", 9, STOP), /expected memo key 9 to be stored, found no such key/, 2],
    [
      "huge BINBYTES8",
      bytes(PROTO(4), 0x8e, u64(2 ** 52), STOP),
      /expected 4503599627370496 bytes of bytes at byte 11/,
      11,
    ],
    [
      "frame past end",
      bytes(PROTO(4), 0x95, u64(1000), "N."),
      /FRAME at byte 2: expected 1000 bytes of frame, found 2/,
      2,
    ],
    ["TUPLE without MARK", bytes(PROTO(2), "N", "t", STOP), /TUPLE at byte 3: expected a MARK/, 3],
  ];
  for (const [what, data, message, offset] of cases) {
    it(`${what}: error at byte ${offset}`, () => {
      const report = scanBytes(data, "m.pkl");
      expect(report.verdict).toBe("error");
      const error = report.issues.find((i) => i.severity === "error");
      expect(error?.message).toMatch(message);
      expect(error?.offset).toBe(offset);
    });
  }

  it("after a pickle breaks, still reports dangerous imports that the following bytes spell out", () => {
    const hidden = bytes(
      PROTO(4),
      "h",
      9, // BINGET of a key never stored: the walk stops here
      global("posix", "system"),
      short("builtins"),
      MEMOIZE,
      short("exec"),
      0x93,
      global("collections", "OrderedDict"),
      STOP,
    );
    const report = scanBytes(hidden, "m.pkl");
    expect(report.verdict).toBe("dangerous");
    expect(report.issues.filter((i) => i.severity === "dangerous").map((i) => i.offset)).toEqual([4, 35]);
    expect(report.issues.find((i) => i.severity === "dangerous")?.message).toMatch(
      /^after the walk stopped at byte 2, the bytes at 4 still read as an import of posix.system \(GLOBAL; /,
    );
  });

  it("still reports the globals imported before a pickle breaks (a loader imports them too)", () => {
    const data = bytes(PROTO(2), global("os", "system"), uni("id"), TUPLE1, REDUCE, 0xff);
    const report = scanBytes(data, "m.pkl");
    expect(report.verdict).toBe("dangerous");
    expect(report.issues.map((i) => i.severity)).toContain("error");
  });
});

describe("policy", () => {
  it.each([
    ["builtins", "eval", "dangerous"],
    ["__builtin__", "exec", "dangerous"],
    ["builtins", "getattr", "dangerous"],
    ["os.path", "join", "dangerous"],
    ["nt", "system", "dangerous"],
    ["runpy", "_run_code", "dangerous"],
    ["importlib", "import_module", "dangerous"],
    ["pickle", "loads", "dangerous"],
    ["_pickle", "loads", "dangerous"],
    ["marshal", "loads", "dangerous"],
    ["types", "CodeType", "dangerous"],
    ["ctypes", "CDLL", "dangerous"],
    ["webbrowser", "open", "dangerous"],
    ["urllib.request", "urlopen", "dangerous"],
    ["http.client", "HTTPSConnection", "dangerous"],
    ["requests.api", "get", "dangerous"],
    ["torch.serialization", "load", "dangerous"],
    ["numpy", "load", "dangerous"],
    ["sklearn.datasets", "fetch_openml", "dangerous"],
    ["numpy.core.multiarray", "_reconstruct", "safe"],
    ["numpy._core.multiarray", "scalar", "safe"],
    ["numpy", "dtype", "safe"],
    ["numpy.random._pickle", "__generator_ctor", "safe"],
    ["sklearn.ensemble._forest", "RandomForestClassifier", "safe"],
    ["sklearn.tree._tree", "Tree", "safe"],
    ["sklearn.utils", "resample", "unknown"],
    ["copy_reg", "_reconstructor", "safe"],
    ["_codecs", "encode", "safe"],
    ["collections", "OrderedDict", "safe"],
    ["torch._utils", "_rebuild_tensor_v2", "safe"],
    ["torch", "FloatStorage", "safe"],
    ["joblib.numpy_pickle", "NumpyArrayWrapper", "safe"],
    ["builtins", "set", "safe"],
    ["mypkg", "Model", "unknown"],
    ["cPickle", "loads", "dangerous"],
    ["commands", "getoutput", "dangerous"],
    ["__builtin__", "reduce", "dangerous"],
    ["urllib2", "urlopen", "dangerous"],
    ["shelve", "open", "dangerous"],
    ["pathlib", "Path.write_text", "dangerous"],
    ["imp", "load_source", "dangerous"],
    ["codecs", "open", "dangerous"],
    ["pandas._libs.parsers", "TextReader", "dangerous"],
    ["pandas.core.computation.expr", "Expr", "dangerous"],
    ["pandas.core.frame", "DataFrame", "safe"],
    ["pandas.core.indexes.base", "_new_Index", "safe"],
    ["sklearn._loss._loss", "__pyx_unpickle_CyHalfBinomialLoss", "safe"],
    ["sklearn.ensemble._hist_gradient_boosting.binning", "_BinMapper", "safe"],
    ["__builtin__", "xrange", "safe"],
    ["torch.serialization", "_get_layout", "safe"],
    ["torch.serialization", "load", "dangerous"],
    ["torch", "float8_e4m3fn", "safe"],
    ["torch", "BFloat16Tensor", "safe"],
    ["torch.cuda", "FloatStorage", "safe"],
    ["torch._utils", "_rebuild_tensor_v3", "safe"],
    ["torch", "load", "dangerous"],
    ["torch", "from_file", "dangerous"],
    ["sklearn.externals.joblib.numpy_pickle", "NumpyArrayWrapper", "safe"],
    ["sklearn.externals.joblib", "load", "dangerous"],
    ["sklearn", "__init__", "unknown"],
  ])("%s.%s is %s", (module, name, severity) => {
    expect(classifyGlobal(module, name).severity).toBe(severity);
  });
});
