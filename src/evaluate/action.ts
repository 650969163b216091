import * as core from '@actions/core';
import { defineAction } from '../shared/action.ts';
import { input } from '../shared/inputs.ts';
import { resolveInWorkspace, writeFileAtomic } from '../shared/files.ts';
import { group } from '../shared/log.ts';
import { evaluateFiles, type PredictionsFile } from './evaluate.ts';
import { renderReport } from './report.ts';
import type { EvaluationOptions } from './options.ts';

export default defineAction({
  name: 'evaluate',
  inputs: {
    'predictions': input.string({ required: true }),
    'task': input.choice(['classification', 'regression', 'auto'], { defaulted: true }),
    'label-column': input.string({ defaulted: true }),
    'prediction-column': input.string({ defaulted: true }),
    'score-columns': input.list(),
    'positive-label': input.string(),
    'average': input.choice(['auto', 'binary', 'macro', 'weighted', 'micro'], { defaulted: true }),
    'zero-division': input.choice(['warn', '0', '1', 'nan'], { defaulted: true }),
    'bootstrap': input.integer({ defaulted: true, min: 0, max: 100_000 }),
    'confidence': input.number({ defaulted: true, min: 0.5, max: 0.999 }),
    'seed': input.integer({ defaulted: true, min: -2147483648, max: 2147483647 }),
    'slice-by': input.list(),
    'baseline-predictions': input.string(),
    'id-column': input.string(),
    'metrics-out': input.string({ defaulted: true }),
    'summary': input.boolean({ defaulted: true }),
  },
  outputs: ['metrics', 'metrics-path', 'report'],
  async run({ inputs, setOutput }) {
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const file = (path: string): PredictionsFile => ({ path: resolveInWorkspace(path, workspace), shownAs: path });
    const options: EvaluationOptions = {
      task: inputs['task'],
      columns: {
        label: inputs['label-column'],
        prediction: inputs['prediction-column'],
        scores: inputs['score-columns'] ?? [],
        sliceBy: inputs['slice-by'] ?? [],
        id: inputs['id-column'],
      },
      positiveLabel: inputs['positive-label'],
      average: inputs['average'],
      zeroDivision: inputs['zero-division'],
      resamples: inputs['bootstrap'],
      confidence: inputs['confidence'],
      seed: inputs['seed'],
    };
    const baseline = inputs['baseline-predictions'] ? file(inputs['baseline-predictions']) : undefined;
    const { document, notes } = await group(`Evaluating ${inputs['predictions']}`, async () => {
      const started = performance.now();
      const evaluation = await evaluateFiles(file(inputs['predictions']), baseline, options);
      core.info(`${evaluation.document.rows} rows, ${options.resamples} bootstrap resamples, ${((performance.now() - started) / 1000).toFixed(2)} s`);
      for (const note of evaluation.notes) core.info(note);
      return evaluation;
    });
    for (const note of notes) if (note.startsWith('zero division')) core.warning(note, { title: 'evaluate: zero division' });

    const metricsPath = resolveInWorkspace(inputs['metrics-out'], workspace);
    const json = `${JSON.stringify(document, null, 2)}\n`;
    writeFileAtomic(metricsPath, json);
    core.info(`Metrics written to ${inputs['metrics-out']}`);
    const report = renderReport(document, { predictions: inputs['predictions'], baseline: inputs['baseline-predictions'] });
    setOutput('metrics', JSON.stringify(document));
    setOutput('metrics-path', metricsPath);
    setOutput('report', report);
    if (inputs['summary']) await core.summary.addRaw(report).write();
  },
});
