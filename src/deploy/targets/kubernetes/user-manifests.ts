/**
 * The user's own manifests (input `manifests`): every document is applied as given, in dependency
 * order, except the Deployment named like the deploy, whose pod template becomes the version's
 * template (with the image from the `image` input and the labels the deploy needs).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import { UserError } from '../../../shared/errors.ts';
import type { KubeObject } from './manifests.ts';

/** Apply order: what others refer to first, routes last. */
const KIND_ORDER = ['Namespace', 'ServiceAccount', 'Secret', 'ConfigMap', 'PersistentVolumeClaim', 'Role', 'RoleBinding', 'Service'];

export interface UserManifests {
  /** The Deployment named like the deploy: its pod template and replicas are the version's. */
  deployment?: KubeObject;
  /** Everything else, in apply order. */
  others: KubeObject[];
}

function rank(kind: string): number {
  const index = KIND_ORDER.indexOf(kind);
  if (index >= 0) return index;
  return kind === 'HTTPRoute' || kind === 'Ingress' ? KIND_ORDER.length + 1 : KIND_ORDER.length;
}

export function readUserManifests(paths: string[], name: string, namespace: string, workspace: string): UserManifests {
  const objects: KubeObject[] = [];
  let deployment: KubeObject | undefined;
  for (const path of paths) {
    const shown = relative(workspace, path) || path;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new UserError(`Cannot read the manifest ${shown}: ${(error as Error).message}`, { file: shown });
    }
    const counter = new LineCounter();
    for (const doc of parseAllDocuments(text, { lineCounter: counter })) {
      if (!('errors' in doc)) continue;
      const error = doc.errors[0];
      if (error) {
        const line = counter.linePos(error.pos[0]).line;
        throw new UserError(`${shown}:${line}: not valid YAML: ${error.message.split('\n')[0]}`, { file: shown, line });
      }
      const object = doc.toJS() as KubeObject | null;
      if (object === null) continue;
      const line = doc.contents?.range ? counter.linePos(doc.contents.range[0]).line : undefined;
      if (typeof object !== 'object' || !object.apiVersion || !object.kind || !object.metadata?.name) {
        throw new UserError(`${shown}${line ? `:${line}` : ''}: a manifest needs apiVersion, kind and metadata.name`, { file: shown, line });
      }
      if (object.metadata.namespace && object.metadata.namespace !== namespace && object.kind !== 'Namespace') {
        throw new UserError(`${shown}${line ? `:${line}` : ''}: ${object.kind} ${object.metadata.name} is in namespace ${object.metadata.namespace}, the deploy in ${namespace}`, { file: shown, line });
      }
      if (object.kind !== 'Namespace') object.metadata.namespace = namespace;
      if (object.apiVersion === 'apps/v1' && object.kind === 'Deployment' && object.metadata.name === name) {
        deployment = object;
        continue;
      }
      if (object.kind === 'Deployment') throw new UserError(`${shown}${line ? `:${line}` : ''}: Deployment ${object.metadata.name} is not the one being deployed (${name}); deploy it separately`, { file: shown, line });
      objects.push(object);
    }
  }
  if (!deployment) throw new UserError(`The manifests (${paths.map((p) => relative(workspace, p)).join(', ')}) have no apps/v1 Deployment named ${name} (input "name")`);
  objects.sort((a, b) => rank(a.kind) - rank(b.kind));
  return { deployment, others: objects };
}
