/** Bad input fails the step with one clear error naming the file and line, or the input, and writes nothing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateFailing, workspaceWith } from './workspace.ts';

interface BadCase {
  name: string;
  files: Record<string, string>;
  inputs: Record<string, string | number>;
  message: RegExp;
  file?: string;
  line?: number;
}

const BINARY = 'label,prediction,score\n1,1,0.9\n0,0,0.2\n1,0,0.4\n';
const MULTI = 'y,yhat,p_a,p_b,p_c\na,a,0.7,0.2,0.1\nb,b,0.1,0.8,0.1\nc,b,0.2,0.5,0.2\nc,c,0.1,0.1,0.8\n';

const CASES: BadCase[] = [
  {
    name: 'a missing column is named with the input, and the columns there are are listed',
    files: { 'p.csv': 'truth,prediction\n1,1\n' },
    inputs: { predictions: 'p.csv' },
    message: /^evaluate: p\.csv: no column "label" \(input label-column\); the file's columns are: "truth", "prediction"$/,
    file: 'p.csv',
  },
  {
    name: 'a missing slice column names slice-by',
    files: { 'p.csv': BINARY },
    inputs: { predictions: 'p.csv', 'slice-by': 'region' },
    message: /no column "region" \(input slice-by\); the file's columns are: "label", "prediction", "score"/,
  },
  {
    name: 'a score column for a label that is not in the data',
    files: { 'p.csv': 'y,yhat,p_a,p_b,p_z\na,a,0.7,0.2,0.1\nb,b,0.1,0.8,0.1\n' },
    inputs: { predictions: 'p.csv', 'label-column': 'y', 'prediction-column': 'yhat', 'score-columns': 'p_*' },
    message: /score column "p_z" is for label "z", which is in neither the label nor the prediction column; the labels are: "a", "b" \(input score-columns\)/,
  },
  {
    name: 'a label without a score column',
    files: { 'p.csv': MULTI },
    inputs: { predictions: 'p.csv', 'label-column': 'y', 'prediction-column': 'yhat', 'score-columns': 'p_a, p_b' },
    message: /no score column for label "c"/,
  },
  {
    name: 'class probabilities that do not sum to 1, with the row\'s line',
    files: { 'p.csv': MULTI },
    inputs: { predictions: 'p.csv', 'label-column': 'y', 'prediction-column': 'yhat', 'score-columns': 'p_a, p_b, p_c' },
    message: /^evaluate: p\.csv:4: the class probabilities \(p_a \+ p_b \+ p_c\) sum to 0\.9\d*, not 1; log loss and multiclass ROC AUC need each row to sum to 1/,
    file: 'p.csv',
    line: 4,
  },
  {
    name: 'a probability outside [0, 1]',
    files: { 'p.jsonl': '{"y":"b","yhat":"b","p_a":0,"p_b":1}\n{"y":"a","yhat":"a","p_a":1.2,"p_b":-0.2}\n' },
    inputs: { predictions: 'p.jsonl', 'label-column': 'y', 'prediction-column': 'yhat', 'score-columns': 'p_*' },
    message: /p\.jsonl:2: score column "p_a" is 1\.2; class probabilities must be between 0 and 1/,
    line: 2,
  },
  {
    name: 'a score that is not a number',
    files: { 'p.csv': 'label,prediction,score\n1,1,0.9\n0,0,high\n' },
    inputs: { predictions: 'p.csv', 'score-columns': 'score' },
    message: /p\.csv:3: score column "score" must be a number, got "high"/,
    line: 3,
  },
  {
    name: 'an empty file',
    files: { 'p.csv': '' },
    inputs: { predictions: 'p.csv' },
    message: /^evaluate: p\.csv: the file is empty$/,
  },
  {
    name: 'a file with a header and no rows',
    files: { 'p.csv': 'label,prediction\n' },
    inputs: { predictions: 'p.csv' },
    message: /^evaluate: p\.csv: the file has no rows$/,
  },
  {
    name: 'an empty JSON Lines file',
    files: { 'p.jsonl': '\n\n' },
    inputs: { predictions: 'p.jsonl' },
    message: /^evaluate: p\.jsonl: the file has no rows$/,
  },
  {
    name: 'a file that does not exist',
    files: {},
    inputs: { predictions: 'missing.csv' },
    message: /^evaluate: missing\.csv: data file not found$/,
  },
  {
    name: 'numeric labels against text predictions',
    files: { 'p.csv': 'label,prediction\n0,cat\n1,dog\n' },
    inputs: { predictions: 'p.csv' },
    message: /p\.csv:2: label types differ: label-column "label" holds numbers \(p\.csv:2: "0"\) but prediction-column "prediction" holds text \(p\.csv:2: "cat"\)/,
    line: 2,
  },
  {
    name: 'numbers and text mixed in one JSON Lines column',
    files: { 'p.jsonl': '{"label":1,"prediction":1}\n{"label":"1","prediction":0}\n' },
    inputs: { predictions: 'p.jsonl' },
    message: /p\.jsonl:2: label-column "label" mixes numbers and text \(p\.jsonl:1: 1 and p\.jsonl:2: "1"\)/,
    line: 2,
  },
  {
    name: 'an empty label cell',
    files: { 'p.csv': 'label,prediction\n1,1\n,0\n' },
    inputs: { predictions: 'p.csv' },
    message: /p\.csv:3: label-column "label" is empty/,
    line: 3,
  },
  {
    name: 'text labels for a regression',
    files: { 'p.csv': 'label,prediction\n1.5,1.2\nn/a,2.0\n' },
    inputs: { predictions: 'p.csv', task: 'regression' },
    message: /p\.csv:3: label-column "label" must be a number for regression, got "n\/a"/,
    line: 3,
  },
  {
    name: 'one score column for three classes',
    files: { 'p.csv': 'label,prediction,score\n0,0,0.1\n1,2,0.5\n2,2,0.9\n' },
    inputs: { predictions: 'p.csv', 'score-columns': 'score' },
    message: /Input "score-columns" names one column, which is the positive class's score for two classes; the labels have 3 classes/,
  },
  {
    name: 'a binary average for three classes',
    files: { 'p.csv': 'label,prediction\n0,0\n1,2\n2,2\n' },
    inputs: { predictions: 'p.csv', average: 'binary' },
    message: /Input "average" is binary, but the labels have 3 classes \("0", "1", "2"\); use macro, weighted or micro/,
  },
  {
    name: 'a positive label that is not a label',
    files: { 'p.csv': 'label,prediction\ncat,cat\ndog,bird\n' },
    inputs: { predictions: 'p.csv', 'positive-label': 'fish' },
    message: /Input "positive-label" is "fish", which is not one of the labels: "bird", "cat", "dog"/,
  },
  {
    name: 'a baseline with other rows',
    files: { 'p.csv': BINARY, 'b.csv': 'label,prediction,score\n1,1,0.9\n' },
    inputs: { predictions: 'p.csv', 'baseline-predictions': 'b.csv' },
    message: /b\.csv: the baseline predictions have 1 rows but p\.csv has 3; both must hold the same rows \(set id-column to pair them by id\)/,
  },
  {
    name: 'a baseline whose labels differ row by row',
    files: { 'p.csv': BINARY, 'b.csv': 'label,prediction,score\n1,1,0.9\n1,0,0.2\n1,0,0.4\n' },
    inputs: { predictions: 'p.csv', 'baseline-predictions': 'b.csv' },
    message: /b\.csv:3: the baseline's label "1" differs from p\.csv:3 \("0"\); the baseline must be predictions on the same rows/,
    line: 3,
  },
  {
    name: 'a baseline id that the predictions lack',
    files: { 'p.csv': 'id,label,prediction\na,1,1\nb,0,0\n', 'b.csv': 'id,label,prediction\na,1,1\nc,0,0\n' },
    inputs: { predictions: 'p.csv', 'baseline-predictions': 'b.csv', 'id-column': 'id' },
    message: /p\.csv:3: id "b" has no row in the baseline predictions b\.csv/,
    line: 3,
  },
  {
    name: 'a bootstrap count that is not a whole number',
    files: { 'p.csv': BINARY },
    inputs: { predictions: 'p.csv', bootstrap: '1e3.5' },
    message: /Input "bootstrap" must be a whole number from 0 to 100000, got "1e3\.5"/,
  },
];

for (const badCase of CASES) {
  test(`bad input: ${badCase.name}`, async () => {
    const workspace = workspaceWith([], badCase.files);
    const { message, file, line, result } = await evaluateFailing(workspace, { bootstrap: 10, ...badCase.inputs });
    assert.match(message, badCase.message);
    if (badCase.file) assert.equal(file, badCase.file);
    if (badCase.line !== undefined) assert.equal(line, badCase.line);
    assert.doesNotMatch(result.stdout, /\n\s+at /, 'no stack trace');
    assert.equal(existsSync(join(workspace, 'metrics.json')), false, 'nothing written');
    assert.equal(result.outputs['metrics'], undefined);
  });
}
