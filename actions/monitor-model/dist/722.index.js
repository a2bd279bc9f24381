export const id = 722;
export const ids = [722];
export const modules = {

/***/ 36722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatFindings: () => (/* reexport */ formatFindings),
  scanPath: () => (/* reexport */ scanPath),
  summarizeScan: () => (/* reexport */ summarizeScan)
});

// UNUSED EXPORTS: ScanError, canonicalModule, classifyGlobal, scanBytes, walkPickle, worstVerdict

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./packages/scan/src/policy.ts
/**
 * Which Python globals a pickle may import. Deny by default: a global is "safe" only when it is on
 * the allowlist below (what scikit-learn, NumPy, joblib and PyTorch state dicts actually use),
 * "dangerous" when it is on the denylist (runs commands, evaluates code, opens files or sockets,
 * imports arbitrary things, loads another pickle), and "unknown" otherwise: an unknown global is
 * imported (its module's top-level code runs) and may be called, so callers warn about it.
 *
 * Lists were written after reading picklescan's `_safe_globals`/`_unsafe_globals` and ModelScan's
 * `unsafe_globals`; the allowlist is the set of globals observed in pickles of fitted scikit-learn
 * estimators, NumPy arrays and generators (protocols 0-5), joblib files and torch.save archives.
 */
const policy_all = "*";
const names = (...list) => new Set(list);
/**
 * Python 2 module names that Python 3's unpickler maps to Python 3 modules for protocols 0-2
 * (fix_imports, after CPython's _compat_pickle): a payload can name `cPickle` or `commands`.
 */
const MODULE_ALIASES = {
    __builtin__: "builtins",
    future_builtins: "builtins",
    exceptions: "builtins",
    copy_reg: "copyreg",
    _abcoll: "collections.abc",
    cPickle: "pickle",
    commands: "subprocess",
    urllib2: "urllib.request",
    urlparse: "urllib.parse",
    robotparser: "urllib.robotparser",
    httplib: "http.client",
    cookielib: "http.cookiejar",
    Cookie: "http.cookies",
    BaseHTTPServer: "http.server",
    SimpleHTTPServer: "http.server",
    CGIHTTPServer: "http.server",
    SocketServer: "socketserver",
    xmlrpclib: "xmlrpc.client",
    SimpleXMLRPCServer: "xmlrpc.server",
    DocXMLRPCServer: "xmlrpc.server",
    thread: "_thread",
    dummy_thread: "_dummy_thread",
    Queue: "queue",
    UserDict: "collections",
    UserList: "collections",
    UserString: "collections",
    cStringIO: "io",
    StringIO: "io",
    anydbm: "dbm",
    whichdb: "dbm",
    dbhash: "dbm.bsd",
    gdbm: "dbm.gnu",
    dumbdbm: "dbm.dumb",
    Tkinter: "tkinter",
    ConfigParser: "configparser",
    repr: "reprlib",
    _winreg: "winreg",
};
/** Python 2 builtins that Python 3's unpickler maps elsewhere (NAME_MAPPING). */
const NAME_ALIASES = {
    "builtins.reduce": ["functools", "reduce"],
    "builtins.intern": ["sys", "intern"],
    "builtins.raw_input": ["builtins", "input"],
    "builtins.unicode": ["builtins", "str"],
    "builtins.basestring": ["builtins", "str"],
    "builtins.long": ["builtins", "int"],
    "builtins.xrange": ["builtins", "range"],
    "builtins.unichr": ["builtins", "chr"],
    "itertools.izip": ["builtins", "zip"],
    "itertools.imap": ["builtins", "map"],
    "itertools.ifilter": ["builtins", "filter"],
};
const DANGEROUS_BUILTINS = names("eval", "exec", "execfile", "compile", "getattr", "setattr", "delattr", "__import__", "open", "breakpoint", "apply", "input", "globals", "locals", "vars", "help", "memoryview", "exit", "quit", "reload", "file");
/**
 * Modules whose every member is dangerous, including submodules (`os` covers `os.path`,
 * `http` covers `http.client`). Keyed by module name.
 */
const DANGEROUS_MODULES = new Set([
    "os",
    "posix",
    "nt",
    "subprocess",
    "socket",
    "ssl",
    "runpy",
    "importlib",
    "pkgutil",
    "pty",
    "shutil",
    "sys",
    "pickle",
    "_pickle",
    "dill",
    "cloudpickle",
    "marshal",
    "ctypes",
    "_ctypes",
    "cffi",
    "webbrowser",
    "requests",
    "urllib",
    "urllib2",
    "urllib3",
    "http",
    "httplib",
    "httpx",
    "aiohttp",
    "asyncio",
    "ftplib",
    "smtplib",
    "telnetlib",
    "imaplib",
    "poplib",
    "nntplib",
    "xmlrpc",
    "multiprocessing",
    "concurrent",
    "threading",
    "_thread",
    "signal",
    "code",
    "codeop",
    "bdb",
    "pdb",
    "cProfile",
    "profile",
    "trace",
    "timeit",
    "pydoc",
    "doctest",
    "commands",
    "popen2",
    "platform",
    "tempfile",
    "glob",
    "io",
    "_io",
    "fileinput",
    "linecache",
    "zipimport",
    "site",
    "sysconfig",
    "ensurepip",
    "venv",
    "pip",
    "setuptools",
    "distutils",
    "idlelib",
    "lib2to3",
    "test",
    "uuid",
    "_osx_support",
    "_aix_support",
    "_pyrepl",
    "gc",
    "inspect",
    "weakref",
    "atexit",
    "numpy.f2py",
    "numpy.testing",
    "numpy.distutils",
    "numpy.ctypeslib",
    "torch.hub",
    "torch.jit",
    "torch.package",
    "torch.utils.cpp_extension",
    "torch._inductor",
    "torch._dynamo",
    "torch.fx",
    "torch.utils.collect_env",
    "torch.utils.bottleneck",
    "torch.utils.data.datapipes",
    "torch.utils._config_module",
    "tensorflow.io",
    "tensorflow.python.ops.gen_io_ops",
    "sklearn.datasets",
    "sklearn.utils._testing",
    "joblib._store_backends",
    "joblib.memory",
    "joblib.parallel",
    "pandas.io",
    "pandas.core.computation",
    "pandas._libs.parsers",
    "pandas._libs.json",
    "pandas._libs.writers",
    // files, archives and databases (read or write arbitrary paths)
    "pathlib",
    "codecs",
    "gzip",
    "bz2",
    "lzma",
    "zipfile",
    "tarfile",
    "shelve",
    "dbm",
    "sqlite3",
    "mmap",
    "fcntl",
    "compileall",
    "py_compile",
    "zipapp",
    "imp",
    "xml",
    "socketserver",
    "selectors",
    "select",
    "tkinter",
    "_tkinter",
    "turtle",
    "antigravity",
    "winreg",
    "_winreg",
    "scipy.io",
    "torch._C",
    "torch.ops",
    "torch.classes",
    "torch.library",
    "torch.distributed",
]);
/** Single dangerous members of otherwise ordinary modules. */
const DANGEROUS_MEMBERS = {
    builtins: DANGEROUS_BUILTINS,
    types: names("FunctionType", "CodeType", "LambdaType", "MethodType", "ModuleType", "CellType"),
    operator: names("attrgetter", "itemgetter", "methodcaller"),
    _operator: names("attrgetter", "itemgetter", "methodcaller"),
    functools: names("partial", "reduce", "partialmethod"),
    _functools: names("partial", "reduce"),
    copyreg: names("add_extension", "_reconstructor_ex"),
    logging: names("FileHandler", "config"),
    "logging.config": policy_all,
    "logging.handlers": policy_all,
    numpy: names("load", "loadtxt", "fromfile", "save", "savez", "tofile", "memmap", "genfromtxt", "DataSource"),
    "numpy.lib.npyio": policy_all,
    "numpy.lib.format": policy_all,
    "numpy.core._ufunc_config": policy_all,
    "numpy.core.numeric": names("load", "loads"),
    "numpy.core.multiarray": names("fromfile", "load"),
    "numpy._core.multiarray": names("fromfile", "load"),
    torch: names("load", "save", "from_file"),
    "torch.serialization": policy_all,
    "torch.storage": names("_load_from_bytes"),
    "torch._weights_only_unpickler": policy_all,
    joblib: names("load", "dump", "Memory", "Parallel", "delayed"),
    "joblib.numpy_pickle": names("load", "dump", "NumpyUnpickler"),
    "sklearn.externals.joblib": names("load", "dump", "Memory", "Parallel", "delayed"),
    "sklearn.externals.joblib.numpy_pickle": names("load", "dump", "NumpyUnpickler"),
    pandas: names("read_pickle", "read_csv", "read_parquet", "eval", "read_sql", "read_html", "read_json"),
};
/** Parameterless value types of builtins that a model's state legitimately contains. */
const SAFE_BUILTINS = names("set", "frozenset", "slice", "complex", "bytearray", "bytes", "object", "range", "int", "float", "bool", "str", "list", "tuple", "dict", "NoneType", "Ellipsis", "NotImplemented");
/** Common NumPy ufuncs (pickled by name as `numpy.core._multiarray_umath.<ufunc>`). */
const NUMPY_UFUNCS = names("absolute", "add", "arccos", "arccosh", "arcsin", "arcsinh", "arctan", "arctan2", "arctanh", "cbrt", "ceil", "clip", "cos", "cosh", "deg2rad", "divide", "exp", "exp2", "expm1", "fabs", "floor", "floor_divide", "fmax", "fmin", "hypot", "isfinite", "isinf", "isnan", "log", "log10", "log1p", "log2", "logaddexp", "maximum", "minimum", "multiply", "negative", "power", "rad2deg", "reciprocal", "rint", "sign", "sin", "sinh", "sqrt", "square", "subtract", "tan", "tanh", "true_divide", "trunc");
const TORCH_STORAGES = [
    "Long",
    "Float",
    "Half",
    "Double",
    "BFloat16",
    "Bool",
    "Char",
    "Short",
    "Int",
    "Byte",
    "ComplexFloat",
    "ComplexDouble",
    "QUInt8",
    "QInt8",
    "QInt32",
    "QUInt4x2",
    "QUInt2x4",
].map((kind) => `${kind}Storage`);
const TORCH_DTYPES = [
    "float16",
    "float32",
    "float64",
    "bfloat16",
    "half",
    "float",
    "double",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "bool",
    "complex64",
    "complex128",
    "long",
    "int",
    "short",
    "qint8",
    "quint8",
    "qint32",
];
/** Exact known-safe (module, name) pairs. */
const SAFE_MEMBERS = {
    builtins: SAFE_BUILTINS,
    collections: names("OrderedDict", "defaultdict", "deque", "Counter"),
    copyreg: names("_reconstructor"),
    _codecs: names("encode"),
    datetime: names("datetime", "date", "time", "timedelta", "timezone"),
    decimal: names("Decimal"),
    fractions: names("Fraction"),
    numpy: names("dtype", "ndarray", "float16", "float32", "float64", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "bool_", "complex64", "complex128", "str_", "bytes_", "object_", "datetime64", "timedelta64"),
    "numpy.core.multiarray": names("_reconstruct", "scalar", "_frombuffer"),
    "numpy._core.multiarray": names("_reconstruct", "scalar", "_frombuffer"),
    "numpy.core.numeric": names("_frombuffer"),
    "numpy._core.numeric": names("_frombuffer"),
    "numpy.core._multiarray_umath": NUMPY_UFUNCS,
    "numpy._core._multiarray_umath": NUMPY_UFUNCS,
    "numpy.ma.core": names("_mareconstruct", "MaskedArray"),
    "numpy.random._pickle": names("__bit_generator_ctor", "__generator_ctor", "__randomstate_ctor", "__legacy_seeding"),
    "numpy.random._mt19937": names("MT19937"),
    "numpy.random._pcg64": names("PCG64", "PCG64DXSM"),
    "numpy.random._philox": names("Philox"),
    "numpy.random._sfc64": names("SFC64"),
    "numpy.random.bit_generator": names("SeedSequence"),
    "numpy.random._generator": names("Generator"),
    "numpy.random.mtrand": names("RandomState"),
    "scipy.sparse._csr": names("csr_matrix", "csr_array"),
    "scipy.sparse._csc": names("csc_matrix", "csc_array"),
    "scipy.sparse._coo": names("coo_matrix", "coo_array"),
    "scipy.sparse.csr": names("csr_matrix"),
    "scipy.sparse.csc": names("csc_matrix"),
    "scipy.sparse.coo": names("coo_matrix"),
    "joblib.numpy_pickle": names("NumpyArrayWrapper"),
    "joblib.numpy_pickle_compat": names("NDArrayWrapper", "ZNDArrayWrapper"),
    "sklearn.externals.joblib.numpy_pickle": names("NumpyArrayWrapper", "NDArrayWrapper", "ZNDArrayWrapper"),
    torch: new Set([...TORCH_STORAGES, ...TORCH_DTYPES, "Size", "device", "dtype", "Tensor", "TypedStorage"]),
    // torch.load(weights_only=True)'s own allowlist (torch/_weights_only_unpickler.py) is the reference.
    "torch._utils": names("_rebuild_tensor", "_rebuild_tensor_v2", "_rebuild_tensor_v3", "_rebuild_parameter", "_rebuild_parameter_with_state", "_rebuild_qtensor", "_rebuild_sparse_tensor", "_rebuild_meta_tensor_no_storage", "_rebuild_nested_tensor", "_rebuild_wrapper_subclass", "_rebuild_device_tensor_from_numpy", "_rebuild_device_tensor_from_cpu_tensor"),
    "torch._tensor": names("_rebuild_from_type_v2"),
    "torch.nn.parameter": names("Parameter"),
    "torch.storage": names("TypedStorage", "UntypedStorage", "_TypedStorage"),
    // Cython trees' `newObj(cls)` is `cls.__new__(cls)`; the scorer is a plain function value.
    "sklearn.metrics._dist_metrics": names("newObj"),
    "sklearn.neighbors._kd_tree": names("newObj"),
    "sklearn.neighbors._ball_tree": names("newObj"),
    "sklearn.neighbors._binary_tree": names("newObj"),
    "sklearn.metrics._scorer": names("_passthrough_scorer"),
    // pandas reconstructors (DataFrame, Series, indexes, blocks, timestamps) as pandas 1.5-2.x pickle them.
    "pandas._libs.internals": names("_unpickle_block"),
    "pandas._libs.tslibs.nattype": names("__nat_unpickle"),
    "pandas._libs.tslibs.timestamps": names("_unpickle_timestamp"),
    "pandas._libs.tslibs.timedeltas": names("_timedelta_unpickle"),
    "pandas.core.indexes.base": names("_new_Index"),
    "pandas.core.indexes.datetimes": names("_new_DatetimeIndex"),
    "pandas.core.indexes.period": names("_new_PeriodIndex"),
    "pandas.core.internals.blocks": names("new_block"),
    pytz: names("_UTC", "_p", "UTC"),
    "pandas.core.frame": names("DataFrame"),
    "pandas.core.series": names("Series"),
    "pandas.core.internals.managers": names("BlockManager", "SingleBlockManager"),
    "pandas._libs.interval": names("Interval"),
    "pandas._libs.arrays": names("__pyx_unpickle_NDArrayBacked"),
};
/**
 * Families of classes: any CamelCase class (`Tree`, `_BinMapper`; no dots, no dunders) below these
 * packages is safe, and so are the `__pyx_unpickle_<Class>` helpers Cython generates for them.
 */
