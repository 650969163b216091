/**
 * The model registry in the repository itself, needing no other service:
 *
 * - every version is a GitHub Release tagged `model/<name>/v<N>` on the commit that produced it,
 *   with the model (a single file as is, a folder as `<name>-v<N>.zip`), `model-card.md` and
 *   `metadata.json` as assets; the release text is the model card. It is never marked "latest",
 *   so the repository's software releases keep that place;
 * - aliases live in `models/<name>/aliases.json` on the `ml-registry` branch: where each alias points
 *   and the append-only history of every move. Each move is one commit, so `git log` of that file
 *   is a second, tamper-evident record.
 *
 * A release is created as a draft, filled, then published, so a version is seen whole or not at all.
 */
import * as core from '@actions/core';
import { UserError } from '../shared/errors.ts';
import { explainPermissionError, httpStatus, type GitHubClient } from '../shared/github.ts';
import { applyMoves, describeMoves, emptyAliasDocument, parseAliasDocument, renderAliasDocument, type AliasDocument } from './alias-document.ts';
import { zipModel } from './model-files.ts';
import { readFileSync } from 'node:fs';
import {
  VERSION_METADATA_FORMAT,
  metricValues,
  tagOf,
  type AliasEvent,
  type AliasMove,
  type AliasRequest,
  type ChampionRecord,
  type ModelRegistry,
  type MoveContext,
  type RegisteredVersion,
  type Registration,
  type VersionMetadata,
} from './types.ts';

export const DEFAULT_REGISTRY_BRANCH = 'ml-registry';
export const METADATA_ASSET = 'metadata.json';
export const CARD_ASSET = 'model-card.md';

const MAX_VERSION_ATTEMPTS = 5;
const MAX_WRITE_ATTEMPTS = 4;
// GitHub refuses release bodies longer than this.
const RELEASE_BODY_LIMIT = 125_000;

export interface GitHubRegistryOptions {
  owner: string;
  repo: string;
  /** The commit registered versions point at, and where a new registry branch starts. */
  commit: string;
  branch?: string;
}

interface FileAtRef {
  text: string;
  sha: string;
}

export class GitHubRegistry implements ModelRegistry {
  readonly type = 'github' as const;
  readonly branch: string;
  private readonly octokit: GitHubClient;
  private readonly options: GitHubRegistryOptions;

  constructor(octokit: GitHubClient, options: GitHubRegistryOptions) {
    this.octokit = octokit;
    this.options = options;
    this.branch = options.branch ?? DEFAULT_REGISTRY_BRANCH;
  }

  private get repo(): { owner: string; repo: string } {
    return { owner: this.options.owner, repo: this.options.repo };
  }

  aliasesPath(name: string): string {
    return `models/${name}/aliases.json`;
  }

  // -------------------------------------------------------------------------------------------
  // Aliases

  private async readFile(path: string): Promise<FileAtRef | undefined> {
    try {
      const response = await this.octokit.rest.repos.getContent({ ...this.repo, path, ref: this.branch });
      const data = response.data as { type?: string; content?: string; encoding?: string; sha: string };
      if (Array.isArray(response.data) || data.type !== 'file') throw new UserError(`${path} on branch ${this.branch} is not a file`);
      const text = data.encoding === 'base64' || data.content !== undefined ? Buffer.from(data.content ?? '', 'base64').toString('utf8') : '';
      return { text, sha: data.sha };
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw explainPermissionError(error, 'contents: read', `read ${path} on branch ${this.branch}`);
    }
  }

  private async readAliases(name: string): Promise<{ document: AliasDocument; sha?: string }> {
    const path = this.aliasesPath(name);
    const file = await this.readFile(path);
    if (!file) return { document: emptyAliasDocument(name) };
    return { document: parseAliasDocument(file.text, `${path} on branch ${this.branch}`, name), sha: file.sha };
  }

