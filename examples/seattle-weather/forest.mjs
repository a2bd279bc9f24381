/*
 * A random forest of ml-cart CART trees (mljs), with bagging capped at `max_samples` rows per
 * tree (scikit-learn's max_samples) and a random subset of the features per tree, seeded.
 *
 * Why not ml-random-forest: its trees search every split point of every row, which grows with
 * the square of the rows, and its own `maxSamples` truncates the data instead of sampling it.
 * Capping each tree's bootstrap sample keeps training time flat as years of data arrive.
 * Probabilities are soft votes: the mean of the trees' leaf class distributions, as
 * scikit-learn's RandomForestClassifier.predict_proba computes them.
 */
import { DecisionTreeClassifier } from "ml-cart";

/** mulberry32: a small, well-mixed 32-bit PRNG, so a seed gives the same forest everywhere. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trains the forest. X: rows of numbers, y: class indices 0..nClasses-1.
 * options: seed, n_estimators, max_depth, max_features (fraction), min_samples_split, max_samples.
 */
export function trainForest(X, y, nClasses, options) {
  const next = random(options.seed);
  const nFeatures = X[0].length;
  const perTree = Math.max(1, Math.round(options.max_features * nFeatures));
  const sampleSize = Math.min(X.length, options.max_samples);
  const trees = [];
  for (let t = 0; t < options.n_estimators; t++) {
    // A random subset of the features (without replacement), in column order.
    const order = [...Array(nFeatures).keys()];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const features = order.slice(0, perTree).sort((a, b) => a - b);
    // A bootstrap sample of the rows (with replacement).
    const rows = Array.from({ length: sampleSize }, () => Math.floor(next() * X.length));
    const tree = new DecisionTreeClassifier({
      gainFunction: "gini",
      splitFunction: "mean",
      maxDepth: options.max_depth,
      minNumSamples: options.min_samples_split,
    });
    tree.train(
      rows.map((r) => features.map((f) => X[r][f])),
      rows.map((r) => y[r]),
    );
    trees.push({ features, tree });
  }
  return { nClasses, trees };
}

/** Class probabilities per row: the mean of the trees' leaf distributions. */
export function predictProba(forest, X) {
  return X.map((row) => {
    const p = new Array(forest.nClasses).fill(0);
    for (const { features, tree } of forest.trees) {
      const leaf = tree.root.classify(features.map((f) => row[f])).getRow(0);
      for (let c = 0; c < leaf.length; c++) p[c] += leaf[c] / forest.trees.length;
    }
    return p;
  });
}

export function forestToJSON(forest) {
  return {
    nClasses: forest.nClasses,
    trees: forest.trees.map(({ features, tree }) => ({ features, tree: tree.toJSON() })),
  };
}

export function forestFromJSON(json) {
  return {
    nClasses: json.nClasses,
    trees: json.trees.map(({ features, tree }) => ({ features, tree: DecisionTreeClassifier.load(tree) })),
  };
}
