"""Write the scanner's corpus of real model files into a directory, with manifest.json.

Usage: /usr/bin/python3 make_corpus.py OUT_DIR

Benign files are made by scikit-learn, joblib and NumPy themselves. Malicious files are made by
pickling objects whose __reduce__ names a dangerous callable: pickling only records the name,
nothing here (or in the test) ever unpickles them. Exit code 3 with a message on stderr when a
module is missing, so the test can skip with that message.
"""

import importlib.util
import io
import json
import os
import pickle
import random
import sys
import time
import zipfile

# joblib 1.2 imports distutils only for a side effect (joblib/backports.py). Under setuptools'
# distutils shim, which setuptools' .pth file installs at start-up, that import loads all of
# setuptools and pkg_resources: about a second of CPU, a fifth of this script. Take the shim out, as
# SETUPTOOLS_USE_DISTUTILS=stdlib would (the variable is read at start-up, too early to set here),
# when there is a stdlib distutils to fall back on; nothing written below depends on which is used.
_distutils_hack = sys.modules.get("_distutils_hack")
if _distutils_hack is not None and hasattr(_distutils_hack, "remove_shim"):
    _distutils_hack.remove_shim()
    if importlib.util.find_spec("distutils") is None:  # Python 3.12+: only setuptools has one
        _distutils_hack.add_shim()

try:
    import joblib
    import numpy as np
    from sklearn.datasets import make_classification
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler
except ImportError as error:  # pragma: no cover - depends on the machine
    print(f"missing Python module: {error.name} (install python3-sklearn)", file=sys.stderr)
    sys.exit(3)

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
manifest = []


def add(name, expect, note, imported=None):
    entry = {"file": name, "expect": expect, "note": note}
    if imported is not None:
        entry["globals"] = imported
    manifest.append(entry)


class RecordingUnpickler(pickle.Unpickler):
    """Records every (module, name) find_class is asked for, as written in the file."""

    def __init__(self, data):
        super().__init__(io.BytesIO(data))
        self.seen = set()

    def find_class(self, module, name):
        self.seen.add(f"{module}.{name}")
        return super().find_class(module, name)


def dump(name, obj, expect, note, protocol=pickle.HIGHEST_PROTOCOL):
    data = pickle.dumps(obj, protocol=protocol)
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
    imported = None
    if expect == "safe":
        # Only our own benign objects are ever loaded: CPython's own list of what the file imports.
        unpickler = RecordingUnpickler(data)
        unpickler.load()
        imported = sorted(unpickler.seen)
    add(name, expect, note, imported)


class Reduce:
    """Pickles as a call of `fn(*args)`; never called here."""

    def __init__(self, fn, args):
        self.fn = fn
        self.args = args

    def __reduce__(self):
        return (self.fn, self.args)


X, y = make_classification(n_samples=80, n_features=6, random_state=0)
forest = RandomForestClassifier(n_estimators=4, max_depth=3, random_state=0).fit(X, y)
logreg = LogisticRegression(max_iter=200).fit(X, y)
pipe = Pipeline([("scale", StandardScaler()), ("clf", LogisticRegression(max_iter=200))]).fit(X, y)

# --- benign pickles, every protocol
for protocol in range(0, 6):
    dump(f"forest.p{protocol}.pkl", forest, "safe", f"fitted RandomForestClassifier, protocol {protocol}", protocol)
dump("logreg.pkl", logreg, "safe", "fitted LogisticRegression")
dump("pipeline.pkl", pipe, "safe", "fitted Pipeline(StandardScaler, LogisticRegression)")
dump("numpy-state.pkl", {"rng": np.random.default_rng(0), "legacy": np.random.RandomState(1),
                         "scalars": [np.float32(1.5), np.int64(3), np.bytes_(b"ab"), np.datetime64("2020-01-01")],
                         "values": {1, 2}, "frozen": frozenset([3]), "complex": 1 + 2j, "slice": slice(1, 2),
                         "ufunc": np.log1p},
     "safe", "NumPy generators, scalars and builtins value types")
