import { defineAction, type ActionContext } from '../shared/action.ts';
import { input } from '../shared/inputs.ts';
import { publishMode } from './publish-mode.ts';
import { reportMode } from './report-mode.ts';

export const OUTPUTS = ['comment-id', 'comment-url', 'markdown', 'regressions', 'changed'] as const;

export const INPUTS = {
  'metrics': input.list(),
  'params': input.list(),
  'baseline': input.string({ defaulted: true }),
  'metrics-spec': input.string(),
  'data-report': input.string(),
  'gate-decision': input.string(),
  'title': input.string({ defaulted: true }),
  'comment': input.choice(['update', 'new', 'off'], { defaulted: true }),
  'header': input.string(),
  'token': input.string({ secret: true }),
  'comment-author': input.string(),
  'history-branch': input.string({ defaulted: true }),
  'max-rows': input.integer({ defaulted: true, min: 1, max: 1000 }),
  'mode': input.choice(['report', 'publish'], { defaulted: true }),
};

export default defineAction({
  name: 'metrics-report',
  inputs: INPUTS,
  outputs: OUTPUTS,
  async run(context) {
    if (context.inputs.mode === 'publish') await publishMode(context);
    else await reportMode(context);
  },
});

export type MetricsReportContext = ActionContext<typeof INPUTS, (typeof OUTPUTS)[number]>;
