import * as core from '@actions/core';
import { defineAction } from '../shared/action.ts';
import { checkArtifactName } from '../shared/artifacts.ts';
import { ActionFailed, ConfigurationError, errorMessage } from '../shared/errors.ts';
import { input, parseNumber } from '../shared/inputs.ts';
import { renderSummary } from './summary.ts';
import { train, type TrainProgress } from './train.ts';

function parseSeed(raw: string): number | 'random' {
  if (raw === 'random') return 'random';
  if (!/^\d+$/.test(raw)) throw new ConfigurationError('seed', `must be a whole number from 0 to 4294967295, or "random"; got "${raw}"`);
  return parseNumber(raw, 'seed', { integer: true, min: 0, max: 4294967295 });
}

export default defineAction({
  name: 'train',
  inputs: {
    run: input.string({ required: true }),
    'working-directory': input.string({ defaulted: true }),
    params: input.string(),
    metrics: input.string({ defaulted: true }),
    model: input.list(),
    data: input.list(),
    seed: input.string({ defaulted: true }),
    cache: input.boolean({ defaulted: true }),
    'cache-key': input.string(),
    code: input.list(),
    'artifact-name': input.string({ defaulted: true }),
    upload: input.boolean({ defaulted: true }),
    'retention-days': input.integer({ min: 1, max: 90 }),
    timeout: input.duration(),
    record: input.string({ defaulted: true }),
  },
  outputs: ['run-id', 'status', 'metrics', 'cache-hit', 'cache-key', 'model-digest', 'artifact-id', 'artifact-url', 'record'],
  async run({ inputs, run, setOutput }) {
    const seed = parseSeed(inputs.seed);
    if (inputs.upload) checkArtifactName(inputs['artifact-name'], 'artifact-name');
    if (inputs.timeout !== undefined && inputs.timeout <= 0) throw new ConfigurationError('timeout', 'must be longer than zero');
    const progress: TrainProgress = {};
    let problem: string | undefined;
    try {
      await train(
        {
          run: inputs.run,
          workingDirectory: inputs['working-directory'],
          params: inputs.params,
          metrics: inputs.metrics,
          model: inputs.model ?? [],
          data: inputs.data ?? [],
          seed,
          cache: inputs.cache,
          cacheKey: inputs['cache-key'],
          code: inputs.code ?? [],
          artifactName: inputs['artifact-name'],
          upload: inputs.upload,
          retentionDays: inputs['retention-days'],
          timeoutSeconds: inputs.timeout,
          record: inputs.record,
        },
        run,
        progress,
      );
    } catch (error) {
      problem = errorMessage(error);
      throw error;
    } finally {
      const { record } = progress;
      if (record) {
        setOutput('run-id', record.run_id);
        setOutput('record', progress.recordPath);
      }
      if (progress.cacheKey) setOutput('cache-key', progress.cacheKey);
      if (record) {
        setOutput('status', record.status);
        setOutput('cache-hit', record.cache.hit);
        if (!problem && !progress.failure) {
          setOutput('metrics', record.metrics);
          setOutput('model-digest', record.model?.digest);
        }
        await core.summary.addRaw(renderSummary({ record, tail: progress.tail, artifact: progress.artifact, problem: problem ?? progress.failure })).write();
      }
      if (progress.artifact) {
        setOutput('artifact-id', progress.artifact.id);
        setOutput('artifact-url', progress.artifact.url);
      }
    }
    if (progress.failure) throw new ActionFailed(progress.failure);
  },
});