dump("pipeline.p5.pkl", pipe, "safe", "Pipeline, protocol 5 (in-band PickleBuffer arrays)", 5)

# More estimator families: Cython trees and losses, private classes, function values, grid search.
import warnings  # noqa: E402

warnings.filterwarnings("ignore")
from sklearn.cluster import KMeans  # noqa: E402
from sklearn.compose import ColumnTransformer  # noqa: E402
from sklearn.ensemble import HistGradientBoostingClassifier, IsolationForest  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.impute import SimpleImputer  # noqa: E402
from sklearn.model_selection import GridSearchCV  # noqa: E402
from sklearn.neighbors import KNeighborsClassifier  # noqa: E402
from sklearn.neural_network import MLPClassifier  # noqa: E402
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder  # noqa: E402
from sklearn.svm import SVC  # noqa: E402

cats = np.array([["x"], ["y"]] * 40)
zoo = {
    "hgb": HistGradientBoostingClassifier(max_iter=5).fit(X, y),
    "iso": IsolationForest(n_estimators=3, random_state=0).fit(X),
    "kmeans": KMeans(n_clusters=2, n_init=1, random_state=0).fit(X),
    "svc": SVC(probability=True, random_state=0).fit(X, y),
    "knn": KNeighborsClassifier(algorithm="kd_tree").fit(X, y),
    "mlp": MLPClassifier(max_iter=5, random_state=0).fit(X, y),
    "log1p": Pipeline([("log", FunctionTransformer(np.log1p)), ("clf", LogisticRegression())]).fit(np.abs(X), y),
    "columns": ColumnTransformer([("num", SimpleImputer(), [0]), ("cat", OneHotEncoder(), [1])]).fit(
        np.column_stack([X[:, 0].astype(object), cats[:, 0]])),
    "tfidf": TfidfVectorizer().fit(["hello world", "model files are code"]),
    "grid": GridSearchCV(LogisticRegression(), {"C": [0.5, 1.0]}, cv=2).fit(X, y),
}
dump("estimator-zoo.pkl", zoo, "safe", "ten more estimator families (Cython trees/losses, KD tree, grid search)")
joblib.dump(zoo, os.path.join(out, "estimator-zoo.joblib"))
add("estimator-zoo.joblib", "safe", "the same with joblib")

# Random plain-data objects in every protocol: each must walk cleanly (a differential test of the
# walker against CPython's own pickler). Half have no extension (found by walking, not by name).
rng = random.Random(17)


def random_value(depth=0):
    kinds = ["int", "big", "float", "str", "bytes", "none", "bool", "complex"]
    if depth < 4:
        kinds += ["list", "tuple", "dict", "set", "frozenset", "shared"]
    kind = rng.choice(kinds)
    if kind == "int":
        return rng.randint(-(2**31), 2**31)
    if kind == "big":
        return rng.randint(-(2**200), 2**200)
    if kind == "float":
        return rng.choice([rng.random() * 1e6, float("inf"), -0.0, 1e-300])
    if kind == "str":
        return "".join(rng.choice("ab\\'\"\n\u00e9\u4e2d\U0001f600 x") for _ in range(rng.randint(0, 300)))
    if kind == "bytes":
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 300)))
    if kind == "none":
        return None
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "complex":
        return complex(rng.random(), rng.random())
    items = [random_value(depth + 1) for _ in range(rng.randint(0, 6))]
    if kind == "list":
        return items
    if kind == "tuple":
        return tuple(items)
    if kind == "dict":
        return {str(i): v for i, v in enumerate(items)}
    hashable = [v for v in items if isinstance(v, (int, float, str, bytes, tuple)) and not isinstance(v, bool)]
    try:
        if kind == "set":
            return set(hashable)
        if kind == "frozenset":
            return frozenset(hashable)
    except TypeError:
        return items
    shared = [1, "two"]
    loop = [shared, shared]
    loop.append(loop)
    return loop


