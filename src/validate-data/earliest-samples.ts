/**
 * The earliest samples by place (placeOf in key-places.ts), whatever order they come in: keys spilled
 * to partitions are worked on one partition after another. A few times the limit are kept between
 * trims, so memory stays small however many samples are offered.
 */
export class EarliestSamples<T> {
  private entries: Array<{ place: number; sample: T }> = [];
  // Once `limit` samples are kept, one at or past this place cannot be among the earliest.
  private bound = Infinity;
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Whether a sample at `place` could be among the earliest: the caller need not make one otherwise. */
  wants(place: number): boolean {
    return this.limit > 0 && place < this.bound;
  }

  add(place: number, sample: T): void {
    if (!this.wants(place)) return;
    this.entries.push({ place, sample });
    if (this.entries.length > 4 * this.limit + 16) this.trim();
  }

  /** The earliest samples, in place order. */
  earliest(): T[] {
    this.trim();
    return this.entries.map((entry) => entry.sample);
  }

  private trim(): void {
    const entries = this.entries;
    entries.sort((a, b) => a.place - b.place);
    if (entries.length >= this.limit) {
      entries.length = this.limit;
      const last = entries[this.limit - 1];
      if (last) this.bound = last.place;
    }
  }
}