const SAFE_CLASS_PACKAGES = [
    "sklearn",
    "scipy.sparse",
    "lightgbm.sklearn",
    "xgboost.sklearn",
    "pandas.core.arrays",
    "pandas.core.dtypes",
    "pandas.core.indexes",
    "pandas._libs.tslibs",
];
function inSet(set, name) {
    if (set === undefined)
        return false;
    return set === "*" || set.has(name);
}
function moduleUnder(module, root) {
    return module === root || module.startsWith(`${root}.`);
}
/** The canonical Python 3 spelling of a module name. */
function canonicalModule(module) {
    return MODULE_ALIASES[module] ?? module;
}
const DANGEROUS_ATTRIBUTES = new Set([
    "__globals__",
    "__builtins__",
    "__import__",
    "__getattribute__",
    "__subclasses__",
    "__code__",
    "__reduce__",
    "__reduce_ex__",
    "__setstate__",
    "__dict__",
    "__class__",
    "__bases__",
    "__mro__",
    "__init__",
    "__call__",
    "system",
    "popen",
    "eval",
    "exec",
]);
/** Safe members of otherwise denied modules, checked first. */
const SAFE_OVERRIDES = {
    // returns a torch.layout by name from torch's own attributes; on torch's weights_only allowlist
    "torch.serialization": names("_get_layout"),
};
/** torch's tensor and storage classes (torch.FloatTensor, torch.cuda.HalfStorage) and dtypes by name. */
function isTorchTypeName(module, name) {
    if ((module === "torch" || module === "torch.cuda") && /^[A-Z][A-Za-z0-9]*(Tensor|Storage)$/.test(name))
        return true;
    return (module === "torch" &&
        /^(float|int|uint|complex|bfloat|qint|quint|bool$|half$|double$|long$|short$|cfloat$|cdouble$|chalf$)[0-9a-z_]*$/.test(name));
}
/** Classify the global a pickle imports as (module, name). */
function classifyGlobal(module, name) {
    if (inSet(SAFE_OVERRIDES[canonicalModule(module)], name))
        return { severity: "safe", reason: "allowlisted" };
    if (isTorchTypeName(canonicalModule(module), name))
        return { severity: "safe", reason: "a torch tensor/storage type or dtype" };
    const renamed = NAME_ALIASES[`${canonicalModule(module)}.${name}`];
    if (renamed !== undefined && (renamed[0] !== canonicalModule(module) || renamed[1] !== name)) {
        return classifyGlobal(renamed[0], renamed[1]);
    }
    const mod = canonicalModule(module);
    if (mod === "" || name === "")
        return { severity: "dangerous", reason: "empty module or name" };
    for (const root of DANGEROUS_MODULES) {
        if (moduleUnder(mod, root))
            return { severity: "dangerous", reason: `module ${root} can run code or reach the system` };
    }
    // Protocol 4+ resolves dotted names attribute by attribute: `module` + `a.b.c`.
    const path = name.split(".");
    if (path.length > 1) {
        const bad = path.find((part) => DANGEROUS_ATTRIBUTES.has(part) || DANGEROUS_BUILTINS.has(part));
        if (bad !== undefined)
            return { severity: "dangerous", reason: `attribute chain reaches ${bad}` };
    }
    for (const [dangerMod, set] of Object.entries(DANGEROUS_MEMBERS)) {
        if (mod === dangerMod && (inSet(set, name) || inSet(set, path[0] ?? name))) {
            return { severity: "dangerous", reason: `${dangerMod}.${name} can run code, read files or import` };
        }
        if (set === "*" && moduleUnder(mod, dangerMod)) {
            return { severity: "dangerous", reason: `module ${dangerMod} can run code or reach the system` };
        }
    }
    if (path.length > 1)
        return { severity: "unknown", reason: "dotted attribute path (resolved by getattr)" };
    if (inSet(SAFE_MEMBERS[mod], name))
        return { severity: "safe", reason: "allowlisted" };
    if (/^_?[A-Z][A-Za-z0-9_]*$/.test(name) || /^__pyx_unpickle_[A-Za-z0-9_]+$/.test(name)) {
        for (const root of SAFE_CLASS_PACKAGES) {
            if (moduleUnder(mod, root))
                return { severity: "safe", reason: `a ${root} class` };
        }
    }
    return { severity: "unknown", reason: "not on the allowlist" };
}

;// CONCATENATED MODULE: ./packages/scan/src/source.ts

class source_BufferSource {
    data;
    size;
    constructor(data) {
        this.data = data;
        this.size = data.length;
    }
    read(offset, length) {
        return this.data.subarray(offset, Math.min(this.size, offset + length));
    }
    byte(offset) {
        return offset >= 0 && offset < this.size ? this.data[offset] : -1;
    }
}
/** A slice of another source (a stored zip entry). */
class SliceSource {
    inner;
    start;
    size;
    constructor(inner, start, size) {
        this.inner = inner;
        this.start = start;
        this.size = size;
    }
    read(offset, length) {
        const len = Math.max(0, Math.min(length, this.size - offset));
        return this.inner.read(this.start + offset, len);
    }
    byte(offset) {
        return offset >= 0 && offset < this.size ? this.inner.byte(this.start + offset) : -1;
    }
}
const WINDOW = 1 << 20;
/** A file read through a 1 MiB window; close() when done. */
class FileSource {
    size;
    fd;
    window = Buffer.alloc(0);
    windowStart = 0;
    constructor(path) {
        // O_NONBLOCK: a FIFO swapped in after the caller's stat must not block the open.
        this.fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
        const stats = (0,external_node_fs_.fstatSync)(this.fd);
        if (!stats.isFile()) {
            (0,external_node_fs_.closeSync)(this.fd);
            throw new source_ScanError(`${path} is not a regular file; not scanned`, 0);
        }
        this.size = stats.size;
    }
    load(offset, length) {
        const want = Math.max(WINDOW, length);
        const buf = Buffer.allocUnsafe(Math.min(want, Math.max(0, this.size - offset)));
        let got = 0;
        while (got < buf.length) {
            const n = (0,external_node_fs_.readSync)(this.fd, buf, got, buf.length - got, offset + got);
            if (n === 0)
                break;
            got += n;
        }
        this.window = buf.subarray(0, got);
        this.windowStart = offset;
    }
    read(offset, length) {
        const len = Math.max(0, Math.min(length, this.size - offset));
        if (offset < this.windowStart || offset + len > this.windowStart + this.window.length) {
            this.load(offset, len);
        }
        const start = offset - this.windowStart;
        return this.window.subarray(start, start + len);
    }
    byte(offset) {
        if (offset < 0 || offset >= this.size)
            return -1;
        if (offset < this.windowStart || offset >= this.windowStart + this.window.length)
            this.load(offset, 1);
        return this.window[offset - this.windowStart] ?? -1;
    }
    close() {
        (0,external_node_fs_.closeSync)(this.fd);
    }
}
/** A located failure inside a scanned file: what was expected, what was found, where. */
class source_ScanError extends Error {
    offset;
    name = "ScanError";
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}

;// CONCATENATED MODULE: ./packages/scan/src/pickle.ts

/** Items kept per container: enough for argument tuples, state dicts and shapes (numpy allows 64 dims). */
const MAX_ITEMS = 64;
const MAX_STRING = 4096;
const MEMO_DENSE_LIMIT = 1 << 24;
const MAX_NESTING = 8;
const NONE = { k: "none" };
const opaque = (what) => ({ k: "opaque", what });
function describe(v) {
    if (v === undefined)
        return "nothing";
    switch (v.k) {
        case "str":
            return `string ${JSON.stringify(v.s.length > 40 ? `${v.s.slice(0, 40)}…` : v.s)}`;
        case "int":
            return `integer ${v.n}`;
        case "none":
            return "None";
        case "opaque":
            return v.what;
        case "global":
            return `global ${v.module}.${v.name}`;
        case "seq":
            return v.kind;
        case "dict":
            return "dict";
        case "obj":
            return `result of calling ${v.cls.k === "global" ? `${v.cls.module}.${v.cls.name}` : "an object"}`;
    }
}
/** ISO-8859-1, byte for byte (TextDecoder("latin1") is windows-1252). */
const latin1 = {
    decode: (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1"),
};
const utf8 = new TextDecoder("utf-8");
/** Python's escape syntax in protocol 0 STRING arguments ('…' or "…"). */
function decodePythonString(raw) {
    const quote = raw[0];
    if (raw.length < 2 || (quote !== "'" && quote !== '"') || raw[raw.length - 1] !== quote)
        return undefined;
    const body = raw.slice(1, -1);
    return body.replace(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.)/gs, (_m, esc) => {
        if (esc[0] === "x")
            return String.fromCharCode(parseInt(esc.slice(1), 16));
        if (/^[0-7]/.test(esc))
            return String.fromCharCode(parseInt(esc, 8));
        const simple = {
            n: "\n",
            t: "\t",
            r: "\r",
            "\\": "\\",
            "'": "'",
            '"': '"',
            "0": "\0",
        };
        return simple[esc] ?? `\\${esc}`;
    });
}
/** raw-unicode-escape (protocol 0 UNICODE). */
function decodeRawUnicode(raw) {
    return raw.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_m, u4, u8) => String.fromCodePoint(parseInt((u4 ?? u8), 16)));
}
function bigLength(bytes) {
    // 8-byte little-endian unsigned; anything above 2^53 is simply "too long".
    let n = 0;
    for (let i = 7; i >= 0; i--)
        n = n * 256 + bytes[i];
    return n;
}
/** The class an object was made from: NEWOBJ/INST/OBJ's class, or copyreg._reconstructor's first arg. */
function classOf(v) {
    if (v?.k !== "obj")
        return undefined;
    if (v.cls.k !== "global")
        return undefined;
    if ((v.cls.module === "copyreg" || v.cls.module === "copy_reg") && v.cls.name === "_reconstructor") {
        const first = v.args?.k === "seq" ? v.args.items[0] : undefined;
        return first?.k === "global" ? first : undefined;
    }
    return v.cls;
}
/** joblib < 0.10 wrappers: the array lives in a separate file named by the `filename` attribute. */
const COMPAT_WRAPPERS = new Set([
    "joblib.numpy_pickle_compat.NDArrayWrapper",
    "joblib.numpy_pickle_compat.ZNDArrayWrapper",
    "sklearn.externals.joblib.numpy_pickle.NDArrayWrapper",
    "sklearn.externals.joblib.numpy_pickle.ZNDArrayWrapper",
]);
const WRAPPER_MODULES = new Set(["joblib.numpy_pickle", "sklearn.externals.joblib.numpy_pickle"]);
const FIXED_KINDS = new Set(["b", "i", "u", "f", "c", "M", "m"]);
/**
 * The item size and object-ness of a pickled numpy.dtype('f8', False, True) with its BUILD state
 * (version, byteorder, subarray, names, fields, elsize, alignment, flags[, metadata]), computed as
 * NumPy does: flexible kinds (S, U, V) take elsize from the state. Returns a reason string when it
 * cannot be known exactly (the caller then refuses to guess where the array data ends).
 */
