// The web host (GITHUB_SERVER_URL): html_url links point here, and it serves
// what GitHub serves outside the API without a token: release asset
// downloads, raw files, and the signed artifact archive URLs the API
// redirects to.
import type { Renderer } from './render.ts';
import type { GitHubState } from './store.ts';

export interface WebAnswer {
  status: number;
  bytes: Buffer;
  contentType: string;
}

const notFound: WebAnswer = { status: 404, bytes: Buffer.from('Not Found'), contentType: 'text/plain; charset=utf-8' };

export function answerWeb(method: string, pathname: string, state: GitHubState, render: Renderer): WebAnswer {
  if (method !== 'GET') return notFound;
  const segments = pathname.split('/').slice(1).map((segment) => decodeURIComponent(segment));

  // /_artifacts/{id}/{name}.zip — where artifact downloads are redirected.
  if (segments[0] === '_artifacts' && segments.length === 3) {
    const artifact = state.artifact(Number(segments[1]));
    if (!artifact || artifact.expired) return notFound;
    return { status: 200, bytes: artifact.zip, contentType: 'application/zip' };
  }

  const [owner, repo, kind, ...rest] = segments;
  if (owner?.toLowerCase() !== state.repository.owner.login.toLowerCase() || repo?.toLowerCase() !== state.repository.name.toLowerCase()) {
    return notFound;
  }

  // /{owner}/{repo}/releases/download/{tag or untagged-...}/{name}
  if (kind === 'releases' && rest[0] === 'download' && rest.length === 3) {
    const [, tag, name] = rest;
    const release = state.releases.find((candidate) => render.releaseTagSlug(candidate) === encodeURIComponent(tag));
    const asset = release && state.assetsOf(release.id).find((candidate) => candidate.name === name);
    if (!asset) return notFound;
    asset.downloadCount++;
    return { status: 200, bytes: asset.data, contentType: asset.contentType };
  }

  // /{owner}/{repo}/raw/{ref}/{path} — the ref may itself contain slashes.
  if (kind === 'raw' && rest.length >= 2) {
    for (let split = rest.length - 1; split >= 1; split--) {
      const commit = state.git.resolve(rest.slice(0, split).join('/'));
      if (!commit) continue;
      const file = state.git.readFile(commit, rest.slice(split).join('/'));
      return file ? { status: 200, bytes: file.bytes, contentType: 'text/plain; charset=utf-8' } : notFound;
    }
  }
  return notFound;
}
