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

export type GlobalSeverity = "safe" | "unknown" | "dangerous";

export interface GlobalVerdict {
  severity: GlobalSeverity;
  /** Why, in a few words (shown next to the global). */
  reason: string;
}

/** "*" = every name in the module (and its submodules for the denylist). */
type NameSet = ReadonlySet<string> | "*";

const all = "*" as const;
const names = (...list: string[]): ReadonlySet<string> => new Set(list);

/**
 * Python 2 module names that Python 3's unpickler maps to Python 3 modules for protocols 0-2
 * (fix_imports, after CPython's _compat_pickle): a payload can name `cPickle` or `commands`.
 */
const MODULE_ALIASES: Readonly<Record<string, string>> = {
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
const NAME_ALIASES: Readonly<Record<string, [string, string]>> = {
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

const DANGEROUS_BUILTINS = names(
  "eval",
  "exec",
  "execfile",
  "compile",
  "getattr",
  "setattr",
  "delattr",
  "__import__",
  "open",
  "breakpoint",
  "apply",
  "input",
  "globals",
  "locals",
  "vars",
  "help",
  "memoryview",
  "exit",
  "quit",
  "reload",
  "file",
);

/**
 * Modules whose every member is dangerous, including submodules (`os` covers `os.path`,
 * `http` covers `http.client`). Keyed by module name.
 */
const DANGEROUS_MODULES: ReadonlySet<string> = new Set([
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
const DANGEROUS_MEMBERS: Readonly<Record<string, NameSet>> = {
  builtins: DANGEROUS_BUILTINS,
  types: names("FunctionType", "CodeType", "LambdaType", "MethodType", "ModuleType", "CellType"),
  operator: names("attrgetter", "itemgetter", "methodcaller"),
  _operator: names("attrgetter", "itemgetter", "methodcaller"),
  functools: names("partial", "reduce", "partialmethod"),
  _functools: names("partial", "reduce"),
  copyreg: names("add_extension", "_reconstructor_ex"),
  logging: names("FileHandler", "config"),
  "logging.config": all,
  "logging.handlers": all,
  numpy: names(
    "load",
    "loadtxt",
    "fromfile",
    "save",
    "savez",
    "tofile",
    "memmap",
    "genfromtxt",
    "DataSource",
  ),
  "numpy.lib.npyio": all,
  "numpy.lib.format": all,
  "numpy.core._ufunc_config": all,
  "numpy.core.numeric": names("load", "loads"),
  "numpy.core.multiarray": names("fromfile", "load"),
  "numpy._core.multiarray": names("fromfile", "load"),
  torch: names("load", "save", "from_file"),
  "torch.serialization": all,
  "torch.storage": names("_load_from_bytes"),
  "torch._weights_only_unpickler": all,
  joblib: names("load", "dump", "Memory", "Parallel", "delayed"),
  "joblib.numpy_pickle": names("load", "dump", "NumpyUnpickler"),
  "sklearn.externals.joblib": names("load", "dump", "Memory", "Parallel", "delayed"),
  "sklearn.externals.joblib.numpy_pickle": names("load", "dump", "NumpyUnpickler"),
  pandas: names("read_pickle", "read_csv", "read_parquet", "eval", "read_sql", "read_html", "read_json"),
};

/** Parameterless value types of builtins that a model's state legitimately contains. */
const SAFE_BUILTINS = names(
  "set",
  "frozenset",
  "slice",
  "complex",
  "bytearray",
  "bytes",
  "object",
  "range",
  "int",
  "float",
  "bool",
  "str",
  "list",
  "tuple",
  "dict",
  "NoneType",
  "Ellipsis",
  "NotImplemented",
);

/** Common NumPy ufuncs (pickled by name as `numpy.core._multiarray_umath.<ufunc>`). */
const NUMPY_UFUNCS = names(
  "absolute",
  "add",
  "arccos",
  "arccosh",
  "arcsin",
  "arcsinh",
  "arctan",
  "arctan2",
  "arctanh",
  "cbrt",
  "ceil",
  "clip",
  "cos",
  "cosh",
  "deg2rad",
  "divide",
  "exp",
  "exp2",
  "expm1",
  "fabs",
  "floor",
  "floor_divide",
  "fmax",
  "fmin",
  "hypot",
  "isfinite",
  "isinf",
  "isnan",
  "log",
  "log10",
  "log1p",
  "log2",
  "logaddexp",
  "maximum",
  "minimum",
  "multiply",
  "negative",
  "power",
  "rad2deg",
  "reciprocal",
  "rint",
  "sign",
  "sin",
  "sinh",
  "sqrt",
  "square",
  "subtract",
  "tan",
  "tanh",
  "true_divide",
  "trunc",
);

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
const SAFE_MEMBERS: Readonly<Record<string, NameSet>> = {
  builtins: SAFE_BUILTINS,
  collections: names("OrderedDict", "defaultdict", "deque", "Counter"),
  copyreg: names("_reconstructor"),
  _codecs: names("encode"),
  datetime: names("datetime", "date", "time", "timedelta", "timezone"),
  decimal: names("Decimal"),
  fractions: names("Fraction"),
  numpy: names(
    "dtype",
    "ndarray",
    "float16",
    "float32",
    "float64",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "bool_",
    "complex64",
    "complex128",
    "str_",
    "bytes_",
    "object_",
    "datetime64",
    "timedelta64",
  ),
  "numpy.core.multiarray": names("_reconstruct", "scalar", "_frombuffer"),
  "numpy._core.multiarray": names("_reconstruct", "scalar", "_frombuffer"),
  "numpy.core.numeric": names("_frombuffer"),
  "numpy._core.numeric": names("_frombuffer"),
  "numpy.core._multiarray_umath": NUMPY_UFUNCS,
  "numpy._core._multiarray_umath": NUMPY_UFUNCS,
  "numpy.ma.core": names("_mareconstruct", "MaskedArray"),
  "numpy.random._pickle": names(
    "__bit_generator_ctor",
    "__generator_ctor",
    "__randomstate_ctor",
    "__legacy_seeding",
  ),
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
  "torch._utils": names(
    "_rebuild_tensor",
    "_rebuild_tensor_v2",
    "_rebuild_tensor_v3",
    "_rebuild_parameter",
    "_rebuild_parameter_with_state",
    "_rebuild_qtensor",
    "_rebuild_sparse_tensor",
    "_rebuild_meta_tensor_no_storage",
    "_rebuild_nested_tensor",
    "_rebuild_wrapper_subclass",
    "_rebuild_device_tensor_from_numpy",
    "_rebuild_device_tensor_from_cpu_tensor",
  ),
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

function inSet(set: NameSet | undefined, name: string): boolean {
  if (set === undefined) return false;
  return set === "*" || set.has(name);
}

function moduleUnder(module: string, root: string): boolean {
  return module === root || module.startsWith(`${root}.`);
}

/** The canonical Python 3 spelling of a module name. */
export function canonicalModule(module: string): string {
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
const SAFE_OVERRIDES: Readonly<Record<string, NameSet>> = {
  // returns a torch.layout by name from torch's own attributes; on torch's weights_only allowlist
  "torch.serialization": names("_get_layout"),
};

/** torch's tensor and storage classes (torch.FloatTensor, torch.cuda.HalfStorage) and dtypes by name. */
function isTorchTypeName(module: string, name: string): boolean {
  if ((module === "torch" || module === "torch.cuda") && /^[A-Z][A-Za-z0-9]*(Tensor|Storage)$/.test(name))
    return true;
  return (
    module === "torch" &&
    /^(float|int|uint|complex|bfloat|qint|quint|bool$|half$|double$|long$|short$|cfloat$|cdouble$|chalf$)[0-9a-z_]*$/.test(
      name,
    )
  );
}

/** Classify the global a pickle imports as (module, name). */
export function classifyGlobal(module: string, name: string): GlobalVerdict {
  if (inSet(SAFE_OVERRIDES[canonicalModule(module)], name))
    return { severity: "safe", reason: "allowlisted" };
  if (isTorchTypeName(canonicalModule(module), name))
    return { severity: "safe", reason: "a torch tensor/storage type or dtype" };
  const renamed = NAME_ALIASES[`${canonicalModule(module)}.${name}`];
  if (renamed !== undefined && (renamed[0] !== canonicalModule(module) || renamed[1] !== name)) {
    return classifyGlobal(renamed[0], renamed[1]);
  }
  const mod = canonicalModule(module);
  if (mod === "" || name === "") return { severity: "dangerous", reason: "empty module or name" };
  for (const root of DANGEROUS_MODULES) {
    if (moduleUnder(mod, root))
      return { severity: "dangerous", reason: `module ${root} can run code or reach the system` };
  }
  // Protocol 4+ resolves dotted names attribute by attribute: `module` + `a.b.c`.
  const path = name.split(".");
  if (path.length > 1) {
    const bad = path.find((part) => DANGEROUS_ATTRIBUTES.has(part) || DANGEROUS_BUILTINS.has(part));
    if (bad !== undefined) return { severity: "dangerous", reason: `attribute chain reaches ${bad}` };
  }
  for (const [dangerMod, set] of Object.entries(DANGEROUS_MEMBERS)) {
    if (mod === dangerMod && (inSet(set, name) || inSet(set, path[0] ?? name))) {
      return { severity: "dangerous", reason: `${dangerMod}.${name} can run code, read files or import` };
    }
    if (set === "*" && moduleUnder(mod, dangerMod)) {
      return { severity: "dangerous", reason: `module ${dangerMod} can run code or reach the system` };
    }
  }
  if (path.length > 1) return { severity: "unknown", reason: "dotted attribute path (resolved by getattr)" };
  if (inSet(SAFE_MEMBERS[mod], name)) return { severity: "safe", reason: "allowlisted" };
  if (/^_?[A-Z][A-Za-z0-9_]*$/.test(name) || /^__pyx_unpickle_[A-Za-z0-9_]+$/.test(name)) {
    for (const root of SAFE_CLASS_PACKAGES) {
      if (moduleUnder(mod, root)) return { severity: "safe", reason: `a ${root} class` };
    }
  }
  return { severity: "unknown", reason: "not on the allowlist" };
}
