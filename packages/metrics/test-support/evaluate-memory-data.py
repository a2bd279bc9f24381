#!/usr/bin/python3
"""A pair of binary prediction files for the evaluate memory measurement.

    /usr/bin/python3 packages/metrics/test-support/evaluate-memory-data.py 10000000 [DIR]

Writes DIR/candidate.csv (rows in id order) and DIR/baseline.csv (the same ids shuffled), each
with id,label,score, so evaluate must join them on the id column. Then:

    /usr/bin/time -v node --import tsx packages/metrics/test-support/evaluate-memory.ts \\
        DIR/candidate.csv DIR/baseline.csv 20
"""
import os
import sys

import numpy as np


def main():
    n = int(sys.argv[1])
    out = sys.argv[2] if len(sys.argv) > 2 else "."
    os.makedirs(out, exist_ok=True)
    rng = np.random.default_rng(1)
    y = rng.integers(0, 2, n)
    a = 1 / (1 + np.exp(-(y * 1.2 - 0.6 + rng.normal(0, 1, n))))
    b = 1 / (1 + np.exp(-(y * 1.0 - 0.5 + rng.normal(0, 1, n))))
    ids = np.arange(n) + 1000000

    def write(path, order, s):
        with open(path, "w") as f:
            f.write("id,label,score\n")
            for st in range(0, n, 1000000):
                o = order[st : st + 1000000]
                f.write("\n".join(f"{i},{l},{v:.6f}" for i, l, v in zip(ids[o], y[o], s[o])) + "\n")

    write(os.path.join(out, "candidate.csv"), np.arange(n), a)
    write(os.path.join(out, "baseline.csv"), rng.permutation(n), b)


if __name__ == "__main__":
    main()