  private async ensureBranch(): Promise<void> {
    try {
      await this.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${this.branch}` });
      return;
    } catch (error) {
      if (httpStatus(error) !== 404) throw explainPermissionError(error, 'contents: read', `read branch ${this.branch}`);
    }
    try {
      await this.octokit.rest.git.createRef({ ...this.repo, ref: `refs/heads/${this.branch}`, sha: this.options.commit });
      core.info(`Created branch ${this.branch} for the model registry's aliases`);
    } catch (error) {
      // Created meanwhile by a concurrent run: fine.
      if (httpStatus(error) === 422 && /already exists/i.test((error as Error).message)) return;
      throw explainPermissionError(error, 'contents: write', `create branch ${this.branch} for the model registry`);
    }
  }

  async moveAliases(name: string, moves: readonly AliasRequest[], context: MoveContext): Promise<AliasMove[]> {
    await this.ensureBranch();
    const path = this.aliasesPath(name);
    for (let attempt = 1; ; attempt++) {
      const { document, sha } = await this.readAliases(name);
      const { document: updated, applied } = applyMoves(document, moves, context);
      if (applied.length === 0) return applied;
      try {
        await this.octokit.rest.repos.createOrUpdateFileContents({
          ...this.repo,
          path,
          branch: this.branch,
          message: describeMoves(name, applied, `${context.reason}\n\nBy ${context.by}${context.run_url ? ` in ${context.run_url}` : ''}`),
          content: Buffer.from(renderAliasDocument(updated)).toString('base64'),
          ...(sha ? { sha } : {}),
        });
        return applied;
      } catch (error) {
        // Someone else moved an alias since we read the file: read again and re-apply.
        const status = httpStatus(error);
        if ((status === 409 || status === 422) && attempt < MAX_WRITE_ATTEMPTS) {
          core.info(`${path} changed while moving aliases; retrying (${attempt}/${MAX_WRITE_ATTEMPTS - 1})`);
          continue;
        }
        throw explainPermissionError(error, 'contents: write', `update ${path} on branch ${this.branch}`);
      }
    }
  }

  async history(name: string): Promise<AliasEvent[]> {
    return (await this.readAliases(name)).document.history;
  }

  // -------------------------------------------------------------------------------------------
  // Versions

  private async releaseOf(name: string, version: string) {
    try {
      return (await this.octokit.rest.repos.getReleaseByTag({ ...this.repo, tag: tagOf(name, version) })).data;
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw explainPermissionError(error, 'contents: read', `read release ${tagOf(name, version)}`);
    }
  }