function dtypeInfo(v, depth = 0) {
    if (v?.k !== "obj" || v.cls.k !== "global" || v.cls.module !== "numpy" || v.cls.name !== "dtype") {
        return `expected a numpy.dtype, found ${describe(v)}`;
    }
    if (depth > 4)
        return "dtype nested more than 4 levels";
    const first = v.args?.k === "seq" ? v.args.items[0] : undefined;
    const match = first?.k === "str" ? /^[<>|=]?([a-zA-Z?])(\d*)$/.exec(first.s) : null;
    if (!match)
        return `expected a dtype string such as 'f8', found ${describe(first)}`;
    const kind = match[1];
    const digits = match[2] === "" ? undefined : Number(match[2]);
    const state = v.state?.k === "seq" ? v.state.items : [];
    const elsizeValue = state[5];
    const elsize = elsizeValue?.k === "int" && elsizeValue.n > 0 ? elsizeValue.n : undefined;
    let itemsize;
    let hasObject = false;
    if (kind === "O") {
        itemsize = digits ?? 8;
        hasObject = true;
    }
    else if (kind === "?") {
        itemsize = 1;
    }
    else if (FIXED_KINDS.has(kind)) {
        itemsize = digits;
    }
    else if (kind === "S" || kind === "a" || kind === "V") {
        itemsize = elsize ?? digits;
    }
    else if (kind === "U") {
        itemsize = elsize ?? (digits === undefined ? undefined : digits * 4);
    }
    if (itemsize === undefined)
        return `cannot tell the item size of dtype '${first.s}'`;
    // Fields ({name: (dtype, offset[, title])}) and a subarray ((dtype, shape)) may hold objects.
    const nested = [];
    const subarray = state[2];
    if (subarray?.k === "seq" && subarray.items[0])
        nested.push(subarray.items[0]);
    const fields = state[4];
    if (fields?.k === "dict") {
        if (fields.truncated)
            return "too many dtype fields to check";
        for (const [, field] of fields.entries)
            if (field.k === "seq" && field.items[0])
                nested.push(field.items[0]);
    }
    for (const sub of nested) {
        const info = dtypeInfo(sub, depth + 1);
        if (typeof info === "string")
            return info;
        hasObject ||= info.hasObject;
    }
    const flags = state[7];
    if (flags?.k === "int" && ((flags.n & 1) === 1) !== hasObject) {
        return `dtype flags ${flags.n} disagree with its fields about holding objects`;
    }
    return { itemsize, hasObject };
}
class Walker {
    src;
    sink;
    nesting;
    joblibArrays;
    pos;
    stack = [];
    metastack = [];
    /** The memo: dense keys (what picklers write) in an array, anything else in a map. */
    memoDense = [];
    memoSparse = new Map();
    memoSize = 0;
    protocol = 0;
    joblib = false;
    constructor(src, start, sink, nesting, 
    /** Read joblib's array data after NumpyArrayWrapper BUILDs (joblib.load), or not (pickle.load). */
    joblibArrays) {
        this.src = src;
        this.sink = sink;
        this.nesting = nesting;
        this.joblibArrays = joblibArrays;
        this.pos = start;
    }
    fail(message, offset = this.pos) {
        throw new source_ScanError(message, offset);
    }
    need(n, what) {
        if (!Number.isSafeInteger(n) || n < 0)
            this.fail(`${what} at byte ${this.pos}: expected a length, found ${n}`);
        if (this.pos + n > this.src.size) {
            this.fail(`truncated pickle: expected ${n} byte${n === 1 ? "" : "s"} of ${what} at byte ${this.pos}, found ${this.src.size - this.pos} before the end of the data`);
        }
    }
    bytes(n, what) {
        this.need(n, what);
        const out = this.src.read(this.pos, n);
        this.pos += n;
        return out;
    }
    uint(n, what) {
        this.need(n, what);
        let v = 0;
        for (let i = n - 1; i >= 0; i--)
            v = v * 256 + this.src.byte(this.pos + i);
        this.pos += n;
        return v;
    }
    int32(what) {
        const v = this.uint(4, what);
        return v >= 0x80000000 ? v - 0x100000000 : v;
    }
    /** Text up to the next newline (protocol 0 arguments). */
    line(what, decoder = latin1) {
        const start = this.pos;
        let end = start;
        for (;;) {
            const b = this.src.byte(end);
            if (b === -1)
                this.fail(`truncated pickle: expected a newline ending ${what}, found the end of the data`, start);
            if (b === 0x0a)
                break;
            end++;
        }
        this.pos = end + 1;
        this.lastLineLength = end - start;
        return decoder.decode(this.src.read(start, Math.min(end - start, MAX_STRING)));
    }
    /** Length of the last line read (line() keeps only its first MAX_STRING bytes). */
    lastLineLength = 0;
    text(n, what, decoder) {
        if (n > MAX_STRING) {
            this.need(n, what);
            this.pos += n;
            return opaque(`${what} of ${n} bytes`);
        }
        return { k: "str", s: decoder.decode(this.bytes(n, what)) };
    }
    skip(n, what) {
        this.need(n, what);
        this.pos += n;
        return opaque(what);
    }
    push(v) {
        this.stack.push(v);
    }
    pop(op, at) {
        const v = this.stack.pop();
        if (v === undefined)
            this.fail(`${op} at byte ${at}: expected a value on the stack, found it empty (stack underflow)`, at);
        return v;
    }
    top(op, at) {
        const v = this.stack[this.stack.length - 1];
        if (v === undefined)
            this.fail(`${op} at byte ${at}: expected a value on the stack, found it empty (stack underflow)`, at);
        return v;
    }
    popMark(op, at) {
        const items = this.stack;
        const previous = this.metastack.pop();
        if (previous === undefined)
            this.fail(`${op} at byte ${at}: expected a MARK before it, found none`, at);
        this.stack = previous;
        return items;
    }
    seq(kind, items) {
        return { k: "seq", kind, items: items.slice(0, MAX_ITEMS), truncated: items.length > MAX_ITEMS };
    }
    addItems(target, items, op, at) {
        if (target.k === "seq") {
            for (const item of items) {
                if (target.items.length < MAX_ITEMS)
                    target.items.push(item);
                else
                    target.truncated = true;
            }
        }
        else if (target.k !== "obj" && target.k !== "opaque" && target.k !== "global") {
            this.fail(`${op} at byte ${at}: expected a list or set below the items, found ${describe(target)}`, at);
        }
    }
    setItems(target, items, op, at) {
        if (items.length % 2 !== 0)
            this.fail(`${op} at byte ${at}: expected key/value pairs, found an odd number of items`, at);
        if (target.k === "dict") {
            for (let i = 0; i < items.length; i += 2) {
                if (target.entries.length < MAX_ITEMS)
                    target.entries.push([items[i], items[i + 1]]);
                else
                    target.truncated = true;
            }
        }
        else if (target.k !== "obj" && target.k !== "opaque" && target.k !== "global") {
            this.fail(`${op} at byte ${at}: expected a dict below the items, found ${describe(target)}`, at);
        }
    }
    global(module, name, op, at) {
        this.sink.global(module, name, op, at);
        return { k: "global", module, name };
    }
    memoGet(key, op, at) {
        const v = key < MEMO_DENSE_LIMIT ? this.memoDense[key] : this.memoSparse.get(key);
        if (v === undefined)
            this.fail(`${op} at byte ${at}: expected memo key ${key} to be stored, found no such key`, at);
        return v;
    }
    memoPut(key, op, at) {
        if (!Number.isSafeInteger(key) || key < 0)
            this.fail(`${op} at byte ${at}: expected a memo key, found ${key}`, at);
        const value = this.top(op, at);
        if (key < MEMO_DENSE_LIMIT) {
            if (this.memoDense[key] === undefined)
                this.memoSize++;
            this.memoDense[key] = value;
        }
        else {
            if (!this.memoSparse.has(key))
                this.memoSize++;
            this.memoSparse.set(key, value);
        }
    }
    /** Integers as Python's int(text, 0) reads them: signs, underscores, 0x/0o/0b prefixes, spaces. */
    parseIntLine(text, op, at) {
        const t = text.trim().replace(/L$/, "").replace(/_/g, "");
        const match = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|\d+)$/.exec(t);
        if (!match)
            this.fail(`${op} at byte ${at}: expected an integer, found ${JSON.stringify(text)}`, at);
        const digits = match[2];
        const value = /^0[oO]/.test(digits)
            ? parseInt(digits.slice(2), 8)
            : /^0[bB]/.test(digits)
                ? parseInt(digits.slice(2), 2)
                : Number(digits);
        return match[1] === "-" ? -value : value;
    }
    /**
     * BUILD without __setstate__: `state` is a dict, or (dict, slot dict); attributes accumulate over
     * repeated BUILDs as obj.__dict__.update does.
     */
    applyAttributes(target, state, at) {
        const parts = state.k === "seq" && state.kind === "tuple" && state.items.length === 2 ? state.items : [state];
        const attrs = target.attrs ?? new Map();
        for (const part of parts) {
            if (part.k === "none")
                continue;
            if (part.k !== "dict" || part.truncated) {
                this.fail(`BUILD at byte ${at}: expected the wrapper's state as a dict, found ${describe(part)}`, at);
            }
            for (const [key, value] of part.entries) {
                if (key.k !== "str")
                    this.fail(`BUILD at byte ${at}: expected attribute names, found ${describe(key)}`, at);
                attrs.set(key.s, value);
            }
        }
        target.attrs = attrs;
    }
    /** Old joblib loads `os.path.join(pickle_dir, filename)` with numpy: it must stay beside the pickle. */
    checkCompatFilename(wrapper, at) {
        const filename = wrapper.attrs?.get("filename");
        if (filename === undefined)
            return;
        if (filename.k !== "str") {
            this.sink.issue("dangerous", `joblib NDArrayWrapper built at byte ${at}: expected its filename as a string, found ${describe(filename)}`, at);
            return;
        }
        const parts = filename.s.split(/[\\/]/);
        if (/^([\\/]|[a-zA-Z]:)/.test(filename.s) || parts.includes("..")) {
            this.sink.issue("dangerous", `joblib NDArrayWrapper built at byte ${at}: array file ${JSON.stringify(filename.s)} is outside the model's directory; loading reads it`, at);
        }
    }
    /** joblib: the array bytes a NumpyArrayWrapper's loader reads right after its BUILD. */
    skipWrapperData(wrapper, at) {
        const attrs = wrapper.attrs ?? new Map();
        const where = `joblib NumpyArrayWrapper built at byte ${at}`;
        const dtype = dtypeInfo(attrs.get("dtype"));
        if (typeof dtype === "string")
            this.fail(`${where}: ${dtype}; cannot locate the array data`, at);
        if (dtype.hasObject) {
            // An object array is written with pickle.dump right here: scan that pickle too.
            if (this.nesting >= MAX_NESTING)
                this.fail(`expected pickles nested at most ${MAX_NESTING} deep, found deeper`);
            const nested = new Walker(this.src, this.pos, this.sink, this.nesting + 1, this.joblibArrays).run();
            this.pos = nested.end;
            return;
        }
        const shape = attrs.get("shape");
        if (shape?.k !== "seq" || shape.truncated || shape.items.some((d) => d.k !== "int" || d.n < 0)) {
            this.fail(`${where}: expected its shape as a tuple of non-negative integers, found ${describe(shape)}`, at);
        }
        let count = 1;
        for (const d of shape.items)
            count *= d.n;
        // joblib reads a padding length byte and the padding whenever the attribute is not None.
        const alignment = attrs.get("numpy_array_alignment_bytes");
        if (alignment !== undefined && alignment.k !== "none") {
            const padding = this.uint(1, "joblib array padding length");
            this.skip(padding, "joblib array padding");
        }
        this.skip(count * dtype.itemsize, `joblib array data (${count} items of ${dtype.itemsize} bytes)`);
    }
    /** Numbers, constants, strings and bytes. Returns false for an opcode it does not handle. */
    scalarOp(op, code, at) {
        switch (op) {
            // --- integers, floats, constants
            case "I": {
                const text = this.line("INT");
                if (text === "00" || text === "01")
                    this.push(opaque("bool"));
                else
                    this.push({ k: "int", n: this.parseIntLine(text, "INT", at) });
                break;
            }
            case "J":
                this.push({ k: "int", n: this.int32("BININT") });
                break;
            case "K":
                this.push({ k: "int", n: this.uint(1, "BININT1") });
                break;
            case "M":
                this.push({ k: "int", n: this.uint(2, "BININT2") });
                break;
            case "L":
                this.push({ k: "int", n: this.parseIntLine(this.line("LONG"), "LONG", at) });
                break;
            case "\x8a": {
                const n = this.uint(1, "LONG1 length");
                const b = this.bytes(n, "LONG1 digits");
                let v = 0;
                for (let i = b.length - 1; i >= 0; i--)
                    v = v * 256 + b[i];
                if (n > 0 && b[n - 1] >= 0x80)
                    v -= 256 ** n;
                this.push({ k: "int", n: v });
                break;
            }
            case "\x8b": {
                const n = this.int32("LONG4 length");
                if (n < 0)
                    this.fail(`LONG4 at byte ${at}: expected a length, found ${n}`, at);
                this.push(this.skip(n, "LONG4 digits"));
                break;
            }
            case "F":
                this.line("FLOAT");
                this.push(opaque("float"));
                break;
            case "G":
                this.push(this.skip(8, "BINFLOAT"));
                break;
            case "N":
                this.push(NONE);
                break;
            case "\x88":
            case "\x89":
                this.push(opaque("bool"));
                break;
            // --- strings and bytes
            case "S": {
                const raw = this.line("STRING");
                if (this.lastLineLength > MAX_STRING && (raw[0] === "'" || raw[0] === '"')) {
                    this.push(opaque(`string of ${this.lastLineLength} bytes`));
                    break;
                }
                const s = decodePythonString(raw.trimEnd());
                if (s === undefined)
                    this.fail(`STRING at byte ${at}: expected a quoted string, found ${JSON.stringify(raw.slice(0, 40))}`, at);
                this.push({ k: "str", s });
                break;
            }
            case "T": {
                const n = this.int32("BINSTRING length");
                if (n < 0)
                    this.fail(`BINSTRING at byte ${at}: expected a length, found ${n}`, at);
                this.push(this.text(n, "BINSTRING", latin1));
                break;
            }
            case "U":
                this.push(this.text(this.uint(1, "SHORT_BINSTRING length"), "SHORT_BINSTRING", latin1));
                break;
            case "B":
                this.push(this.skip(this.uint(4, "BINBYTES length"), "bytes"));
                break;
            case "C":
                this.push(this.skip(this.uint(1, "SHORT_BINBYTES length"), "bytes"));
                break;
            case "\x8e":
                this.push(this.skip(bigLength(this.bytes(8, "BINBYTES8 length")), "bytes"));
                break;
            case "\x96":
                this.push(this.skip(bigLength(this.bytes(8, "BYTEARRAY8 length")), "bytearray"));
                break;
            case "\x97":
                this.sink.issue("info", `NEXT_BUFFER at byte ${at}: the loader must supply an out-of-band buffer`, at);
                this.push(opaque("out-of-band buffer"));
                break;
            case "\x98":
                this.top("READONLY_BUFFER", at);
                break;
            case "V":
                this.push({ k: "str", s: decodeRawUnicode(this.line("UNICODE")) });
                break;
            case "\x8c":
                this.push(this.text(this.uint(1, "SHORT_BINUNICODE length"), "SHORT_BINUNICODE", utf8));
                break;
            case "X":
                this.push(this.text(this.uint(4, "BINUNICODE length"), "BINUNICODE", utf8));
                break;
            case "\x8d":
                this.push(this.text(bigLength(this.bytes(8, "BINUNICODE8 length")), "BINUNICODE8", utf8));
                break;
            default:
                return false;
        }
        return true;
    }
    /** Containers, stack manipulation and the memo. Returns false for an opcode it does not handle. */
    containerOp(op, code, at) {
        switch (op) {
            // --- containers
            case "]":
                this.push({ k: "seq", kind: "list", items: [], truncated: false });
                break;
            case ")":
                this.push({ k: "seq", kind: "tuple", items: [], truncated: false });
                break;
            case "}":
                this.push({ k: "dict", entries: [], truncated: false });
                break;
            case "\x8f":
                this.push({ k: "seq", kind: "set", items: [], truncated: false });
                break;
            case "l":
                this.push(this.seq("list", this.popMark("LIST", at)));
                break;
            case "t":
                this.push(this.seq("tuple", this.popMark("TUPLE", at)));
                break;
            case "\x91":
                this.push(this.seq("set", this.popMark("FROZENSET", at)));
                break;
            case "\x85":
            case "\x86":
            case "\x87": {
                const n = code - 0x84;
                const items = [];
                for (let i = 0; i < n; i++)
                    items.unshift(this.pop(`TUPLE${n}`, at));
                this.push(this.seq("tuple", items));
                break;
            }
            case "d": {
                const items = this.popMark("DICT", at);
                const dict = { k: "dict", entries: [], truncated: false };
                this.setItems(dict, items, "DICT", at);
                this.push(dict);
                break;
            }
            case "a": {
                const item = this.pop("APPEND", at);
                this.addItems(this.top("APPEND", at), [item], "APPEND", at);
                break;
            }
            case "e": {
                const items = this.popMark("APPENDS", at);
                this.addItems(this.top("APPENDS", at), items, "APPENDS", at);
                break;
            }
            case "\x90": {
                const items = this.popMark("ADDITEMS", at);
                this.addItems(this.top("ADDITEMS", at), items, "ADDITEMS", at);
                break;
            }
            case "s": {
                const value = this.pop("SETITEM", at);
                const key = this.pop("SETITEM", at);
                this.setItems(this.top("SETITEM", at), [key, value], "SETITEM", at);
                break;
            }
            case "u": {
                const items = this.popMark("SETITEMS", at);
                this.setItems(this.top("SETITEMS", at), items, "SETITEMS", at);
                break;
            }
            // --- stack manipulation
            case "0":
                // CPython pops the MARK instead when the stack above it is empty.
                if (this.stack.length === 0 && this.metastack.length > 0)
                    this.popMark("POP", at);
                else
                    this.pop("POP", at);
                break;
            case "2":
                this.push(this.top("DUP", at));
                break;
            case "(":
                this.metastack.push(this.stack);
                this.stack = [];
                break;
            case "1":
                this.popMark("POP_MARK", at);
                break;
            // --- memo
            case "g":
                this.push(this.memoGet(this.parseIntLine(this.line("GET"), "GET", at), "GET", at));
                break;
            case "h":
                this.push(this.memoGet(this.uint(1, "BINGET index"), "BINGET", at));
                break;
            case "j":
                this.push(this.memoGet(this.uint(4, "LONG_BINGET index"), "LONG_BINGET", at));
                break;
            case "p":
                this.memoPut(this.parseIntLine(this.line("PUT"), "PUT", at), "PUT", at);
                break;
            case "q":
                this.memoPut(this.uint(1, "BINPUT index"), "BINPUT", at);
                break;
            case "r":
                this.memoPut(this.uint(4, "LONG_BINPUT index"), "LONG_BINPUT", at);
                break;
            case "\x94":
                this.memoPut(this.memoSize, "MEMOIZE", at);
                break;
            default:
                return false;
        }
        return true;
    }
    /** Imports, calls and object construction. Returns false for an opcode it does not handle. */
    objectOp(op, code, at) {
        switch (op) {
            // --- imports
            case "c": {
                const module = this.line("GLOBAL module", utf8);
                const name = this.line("GLOBAL name", utf8);
                this.push(this.global(module, name, "GLOBAL", at));
                break;
            }
            case "\x93": {
                const name = this.pop("STACK_GLOBAL", at);
                const module = this.pop("STACK_GLOBAL", at);
                if (module.k === "str" && name.k === "str") {
                    this.push(this.global(module.s, name.s, "STACK_GLOBAL", at));
                }
                else {
                    this.sink.issue("dangerous", `STACK_GLOBAL at byte ${at}: expected a module and a name pushed as string constants, found ${describe(module)} and ${describe(name)}; the import cannot be known without running the pickle`, at);
                    this.push({ k: "global", module: "?", name: "?" });
                }
                break;
            }
            case "\x82":
            case "\x83":
            case "\x84": {
                const width = code === 0x82 ? 1 : code === 0x83 ? 2 : 4;
                const ext = this.uint(width, "extension code");
                this.sink.issue("dangerous", `EXT${width} at byte ${at}: imports the global registered under extension code ${ext} in the loading process (copyreg), which the file does not name`, at);
                this.push({ k: "global", module: "?", name: `extension ${ext}` });
                break;
            }
            case "i": {
                const module = this.line("INST module", utf8);
                const name = this.line("INST name", utf8);
                const args = this.popMark("INST", at);
                const cls = this.global(module, name, "INST", at);
                this.push({ k: "obj", cls, args: this.seq("tuple", args), state: undefined });
                break;
            }
            case "o": {
                const items = this.popMark("OBJ", at);
                const cls = items.shift();
                if (cls === undefined)
                    this.fail(`OBJ at byte ${at}: expected a class after the MARK, found nothing`, at);
                this.push({ k: "obj", cls, args: this.seq("tuple", items), state: undefined });
                break;
            }
            // --- calls
            case "R": {
                const args = this.pop("REDUCE", at);
                const fn = this.pop("REDUCE", at);
                if (fn.k !== "global") {
                    this.sink.issue("warn", `REDUCE at byte ${at}: calls ${describe(fn)}, not an imported global`, at);
                }
                this.push({ k: "obj", cls: fn, args, state: undefined });
                break;
            }
            case "\x81": {
                const args = this.pop("NEWOBJ", at);
                const cls = this.pop("NEWOBJ", at);
                this.push({ k: "obj", cls, args, state: undefined });
                break;
            }
            case "\x92": {
                this.pop("NEWOBJ_EX", at);
                const args = this.pop("NEWOBJ_EX", at);
                const cls = this.pop("NEWOBJ_EX", at);
                this.push({ k: "obj", cls, args, state: undefined });
                break;
            }
            case "b": {
                const state = this.pop("BUILD", at);
                const target = this.top("BUILD", at);
                const cls = classOf(target);
                if (target.k !== "obj")
                    break;
                if (cls !== undefined && WRAPPER_MODULES.has(cls.module) && cls.name === "NumpyArrayWrapper") {
                    this.joblib = true;
                    this.applyAttributes(target, state, at);
                    // joblib's unpickler replaces the wrapper on the stack with the array it reads.
                    if (this.joblibArrays) {
                        this.skipWrapperData(target, at);
                        this.stack[this.stack.length - 1] = opaque("array read by joblib");
                    }
                }
                else if (cls !== undefined && COMPAT_WRAPPERS.has(`${cls.module}.${cls.name}`)) {
                    this.applyAttributes(target, state, at);
                    this.checkCompatFilename(target, at);
                }
                else {
                    target.state = state;
                }
                break;
            }
            case "P":
                this.line("PERSID");
                this.push(opaque("persistent object"));
                break;
            case "Q":
                this.pop("BINPERSID", at);
                this.push(opaque("persistent object"));
                break;
            default:
                return false;
        }
        return true;
    }
    run() {
        const src = this.src;
        if (this.pos >= src.size)
            this.fail("expected a pickle, found no bytes");
        for (;;) {
            const at = this.pos;
            const code = src.byte(at);
            if (code === -1)
                this.fail(`truncated pickle: expected an opcode (the stream has no STOP), found the end of the data`);
            this.pos++;
            const op = String.fromCharCode(code);
            switch (op) {
                // --- protocol and framing
                case "\x80": {
                    const proto = this.uint(1, "PROTO version");
                    if (proto > 5)
                        this.fail(`PROTO at byte ${at}: expected protocol 0-5, found ${proto}`, at);
                    this.protocol = Math.max(this.protocol, proto);
                    break;
                }
                case "\x95": {
                    const len = bigLength(this.bytes(8, "FRAME length"));
                    if (at + 9 + len > src.size) {
                        this.fail(`FRAME at byte ${at}: expected ${len} bytes of frame, found ${src.size - at - 9} before the end of the data`, at);
                    }
                    break;
                }
                case ".": {
                    const result = this.stack.pop();
                    if (result === undefined)
                        this.fail(`STOP at byte ${at}: expected the pickled value on the stack, found it empty`, at);
                    return { end: this.pos, protocol: this.protocol, joblib: this.joblib };
                }
                default:
                    if (this.scalarOp(op, code, at) || this.containerOp(op, code, at) || this.objectOp(op, code, at))
                        break;
                    this.fail(`expected a pickle opcode at byte ${at}, found 0x${code.toString(16).padStart(2, "0")}`, at);
            }
        }
    }
}
/** Walk one pickle starting at `start`; throws ScanError (with the byte offset) on bad data. */
function walkPickle(src, start, sink, options = {}) {
    return new Walker(src, start, sink, 0, options.joblibArrays ?? true).run();
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_.]{0,200}$/;
/**
 * After a walk breaks, look through the bytes that follow for what still reads as an import:
 * `c`/`i` with two identifier lines, or two identifier strings shortly before a STACK_GLOBAL.
 * A looser loader (or a discrepancy with CPython) could get that far, so the caller reports the
 * dangerous ones. Linear in the bytes swept.
 */
