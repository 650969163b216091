/**
 * Traffic splits as App Engine takes them: allocations that sum to exactly 1, with at most two
 * decimals when splitting by IP and three by cookie or at random.
 */
import type { ShardBy } from './settings.ts';

export interface TrafficSplit {
  shardBy?: string;
  allocations: Record<string, number>;
}

function decimals(shardBy: ShardBy): number {
  return shardBy === 'IP' ? 2 : 3;
}

/** `percent` of traffic to `candidate`, the rest to `stable`. */
export function canarySplit(candidate: string, stable: string, percent: number, shardBy: ShardBy): TrafficSplit {
  const scale = 10 ** decimals(shardBy);
  const share = Math.round((percent / 100) * scale);
  if (share >= scale) return { shardBy, allocations: { [candidate]: 1 } };
  if (share <= 0) return { shardBy, allocations: { [stable]: 1 } };
  return { shardBy, allocations: { [candidate]: share / scale, [stable]: (scale - share) / scale } };
}

export function allTo(version: string, shardBy: ShardBy): TrafficSplit {
  return { shardBy, allocations: { [version]: 1 } };
}

/** Percent of traffic `version` gets under `split` (0 when it is not in it). */
export function percentOf(split: TrafficSplit | undefined, version: string): number {
  return Math.round((split?.allocations[version] ?? 0) * 1000) / 10;
}

/** The versions of a split, the largest share first. */
export function byShare(split: TrafficSplit | undefined): [string, number][] {
  return Object.entries(split?.allocations ?? {}).sort((a, b) => b[1] - a[1]);
}
