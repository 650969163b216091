import { defineAction } from '../shared/action.ts';
import { UserError } from '../shared/errors.ts';
import { input } from '../shared/inputs.ts';

export default defineAction({
  name: 'drift',
  inputs: {
    'reference': input.string({ required: true }),
    'current': input.string({ required: true }),
  },
  outputs: ['drifted'],
  async run() {
    throw new UserError('not implemented yet: this action is planned but its capability is not built');
  },
});
