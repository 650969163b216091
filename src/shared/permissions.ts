/**
 * The GITHUB_TOKEN permissions each action may use, by what it does (some only with certain inputs:
 * metrics-report writes history only on the default branch). A workflow may grant a write permission
 * only when one of its steps may use it; a test holds the shipped workflows to that.
 */
export type PermissionLevel = 'read' | 'write';

export const ACTION_PERMISSIONS: Record<string, Record<string, PermissionLevel>> = {
  // Reads the base branch's contract through the API.
  'validate-data': { contents: 'read', 'pull-requests': 'read' },
  // Artifacts and the cache use the runner's own token, not GITHUB_TOKEN.
  train: {},
  evaluate: {},
  // Comments on the pull request; records history on a branch; reads baseline artifacts.
  'metrics-report': { 'pull-requests': 'write', contents: 'write', actions: 'read' },
  // Registers releases and alias refs, puts a check run on the commit, reads the override label.
  gate: { contents: 'write', checks: 'write', 'pull-requests': 'read' },
  // GitHub Deployments and their statuses.
  deploy: { deployments: 'write', contents: 'read' },
  // Opens or updates the drift issue; starts retraining through workflow_dispatch.
  drift: { issues: 'write', actions: 'write', contents: 'read' },
};
