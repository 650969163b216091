import { defineAction } from '../shared/action.ts';
import { input } from '../shared/inputs.ts';
import { runGate } from './run.ts';

export default defineAction({
  name: 'gate',
  inputs: {
    'policy': input.string({ required: true }),
    'metrics': input.string({ required: true }),
    'model-name': input.string({ required: true }),
    'model': input.string(),
    'registry': input.choice(['github', 'mlflow', 'local'], { defaulted: true }),
    'dry-run': input.boolean({ defaulted: true }),
    'alias': input.string({ defaulted: true }),
    'champion-alias': input.string({ defaulted: true }),
    'data-report': input.string(),
    'params': input.string(),
    'data': input.list(),
    'override-label': input.string(),
    'pull-request': input.integer({ min: 1 }),
    'check-name': input.string({ defaulted: true }),
    'decision-file': input.string({ defaulted: true }),
    'registry-branch': input.string({ defaulted: true }),
    'registry-path': input.string({ defaulted: true }),
    'mlflow-uri': input.string(),
    'mlflow-token': input.string({ secret: true }),
    'mlflow-run-id': input.string(),
    'token': input.string({ secret: true }),
  },
  outputs: ['passed', 'decision', 'model-version', 'release-url', 'previous-version', 'champion-version'],
  async run({ inputs, run, setOutput }) {
    await runGate(
      {
        policy: inputs['policy'],
        metrics: inputs['metrics'],
        modelName: inputs['model-name'],
        model: inputs['model'],
        registry: inputs['registry'],
        dryRun: inputs['dry-run'],
        alias: inputs['alias'],
        championAlias: inputs['champion-alias'],
        validationReport: inputs['data-report'],
        params: inputs['params'],
        data: inputs['data'] ?? [],
        overrideLabel: inputs['override-label'],
        pullRequest: inputs['pull-request'],
        checkName: inputs['check-name'] === 'none' ? undefined : inputs['check-name'],
        decisionFile: inputs['decision-file'],
        registryBranch: inputs['registry-branch'],
        registryPath: inputs['registry-path'],
        mlflowUri: inputs['mlflow-uri'],
        mlflowToken: inputs['mlflow-token'],
        mlflowRunId: inputs['mlflow-run-id'],
        token: inputs['token'],
      },
      { run, setOutput },
    );
  },
});
