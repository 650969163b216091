import { defineAction } from '../shared/action.ts';
import { UserError } from '../shared/errors.ts';
import { input } from '../shared/inputs.ts';

export default defineAction({
  name: 'train',
  inputs: {
    'run': input.string({ required: true }),
    'working-directory': input.string({ defaulted: true }),
  },
  outputs: ['run-id', 'metrics'],
  async run() {
    throw new UserError('not implemented yet: this action is planned but its capability is not built');
  },
});
