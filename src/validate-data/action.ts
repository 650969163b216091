import { defineAction } from '../shared/action.ts';
import { UserError } from '../shared/errors.ts';
import { input } from '../shared/inputs.ts';

export default defineAction({
  name: 'validate-data',
  inputs: {
    'contract': input.string({ required: true }),
    'data': input.string(),
    'fail-on': input.string({ defaulted: true }),
  },
  outputs: ['passed', 'errors', 'warnings'],
  async run() {
    throw new UserError('not implemented yet: this action is planned but its capability is not built');
  },
});