function sweepImports(src, start, end) {
    const found = [];
    const strings = [];
    const lineAt = (p) => {
        let q = p;
        while (q < end && q - p <= 201 && src.byte(q) !== 0x0a)
            q++;
        if (q >= end || src.byte(q) !== 0x0a)
            return undefined;
        return { text: latin1.decode(src.read(p, q - p)), next: q + 1 };
    };
    for (let p = start; p < end; p++) {
        const b = src.byte(p);
        if (b === 0x63 || b === 0x69) {
            const module = lineAt(p + 1);
            const name = module && lineAt(module.next);
            if (module && name && IDENTIFIER.test(module.text) && IDENTIFIER.test(name.text)) {
                found.push({
                    module: module.text,
                    name: name.text,
                    opcode: b === 0x63 ? "GLOBAL" : "INST",
                    offset: p,
                });
            }
        }
        let len = -1;
        let header = 0;
        if (b === 0x8c || b === 0x55) {
            len = src.byte(p + 1);
            header = 2;
        }
        else if (b === 0x58 && p + 5 <= end) {
            const l = src.read(p + 1, 4);
            len =
                l[0] + l[1] * 256 + l[2] * 65536 + l[3] * 16777216;
            header = 5;
        }
        if (len > 0 && len <= 201 && p + header + len <= end) {
            const value = latin1.decode(src.read(p + header, len));
            if (IDENTIFIER.test(value))
                strings.push({ value, start: p, end: p + header + len });
        }
        if (b === 0x93) {
            const before = strings.filter((s) => s.end <= p && p - s.end <= 64).slice(-2);
            const [module, name] = before;
            if (module !== undefined && name !== undefined) {
                found.push({ module: module.value, name: name.value, opcode: "STACK_GLOBAL", offset: p });
            }
        }
        if (strings.length > 64)
            strings.splice(0, strings.length - 8);
    }
    return found;
}

