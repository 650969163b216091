/** The iris model file: what train.js writes and server.js serves. */
import { readFileSync } from 'node:fs';
import { RandomForestClassifier } from 'ml-random-forest';

export const FORMAT = 'iris-random-forest@1';
export const FEATURES = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'];
export const LABEL = 'species';

/** Class probabilities as the share of trees voting for each class (Breiman's forest vote). */
export function voteShares(forest, matrix, classCount) {
  const votes = forest.predictionValues(matrix);
  return Array.from({ length: votes.rows }, (_, i) => {
    const counts = new Array(classCount).fill(0);
    for (const vote of votes.getRow(i)) counts[vote]++;
    return counts.map((count) => count / votes.columns);
  });
}

export function modelDocument(forest, classes, extra) {
  return { format: FORMAT, features: FEATURES, classes, ...extra, forest: forest.toJSON() };
}

/** Loads a model file; `predict` takes feature rows (arrays in FEATURES order) and gives labels with probabilities. */
export function loadModel(path) {
  const document = JSON.parse(readFileSync(path, 'utf8'));
  if (document.format !== FORMAT) throw new Error(`${path}: not an iris model (format ${JSON.stringify(document.format)}, expected ${FORMAT})`);
  const forest = RandomForestClassifier.load(document.forest);
  const { classes, features } = document;
  return {
    classes,
    features,
    predict(matrix) {
      return voteShares(forest, matrix, classes.length).map((shares) => ({
        label: classes[shares.indexOf(Math.max(...shares))],
        probabilities: Object.fromEntries(classes.map((name, k) => [name, shares[k]])),
      }));
    },
  };
}
