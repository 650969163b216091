/** The inputs validate-data declares; action.yml says the same (a test checks they agree). */
import { input } from '../shared/inputs.ts';

export const DRIFT_METHODS = ['auto', 'ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi'] as const;

export const validateDataInputs = {
  'contract': input.string({ required: true }),
  'data': input.string(),
  'reference': input.string(),
  'profile-out': input.string(),
  'base-contract': input.string(),
  'compatibility': input.choice(['full', 'consumer', 'producer'], { defaulted: true }),
  'fail-on': input.choice(['error', 'warning', 'never'], { defaulted: true }),
  'max-annotations': input.integer({ defaulted: true, min: 0 }),
  'samples': input.integer({ defaulted: true, min: 0, max: 100 }),
  'report': input.string(),
  'junit': input.string(),
  'extra-columns': input.choice(['allow', 'warn', 'fail'], { defaulted: true }),
  'missing-columns': input.choice(['fail', 'optional'], { defaulted: true }),
  'missing-values': input.string({ defaulted: true }),
  'delimiter': input.string(),
  'quote': input.string({ defaulted: true }),
  'header': input.boolean({ defaulted: true }),
  'drift-method': input.choice(DRIFT_METHODS, { defaulted: true }),
  'drift-threshold': input.number({ min: 0 }),
  'drift-share': input.number({ defaulted: true, min: 0, max: 1 }),
  'drift-columns': input.list(),
  'token': input.string({ secret: true }),
};

export const validateDataOutputs = ['passed', 'errors', 'warnings', 'rows', 'report', 'breaking-changes', 'drifted-columns', 'dataset-drift', 'profile'] as const;
