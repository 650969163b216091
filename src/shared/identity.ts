/**
 * Who this token writes as on GitHub, to recognise the comments and issues it wrote earlier. A
 * personal access token can say (GET /user); an installation token (GITHUB_TOKEN, a GitHub App's)
 * cannot, and always acts as a bot, so then only bots' writing counts, and once this run has written
 * something, only that exact bot's. A configured login pins it outright.
 */
import { httpStatus, type GitHubClient } from './github.ts';

export interface Identity {
  login?: string;
  source: 'input' | 'token' | 'installation';
}

export async function resolveIdentity(client: GitHubClient, configured: string | undefined): Promise<Identity> {
  if (configured) return { login: configured, source: 'input' };
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login, source: 'token' };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) return { source: 'installation' };
    throw error;
  }
}

/** Whether a comment or issue was written by this identity. */
export function isAuthoredBy(written: { user?: { login: string; type?: string } | null }, identity: Identity): boolean {
  const author = written.user;
  if (!author) return false;
  if (identity.login) return author.login.toLowerCase() === identity.login.toLowerCase();
  return author.type === 'Bot';
}
