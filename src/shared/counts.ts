/** Counts as messages and reports give them: with the word that agrees, or as a share of a whole. */

/** `1 row`, `3 rows`: the count as `written` writes it (plainly unless told), then the word that agrees with it. */
export function plural(count: number, one: string, many = `${one}s`, written: (count: number) => string = String): string {
  return `${written(count)} ${count === 1 ? one : many}`;
}

/** `count` as a percentage of `total`, to three decimals; a share of nothing is 0. */
export function percentOf(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 100 * 1000) / 1000;
}