;// CONCATENATED MODULE: ./packages/scan/src/zip.ts
/**
 * A minimal ZIP reader: the end-of-central-directory record (ZIP64 too), the central directory,
 * and one entry's bytes (stored, or deflated with Node's zlib under a size cap). Enough for
 * PyTorch archives, .npz, .keras and zipped models; nothing is extracted to disk.
 */


const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
function u16(b, i) {
    return b[i] | (b[i + 1] << 8);
}
function u32(b, i) {
    return (u16(b, i) + u16(b, i + 2) * 0x10000) >>> 0;
}
function u64(b, i) {
    return u32(b, i) + u32(b, i + 4) * 0x100000000;
}
function isZip(src) {
    const head = src.read(0, 4);
    return head.length === 4 && (u32(head, 0) === LOCAL || u32(head, 0) === EOCD);
}
function findEocd(src) {
    const tailLength = Math.min(src.size, 22 + 0xffff);
    const tailStart = src.size - tailLength;
    const tail = src.read(tailStart, tailLength);
    for (let i = tail.length - 22; i >= 0; i--) {
        if (u32(tail, i) === EOCD)
            return tailStart + i;
    }
    throw new source_ScanError("zip: expected an end-of-central-directory record in the last 64 KiB, found none (truncated archive?)", src.size);
}
/** The entries listed in the central directory. */
function readZipEntries(src) {
    const eocdAt = findEocd(src);
    const eocd = src.read(eocdAt, 22);
    let count = u16(eocd, 10);
    let cdSize = u32(eocd, 12);
    let cdOffset = u32(eocd, 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
        const loc = src.read(eocdAt - 20, 20);
        if (eocdAt < 20 || u32(loc, 0) !== ZIP64_LOCATOR) {
            throw new source_ScanError("zip: expected a ZIP64 locator before the end record, found none", eocdAt);
        }
        const z64At = u64(loc, 8);
        const z64 = src.read(z64At, 56);
        if (z64.length < 56 || u32(z64, 0) !== ZIP64_EOCD) {
            throw new source_ScanError(`zip: expected a ZIP64 end record at byte ${z64At}, found other bytes`, z64At);
        }
        count = u64(z64, 32);
        cdSize = u64(z64, 40);
        cdOffset = u64(z64, 48);
    }
    if (cdOffset + cdSize > src.size) {
        throw new source_ScanError(`zip: expected the central directory (${cdSize} bytes at byte ${cdOffset}) inside the file, found the end of the file at ${src.size} (truncated?)`, eocdAt);
    }
    if (count > cdSize / 46) {
        throw new source_ScanError(`zip: expected at most ${Math.floor(cdSize / 46)} entries in a ${cdSize}-byte central directory, found a count of ${count}`, eocdAt);
    }
    const cd = src.read(cdOffset, cdSize);
    const entries = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
        if (p + 46 > cd.length || u32(cd, p) !== CENTRAL) {
            throw new source_ScanError(`zip: expected central directory record ${i + 1} of ${count}, found other bytes`, cdOffset + p);
        }
        const nameLen = u16(cd, p + 28);
        const extraLen = u16(cd, p + 30);
        const commentLen = u16(cd, p + 32);
        if (p + 46 + nameLen + extraLen + commentLen > cd.length) {
            throw new source_ScanError(`zip: central directory record ${i + 1}: expected its name and fields inside the directory, found its end`, cdOffset + p);
        }
        const entry = {
            name: new TextDecoder().decode(cd.subarray(p + 46, p + 46 + nameLen)),
            flags: u16(cd, p + 8),
            method: u16(cd, p + 10),
            compressedSize: u32(cd, p + 20),
            uncompressedSize: u32(cd, p + 24),
            localOffset: u32(cd, p + 42),
            centralOffset: cdOffset + p,
        };
        // ZIP64 extended information: the fields that overflowed, in this order.
        let x = p + 46 + nameLen;
        const extraEnd = x + extraLen;
        while (x + 4 <= extraEnd) {
            const id = u16(cd, x);
            const size = u16(cd, x + 2);
            if (id === 0x0001) {
                let f = x + 4;
                const take = () => {
                    if (f + 8 > x + 4 + size)
                        throw new source_ScanError(`zip: ZIP64 field of ${entry.name}: expected 8 more bytes, found fewer`, cdOffset + x);
                    const v = u64(cd, f);
                    f += 8;
                    return v;
                };
                if (entry.uncompressedSize === 0xffffffff)
                    entry.uncompressedSize = take();
                if (entry.compressedSize === 0xffffffff)
                    entry.compressedSize = take();
                if (entry.localOffset === 0xffffffff)
                    entry.localOffset = take();
            }
            x += 4 + size;
        }
        entries.push(entry);
        p += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
}
function entryDataStart(src, entry) {
    const local = src.read(entry.localOffset, 30);
    if (local.length < 30 || u32(local, 0) !== LOCAL) {
        throw new source_ScanError(`zip entry ${entry.name}: expected a local file header at byte ${entry.localOffset}, found other bytes`, entry.localOffset);
    }
    if (entry.flags & 1)
        throw new source_ScanError(`zip entry ${entry.name} is encrypted: cannot scan it`, entry.centralOffset);
    const dataStart = entry.localOffset + 30 + u16(local, 26) + u16(local, 28);
    if (dataStart + entry.compressedSize > src.size) {
        throw new source_ScanError(`zip entry ${entry.name}: expected ${entry.compressedSize} bytes of data at byte ${dataStart}, the file ends at ${src.size}`, dataStart);
    }
    if (entry.method !== 0 && entry.method !== 8) {
        throw new source_ScanError(`zip entry ${entry.name}: compression method ${entry.method} is not supported (expected 0 stored or 8 deflate); it cannot be scanned`, entry.centralOffset);
    }
    return dataStart;
}
/**
 * The first bytes of an entry (up to about 8 MiB for a deflated one), without inflating the whole
 * entry: enough to read a NumPy header inside a large compressed .npz.
 */
function readZipEntryPrefix(src, entry) {
    const dataStart = entryDataStart(src, entry);
    if (entry.method === 0)
        return src.read(dataStart, Math.min(entry.compressedSize, 1 << 16));
    try {
        return (0,external_node_zlib_.inflateRawSync)(src.read(dataStart, Math.min(entry.compressedSize, 8192)), {
            finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH,
            maxOutputLength: 16 << 20,
        });
    }
    catch (error) {
        throw new source_ScanError(`zip entry ${entry.name}: cannot inflate its data (${error.message})`, dataStart);
    }
}
/** The entry's uncompressed bytes as a source; deflated data is inflated up to `maxBytes`. */
function openZipEntry(src, entry, maxBytes) {
    const dataStart = entryDataStart(src, entry);
    if (entry.method === 0)
        return new SliceSource(src, dataStart, entry.compressedSize);
    if (entry.uncompressedSize > maxBytes) {
        throw new source_ScanError(`zip entry ${entry.name}: expected at most ${maxBytes} bytes uncompressed (what remains of the per-file scan limit), found ${entry.uncompressedSize}; cannot scan it`, entry.centralOffset);
    }
    try {
        const out = (0,external_node_zlib_.inflateRawSync)(src.read(dataStart, entry.compressedSize), {
            maxOutputLength: Math.max(1, maxBytes),
        });
        return new source_BufferSource(out);
    }
    catch (error) {
        throw new source_ScanError(`zip entry ${entry.name}: cannot inflate its data (${error.message})`, dataStart);
    }
}

;// CONCATENATED MODULE: ./packages/scan/src/formats.ts
/**
 * Readers for the non-pickle formats: NumPy .npy headers, safetensors headers, Keras configs
 * (.keras config.json, .h5 model_config attribute), ONNX external-data locations.
 */


