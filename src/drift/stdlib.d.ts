// The Marsaglia-Tsang-Wang CDF of the one-sample Kolmogorov-Smirnov statistic, from @stdlib/stats-kstest.
declare module '@stdlib/stats-kstest/lib/marsaglia.js' {
  /** P(D_n < d) for the two-sided one-sample statistic D_n. */
  export default function pKolmogorov(d: number, n: number): number;
}