for i in range(40):
    value = random_value()
    for protocol in range(0, 6):
        name = f"random-{i}.p{protocol}" + (".pkl" if i % 2 else "")
        dump(name, value, "safe", f"random plain data, protocol {protocol}", protocol)

# --- joblib, plain and compressed
joblib.dump(pipe, os.path.join(out, "pipeline.joblib"))
add("pipeline.joblib", "safe", "joblib.dump of the Pipeline (raw array bytes between opcodes)")
joblib.dump(forest, os.path.join(out, "forest.p2.joblib"), protocol=2)
add("forest.p2.joblib", "safe", "joblib.dump protocol 2 of the forest")
joblib.dump(forest, os.path.join(out, "forest.p0.joblib"), protocol=0)
add("forest.p0.joblib", "safe", "joblib.dump protocol 0 of the forest")
joblib.dump({"model": logreg, "names": np.array(["a", 1, None], dtype=object), "grid": np.arange(12.0).reshape(3, 4).T},
            os.path.join(out, "mixed.joblib"))
add("mixed.joblib", "safe", "joblib with an object array (nested pickle) and a Fortran-order array")
joblib.dump(forest, os.path.join(out, "forest.zlib.joblib"), compress=("zlib", 3))
add("forest.zlib.joblib", "safe", "joblib compress=zlib")
joblib.dump(forest, os.path.join(out, "forest.gz.joblib"), compress=("gzip", 3))
add("forest.gz.joblib", "safe", "joblib compress=gzip")
joblib.dump(forest, os.path.join(out, "forest.xz.joblib"), compress=("xz", 3))
add("forest.xz.joblib", "error", "joblib compress=xz: Node cannot decompress it, so it is not vouched for")
joblib.dump(forest, os.path.join(out, "forest.bz2.joblib"), compress=("bz2", 3))
add("forest.bz2.joblib", "error", "joblib compress=bz2: cannot be scanned")

# --- NumPy
np.save(os.path.join(out, "weights.npy"), np.arange(24, dtype=np.float32).reshape(2, 3, 4))
add("weights.npy", "safe", ".npy float32 array")
np.save(os.path.join(out, "labels.npy"), np.array(["cat", 3, {"k": 1}], dtype=object), allow_pickle=True)
add("labels.npy", "safe", ".npy object array (a pickle inside)")
np.savez(os.path.join(out, "arrays.npz"), a=np.ones(5), b=np.array([b"x", b"yz"]))
add("arrays.npz", "safe", ".npz of two arrays")
np.savez_compressed(os.path.join(out, "arrays-compressed.npz"), a=np.ones(50), o=np.array([1, "a"], dtype=object))
add("arrays-compressed.npz", "safe", "compressed .npz with an object array")

# --- malicious (pickled, never loaded)
for protocol in range(0, 6):
    dump(f"evil-system.p{protocol}.pkl", Reduce(os.system, ("echo pwned",)), "dangerous",
         f"REDUCE os.system, protocol {protocol}", protocol)
dump("evil-eval.pkl", Reduce(eval, ("__import__('os').system('echo pwned')",)), "dangerous", "REDUCE builtins.eval")
dump("evil-in-model.pkl", {"model": logreg, "hook": Reduce(exec, ("print('pwned')",))}, "dangerous",
     "a fitted model with builtins.exec hidden in the dict")
joblib.dump({"model": forest, "hook": Reduce(os.system, ("echo pwned",))}, os.path.join(out, "evil.joblib"))
add("evil.joblib", "dangerous", "joblib: the payload after the raw array data")
joblib.dump({"model": forest, "hook": Reduce(os.system, ("echo pwned",))}, os.path.join(out, "evil.zlib.joblib"),
            compress=3)
add("evil.zlib.joblib", "dangerous", "compressed joblib with os.system")
joblib.dump({"w": np.ones(3), "x": np.array([Reduce(os.system, ("echo pwned",))], dtype=object)},
            os.path.join(out, "evil-object-array.joblib"))