const formats_utf8 = new TextDecoder("utf-8", { fatal: true });
/** ISO-8859-1, byte for byte (TextDecoder("latin1") is windows-1252). */
const formats_latin1 = {
    decode: (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1"),
};
// ---------------------------------------------------------------- NumPy .npy
const NPY_MAGIC = "\x93NUMPY";
/** Parse the header of a .npy file: magic, version, header length, the Python dict literal. */
function readNpyHeader(src) {
    const head = src.read(0, 12);
    if (formats_latin1.decode(head.subarray(0, 6)) !== NPY_MAGIC) {
        throw new source_ScanError(`npy: expected the magic \\x93NUMPY, found ${JSON.stringify(formats_latin1.decode(head.subarray(0, 6)))}`, 0);
    }
    if (head.length < 10)
        throw new source_ScanError("npy: truncated: expected a 10-byte preamble, found " + head.length + " bytes", head.length);
    const major = head[6];
    let headerLen;
    let start;
    if (major === 1) {
        headerLen = head[8] | (head[9] << 8);
        start = 10;
    }
    else if (major === 2 || major === 3) {
        if (head.length < 12)
            throw new source_ScanError("npy: truncated: expected a 12-byte preamble, found " + head.length + " bytes", head.length);
        headerLen =
            (head[8] | (head[9] << 8) | (head[10] << 16)) +
                head[11] * 0x1000000;
        start = 12;
    }
    else {
        throw new source_ScanError(`npy: expected format version 1, 2 or 3, found ${major}`, 6);
    }
    if (start + headerLen > src.size) {
        throw new source_ScanError(`npy: truncated header: expected ${headerLen} bytes, found ${src.size - start}`, 8);
    }
    const text = formats_latin1.decode(src.read(start, headerLen));
    const descrMatch = /['"]descr['"]\s*:\s*('([^']*)'|"([^"]*)"|\[)/.exec(text);
    const shapeMatch = /['"]shape['"]\s*:\s*\(([^)]*)\)/.exec(text);
    if (!descrMatch || !shapeMatch) {
        throw new source_ScanError(`npy: expected a header dict with 'descr' and 'shape', found ${JSON.stringify(text.slice(0, 80))}`, start);
    }
    const structured = descrMatch[1] === "[";
    const descr = structured ? text.slice(descrMatch.index) : (descrMatch[2] ?? descrMatch[3] ?? "");
    // Any quoted object type anywhere in the header (Python's literal_eval keeps the last of duplicate
    // keys, so the first 'descr' is not enough): an object array is a pickle.
    const hasObject = /['"][<>|=]?O\d*['"]/.test(text);
    const dims = shapeMatch[1]
        .split(",")
        .map((d) => d.trim())
        .filter((d) => d !== "");
    if (dims.some((d) => !/^\d+L?$/.test(d))) {
        throw new source_ScanError(`npy: expected the shape as a tuple of integers, found (${shapeMatch[1]})`, start + shapeMatch.index);
    }
    let dataBytes;
    const size = /^[<>|=]?[a-zA-Z?](\d+)/.exec(descr);
    if (!structured && !hasObject && size) {
        dataBytes = dims.reduce((n, d) => n * Number.parseInt(d, 10), 1) * Number(size[1]);
    }
    return { descr: structured ? "structured" : descr, hasObject, dataBytes, dataStart: start + headerLen };
}
// ---------------------------------------------------------------- safetensors
function checkSafetensors(src, report) {
    if (src.size < 8)
        throw new source_ScanError(`safetensors: expected an 8-byte header length, found ${src.size} bytes`, 0);
    const lenBytes = src.read(0, 8);
    let headerLen = 0;
    for (let i = 7; i >= 0; i--)
        headerLen = headerLen * 256 + lenBytes[i];
    if (headerLen > src.size - 8) {
        throw new source_ScanError(`safetensors: the header length is ${headerLen} bytes, expected at most the ${src.size - 8} bytes that follow`, 0);
    }
    let header;
    try {
        header = JSON.parse(formats_utf8.decode(src.read(8, headerLen)));
    }
    catch (error) {
        throw new source_ScanError(`safetensors: expected a JSON header, found invalid JSON (${error.message})`, 8);
    }
    if (typeof header !== "object" || header === null || Array.isArray(header)) {
        throw new source_ScanError("safetensors: expected the header to be a JSON object", 8);
    }
    const dataSize = src.size - 8 - headerLen;
    for (const [name, info] of Object.entries(header)) {
        if (name === "__metadata__")
            continue;
        const offsets = info?.data_offsets;
        if (!Array.isArray(offsets) ||
            offsets.length !== 2 ||
            !offsets.every((o) => Number.isSafeInteger(o) && o >= 0) ||
            offsets[0] > offsets[1] ||
            offsets[1] > dataSize) {
            throw new source_ScanError(`safetensors: tensor ${JSON.stringify(name)} has data_offsets ${JSON.stringify(offsets)}, expected [begin, end] within the ${dataSize} data bytes`, 8);
        }
    }
    report.issue("info", "safetensors holds tensors only: nothing in it runs when loaded");
}
function looksLikeSafetensors(src) {
    if (src.size < 10)
        return false;
    const head = src.read(0, 9);
    let headerLen = 0;
    for (let i = 7; i >= 0; i--)
        headerLen = headerLen * 256 + head[i];
    return headerLen > 0 && headerLen <= src.size - 8 && head[8] === 0x7b;
}
// ---------------------------------------------------------------- Keras
const KERAS_MODULE = /^(keras|tf_keras|tensorflow\.keras|tensorflow\.python\.keras)(\.|$)/;
/**
 * Walk a Keras model config (config.json of a .keras file, or the model_config attribute of an
 * .h5 file): Lambda layers carry Python bytecode; classes from modules outside Keras import code.
 */
function checkKerasConfig(config, report, where) {
    const seen = new Set();
    const flag = (severity, message) => {
        if (seen.has(message))
            return;
        seen.add(message);
        report.issue(severity, message);
    };
    const visit = (node, path, depth) => {
        if (depth > 200)
            throw new source_ScanError(`${where}: expected a config nested at most 200 levels deep, found deeper`, 0);
        if (Array.isArray(node)) {
            node.forEach((child, i) => visit(child, `${path}[${i}]`, depth + 1));
            return;
        }
        if (typeof node !== "object" || node === null)
            return;
        const obj = node;
        const className = typeof obj.class_name === "string" ? obj.class_name : undefined;
        const layerName = typeof obj.config?.name === "string"
            ? ` "${obj.config.name}"`
            : "";
        if (className === "Lambda") {
            flag("dangerous", `${where}: Lambda layer${layerName} at ${path} holds Python code that runs when the model loads`);
        }
        else if (className === "__lambda__" || className === "__function__") {
            flag("dangerous", `${where}: ${path} is a serialized Python function (${className})`);
        }
        else if (className === "TFOpLambda" || className === "SlicingOpLambda") {
            flag("warn", `${where}: ${className} layer${layerName} at ${path} calls a TensorFlow function by name`);
        }
        if (typeof obj.module === "string" && obj.module !== "" && !KERAS_MODULE.test(obj.module)) {
            const verdict = classifyGlobal(obj.module, className ?? "?");
            flag(verdict.severity === "dangerous" ? "dangerous" : "warn", `${where}: ${path} imports ${obj.module}.${className ?? "?"} from outside Keras (${verdict.reason})`);
        }
        if (typeof obj.registered_name === "string" && obj.registered_name.includes(">")) {
            flag("warn", `${where}: ${path} uses the custom object ${obj.registered_name}, whose code must be installed to load`);
        }
        for (const [key, value] of Object.entries(obj))
            visit(value, `${path}.${key}`, depth + 1);
    };
    visit(config, "$", 0);
}
const HDF5_MAGIC = "\x89HDF\r\n\x1a\n";
/**
 * HDF5 (.h5): Keras stores the model config as JSON text in the `model_config` attribute, which
 * HDF5 keeps uncompressed. We search the bytes for the JSON markers instead of parsing HDF5.
 */
function checkHdf5(src, report) {
    const CHUNK = 1 << 20;
    const OVERLAP = 256;
    const patterns = [
        [
            /"class_name":\s*"Lambda"/g,
            "dangerous",
            () => "Keras Lambda layer (holds Python code that runs when the model loads)",
        ],
        [
            /"class_name":\s*"(TFOpLambda|SlicingOpLambda)"/g,
            "warn",
            (m) => `Keras ${m[1]} layer (calls a TensorFlow function by name)`,
        ],
        [/"module":\s*"([^"]{1,200})"/g, "warn", (m) => `Keras config imports module ${m[1]}`],
    ];
    const seen = new Set();
    for (let start = 0; start < src.size; start += CHUNK) {
        const from = Math.max(0, start - OVERLAP);
        const text = formats_latin1.decode(src.read(from, CHUNK + (start - from)));
        for (const [re, severity, message] of patterns) {
            re.lastIndex = 0;
            for (let m = re.exec(text); m !== null; m = re.exec(text)) {
                const offset = from + m.index;
                if (re.source.startsWith('"module"') && KERAS_MODULE.test(m[1] ?? ""))
                    continue;
                const text2 = message(m);
                if (seen.has(text2))
                    continue;
                seen.add(text2);
                let sev = severity;
                if (re.source.startsWith('"module"')) {
                    sev = classifyGlobal(m[1] ?? "", "?").severity === "dangerous" ? "dangerous" : "warn";
                }
                report.issue(sev, `${text2} at byte ${offset}`, offset);
            }
        }
    }
}
/** Fields of one protobuf message in bytes [start, end). */
function* protoFields(src, start, end) {
    let p = start;
    const varint = () => {
        let v = 0;
        let mul = 1;
        for (let i = 0; i < 10; i++) {
            const b = src.byte(p);
            if (b === -1 || p >= end)
                throw new source_ScanError(`onnx: truncated: expected a varint at byte ${p}, found the end of the message`, p);
            p++;
            v += (b & 0x7f) * mul;
            mul *= 128;
            if ((b & 0x80) === 0)
                return v;
        }
        throw new source_ScanError(`onnx: expected a varint of at most 10 bytes at byte ${p}, found a longer one`, p);
    };
    while (p < end) {
        const at = p;
        const key = varint();
        const field = Math.floor(key / 8);
        const wire = key % 8;
        if (field === 0)
            throw new source_ScanError(`onnx: expected a field number at byte ${at}, found 0`, at);
        if (wire === 0) {
            const v = varint();
            yield { field, wire, start: v, end: v };
        }
        else if (wire === 1 || wire === 5) {
            const n = wire === 1 ? 8 : 4;
            if (p + n > end)
                throw new source_ScanError(`onnx: field ${field} at byte ${at}: expected ${n} bytes, found fewer before the end of its message`, at);
            p += n;
        }
        else if (wire === 2) {
            const len = varint();
            if (p + len > end) {
                throw new source_ScanError(`onnx: field ${field} at byte ${at}: expected ${len} bytes, found ${end - p} before the end of its message`, at);
            }
            yield { field, wire, start: p, end: p + len };
            p += len;
        }
        else {
            throw new source_ScanError(`onnx: field ${field} at byte ${at}: expected wire type 0, 1, 2 or 5, found ${wire}`, at);
        }
    }
}
/** Message-typed fields to descend into, per message type (onnx.proto field numbers). */
const ONNX_CHILDREN = {
    model: { 7: "graph", 20: "training", 25: "function" },
    training: { 1: "graph", 2: "graph" },
    graph: { 1: "node", 5: "tensor", 15: "sparse" },
    function: { 7: "node" },
    node: { 5: "attribute" },
    attribute: { 5: "tensor", 6: "graph", 10: "tensor", 11: "graph", 22: "sparse", 23: "sparse" },
    sparse: { 1: "tensor", 2: "tensor" },
};
/** Every TensorProto external_data `location`, anywhere in the model (subgraphs included). */
function onnxExternalData(src) {
    const found = [];
    const text = (f) => formats_latin1.decode(src.read(f.start, f.end - f.start));
    const visit = (kind, start, end, depth) => {
        if (depth > 64)
            throw new source_ScanError(`onnx: expected messages nested at most 64 deep, found deeper at byte ${start}`, start);
        if (kind === "tensor") {
            let name = "";
            for (const f of protoFields(src, start, end)) {
                if (f.field === 8 && f.wire === 2)
                    name = new TextDecoder().decode(src.read(f.start, Math.min(f.end - f.start, 512)));
                if (f.field === 13 && f.wire === 2) {
                    let key = "";
                    let value = "";
                    for (const kv of protoFields(src, f.start, f.end)) {
                        if (kv.wire !== 2)
                            continue;
                        if (kv.field === 1)
                            key = text(kv);
                        if (kv.field === 2)
                            value = new TextDecoder().decode(src.read(kv.start, kv.end - kv.start));
                    }
                    if (key === "location")
                        found.push({ tensor: name, location: value, offset: f.start });
                }
            }
            return;
        }
        const children = ONNX_CHILDREN[kind] ?? {};
        for (const f of protoFields(src, start, end)) {
            const child = children[f.field];
            if (child !== undefined && f.wire === 2)
                visit(child, f.start, f.end, depth + 1);
        }
    };
    const top = new Set();
    for (const f of protoFields(src, 0, src.size))
        top.add(f.field);
    for (const [field, what] of [
        [7, "graph"],
        [8, "opset_import"],
    ]) {
        if (!top.has(field)) {
            throw new source_ScanError(`onnx: expected a ModelProto with ${what} (field ${field}), found none (truncated or not ONNX?)`, src.size);
        }
    }
    visit("model", 0, src.size, 0);
    return found;
}

;// CONCATENATED MODULE: ./packages/scan/src/scan.ts
/**
 * scanPath: scan a model file or directory without loading anything, and say whether loading it
 * can run code. Formats are recognised by their bytes first (pickle PROTO, zip, NumPy, HDF5,
 * zlib/gzip), then by extension.
 */








const DEFAULT_MAX_DECOMPRESSED = 1 << 30;
const DEFAULT_MAX_DEPTH = 4;
/** A file with these extensions that does not walk as a pickle is an error. */
const PICKLE_EXTENSIONS = new Set([
    ".pkl",
    ".pickle",
    ".joblib",
    ".pt",
    ".pth",
    ".ckpt",
    ".sav",
    ".p",
    ".npy",
]);
/** Pickles or raw tensor bytes (`pytorch_model.bin`, external weights): a pickle only if it walks as one. */
const MAYBE_PICKLE_EXTENSIONS = new Set([".bin", ".dat", ".data"]);
const ZIP_EXTENSIONS = new Set([".npz", ".zip", ".keras"]);
const OTHER_MODEL_EXTENSIONS = new Set([...ZIP_EXTENSIONS, ".h5", ".hdf5", ".onnx", ".safetensors", ".json"]);
/** Never tried as protocol 0 pickles (their text would often parse as a few opcodes). */
const TEXT_EXTENSIONS = new Set([
    ".txt",
    ".md",
    ".csv",
    ".tsv",
    ".py",
    ".yaml",
    ".yml",
    ".toml",
    ".ini",
    ".cfg",
    ".html",
]);
/** ISO-8859-1, byte for byte (TextDecoder("latin1") is windows-1252). */
const scan_latin1 = {
    decode: (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1"),
};
const RANK = { safe: 0, warn: 1, error: 2, dangerous: 3 };
function worstVerdict(verdicts) {
    let worst = "safe";
    for (const v of verdicts)
        if (RANK[v] > RANK[worst])
            worst = v;
    return worst;
}
function issueVerdict(severity) {
    return severity === "info" ? "safe" : severity;
}
/** Collects one file's globals and issues. */
class FileScan {
    displayPath;
    absolutePath;
    options;
    format = "unknown";
    /** Bytes this file may still decompress (zip entries and streams share one budget). */
    budget;
    globals = new Map();
    issues = [];
    constructor(displayPath, absolutePath, options) {
        this.displayPath = displayPath;
        this.absolutePath = absolutePath;
        this.options = options;
        this.budget = options.maxDecompressedBytes;
    }
    addGlobal(module, name, opcode, offset, entry, onlyIfNew = false) {
        const key = `${module}\0${name}\0${entry ?? ""}`;
        const existing = this.globals.get(key);
        if (existing) {
            if (!onlyIfNew)
                existing.count++;
            return;
        }
        const verdict = classifyGlobal(module, name);
        const ref = {
            module,
            name,
            severity: verdict.severity,
            reason: verdict.reason,
            opcode,
            offset,
            count: 1,
        };
        if (entry !== undefined)
            ref.entry = entry;
        this.globals.set(key, ref);
    }
    addIssue(severity, message, offset, entry) {
        const issue = { severity, message };
        if (offset !== undefined)
            issue.offset = offset;
        if (entry !== undefined)
            issue.entry = entry;
        this.issues.push(issue);
    }
    hasIssue(severity, message, offset, entry) {
        return this.issues.some((i) => i.severity === severity && i.message === message && i.offset === offset && i.entry === entry);
    }
    report() {
        const globals = [...this.globals.values()];
        const verdict = worstVerdict([
            ...globals.map((g) => g.severity === "safe" ? "safe" : g.severity === "unknown" ? "warn" : "dangerous"),
            ...this.issues.map((i) => issueVerdict(i.severity)),
        ]);
        return { path: this.displayPath, format: this.format, verdict, globals, issues: this.issues };
    }
}
const child = (ctx, name, top = false) => ({
    file: ctx.file,
    entry: ctx.entry === undefined ? name : `${ctx.entry}!/${name}`,
    depth: ctx.depth + 1,
    top: top && ctx.top,
});
function sinkFor(ctx) {
    return {
        global: (module, name, opcode, offset) => ctx.file.addGlobal(module, name, opcode, offset, ctx.entry),
        issue: (severity, message, offset) => ctx.file.addIssue(severity, message, offset, ctx.entry),
    };
}
function setFormat(ctx, format) {
    if (ctx.top)
        ctx.file.format = format;
}
/**
 * A joblib file is also loadable with plain pickle.load, which does not read the array bytes after
 * a NumpyArrayWrapper but walks them as opcodes. Walk that reading too, so a payload hidden where
 * joblib expects array data is found; it normally stops at the first array byte (not an opcode).
 */
function scanAsPlainPickle(src, ctx, start) {
    const sink = {
        global: (module, name, opcode, offset) => ctx.file.addGlobal(module, name, `${opcode} (read by plain pickle.load)`, offset, ctx.entry, true),
        issue: (severity, message, offset) => {
            if (severity === "info" || ctx.file.hasIssue(severity, message, offset, ctx.entry))
                return;
            ctx.file.addIssue(severity, `read by plain pickle.load: ${message}`, offset, ctx.entry);
        },
    };
    try {
        walkPickle(src, start, sink, { joblibArrays: false });
    }
    catch (error) {
        if (!(error instanceof source_ScanError))
            throw error;
    }
}
const SWEEP_LIMIT = 64 << 20;
/** A walk broke at `error`: report what still reads as a dangerous import after that point. */
function sweepAfter(src, ctx, error) {
    const end = Math.min(src.size, error.offset + SWEEP_LIMIT);
    for (const found of sweepImports(src, Math.max(0, error.offset), end)) {
        const verdict = classifyGlobal(found.module, found.name);
        if (verdict.severity !== "dangerous")
            continue;
        ctx.file.addIssue("dangerous", `after the walk stopped at byte ${error.offset}, the bytes at ${found.offset} still read as an import of ${found.module}.${found.name} (${found.opcode}; ${verdict.reason}): a looser loader could reach it`, found.offset, ctx.entry);
    }
}
/** Walk every pickle in a row (legacy torch.save writes several), from `start`. */
function scanPickles(src, ctx, start = 0, afterFirst = false) {
    const sink = sinkFor(ctx);
    let pos = start;
    let joblib = false;
    for (let first = !afterFirst;; first = false) {
        if (!first) {
            if (pos >= src.size)
                break;
            const b0 = src.byte(pos);
            const b1 = src.byte(pos + 1);
            if (!(b0 === 0x80 && b1 >= 0 && b1 <= 5)) {
                ctx.file.addIssue("info", `${src.size - pos} bytes after the pickle's STOP at byte ${pos - 1} are not a pickle (a loader reading them as raw data runs nothing)`, pos, ctx.entry);
                break;
            }
        }
        let result;
        try {
            result = walkPickle(src, pos, sink);
        }
        catch (error) {
            if (error instanceof source_ScanError)
                sweepAfter(src, ctx, error);
            throw error;
        }
        if (result.joblib)
            scanAsPlainPickle(src, ctx, pos);
        joblib ||= result.joblib;
        pos = result.end;
    }
    return { joblib };
}
function decompressError(kind, error, max) {
    const message = error.message ?? String(error);
    if (/larger than|maxOutputLength|Cannot create a Buffer|buffer/i.test(message)) {
        return new source_ScanError(`${kind}: decompressed data exceeds the scan limit of ${max} bytes per file (maxDecompressedBytes)`, 0);
    }
    return new source_ScanError(`${kind}: cannot decompress (${message})`, 0);
}
const UNSUPPORTED_COMPRESSION = [
    [[0x42, 0x5a, 0x68], "bz2"],
    [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], "xz"],
    [[0x5d, 0x00, 0x00], "lzma"],
    [[0x04, 0x22, 0x4d, 0x18], "lz4"],
    [[0x28, 0xb5, 0x2f, 0xfd], "zstd"],
];
function startsWith(src, bytes) {
    return bytes.every((b, i) => src.byte(i) === b);
}
function scanZip(src, ctx, name) {
    const entries = readZipEntries(src).filter((e) => !e.name.endsWith("/"));
    const names = entries.map((e) => e.name);
    const isKeras = names.includes("config.json") &&
        (/\.keras$/i.test(name) || names.some((n) => n === "metadata.json" || n.endsWith(".weights.h5")));
    const isTorch = names.some((n) => n === "data.pkl" || n.endsWith("/data.pkl"));
    const isNpz = entries.length > 0 && names.every((n) => n.endsWith(".npy")) && /\.npz$/i.test(name);
    setFormat(ctx, isKeras ? "keras" : isTorch ? "pytorch" : isNpz || /\.npz$/i.test(name) ? "numpy-archive" : "zip");
    for (const entry of entries) {
        const sub = child(ctx, entry.name);
        if (isTorch && !/\.pkl$/.test(entry.name)) {
            if (/(^|\/)code\/.*\.py$/.test(entry.name)) {
                ctx.file.addIssue("warn", `TorchScript code ${entry.name}: a TorchScript model runs this code when called`, undefined, sub.entry);
            }
            continue; // storages (data/0 …) are raw tensor bytes; torch.load unpickles only the .pkl entries
        }
        try {
            if (isNpz && entry.method === 8 && entry.uncompressedSize > 1 << 20) {
                // A large compressed array: its header says whether it holds a pickle; plain data is not read.
                const header = readNpyHeader(new source_BufferSource(readZipEntryPrefix(src, entry)));
                if (!header.hasObject) {
                    checkNpyData(header, entry.uncompressedSize);
                    continue;
                }
            }
            const data = openZipEntry(src, entry, ctx.file.budget);
            if (entry.method === 8)
                ctx.file.budget -= data.size;
            if (isKeras && entry.name === "config.json") {
                let config;
                try {
                    config = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(data.read(0, data.size)));
                }
                catch (error) {
                    throw new source_ScanError(`config.json: expected JSON, found invalid JSON (${error.message})`, 0);
                }
                checkKerasConfig(config, { issue: (s, m, o) => ctx.file.addIssue(s, m, o, sub.entry) }, "config.json");
            }
            else if (isNpz) {
                scanNpy(data, sub);
            }
            else {
                scanSource(data, entry.name, sub);
            }
        }
        catch (error) {
            if (!(error instanceof source_ScanError))
                throw error;
            ctx.file.addIssue("error", error.message, error.offset, sub.entry);
        }
    }
}
function scanNpy(src, ctx) {
    setFormat(ctx, "numpy");
    const header = readNpyHeader(src);
    if (header.hasObject) {
        if (header.dataStart >= src.size)
            throw new source_ScanError("npy: object array: expected its pickle after the header, found the end of the file", header.dataStart);
        scanPickles(src, ctx, header.dataStart);
        return;
    }
    checkNpyData(header, src.size);
    // Data that starts like a pickle is walked too, in case a loader reads the header differently.
    const b0 = src.byte(header.dataStart);
    const b1 = src.byte(header.dataStart + 1);
    if (b0 === 0x80 && b1 >= 0 && b1 <= 5)
        scanAsPlainPickle(src, ctx, header.dataStart);
}
function checkNpyData(header, size) {
    const remaining = size - header.dataStart;
    if (header.dataBytes !== undefined && remaining < header.dataBytes) {
        throw new source_ScanError(`npy: truncated array data: expected ${header.dataBytes} bytes (dtype ${header.descr}), found ${remaining}`, size);
    }
}
function checkOnnx(src, ctx) {
    setFormat(ctx, "onnx");
    const dir = external_node_path_default().dirname(ctx.file.absolutePath);
    let dirReal = dir;
    try {
        dirReal = (0,external_node_fs_.realpathSync)(dir);
    }
    catch {
        /* in-memory */
    }
    for (const ext of onnxExternalData(src)) {
        const where = `tensor ${JSON.stringify(ext.tensor)}: external data location ${JSON.stringify(ext.location)}`;
        const parts = ext.location.split(/[\\/]/);
        if (ext.location === "" || ext.location.includes("\0")) {
            ctx.file.addIssue("error", `${where} is empty or contains a NUL byte`, ext.offset, ctx.entry);
        }
        else if (external_node_path_default().isAbsolute(ext.location) ||
            /^[a-zA-Z]:/.test(ext.location) ||
            /^[\\/]/.test(ext.location)) {
            ctx.file.addIssue("dangerous", `${where} is absolute: loading reads a file outside the model directory`, ext.offset, ctx.entry);
        }
        else if (parts.includes("..")) {
            ctx.file.addIssue("dangerous", `${where} climbs out of the model directory with '..'`, ext.offset, ctx.entry);
        }
        else {
            const target = external_node_path_default().join(dir, ext.location);
            let real;
            try {
                real = (0,external_node_fs_.realpathSync)(target);
            }
            catch {
                ctx.file.addIssue("warn", `${where}: the file does not exist next to the model`, ext.offset, ctx.entry);
            }
            if (real !== undefined && !isInside(dirReal, real)) {
                ctx.file.addIssue("dangerous", `${where} resolves (through a symlink) to ${real}, outside the model directory`, ext.offset, ctx.entry);
            }
        }
    }
}
function isInside(root, target) {
    const rel = external_node_path_default().relative(root, target);
    return rel === "" || (!rel.startsWith("..") && !external_node_path_default().isAbsolute(rel));
}
/** Scan one stream of bytes; `name` gives the extension hint. Throws ScanError on bad data. */
function scanSource(src, name, ctx) {
    if (ctx.depth > ctx.file.options.maxDepth) {
        throw new source_ScanError(`expected containers nested at most ${ctx.file.options.maxDepth} deep, found deeper; cannot scan further`, 0);
    }
    const ext = external_node_path_default().extname(name).toLowerCase();
    if (src.size === 0) {
        setFormat(ctx, "unknown");
        if (PICKLE_EXTENSIONS.has(ext) || MAYBE_PICKLE_EXTENSIONS.has(ext) || OTHER_MODEL_EXTENSIONS.has(ext)) {
            throw new source_ScanError(`empty file: expected a ${ext} model, found 0 bytes`, 0);
        }
        return;
    }
    const b0 = src.byte(0);
    const b1 = src.byte(1);
    if (b0 === 0x80 && b1 >= 0 && b1 <= 5) {
        setFormat(ctx, ext === ".joblib" ? "joblib" : "pickle");
        const { joblib } = scanPickles(src, ctx);
        if (joblib)
            setFormat(ctx, "joblib");
        return;
    }
    if (isZip(src))
        return scanZip(src, ctx, name);
    const head = scan_latin1.decode(src.read(0, 8));
    if (head.startsWith(NPY_MAGIC))
        return scanNpy(src, ctx);
    if (head === HDF5_MAGIC) {
        setFormat(ctx, "keras-h5");
        checkHdf5(src, { issue: (s, m, o) => ctx.file.addIssue(s, m, o, ctx.entry) });
        return;
    }
    if (b0 === 0x1f && b1 === 0x8b) {
        return scanStream(src, ctx, "gzip", external_node_zlib_.gunzipSync, name.replace(/\.gz$/i, ""));
    }
    if (b0 === 0x78 && b1 >= 0 && (b0 * 256 + b1) % 31 === 0) {
        // zlib with a 32 KiB window, as joblib and zlib.compress write it (CMF 0x78, valid FCHECK)
        return scanStream(src, ctx, "zlib", external_node_zlib_.inflateSync, name);
    }
    for (const [magic, kind] of UNSUPPORTED_COMPRESSION) {
        if (startsWith(src, magic)) {
            setFormat(ctx, "compressed");
            throw new source_ScanError(`${kind}-compressed data cannot be scanned (Node.js has no ${kind} decoder); save it uncompressed or with zlib/gzip (joblib.dump(..., compress=("zlib", 3))) to have it scanned`, 0);
        }
    }
    if (ext === ".safetensors" || (ext !== ".json" && looksLikeSafetensors(src))) {
        setFormat(ctx, "safetensors");
        checkSafetensors(src, { issue: (s, m, o) => ctx.file.addIssue(s, m, o, ctx.entry) });
        return;
    }
    if (ext === ".onnx")
        return checkOnnx(src, ctx);
    if (ext === ".json") {
        setFormat(ctx, "json");
        let value;
        try {
            value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(src.read(0, src.size)));
        }
        catch (error) {
            throw new source_ScanError(`expected JSON, found invalid JSON (${error.message})`, 0);
        }
        // A Keras model config saved on its own (model.to_json(), read by model_from_json) runs its Lambdas too.
        if (/"class_name"\s*:/.test(scan_latin1.decode(src.read(0, src.size)))) {
            checkKerasConfig(value, { issue: (s, m, o) => ctx.file.addIssue(s, m, o, ctx.entry) }, external_node_path_default().basename(name));
        }
        return;
    }
    if (ZIP_EXTENSIONS.has(ext)) {
        const found = Buffer.from(src.read(0, 4)).toString("hex");
        throw new source_ScanError(`expected a ${ext} zip archive (signature 504b0304), found bytes ${found}`, 0);
    }
    if (ext === ".h5" || ext === ".hdf5") {
        const found = Buffer.from(src.read(0, 8)).toString("hex");
        throw new source_ScanError(`expected a ${ext} file (HDF5 signature 894844460d0a1a0a), found bytes ${found}`, 0);
    }
    if (TEXT_EXTENSIONS.has(ext))
        return;
    // Protocol 0/1 pickles have no magic: try walking it. Anything that imports a global before
    // failing is reported (a loader would have imported it too); otherwise it is not a pickle.
    const events = [];
    let sawGlobal = false;
    const sink = {
        global: (m, n, op, off) => {
            sawGlobal = true;
            events.push(() => ctx.file.addGlobal(m, n, op, off, ctx.entry));
        },
        issue: (s, m, off) => {
            if (s === "dangerous")
                sawGlobal = true;
            events.push(() => ctx.file.addIssue(s, m, off, ctx.entry));
        },
    };
    let result;
    try {
        result = walkPickle(src, 0, sink);
    }
    catch (error) {
        if (!(error instanceof source_ScanError))
            throw error;
        if (ext === ".npy" && !sawGlobal)
            return scanNpy(src, ctx); // reports the bad NumPy magic
        if (sawGlobal || PICKLE_EXTENSIONS.has(ext)) {
            setFormat(ctx, "pickle");
            for (const e of events)
                e();
            sweepAfter(src, ctx, error);
            throw error;
        }
        setFormat(ctx, "unknown");
        return;
    }
    setFormat(ctx, result.joblib || ext === ".joblib" ? "joblib" : "pickle");
    for (const e of events)
        e();
    if (result.joblib)
        scanAsPlainPickle(src, ctx, 0);
    if (result.end < src.size)
        scanPickles(src, ctx, result.end, true);
}
/** Decompress a zlib/gzip stream within the file's budget and scan what it holds. */
function scanStream(src, ctx, kind, decompress, innerName) {
    setFormat(ctx, "compressed");
    let out;
    try {
        out = decompress(src.read(0, src.size), { maxOutputLength: Math.max(1, ctx.file.budget) });
    }
    catch (error) {
        throw decompressError(kind, error, ctx.file.options.maxDecompressedBytes);
    }
    ctx.file.budget -= out.length;
    scanDecompressed(out, innerName, child(ctx, `${kind} stream`, true));
}
/** A compressed joblib/pickle: the file's format is the inner one (unless it is unknown). */
function scanDecompressed(data, name, ctx) {
    scanSource(new source_BufferSource(data), name, ctx);
    if (ctx.top && ctx.file.format === "unknown")
        ctx.file.format = "compressed";
}
function scanFileAt(absolute, display, options) {
    const file = new FileScan(display, absolute, options);
    let src;
    try {
        src = new FileSource(absolute);
        scanSource(src, absolute, { file, entry: undefined, depth: 0, top: true });
    }
    catch (error) {
        if (error instanceof source_ScanError) {
            file.addIssue("error", error.message, error.offset, undefined);
        }
        else if (error.code !== undefined) {
            file.addIssue("error", `cannot read ${display}: ${error.message}`, undefined, undefined);
        }
        else {
            throw error;
        }
    }
    finally {
        src?.close();
    }
    return file.report();
}
function kindOf(stats) {
    if (stats.isFIFO())
        return "a FIFO";
    if (stats.isSocket())
        return "a socket";
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return "a device";
    return "not a regular file";
}
function errorReport(display, message) {
    return {
        path: display,
        format: "unknown",
        verdict: "error",
        globals: [],
        issues: [{ severity: "error", message }],
    };
}
function resolveOptions(options) {
    return {
        maxDecompressedBytes: options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED,
        maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    };
}
/**
 * Scan a model file, or every file below a directory (symlinks are followed only when they stay
 * inside it; FIFOs, sockets and devices are reported, never opened). Never throws for bad model
 * bytes: those become `error` issues with a byte offset. Throws only when `target` itself cannot
 * be read.
 */
async function scanPath(target, options = {}) {
    const opts = resolveOptions(options);
    const root = external_node_path_default().resolve(target);
    const rootStats = (0,external_node_fs_.statSync)(root);
    const files = [];
    if (!rootStats.isDirectory()) {
        const display = external_node_path_default().basename(root);
        files.push(rootStats.isFile()
            ? scanFileAt(root, display, opts)
            : errorReport(display, `${display} is ${kindOf(rootStats)}; not scanned`));
        return { verdict: worstVerdict(files.map((f) => f.verdict)), root, files };
    }
    const rootReal = (0,external_node_fs_.realpathSync)(root);
    const visited = new Set([rootReal]);
    const walk = (dir) => {
        const names = (0,external_node_fs_.readdirSync)(dir).sort();
        for (const name of names) {
            const absolute = external_node_path_default().join(dir, name);
            const display = external_node_path_default().relative(root, absolute).split((external_node_path_default()).sep).join("/");
            let stats = (0,external_node_fs_.lstatSync)(absolute);
            if (stats.isSymbolicLink()) {
                let real;
                try {
                    real = (0,external_node_fs_.realpathSync)(absolute);
                }
                catch (error) {
                    files.push(errorReport(display, `symlink ${display} cannot be resolved (${error.message}); not scanned`));
                    continue;
                }
                if (!isInside(rootReal, real)) {
                    files.push(errorReport(display, `symlink ${display} points to ${real}, outside the scanned directory; not scanned`));
                    continue;
                }
                stats = (0,external_node_fs_.statSync)(real);
                if (stats.isDirectory()) {
                    if (visited.has(real))
                        continue;
                    visited.add(real);
                    walk(absolute);
                    continue;
                }
            }
            if (stats.isDirectory()) {
                const real = (0,external_node_fs_.realpathSync)(absolute);
                if (visited.has(real))
                    continue;
                visited.add(real);
                walk(absolute);
            }
            else if (stats.isFile()) {
                files.push(scanFileAt(absolute, display, opts));
            }
            else {
                files.push(errorReport(display, `${display} is ${kindOf(stats)}; not scanned`));
            }
        }
    };
    walk(root);
    return { verdict: worstVerdict(files.map((f) => f.verdict)), root, files };
}
/** Scan bytes already in memory (`name` supplies the extension hint and the report's path). */
function scanBytes(data, name, options = {}) {
    const file = new FileScan(name, path.resolve(name), resolveOptions(options));
    try {
        scanSource(new BufferSource(data), name, { file, entry: undefined, depth: 0, top: true });
    }
    catch (error) {
        if (!(error instanceof ScanError))
            throw error;
        file.addIssue("error", error.message, error.offset, undefined);
    }
    return file.report();
}
const SEVERITY_RANK = { dangerous: 0, error: 1, warn: 2, unknown: 2, safe: 3 };
function summarizeScan(report, options = {}) {
    const maxFindings = options.maxFindings ?? 50;
    const globals = new Map();
    const findings = [];
    for (const file of report.files) {
        for (const g of file.globals) {
            const key = `${g.module}\0${g.name}`;
            if (!globals.has(key))
                globals.set(key, { module: g.module, name: g.name, severity: g.severity });
            if (g.severity === "safe")
                continue;
            const finding = {
                severity: g.severity === "dangerous" ? "dangerous" : "warn",
                message: `imports ${g.module}.${g.name} (${g.opcode}; ${g.reason})`,
                file: file.path,
                offset: g.offset,
            };
            if (g.entry !== undefined)
                finding.entry = g.entry;
            findings.push(finding);
        }
        for (const i of file.issues) {
            if (i.severity === "info")
                continue;
            const finding = { severity: i.severity, message: i.message, file: file.path };
            if (i.entry !== undefined)
                finding.entry = i.entry;
            if (i.offset !== undefined)
                finding.offset = i.offset;
            findings.push(finding);
        }
    }
    const byRank = (a, b) => (SEVERITY_RANK[a.severity] ?? 3) - (SEVERITY_RANK[b.severity] ?? 3);
    findings.sort(byRank);
    return {
        verdict: report.verdict,
        files: report.files.length,
        globals: [...globals.values()].sort((a, b) => byRank(a, b) || `${a.module}.${a.name}`.localeCompare(`${b.module}.${b.name}`)),
        findings: findings.slice(0, maxFindings),
        omittedFindings: Math.max(0, findings.length - maxFindings),
    };
}
/** One line per finding, for logs: `model.pkl [archive/data.pkl] byte 42: dangerous: …`. */
function formatFindings(report) {
    const lines = [];
    for (const file of report.files) {
        for (const g of file.globals) {
            if (g.severity === "safe")
                continue;
            const where = `${file.path}${g.entry ? ` [${g.entry}]` : ""} byte ${g.offset}`;
            lines.push(`${where}: ${g.severity}: imports ${g.module}.${g.name} (${g.opcode}; ${g.reason})`);
        }
        for (const i of file.issues) {
            if (i.severity === "info")
                continue;
            const where = `${file.path}${i.entry ? ` [${i.entry}]` : ""}${i.offset !== undefined ? ` byte ${i.offset}` : ""}`;
            lines.push(`${where}: ${i.severity}: ${i.message}`);
        }
    }
    return lines;
}

;// CONCATENATED MODULE: ./packages/scan/src/index.ts






/***/ })

};
