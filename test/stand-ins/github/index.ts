// A stateful stand-in for GitHub's REST API that checks every request (and
// its own answers) against GitHub's OpenAPI description. See README.md.
export { startGitHub } from './server.ts';
export type { GitHubStandIn, RecordedRequest, StartOptions, Host } from './server.ts';
export { octokitFor } from './octokit.ts';
export type { OctokitForOptions, StandInOctokit } from './octokit.ts';
export { GitHubState, GITHUB_ACTIONS_APP, GITHUB_ACTIONS_BOT } from './store.ts';
export type * from './inputs.ts';
export type * from './records.ts';
export type { FaultRule, FaultKind } from './faults.ts';
export { zipFiles, unzipFiles } from './zip.ts';
