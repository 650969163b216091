/**
 * Waiting for a Deployment rollout by kubectl's rules (`kubectl rollout status`), on a watch that
 * resumes from the last resourceVersion when the server closes it and re-lists on 410 Gone.
 */
import { Watch, type KubeConfig } from '@kubernetes/client-node';
import { DeployFailure } from '../../errors.ts';
import type { DeployContext } from '../../target.ts';

export type RolloutVerdict = { done: true; message: string } | { done: false; message: string } | { failed: true; message: string };

/** kubectl's rollout_status.go, for one Deployment object (plain JSON). */
export function rolloutStatus(deployment: any): RolloutVerdict {
  const name = deployment.metadata?.name;
  const generation = deployment.metadata?.generation ?? 0;
  const status = deployment.status ?? {};
  if (generation > (status.observedGeneration ?? 0)) return { done: false, message: 'waiting for the deployment spec update to be observed' };
  const progressing = (status.conditions ?? []).find((c: any) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') {
    return { failed: true, message: `deployment "${name}" exceeded its progress deadline${progressing.message ? `: ${progressing.message}` : ''}` };
  }
  const wanted = deployment.spec?.replicas ?? 1;
  const updated = status.updatedReplicas ?? 0;
  const replicas = status.replicas ?? 0;
  const available = status.availableReplicas ?? 0;
  if (updated < wanted) return { done: false, message: `${updated} of ${wanted} new replicas have been updated` };
  if (replicas > updated) return { done: false, message: `${replicas - updated} old replicas are pending termination` };
  if (available < updated) return { done: false, message: `${available} of ${updated} updated replicas are available` };
  return { done: true, message: `deployment "${name}" successfully rolled out` };
}

type Connection = { kind: 'done'; object: any } | { kind: 'closed' } | { kind: 'gone' } | { kind: 'error'; error: unknown };

export interface RolloutWatchOptions {
  kc: KubeConfig;
  namespace: string;
  name: string;
  /** Reads the Deployment (a fresh list/get). */
  read: () => Promise<any>;
  /** Called whenever the status message changes, and on failure, to surface provider events. */
  onProgress?: (message: string) => Promise<void> | void;
  /** Collects causes (Kubernetes Events) when the rollout failed or timed out. */
  causes: () => Promise<DeployFailure['causes']>;
}

/** Resolves once the rollout is complete; throws DeployFailure (with Events as causes) or DeadlineExceeded. */
export async function waitForRollout(options: RolloutWatchOptions, ctx: DeployContext): Promise<void> {
  const { kc, namespace, name } = options;
  const what = `rollout of deployment ${namespace}/${name}`;
  let lastMessage = '';
  const judge = async (object: any): Promise<boolean> => {
    const verdict = rolloutStatus(object);
    if (verdict.message !== lastMessage) {
      lastMessage = verdict.message;
      ctx.log.info(`Waiting for ${what}: ${verdict.message}`);
      await options.onProgress?.(verdict.message);
    }
    if ('failed' in verdict) throw new DeployFailure(verdict.message, await options.causes());
    return verdict.done;
  };

  let object = await options.read();
  let resourceVersion: string | undefined = object.metadata?.resourceVersion;
  if (await judge(object)) return;
  const watch = new Watch(kc);
  for (;;) {
    try {
      ctx.deadline.check(`${what} (last seen: ${lastMessage})`);
    } catch (error) {
      if (error instanceof DeployFailure) error.causes = await options.causes();
      throw error;
    }
    const connection = await new Promise<Connection>((resolve) => {
      let settled = false;
      const finish = (value: Connection) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        controllerPromise.then((c) => c.abort()).catch(() => undefined);
        resolve(value);
      };
      const timer = setTimeout(() => finish({ kind: 'closed' }), Math.max(1, ctx.deadline.remainingMs()));
      const controllerPromise = watch.watch(
        `/apis/apps/v1/namespaces/${namespace}/deployments`,
        {
          fieldSelector: `metadata.name=${name}`,
          resourceVersion,
          allowWatchBookmarks: true,
          timeoutSeconds: Math.max(1, Math.min(300, Math.ceil(ctx.deadline.remainingMs() / 1000))),
        },
        (type, item) => {
          if (type === 'ERROR') {
            if (item?.code === 410) finish({ kind: 'gone' });
            else finish({ kind: 'error', error: new Error(item?.message ?? 'watch error') });
            return;
          }
          if (item?.metadata?.resourceVersion) resourceVersion = item.metadata.resourceVersion;
          if (type === 'BOOKMARK' || type === 'DELETED') return;
          judge(item).then(
            (done) => done && finish({ kind: 'done', object: item }),
            (error) => finish({ kind: 'error', error }),
          );
        },
        (error) => (error ? finish({ kind: 'error', error }) : finish({ kind: 'closed' })),
      );
      controllerPromise.catch((error) => finish({ kind: 'error', error }));
    });
    if (connection.kind === 'done') return;
    if (connection.kind === 'error') {
      if (connection.error instanceof DeployFailure) throw connection.error;
      if ((connection.error as { statusCode?: number }).statusCode === 410) {
        ctx.log.debug(`watch of ${name}: 410 Gone, listing again`);
      } else {
        ctx.log.debug(`watch of ${name} ended: ${(connection.error as Error)?.message}; resuming from resourceVersion ${resourceVersion}`);
        await ctx.deadline.sleep(ctx.pollIntervalMs);
        continue;
      }
    }
    if (connection.kind === 'gone' || connection.kind === 'error') {
      // The resourceVersion is too old to resume from: list again and judge the fresh object.
      object = await options.read();
      resourceVersion = object.metadata?.resourceVersion;
      if (await judge(object)) return;
    }
    // 'closed': the server ended the watch (timeoutSeconds, restart); resume where it stopped.
  }
}
