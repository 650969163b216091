// The authenticated user. Installation tokens (GITHUB_TOKEN, app tokens) are
// not users: GitHub answers them 403, so code must not rely on GET /user to
// learn a bot's login.
import { notAccessibleByIntegration } from '../errors.ts';
import { json } from './types.ts';
import type { RouteTable } from './types.ts';

export const userRoutes: RouteTable = {
  'users/get-authenticated': (request, { state, render }) => {
    if (request.grant.app) throw notAccessibleByIntegration();
    return json(200, {
      ...render.user(request.grant.account),
      name: null,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: 1,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: state.repository.createdAt,
      updated_at: state.repository.createdAt,
    });
  },
};
