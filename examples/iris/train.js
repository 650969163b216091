#!/usr/bin/env node
/**
 * Trains the iris species classifier: a random forest (ml-random-forest) on a stratified, seeded split.
 *
 *   node train.js [--data iris.csv] [--params params.yaml] [--out .]
 *
 * Reads params.yaml; ML_SEED in the environment overrides its seed. Writes, under --out:
 *   model/model.json  the forest with its feature and class names
 *   metrics.json      accuracy on the held-out rows, and the split sizes
 *   predictions.csv   one row per held-out flower: id, label, prediction, proba_<species>
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { parse as parseYaml } from 'yaml';
import { RandomForestClassifier } from 'ml-random-forest';
import { FEATURES, LABEL, modelDocument, voteShares } from './model.js';

const { values: args } = parseArgs({
  options: { data: { type: 'string', default: 'iris.csv' }, params: { type: 'string', default: 'params.yaml' }, out: { type: 'string', default: '.' } },
});

const params = parseYaml(readFileSync(args.params, 'utf8'));
const seed = process.env.ML_SEED ? Number(process.env.ML_SEED) : Number(params.seed ?? 0);
if (!Number.isInteger(seed)) throw new Error(`the seed must be a whole number, got ${process.env.ML_SEED ?? params.seed}`);
const testSize = Number(params.split?.test_size ?? 0.3);

const rows = parseCsv(readFileSync(args.data, 'utf8'), { columns: true, skip_empty_lines: true });
const classes = [...new Set(rows.map((row) => row[LABEL]))].sort();
const features = (row) => FEATURES.map((name) => Number(row[name]));

// Stratified split, the same in every language: each species' rows ordered by SHA-256 of "seed:id",
// the first test_size of them held out. (iris-python/train.py splits identically.)
const trainIds = [];
const testIds = [];
const rank = (id) => createHash('sha256').update(`${seed}:${id}`).digest('hex');
for (const species of classes) {
  const ids = rows.flatMap((row, id) => (row[LABEL] === species ? [id] : []));
  const ranks = new Map(ids.map((id) => [id, rank(id)]));
  ids.sort((a, b) => (ranks.get(a) < ranks.get(b) ? -1 : ranks.get(a) > ranks.get(b) ? 1 : a - b));
  const held = Math.round(ids.length * testSize);
  testIds.push(...ids.slice(0, held));
  trainIds.push(...ids.slice(held));
}
trainIds.sort((a, b) => a - b);
testIds.sort((a, b) => a - b);

const forest = new RandomForestClassifier({
  seed,
  nEstimators: params.model?.n_estimators ?? 25,
  maxFeatures: params.model?.max_features ?? 0.75,
  treeOptions: { maxDepth: params.model?.max_depth ?? 5 },
  noOOB: true,
});
forest.train(
  trainIds.map((id) => features(rows[id])),
  trainIds.map((id) => classes.indexOf(rows[id][LABEL])),
);

const probabilities = voteShares(forest, testIds.map((id) => features(rows[id])), classes.length);
const predictions = probabilities.map((shares) => classes[shares.indexOf(Math.max(...shares))]);
const correct = testIds.filter((id, i) => rows[id][LABEL] === predictions[i]).length;

mkdirSync(join(args.out, 'model'), { recursive: true });
writeFileSync(
  join(args.out, 'model', 'model.json'),
  `${JSON.stringify(modelDocument(forest, classes, { seed, params }))}\n`,
);
writeFileSync(
  join(args.out, 'metrics.json'),
  `${JSON.stringify({ accuracy: correct / testIds.length, train_rows: trainIds.length, test_rows: testIds.length, seed }, null, 2)}\n`,
);
writeFileSync(
  join(args.out, 'predictions.csv'),
  stringify(
    testIds.map((id, i) => [id, rows[id][LABEL], predictions[i], ...probabilities[i]]),
    { header: true, columns: ['id', 'label', 'prediction', ...classes.map((name) => `proba_${name}`)] },
  ),
);
console.log(`trained on ${trainIds.length} rows (seed ${seed}); accuracy on ${testIds.length} held-out rows: ${(correct / testIds.length).toFixed(4)}`);
