/**
 * The contract to compare with: a file given as `base-contract`, or, on a pull request, the same
 * contract file at the base commit read through the contents API (so a shallow checkout is enough).
 */
import { relative } from 'node:path';
import { pullRequestOf, requireRepository, type RunContext } from '../shared/context.ts';
import { UserError } from '../shared/errors.ts';
import { createGitHubClient, explainPermissionError, httpStatus } from '../shared/github.ts';
import { parseContract, readContractFile, type Contract } from './contract.ts';

export interface BaseContract {
  contract: Contract;
  /** How it is named in the report: a path, or `<sha>:<path>`. */
  source: string;
}

export async function loadBaseContract(options: { input?: string; resolvedInput?: string; contractPath: string; run: RunContext; token?: string }): Promise<BaseContract | { missing: string } | undefined> {
  if (options.input) return { contract: readContractFile(options.resolvedInput!, options.input), source: options.input };
  const pr = pullRequestOf(options.run);
  if (!pr || !pr.baseSha) return undefined;
  const { owner, repo } = requireRepository(options.run);
  const path = relative(options.run.workspace, options.contractPath).split('\\').join('/');
  if (path.startsWith('..')) throw new UserError(`The contract ${options.contractPath} is outside the workspace, so its base-branch version cannot be looked up: set base-contract`);
  const octokit = createGitHubClient(options.token ?? '', options.run.apiUrl);
  const source = `${pr.baseSha.slice(0, 12)}:${path}`;
  let response;
  try {
    response = await octokit.rest.repos.getContent({ owner, repo, path, ref: pr.baseSha });
  } catch (error) {
    if (httpStatus(error) === 404 && !/not accessible|permission/i.test((error as Error).message)) return { missing: source };
    throw explainPermissionError(error, 'contents: read', `read ${path} at the base commit ${pr.baseSha.slice(0, 12)}`);
  }
  const data = response.data as { type?: string; content?: string; encoding?: string };
  if (Array.isArray(response.data) || data.type !== 'file' || typeof data.content !== 'string') {
    throw new UserError(`${source} on the base branch is not a file`);
  }
  const text = Buffer.from(data.content, (data.encoding as BufferEncoding | undefined) === 'base64' || !data.encoding ? 'base64' : 'utf8').toString('utf8');
  return { contract: parseContract(text, source), source };
}
