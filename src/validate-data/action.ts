import { defineAction } from '../shared/action.ts';
import { UserError } from '../shared/errors.ts';
import { validateDataInputs, validateDataOutputs } from './inputs.ts';

export default defineAction({
  name: 'validate-data',
  inputs: validateDataInputs,
  outputs: validateDataOutputs,
  async run() {
    throw new UserError('not implemented yet: this action is planned but its capability is not built');
  },
});
