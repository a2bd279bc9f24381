"""Write the scanner's corpus of real model files into a directory, with manifest.json.

Usage: /usr/bin/python3 make_corpus.py OUT_DIR

Benign files are made by scikit-learn, joblib and NumPy themselves. Malicious files are made by
pickling objects whose __reduce__ names a dangerous callable: pickling only records the name,
nothing here (or in the test) ever unpickles them. Exit code 3 with a message on stderr when a
module is missing, so the test can skip with that message.
"""

import io
import json
import os
import pickle
import sys
import zipfile

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


def add(name, expect, note):
    manifest.append({"file": name, "expect": expect, "note": note})


def dump(name, obj, expect, note, protocol=pickle.HIGHEST_PROTOCOL):
    with open(os.path.join(out, name), "wb") as f:
        pickle.dump(obj, f, protocol=protocol)
    add(name, expect, note)


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

with open(os.path.join(out, "manifest.json"), "w") as f:
    json.dump({"python": sys.version.split()[0], "numpy": np.__version__, "joblib": joblib.__version__,
               "files": manifest}, f, indent=1)
