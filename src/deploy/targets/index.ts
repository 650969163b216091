/**
 * The targets, each loaded on demand so a step pays only for its own provider client.
 * A target module's default export is its `TargetFactory` (see ../target.ts).
 */
import { ConfigurationError } from '../../shared/errors.ts';
import { TARGET_NAMES, type TargetFactory, type TargetName } from '../target.ts';

type Loader = () => Promise<{ default: TargetFactory }>;

const LOADERS: Partial<Record<TargetName, Loader>> = {
  // Each target registers here once its module exists: local, kubernetes, elastic-beanstalk, app-engine.
  local: () => import('./local.ts'),
  kubernetes: () => import('./kubernetes.ts'),
  'elastic-beanstalk': () => import('./elastic-beanstalk.ts'),
  'app-engine': () => import('./app-engine.ts'),
};

export function isTargetName(name: string): name is TargetName {
  return (TARGET_NAMES as readonly string[]).includes(name);
}

export async function loadTarget(name: string): Promise<TargetFactory> {
  if (!isTargetName(name)) throw new ConfigurationError('target', `must be one of ${TARGET_NAMES.join(', ')}; got "${name}"`);
  const loader = LOADERS[name];
  if (!loader) throw new ConfigurationError('target', `"${name}" is not available in this build`);
  return (await loader()).default;
}
