/**
 * A model registry in a folder, with the same structure as the GitHub one, for the offline demo and
 * the CLI:
 *
 *   <root>/<name>/aliases.json        aliases and their append-only history
 *   <root>/<name>/v<N>/model/…        the model files (a single-file model keeps its name)
 *   <root>/<name>/v<N>/model-card.md
 *   <root>/<name>/v<N>/metadata.json
 *
 * A version folder appears whole or not at all: it is assembled beside its final name and renamed.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../shared/errors.ts';
import { writeFileAtomic } from '../shared/files.ts';
import { applyMoves, emptyAliasDocument, parseAliasDocument, renderAliasDocument, type AliasDocument } from './alias-document.ts';
import {
  VERSION_METADATA_FORMAT,
  metricValues,
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

export const ALIASES_FILE = 'aliases.json';
export const METADATA_FILE = 'metadata.json';
export const CARD_FILE = 'model-card.md';

const MAX_ATTEMPTS = 20;

function checkName(name: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    throw new UserError(`Model name "${name}" may hold only letters, digits, ".", "_" and "-" (it names folders, tags and files)`);
  }
}

export class LocalRegistry implements ModelRegistry {
  readonly type = 'local' as const;
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private modelFolder(name: string): string {
    checkName(name);
    return join(this.root, name);
  }

  versionFolder(name: string, version: string): string {
    return join(this.modelFolder(name), `v${version}`);
  }

  private readAliases(name: string): AliasDocument {
    const path = join(this.modelFolder(name), ALIASES_FILE);
    if (!existsSync(path)) return emptyAliasDocument(name);
    return parseAliasDocument(readFileSync(path, 'utf8'), path, name);
  }

  readMetadata(name: string, version: string): VersionMetadata {
    const path = join(this.versionFolder(name, version), METADATA_FILE);
    if (!existsSync(path)) throw new UserError(`${path}: the registry points at ${name} v${version}, but its metadata is missing`);
    return JSON.parse(readFileSync(path, 'utf8')) as VersionMetadata;
  }

  async champion(name: string, alias: string): Promise<ChampionRecord | undefined> {
    const pointer = this.readAliases(name).aliases[alias];
    if (!pointer) return undefined;
    const metadata = this.readMetadata(name, pointer.version);
    return { alias, version: pointer.version, metrics: metricValues(metadata), commit: metadata.lineage?.commit, registeredAt: metadata.registered_at };
  }

  private versions(name: string): number[] {
    const folder = this.modelFolder(name);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .map((entry) => /^v(\d+)$/.exec(entry)?.[1])
      .filter((number): number is string => number !== undefined)
      .map(Number);
  }

  async register(registration: Registration): Promise<RegisteredVersion> {
    const folder = this.modelFolder(registration.name);
    mkdirSync(folder, { recursive: true });
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const version = String(Math.max(0, ...this.versions(registration.name)) + 1);
      const target = this.versionFolder(registration.name, version);
      const staging = join(folder, `.v${version}.${process.pid}.${Date.now()}.tmp`);
      try {
        const metadata: VersionMetadata = { ...registration.metadata, format: VERSION_METADATA_FORMAT, version, model: { ...registration.metadata.model, location: 'model/' } };
        for (const file of registration.files.files) {
          const destination = join(staging, 'model', ...file.path.split('/'));
          mkdirSync(dirname(destination), { recursive: true });
          copyFileSync(file.absolute, destination);
        }
        writeFileAtomic(join(staging, METADATA_FILE), `${JSON.stringify(metadata, null, 2)}\n`);
        writeFileAtomic(join(staging, CARD_FILE), registration.card(version, metadata));
        if (existsSync(target)) continue;
        renameSync(staging, target);
        return { version, url: target };
      } catch (error) {
        // Another writer took this number between our look and our rename: try the next one.
        if ((error as NodeJS.ErrnoException).code === 'ENOTEMPTY' || (error as NodeJS.ErrnoException).code === 'EEXIST') continue;
        throw error;
      } finally {
        rmSync(staging, { recursive: true, force: true });
      }
    }
    throw new Error(`could not find a free version number for ${registration.name} in ${folder}`);
  }

  async moveAliases(name: string, moves: readonly AliasRequest[], context: MoveContext): Promise<AliasMove[]> {
    for (const move of moves) {
      if (!existsSync(this.versionFolder(name, move.version))) throw new UserError(`${name} v${move.version} is not in the registry at ${this.root}`);
    }
    const { document, applied } = applyMoves(this.readAliases(name), moves, context);
    if (applied.length > 0) writeFileAtomic(join(this.modelFolder(name), ALIASES_FILE), renderAliasDocument(document));
    return applied;
  }

  async history(name: string): Promise<AliasEvent[]> {
    return this.readAliases(name).history;
  }
}
