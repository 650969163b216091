/**
 * Every action the toolkit ships, by the name of its folder under actions/. Each loads on demand,
 * so a step pays only for the code (and dependencies) of the action it runs.
 */
import type { ActionDefinition } from './shared/action.ts';

type Loader = () => Promise<{ default: ActionDefinition<any, any> }>;

export const ACTIONS: Record<string, Loader> = {
  'validate-data': () => import('./validate-data/action.ts'),
  train: () => import('./train/action.ts'),
  evaluate: () => import('./evaluate/action.ts'),
  'metrics-report': () => import('./metrics-report/action.ts'),
  gate: () => import('./gate/action.ts'),
  deploy: () => import('./deploy/action.ts'),
  drift: () => import('./drift/action.ts'),
};

export const ACTION_NAMES = Object.keys(ACTIONS);

export async function loadAction(name: string): Promise<ActionDefinition<any, any>> {
  const loader = ACTIONS[name];
  if (!loader) throw new Error(`Unknown action "${name}"; the actions are: ${ACTION_NAMES.join(', ')}`);
  return (await loader()).default;
}