  async readMetadata(name: string, version: string): Promise<VersionMetadata> {
    const release = await this.releaseOf(name, version);
    if (!release) {
      throw new UserError(`The registry's aliases point at ${name} v${version}, but the release ${tagOf(name, version)} does not exist (deleted?). Fix ${this.aliasesPath(name)} on branch ${this.branch}.`);
    }
    const assets = await this.octokit.paginate(this.octokit.rest.repos.listReleaseAssets, { ...this.repo, release_id: release.id, per_page: 100 });
    const asset = assets.find((candidate) => candidate.name === METADATA_ASSET);
    if (!asset) throw new UserError(`Release ${tagOf(name, version)} has no ${METADATA_ASSET} asset, so its metrics are unknown`);
    const response = await this.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      ...this.repo,
      asset_id: asset.id,
      headers: { accept: 'application/octet-stream' },
    });
    const data: unknown = response.data;
    const text = typeof data === 'string' ? data : data instanceof ArrayBuffer ? Buffer.from(data).toString('utf8') : ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8') : undefined;
    const parsed = text !== undefined ? JSON.parse(text) : data;
    if ((parsed as VersionMetadata)?.format !== VERSION_METADATA_FORMAT) throw new UserError(`${METADATA_ASSET} of ${tagOf(name, version)} is not ml-actions version metadata`);
    return parsed as VersionMetadata;
  }

  async champion(name: string, alias: string): Promise<ChampionRecord | undefined> {
    const pointer = (await this.readAliases(name)).document.aliases[alias];
    if (!pointer) return undefined;
    const metadata = await this.readMetadata(name, pointer.version);
    return { alias, version: pointer.version, metrics: metricValues(metadata), commit: metadata.lineage?.commit, registeredAt: metadata.registered_at };
  }

  /** Highest version number among the model's tags and (unpublished) draft releases. */
  private async highestVersion(name: string): Promise<number> {
    const prefix = `model/${name}/v`;
    let highest = 0;
    try {
      const refs = await this.octokit.rest.git.listMatchingRefs({ ...this.repo, ref: `tags/${prefix}` });
      for (const ref of refs.data) {
        const number = /^refs\/tags\/model\/.+\/v(\d+)$/.exec(ref.ref)?.[1];
        if (number && ref.ref.startsWith(`refs/tags/${prefix}`)) highest = Math.max(highest, Number(number));
      }
    } catch (error) {
      throw explainPermissionError(error, 'contents: read', `list the tags of ${name}`);
    }
    return highest;
  }

  async register(registration: Registration): Promise<RegisteredVersion> {
    const { name, files } = registration;
    let version = (await this.highestVersion(name)) + 1;
    for (let attempt = 1; ; attempt++) {
      const tag = tagOf(name, String(version));
      let release;
      try {
        release = (
          await this.octokit.rest.repos.createRelease({
            ...this.repo,
            tag_name: tag,
            target_commitish: this.options.commit,
            name: `${name} v${version}`,
            body: 'Registering…',
            draft: true,
            make_latest: 'false',
          })
        ).data;
      } catch (error) {
        // The number was taken by a concurrent registration (its draft or tag): take the next.
        if (httpStatus(error) === 422 && /already_exists|already exists/i.test(JSON.stringify((error as { response?: { data?: unknown } }).response?.data ?? (error as Error).message)) && attempt < MAX_VERSION_ATTEMPTS) {
          version++;
          continue;
        }
        throw explainPermissionError(error, 'contents: write', `create release ${tag}`);
      }
      try {
        const versionText = String(version);
        const modelAsset = files.kind === 'file' ? files.files[0]!.path : `${name}-v${versionText}.zip`;
        const metadata: VersionMetadata = { ...registration.metadata, format: VERSION_METADATA_FORMAT, version: versionText, model: { ...registration.metadata.model, location: modelAsset } };
        const card = registration.card(versionText, metadata);
        const modelBytes = files.kind === 'file' ? readFileSync(files.files[0]!.absolute) : zipModel(files);
        await this.upload(release.upload_url, modelAsset, modelBytes, files.kind === 'file' ? 'application/octet-stream' : 'application/zip');
        await this.upload(release.upload_url, CARD_ASSET, Buffer.from(card), 'text/markdown; charset=utf-8');
        await this.upload(release.upload_url, METADATA_ASSET, Buffer.from(`${JSON.stringify(metadata, null, 2)}\n`), 'application/json');
        const body = card.length > RELEASE_BODY_LIMIT ? `${card.slice(0, RELEASE_BODY_LIMIT - 200)}\n\n…the full card is the ${CARD_ASSET} asset.\n` : card;
        const published = await this.octokit.rest.repos.updateRelease({ ...this.repo, release_id: release.id, draft: false, body, make_latest: 'false' });
        return { version: versionText, url: published.data.html_url };
      } catch (error) {
        // Leave no half-filled version behind.
        await this.octokit.rest.repos.deleteRelease({ ...this.repo, release_id: release.id }).catch((cleanup: unknown) => {
          core.warning(`Could not delete the unfinished draft release ${tag} (id ${release.id}): ${(cleanup as Error).message}; delete it by hand`);
        });
        const explained = explainPermissionError(error, 'contents: write', `upload the assets of release ${tag}`);
        if (explained !== error) throw explained;
        throw new Error(`Registering ${tag} failed, and its draft release was removed: ${(error as Error).message}`, { cause: error });
      }
    }
  }

  private async upload(uploadUrl: string, name: string, data: Uint8Array, contentType: string): Promise<void> {
    await this.octokit.request({
      method: 'POST',
      url: uploadUrl,
      name,
      data: Buffer.from(data.buffer, data.byteOffset, data.byteLength),
      // fetch sets content-length from the body itself.
      headers: { 'content-type': contentType },
    });
  }
}
