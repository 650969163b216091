// Every implemented operation, by operationId.
import { actionsRoutes } from './actions.ts';
import { checkRoutes } from './checks.ts';
import { deploymentRoutes } from './deployments.ts';
import { gitDataRoutes } from './git-data.ts';
import { gitRoutes } from './git.ts';
import { issueRoutes } from './issues.ts';
import { pullRoutes } from './pulls.ts';
import { releaseRoutes } from './releases.ts';
import type { RouteTable } from './types.ts';
import { userRoutes } from './users.ts';

export const routes: RouteTable = {
  ...gitRoutes,
  ...gitDataRoutes,
  ...issueRoutes,
  ...pullRoutes,
  ...checkRoutes,
  ...deploymentRoutes,
  ...releaseRoutes,
  ...actionsRoutes,
  ...userRoutes,
};