add("evil-object-array.joblib", "dangerous", "joblib: os.system inside an object array's nested pickle")
np.save(os.path.join(out, "evil.npy"), np.array([Reduce(os.system, ("echo pwned",))], dtype=object),
        allow_pickle=True)
add("evil.npy", "dangerous", ".npy object array whose pickle calls os.system")
np.savez(os.path.join(out, "evil.npz"), ok=np.ones(3), bad=np.array([Reduce(eval, ("1",))], dtype=object))
add("evil.npz", "dangerous", ".npz with an object array calling eval")
import subprocess  # noqa: E402  (only its name is pickled)
dump("evil-popen.p2.pkl", Reduce(subprocess.Popen, (["sh", "-c", "id"],)), "dangerous", "REDUCE subprocess.Popen")
import socket  # noqa: E402
dump("evil-socket.pkl", Reduce(socket.create_connection, (("example.com", 80),)), "dangerous",
     "REDUCE socket.create_connection")


# --- PyTorch archive layout (torch.save's zip), written without torch.
def torch_zip(name, pkl, expect, note):
    with zipfile.ZipFile(os.path.join(out, name), "w") as z:
        z.writestr("model/data.pkl", pkl)
        z.writestr("model/byteorder", "little")
        z.writestr("model/data/0", np.arange(4, dtype=np.float32).tobytes())
        z.writestr("model/version", "3\n")
    add(name, expect, note)


# A state dict as torch.save pickles it: OrderedDict of _rebuild_tensor_v2 over a persistent storage.
state_dict = (
    b"\x80\x02ccollections\nOrderedDict\nq\x00)Rq\x01X\x06\x00\x00\x00weightq\x02"
    b"ctorch._utils\n_rebuild_tensor_v2\nq\x03((X\x07\x00\x00\x00storageq\x04ctorch\nFloatStorage\nq\x05"
    b"X\x01\x00\x00\x000q\x06X\x03\x00\x00\x00cpuq\x07K\x04tq\x08QK\x00K\x04\x85q\tK\x01\x85q\n\x89"
    b"h\x00)Rq\x0btq\x0cRq\rs."
)
torch_zip("state-dict.pt", state_dict, "safe", "PyTorch zip layout with a state dict")
torch_zip("evil.pt", pickle.dumps(Reduce(os.system, ("echo pwned",)), protocol=2), "dangerous",
          "PyTorch zip layout whose data.pkl calls os.system")

# More than 65535 entries forces a ZIP64 end of central directory; the payload is the last entry.
# Built in memory and written once: on a file, zipfile seeks back to rewrite each entry's header,
# some five lseek and two write system calls per entry. The ZipInfo is what writestr(name, ...)
# makes, with the clock read once rather than per entry: the same bytes for the same timestamp.
stamp = time.localtime(time.time())[:6]


def entry_info(name):
    info = zipfile.ZipInfo(name, stamp)
    info.external_attr = 0o600 << 16  # as writestr gives a name
    return info


many = io.BytesIO()
with zipfile.ZipFile(many, "w") as z:
    for i in range(65540):
        z.writestr(entry_info(f"e/{i}.json"), b"{}")
    z.writestr(entry_info("e/payload.pkl"), pickle.dumps(Reduce(os.system, ("echo pwned",)), protocol=2))
with open(os.path.join(out, "many-entries.zip"), "wb") as f:
    f.write(many.getbuffer())
del many
add("many-entries.zip", "dangerous", "zip with 65541 entries (ZIP64 end record), payload last")

optional = {}
try:
    import pandas as pd

    frame = pd.DataFrame({"a": [1, 2], "b": ["x", "y"], "c": pd.Categorical(["u", "v"]),
                          "d": pd.to_datetime(["2020-01-01", "2020-01-02"]).tz_localize("UTC"),
                          "e": pd.Series([1, None], dtype="Int64")})
    dump("frame.pkl", {"reference": frame, "columns": frame.columns}, "safe", "a pandas DataFrame (reference data)")
    optional["pandas"] = pd.__version__
