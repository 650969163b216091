// Releases and release assets. Uploads arrive on the uploads host; downloads
// are redirected to the web host, as GitHub redirects to its object storage.
import { notFound } from '../errors.ts';
import type { ReleaseRecord } from '../records.ts';
import type { ReleaseInput } from '../inputs.ts';
import { intParam, json, newestFirst, noContent, pagedList } from './types.ts';
import type { RouteTable } from './types.ts';

interface ReleaseBody {
  tag_name?: string;
  target_commitish?: string;
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
  make_latest?: 'true' | 'false' | 'legacy';
  generate_release_notes?: boolean;
}

function releaseInput(body: ReleaseBody): Partial<ReleaseInput> {
  return {
    tagName: body.tag_name,
    targetCommitish: body.target_commitish,
    name: body.name,
    body: body.body,
    draft: body.draft,
    prerelease: body.prerelease,
    makeLatest: body.make_latest,
  };
}

function requireRelease(release: ReleaseRecord | undefined): ReleaseRecord {
  if (!release) throw notFound();
  return release;
}

export const releaseRoutes: RouteTable = {
  'repos/create-release': (request, { state, render }) => {
    const body = request.body as ReleaseBody;
    const input = { ...releaseInput(body), tagName: body.tag_name as string };
    if (body.generate_release_notes && !input.name) input.name = input.tagName;
    const release = state.createRelease(input, request.grant.account);
    return json(201, render.release(release), { location: `${render.repoApi()}/releases/${release.id}` });
  },

  'repos/list-releases': (request, { state, render }) => pagedList(request, newestFirst(state.releases), (release) => render.release(release)),

  'repos/get-release': (request, { state, render }) => json(200, render.release(requireRelease(state.release(intParam(request, 'release_id'))))),

  'repos/get-latest-release': (_request, { state, render }) => json(200, render.release(requireRelease(state.latestRelease()))),

  'repos/get-release-by-tag': (request, { state, render }) => {
    // Drafts have no tag yet, so GitHub does not find them by tag.
    const release = state.releases.find((candidate) => candidate.tagName === request.params.tag && !candidate.draft);
    return json(200, render.release(requireRelease(release)));
  },

  'repos/update-release': (request, { state, render }) => {
    const release = requireRelease(state.release(intParam(request, 'release_id')));
    const changes = releaseInput((request.body ?? {}) as ReleaseBody);
    if (changes.tagName !== undefined) release.tagName = changes.tagName;
    if (changes.targetCommitish !== undefined) release.targetCommitish = changes.targetCommitish;
    if (changes.name !== undefined) release.name = changes.name;
    if (changes.body !== undefined) release.body = changes.body;
    if (changes.prerelease !== undefined) release.prerelease = changes.prerelease;
    if (changes.makeLatest !== undefined) release.makeLatest = changes.makeLatest;
    if (changes.draft === false && release.draft) state.publishRelease(release);
    else if (changes.draft === true) release.draft = true;
    else if (changes.makeLatest === 'true' && !release.draft) state.markLatest(release);
    return json(200, render.release(release));
  },

  'repos/delete-release': (request, { state }) => {
    state.deleteRelease(intParam(request, 'release_id'));
    return noContent();
  },

  'repos/list-release-assets': (request, { state, render }) => {
    const release = requireRelease(state.release(intParam(request, 'release_id')));
    return pagedList(request, state.assetsOf(release.id), (asset) => render.releaseAsset(asset));
  },

  'repos/upload-release-asset': (request, { state, render }) => {
    const asset = state.uploadReleaseAsset(
      intParam(request, 'release_id'),
      {
        name: request.query.name as string,
        label: request.query.label as string | undefined,
        contentType: String(request.headers['content-type'] ?? 'application/octet-stream'),
        data: request.body as Buffer,
      },
      request.grant.account,
    );
    return json(201, render.releaseAsset(asset));
  },

  'repos/get-release-asset': (request, { state, render }) => {
    const asset = state.releaseAssets.find((candidate) => candidate.id === intParam(request, 'asset_id'));
    if (!asset) throw notFound();
    if (String(request.headers.accept ?? '').includes('application/octet-stream')) {
      return { status: 302, headers: { location: render.releaseAssetDownloadUrl(asset) } };
    }
    return json(200, render.releaseAsset(asset));
  },

  'repos/delete-release-asset': (request, { state }) => {
    const index = state.releaseAssets.findIndex((candidate) => candidate.id === intParam(request, 'asset_id'));
    if (index < 0) throw notFound();
    state.releaseAssets.splice(index, 1);
    return noContent();
  },
};
