/**
 * The alias record the github and local registries keep per model: where each alias points now,
 * and the append-only history of every move (who, when, why). One JSON document, written whole,
 * so the aliases and their history never disagree.
 */
import { UserError } from '../shared/errors.ts';
import type { AliasEvent, AliasMove, AliasRequest, MoveContext } from './types.ts';

export const ALIAS_DOCUMENT_FORMAT = 'ml-actions/model-aliases@1';

export interface AliasDocument {
  format: typeof ALIAS_DOCUMENT_FORMAT;
  model: string;
  aliases: Record<string, { version: string; since: string; by: string; reason: string }>;
  /** Oldest first; entries are only ever appended. */
  history: AliasEvent[];
}

export function emptyAliasDocument(model: string): AliasDocument {
  return { format: ALIAS_DOCUMENT_FORMAT, model, aliases: {}, history: [] };
}

export function parseAliasDocument(text: string, where: string, model: string): AliasDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${where}: the model registry's alias file is not JSON (${(error as Error).message}); fix or restore it from its history`);
  }
  const document = data as Partial<AliasDocument>;
  if (document?.format !== ALIAS_DOCUMENT_FORMAT || typeof document.aliases !== 'object' || !Array.isArray(document.history)) {
    throw new UserError(`${where}: not an ml-actions alias file (expected "format": "${ALIAS_DOCUMENT_FORMAT}")`);
  }
  return { format: ALIAS_DOCUMENT_FORMAT, model: document.model ?? model, aliases: document.aliases ?? {}, history: document.history };
}

/**
 * Applies the moves (skipping ones that change nothing) and appends one history entry per move.
 * A move with `previousAlias` hands the version it displaces to that alias.
 */
export function applyMoves(document: AliasDocument, moves: readonly AliasRequest[], context: MoveContext): { document: AliasDocument; applied: AliasMove[] } {
  const aliases = { ...document.aliases };
  const history = [...document.history];
  const applied: AliasMove[] = [];
  const queue = [...moves];
  for (let move = queue.shift(); move; move = queue.shift()) {
    const from = aliases[move.alias]?.version ?? null;
    if (from === move.version) continue;
    if (move.previousAlias && from !== null) queue.unshift({ alias: move.previousAlias, version: from });
    aliases[move.alias] = { version: move.version, since: context.at, by: context.by, reason: context.reason };
    history.push({ at: context.at, alias: move.alias, version: move.version, from, by: context.by, reason: context.reason, ...(context.run_url ? { run_url: context.run_url } : {}), ...(context.commit ? { commit: context.commit } : {}) });
    applied.push({ alias: move.alias, version: move.version, from });
  }
  return { document: { ...document, aliases, history }, applied };
}

export function renderAliasDocument(document: AliasDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** "iris: champion → v4 (was v3), previous → v3": the commit message of a move. */
export function describeMoves(model: string, applied: AliasMove[], reason: string): string {
  const moves = applied.map((move) => `${move.alias} → v${move.version}${move.from ? ` (was v${move.from})` : ''}`).join(', ');
  return `${model}: ${moves}\n\n${reason}`;
}