except ImportError as error:
    print(f"note: no pandas files ({error.name} missing; install python3-pandas)", file=sys.stderr)

# --- ONNX (python3-onnx) and Keras-layout HDF5 (python3-h5py), when installed.
try:
    import onnx
    from onnx import TensorProto, helper, numpy_helper
    from onnx.external_data_helper import set_external_data

    def onnx_model(name, locations, expect, note, subgraph=False):
        inits = []
        for i, location in enumerate(locations):
            t = numpy_helper.from_array(np.arange(4, dtype=np.float32), name=f"w{i}")
            if location is not None:
                set_external_data(t, location=location)
                t.ClearField("raw_data")
                t.data_location = TensorProto.EXTERNAL
            inits.append(t)
        x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [4])
        y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [4])
        if subgraph:
            body = helper.make_graph([helper.make_node("Add", ["x", "w0"], ["y"])], "then", [], [y], inits)
            cond = numpy_helper.from_array(np.array(True), name="c")
            node = helper.make_node("If", ["c"], ["y"], then_branch=body, else_branch=body)
            graph = helper.make_graph([node], "g", [x], [y], [cond])
        else:
            graph = helper.make_graph([helper.make_node("Add", ["x", "w0"], ["y"])], "g", [x], [y], inits)
        onnx.save_model(helper.make_model(graph), os.path.join(out, name))
        add(name, expect, note)

    with open(os.path.join(out, "onnx-weights.bin"), "wb") as f:
        f.write(np.arange(4, dtype=np.float32).tobytes())
    add("onnx-weights.bin", "safe", "external data of local.onnx (raw bytes)")
    onnx_model("inline.onnx", [None], "safe", "ONNX with an inline initializer")
    onnx_model("local.onnx", ["onnx-weights.bin"], "safe", "ONNX external data next to the model")
    onnx_model("escape.onnx", ["../../../etc/passwd"], "dangerous", "ONNX external data climbing out with ..")
    onnx_model("absolute.onnx", ["/etc/passwd"], "dangerous", "ONNX external data at an absolute path")
    onnx_model("subgraph.onnx", ["../secret.bin"], "dangerous", "ONNX escape inside an If branch")
    optional["onnx"] = onnx.__version__
except ImportError as error:
    print(f"note: no ONNX files ({error.name} missing; install python3-onnx)", file=sys.stderr)

try:
    import h5py

    def keras_h5(name, layers, expect, note, pad=0):
        config = {"class_name": "Sequential", "config": {"name": "seq", "layers": layers}}
        with h5py.File(os.path.join(out, name), "w") as f:
            f.attrs["keras_version"] = "2.15.0"
            f.attrs["backend"] = "tensorflow"
            f.attrs["model_config"] = json.dumps(config) + " " * pad
            f.create_group("model_weights").create_dataset("dense/kernel", data=np.ones((4, 2)))
        add(name, expect, note)

    dense = {"class_name": "Dense", "config": {"name": "dense", "units": 2}}
    lam = {"class_name": "Lambda", "config": {"name": "hook", "function": ["4wEAAAAAAAAA", None, None]}}
    keras_h5("dense.h5", [dense], "safe", "Keras-layout HDF5 (h5py): a Dense layer")
    keras_h5("lambda.h5", [dense, lam], "dangerous", "Keras-layout HDF5 with a Lambda layer")
    keras_h5("lambda-big.h5", [dense, lam], "dangerous", "Lambda in a 100 KB model_config (dense attribute storage)",
             pad=100_000)
    optional["h5py"] = h5py.__version__
except ImportError as error:
    print(f"note: no HDF5 files ({error.name} missing; install python3-h5py)", file=sys.stderr)

with open(os.path.join(out, "manifest.json"), "w") as f:
    json.dump({"python": sys.version.split()[0], "numpy": np.__version__, "joblib": joblib.__version__,
               "optional": optional, "files": manifest}, f, indent=1)
