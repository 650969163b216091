import { defineAction } from '../shared/action.ts';
import { UserError } from '../shared/errors.ts';
import { input } from '../shared/inputs.ts';

export default defineAction({
  name: 'gate',
  inputs: {
    'policy': input.string({ required: true }),
    'metrics': input.string({ required: true }),
  },
  outputs: ['passed'],
  async run() {
    throw new UserError('not implemented yet: this action is planned but its capability is not built');
  },
});
