import { defineAction } from '../shared/action.ts';
import { UserError } from '../shared/errors.ts';
import { input } from '../shared/inputs.ts';

export default defineAction({
  name: 'metrics-report',
  inputs: {
    'metrics': input.string({ required: true }),
    'token': input.string({ secret: true }),
  },
  outputs: ['comment-id'],
  async run() {
    throw new UserError('not implemented yet: this action is planned but its capability is not built');
  },
});
