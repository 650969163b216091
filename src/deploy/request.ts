/** Turning the deploy inputs into a request: version labels and traffic steps. */
import { ConfigurationError } from '../shared/errors.ts';
import { parseList } from '../shared/inputs.ts';

/** The image's tag (or a digest prefix), else the commit; targets check their own naming rules. */
export function defaultVersion(image: string | undefined, sha: string): string {
  if (image) {
    const digest = /@sha256:([0-9a-f]{12})/.exec(image);
    if (digest) return `sha256-${digest[1]}`;
    const lastPart = image.slice(image.lastIndexOf('/') + 1);
    const colon = lastPart.lastIndexOf(':');
    if (colon > 0 && lastPart.slice(colon + 1) !== 'latest') return lastPart.slice(colon + 1);
  }
  if (sha) return sha.slice(0, 12);
  throw new ConfigurationError('version', 'is needed: there is no image tag or commit SHA to name the version after');
}

/** `10` or `10,50`: ascending percents from 1 to 100. */
export function parseTrafficSteps(raw: string): number[] {
  const steps = parseList(raw).map((item) => {
    const value = Number(item.replace(/%$/, ''));
    if (!Number.isFinite(value) || value < 1 || value > 100) {
      throw new ConfigurationError('traffic', `must be percents from 1 to 100 (e.g. 10 or 10,50), got "${item}"`);
    }
    return value;
  });
  if (steps.length === 0) throw new ConfigurationError('traffic', 'must give at least one percent');
  for (let i = 1; i < steps.length; i++) {
    if (steps[i]! <= steps[i - 1]!) throw new ConfigurationError('traffic', `steps must rise, got ${steps.join(', ')}`);
  }
  return steps;
}
