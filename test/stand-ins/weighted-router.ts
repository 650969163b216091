/**
 * How a stand-in load balancer splits requests between versions: deterministically, each request
 * going to the version furthest behind its share, so any 20 consecutive requests at a 20% split
 * put exactly 4 on the canary. Counting restarts whenever the split changes.
 */
export class WeightedRouter {
  private readonly state = new Map<string, { split: string; counts: number[] }>();

  /** Picks a label for the next request to `endpoint` under `shares` ([label, weight] pairs). */
  pick(endpoint: string, shares: readonly (readonly [string, number])[]): string | undefined {
    const split = JSON.stringify(shares);
    let state = this.state.get(endpoint);
    if (!state || state.split !== split) {
      state = { split, counts: shares.map(() => 0) };
      this.state.set(endpoint, state);
    }
    const total = state.counts.reduce((sum, n) => sum + n, 0) + 1;
    let best = -1;
    let bestDeficit = Number.NEGATIVE_INFINITY;
    shares.forEach(([, weight], index) => {
      const deficit = total * weight - state.counts[index]!;
      if (deficit > bestDeficit + 1e-9) {
        best = index;
        bestDeficit = deficit;
      }
    });
    if (best < 0) return undefined;
    state.counts[best]!++;
    return shares[best]![0];
  }
}
