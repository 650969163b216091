/** The drift action's inputs and outputs; action.yml declares the same (a test checks they agree). */
import { ConfigurationError } from '../shared/errors.ts';
import { input, parseList } from '../shared/inputs.ts';
import { DRIFT_TESTS } from './compare.ts';

export const DRIFT_METHODS = ['auto', ...DRIFT_TESTS] as const;

export const ON_DRIFT_ACTIONS = ['fail', 'issue', 'dispatch', 'none'] as const;
export type OnDrift = Exclude<(typeof ON_DRIFT_ACTIONS)[number], 'none'>;

/** `issue,dispatch` and the like: each word once, `none` only alone. */
export function parseOnDrift(raw: string, name: string): OnDrift[] {
  const words = parseList(raw.toLowerCase());
  const known = ON_DRIFT_ACTIONS as readonly string[];
  const unknown = words.filter((word) => !known.includes(word));
  if (unknown.length > 0) {
    throw new ConfigurationError(name, `has ${unknown.map((word) => `"${word}"`).join(', ')}, which is not one of ${ON_DRIFT_ACTIONS.join(', ')} (combine several with commas, e.g. issue,dispatch)`);
  }
  if (words.includes('none')) {
    if (words.length > 1) throw new ConfigurationError(name, `combines "none" with ${words.filter((word) => word !== 'none').join(', ')}; use "none" alone`);
    return [];
  }
  return [...new Set(words)] as OnDrift[];
}

export const driftInputs = {
  'reference': input.string({ required: true }),
  'current': input.string({ required: true }),
  'object': input.list(),
  'columns': input.list(),
  'categorical-columns': input.list(),
  'numerical-columns': input.list(),
  'exclude-columns': input.list(),
  'missing-values': input.list({ defaulted: true }),
  'drift-method': input.choice(DRIFT_METHODS, { defaulted: true }),
  'drift-threshold': input.number({ min: 0 }),
  'drift-share': input.number({ defaulted: true, min: 0, max: 1 }),
  'on-drift': { ...input.string({ defaulted: true }), kind: 'on-drift', parse: parseOnDrift },
  'report': input.string(),
  'token': input.string({ secret: true }),
  'issue-title': input.string({ defaulted: true }),
  'issue-labels': input.list({ defaulted: true }),
  'issue-author': input.string(),
  'issue-key': input.string(),
  'workflow': input.string({ defaulted: true }),
  'ref': input.string(),
  'dispatch-inputs': input.keyValues(),
};

export const driftOutputs = ['drifted', 'share', 'drifted-columns', 'drifted-column-names', 'report', 'issue-number', 'issue-url'] as const;
