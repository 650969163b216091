export const id = 68;
export const ids = [68];
export const modules = {

/***/ 63208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qx: () => (/* binding */ DRIFT_TESTS),
  CV: () => (/* binding */ compareToReference)
});

// UNUSED EXPORTS: DEFAULT_THRESHOLDS, defaultTest

// EXTERNAL MODULE: ./src/shared/counts.ts
var counts = __webpack_require__(77341);
// EXTERNAL MODULE: ./src/drift/distribution.ts
var distribution = __webpack_require__(5257);
// EXTERNAL MODULE: ./src/drift/profile.ts + 2 modules
var drift_profile = __webpack_require__(31915);
// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-gammainc/lib/index.js
var lib = __webpack_require__(55479);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./node_modules/@stdlib/stats-base-dists-normal-cdf/lib/index.js
var stats_base_dists_normal_cdf_lib = __webpack_require__(72484);
var stats_base_dists_normal_cdf_lib_default = /*#__PURE__*/__webpack_require__.n(stats_base_dists_normal_cdf_lib);
// EXTERNAL MODULE: ./node_modules/@stdlib/stats-kstest/lib/marsaglia.js
var marsaglia = __webpack_require__(6768);
var marsaglia_default = /*#__PURE__*/__webpack_require__.n(marsaglia);
;// CONCATENATED MODULE: ./src/drift/stats.ts
/**
 * The per-column drift statistics, written to give the same numbers as Evidently's stattests (which
 * call SciPy): two-sample Kolmogorov-Smirnov, chi-square goodness of fit, two-proportion Z, normed
 * Wasserstein distance, Jensen-Shannon distance and PSI. Distributions come from @stdlib; the exact
 * two-sample KS p-value (a lattice-path count, no special function) follows SciPy's `ks_2samp`.
 */



/** SciPy's ks_2samp(method='auto') is exact up to this sample size, asymptotic above. */
const MAX_EXACT_N = 10_000;
/** Upper tail of the chi-square distribution with `df` degrees of freedom. */
function chiSquareSf(statistic, df) {
    if (!Number.isFinite(statistic))
        return 0;
    if (statistic <= 0)
        return 1;
    return lib_default()(statistic / 2, df / 2, true, true);
}
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/** P(D ≥ h/n) for equal sample sizes n, as an alternating sum evaluated Horner-style (no cancellation). */
function probabilityOutsideSquare(n, h) {
    let total = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let term = 1;
        for (let j = 0; j < h; j++)
            term = ((n - k * h - j) * term) / (n + k * h + j + 1);
        total = term * (1 - total);
    }
    return 2 * total;
}
/**
 * Share of monotone lattice paths from (0,0) to (m,n) that leave the band |x/m − y/n| < h/lcm(m,n),
 * by Hodges' inside method with Viehmann's recursion for 1 − p (numerically stable).
 */
function probabilityOutsideBand(m, n, g, h) {
    if (m < n)
        [m, n] = [n, m];
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const size = Math.min(2 * maxj + 2, n + 1);
    const column = new Float64Array(Math.max(size, n + 2)).fill(1);
    for (let j = minj; j < maxj; j++)
        column[j] = 0;
    for (let i = 1; i <= m; i++) {
        const lastMinj = minj;
        const lastLen = curlen;
        minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let value = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            value = (column[jj + minj - lastMinj] * i + value * j) / (i + j);
            column[jj] = value;
        }
        curlen = maxj - minj;
        if (lastLen > curlen)
            column.fill(1, maxj - minj, maxj - minj + (lastLen - curlen));
    }
    return column[maxj - minj - 1];
}
/** The asymptotic Kolmogorov distribution's upper tail, for effective sizes too large for the exact CDF. */
function kolmogorovSf(x) {
    if (x <= 0)
        return 1;
    let sum = 0;
    for (let k = 1; k <= 100; k++) {
        const term = Math.exp(-2 * k * k * x * x);
        sum += (k % 2 === 1 ? 1 : -1) * term;
        if (term < 1e-17)
            break;
    }
    return Math.min(1, Math.max(0, 2 * sum));
}
/** Two-sided p-value of the two-sample KS statistic `d` for sample sizes n1, n2 (SciPy's `auto` method). */
function ksPValue(d, n1, n2) {
    if (n1 === 0 || n2 === 0)
        return 1;
    if (Math.max(n1, n2) <= MAX_EXACT_N) {
        const g = gcd(n1, n2);
        const lcm = (n1 / g) * n2;
        const h = Math.round(d * lcm);
        if (h === 0)
            return 1;
        const p = n1 === n2 ? probabilityOutsideSquare(n1, h) : probabilityOutsideBand(n1, n2, g, h);
        if (p >= 0 && p <= 1)
            return p;
    }
    // Smirnov's asymptotic: the one-sample distribution at the effective size m·n/(m+n).
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    const en = Math.round((m * n) / (m + n));
    // The exact one-sample CDF costs a (2k−1)² matrix power, k = n·d; past that, the limiting series.
    if (en * d > 700)
        return kolmogorovSf(Math.sqrt(en) * d);
    return Math.min(1, Math.max(0, 1 - marsaglia_default()(d, en)));
}
/** Two-sided p-value of a standard normal statistic, as Evidently computes it: 2·(1 − Φ(|z|)). */
function normalTwoSidedP(z) {
    return 2 * (1 - stats_base_dists_normal_cdf_lib_default()(Math.abs(z), 0, 1));
}
/** SciPy's `jensenshannon` (natural log): √(½·KL(p‖m) + ½·KL(q‖m)), m = (p+q)/2, after normalising p and q. */
function jensenShannon(p, q) {
    const sumP = p.reduce((a, b) => a + b, 0);
    const sumQ = q.reduce((a, b) => a + b, 0);
    let divergence = 0;
    for (let i = 0; i < p.length; i++) {
        const a = p[i] / sumP;
        const b = q[i] / sumQ;
        const m = (a + b) / 2;
        if (a > 0)
            divergence += a * Math.log(a / m);
        if (b > 0)
            divergence += b * Math.log(b / m);
    }
    return Math.sqrt(Math.max(0, divergence / 2));
}
/** Evidently's zero filling for PSI: empty shares become 0.0001, or (smallest share)/10⁶ when that is ≤ 0.0001. */
function fillZeroes(shares) {
    const positive = shares.filter((share) => share > 0);
    if (positive.length === 0)
        return shares;
    const smallest = Math.min(...positive);
    const fill = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
    return shares.map((share) => (share === 0 ? fill : share));
}
/** Population Stability Index: Σ (ref − cur)·ln(ref/cur) over bin shares, zeroes filled first. */
function psi(reference, current) {
    const ref = fillZeroes(reference);
    const cur = fillZeroes(current);
    let total = 0;
    for (let i = 0; i < ref.length; i++)
        total += (ref[i] - cur[i]) * Math.log(ref[i] / cur[i]);
    return total;
}
/** Chi-square statistic of observed counts against expected counts (categories with expected 0 are left to the caller). */
function chiSquareStatistic(observed, expected) {
    let total = 0;
    for (let i = 0; i < observed.length; i++) {
        const e = expected[i];
        if (e > 0)
            total += (observed[i] - e) ** 2 / e;
        else if (observed[i] > 0)
            return Number.POSITIVE_INFINITY;
    }
    return total;
}
/** Two-proportion Z statistic (pooled), Evidently's `proportions_diff_z_stat_ind`. */
function proportionsZ(p1, n1, p2, n2) {
    const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    const denominator = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    if (denominator === 0)
        return 0;
    return (p1 - p2) / denominator;
}
/** NumPy's Sturges bin count for n values: ceil(log2(n) + 1). */
function sturgesBins(n) {
    return Math.max(1, Math.ceil(Math.log2(n) + 1));
}
/** NumPy's histogram_bin_edges(values, 'sturges') given the combined min, max and count. */
function sturgesEdges(min, max, count) {
    let low = min;
    let high = max;
    if (low === high) {
        low -= 0.5;
        high += 0.5;
    }
    const bins = sturgesBins(count);
    const edges = [];
    for (let i = 0; i <= bins; i++)
        edges.push(low + ((high - low) * i) / bins);
    edges[bins] = high;
    return edges;
}

;// CONCATENATED MODULE: ./src/drift/compare.ts
/**
 * Per-column drift of current data against a reference profile, with Evidently's default choice of
 * test and threshold, and dataset drift when the share of drifted columns reaches `driftShare`.
 *
 * Default tests (Evidently `_get_default_stattest`; n = non-missing reference values, k = distinct
 * values in reference ∪ current):
 *   n ≤ 1000: numerical with k > 5 → KS (drift when p ≤ 0.05); k > 2 → chi-square (p < 0.05); else Z (p < 0.05)
 *   n > 1000: numerical with k > 5 → normed Wasserstein (drift when W ≥ 0.1); else Jensen-Shannon (≥ 0.1)
 */




const DRIFT_TESTS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi'];
const DEFAULT_THRESHOLDS = { ks: 0.05, chisquare: 0.05, z: 0.05, wasserstein: 0.1, jensenshannon: 0.1, psi: 0.1 };
function referenceSide(profile) {
    if (profile.kind === 'categorical')
        return { counts: (0,drift_profile/* categoryCounts */.FM)(profile), n: profile.count, partial: profile.other > 0 };
    return { counts: (0,drift_profile/* categoryCounts */.FM)(profile), n: profile.count, numeric: (0,drift_profile/* distributionOf */.AO)(profile), partial: !profile.values };
}
function currentSide(summary, kind) {
    if (kind === 'categorical')
        return { counts: summary.categories, n: summary.count, partial: summary.otherCategories > 0 };
    const sorted = Float64Array.from(summary.sample).sort();
    const numeric = distribution/* ExactDistribution */.O$.fromSorted(sorted);
    const counts = new Map();
    const perValue = numeric.counts();
    numeric.knots.forEach((value, i) => counts.set(String(value), perValue[i]));
    return { counts, n: numeric.n, numeric, partial: false };
}
function distinctUnion(reference, current, cap) {
    if (reference.partial)
        return Number.POSITIVE_INFINITY;
    const keys = new Set(reference.counts.keys());
    for (const key of current.counts.keys()) {
        keys.add(key);
        if (keys.size > cap)
            break;
    }
    return keys.size;
}
function defaultTest(kind, referenceRows, distinct) {
    if (referenceRows <= 1000) {
        if (kind === 'numerical' && distinct > 5)
            return 'ks';
        return distinct > 2 ? 'chisquare' : 'z';
    }
    return kind === 'numerical' && distinct > 5 ? 'wasserstein' : 'jensenshannon';
}
/** Reference and current shares over the same bins: Sturges bins on both for many-valued numbers, else one bin per value. */
function sharedShares(reference, current, referenceProfile) {
    const referenceDistinct = reference.partial ? Number.POSITIVE_INFINITY : reference.counts.size;
    if (referenceProfile.kind === 'numerical' && reference.numeric && current.numeric && referenceDistinct > 20) {
        const currentKnots = current.numeric.knots;
        const min = Math.min(referenceProfile.min, currentKnots[0] ?? referenceProfile.min);
        const max = Math.max(referenceProfile.max, currentKnots[currentKnots.length - 1] ?? referenceProfile.max);
        const edges = sturgesEdges(min, max, reference.n + current.n);
        return { ref: (0,distribution/* binShares */.o8)(reference.numeric, edges), cur: (0,distribution/* binShares */.o8)(current.numeric, edges) };
    }
    const keys = [...new Set([...reference.counts.keys(), ...current.counts.keys()])];
    return { ref: keys.map((key) => (reference.counts.get(key) ?? 0) / reference.n), cur: keys.map((key) => (current.counts.get(key) ?? 0) / current.n) };
}
function runTest(test, reference, current, referenceProfile, threshold) {
    switch (test) {
        case 'ks': {
            const d = (0,distribution/* ksStatistic */.tH)(reference.numeric, current.numeric);
            const p = ksPValue(d, reference.n, current.n);
            return { statistic: d, p_value: p, drifted: p <= threshold };
        }
        case 'wasserstein': {
            const std = referenceProfile.kind === 'numerical' ? referenceProfile.std : 0;
            const w = (0,distribution/* wassersteinDistance */.wA)(reference.numeric, current.numeric) / Math.max(std, 0.001);
            return { statistic: w, drifted: w >= threshold };
        }
        case 'chisquare': {
            // Over the reference's categories; categories it never had are reported on their own.
            const keys = [...reference.counts.keys()];
            const observed = keys.map((key) => current.counts.get(key) ?? 0);
            const currentTotal = observed.reduce((a, b) => a + b, 0);
            const expected = keys.map((key) => ((reference.counts.get(key) ?? 0) * currentTotal) / reference.n);
            const statistic = currentTotal === 0 ? Number.POSITIVE_INFINITY : chiSquareStatistic(observed, expected);
            const p = keys.length < 2 ? (statistic === 0 ? 1 : 0) : chiSquareSf(statistic, keys.length - 1);
            return { statistic: Number.isFinite(statistic) ? statistic : null, p_value: p, drifted: p < threshold };
        }
        case 'z': {
            const keys = [...new Set([...reference.counts.keys(), ...current.counts.keys()])].sort();
            if (keys.length <= 1)
                return { statistic: 0, p_value: 1, drifted: false };
            const target = keys[0];
            const p1 = (reference.counts.get(target) ?? 0) / reference.n;
            const p2 = (current.counts.get(target) ?? 0) / current.n;
            const z = proportionsZ(p1, reference.n, p2, current.n);
            const p = normalTwoSidedP(z);
            return { statistic: z, p_value: p, drifted: p < threshold };
        }
        case 'jensenshannon': {
            const { ref, cur } = sharedShares(reference, current, referenceProfile);
            const js = jensenShannon(ref, cur);
            return { statistic: js, drifted: js >= threshold };
        }
        case 'psi': {
            const { ref, cur } = sharedShares(reference, current, referenceProfile);
            const value = psi(ref, cur);
            return { statistic: value, drifted: value >= threshold };
        }
    }
}
function compareToReference(reference, current, options) {
    const columns = [];
    const skipped = [];
    const unseen = [];
    const names = options.columns ?? [...current.keys()].filter((name) => name in reference.columns);
    for (const name of names) {
        const referenceProfile = reference.columns[name];
        const summary = current.get(name);
        if (!referenceProfile) {
            skipped.push({ column: name, reason: 'not in the reference' });
            continue;
        }
        if (!summary) {
            skipped.push({ column: name, reason: 'not in the data' });
            continue;
        }
        if (!options.columns && options.exclude?.has(name)) {
            skipped.push({ column: name, reason: 'a key or unique column' });
            continue;
        }
        const kind = options.kinds?.get(name) ?? referenceProfile.kind;
        if (kind === 'numerical' && (referenceProfile.kind !== 'numerical' || summary.nonNumeric > 0)) {
            skipped.push({ column: name, reason: referenceProfile.kind !== 'numerical' ? 'numeric in the contract but not in the reference profile' : `${summary.nonNumeric} values are not numbers` });
            continue;
        }
        const referenceSideValue = referenceSide(referenceProfile);
        const currentSideValue = currentSide(summary, kind);
        if (referenceSideValue.n === 0 || currentSideValue.n === 0) {
            skipped.push({ column: name, reason: referenceSideValue.n === 0 ? 'no values in the reference' : 'no values in the data' });
            continue;
        }
        const referenceDistinct = referenceSideValue.partial ? Number.POSITIVE_INFINITY : referenceSideValue.counts.size;
        if (kind === 'categorical' && !options.columns && referenceDistinct > 20 && referenceDistinct > referenceSideValue.n / 2) {
            skipped.push({ column: name, reason: 'most values are distinct (an identifier or free text): a distribution test says nothing here' });
            continue;
        }
        const distinct = distinctUnion(referenceSideValue, currentSideValue, 25);
        const test = options.method === 'auto' ? defaultTest(kind, referenceSideValue.n, distinct) : options.method;
        if ((test === 'ks' || test === 'wasserstein') && kind !== 'numerical') {
            skipped.push({ column: name, reason: `${test} needs numeric values` });
            continue;
        }
        if ((test === 'chisquare' || test === 'z') && referenceSideValue.partial) {
            skipped.push({ column: name, reason: `${test} needs every reference category; the profile has quantiles only` });
            continue;
        }
        const threshold = options.threshold ?? DEFAULT_THRESHOLDS[test];
        const outcome = runTest(test, referenceSideValue, currentSideValue, referenceProfile, threshold);
        columns.push({
            column: name,
            kind,
            test,
            ...outcome,
            threshold,
            reference_rows: referenceSideValue.n,
            current_rows: summary.count,
            ...(summary.stride > 1 ? { sampled: true } : {}),
        });
        if (kind === 'categorical' && !referenceSideValue.partial) {
            const fresh = [...currentSideValue.counts].filter(([key]) => !referenceSideValue.counts.has(key)).sort((a, b) => b[1] - a[1]);
            if (fresh.length > 0) {
                const count = fresh.reduce((total, [, n]) => total + n, 0);
                unseen.push({ column: name, count, percent: (0,counts/* percentOf */.p)(count, currentSideValue.n), categories: fresh.slice(0, 50).map(([value, n]) => ({ value, count: n })) });
            }
        }
    }
    const driftedColumns = columns.filter((column) => column.drifted).length;
    const share = columns.length === 0 ? 0 : driftedColumns / columns.length;
    return {
        share,
        drifted: columns.length > 0 && share >= options.driftShare,
        drifted_columns: driftedColumns,
        threshold: options.driftShare,
        method: options.method,
        columns,
        skipped,
        unseen_categories: unseen,
    };
}


/***/ }),

/***/ 5257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ quantilesOf),
/* harmony export */   O$: () => (/* binding */ ExactDistribution),
/* harmony export */   Uw: () => (/* binding */ QuantileDistribution),
/* harmony export */   o8: () => (/* binding */ binShares),
/* harmony export */   tH: () => (/* binding */ ksStatistic),
/* harmony export */   wA: () => (/* binding */ wassersteinDistance)
/* harmony export */ });
/**
 * A numeric column's distribution as the drift statistics need it: its CDF just before and at any
 * point, and the points where it changes. Exact (distinct values with counts) when they are few or
 * the data is small; otherwise 1,001 quantiles with straight lines between them, which bounds the
 * error of any CDF-based statistic by 0.001.
 */
/** First index whose value is > x (values ascending). */
function upperBound(values, x) {
    let low = 0;
    let high = values.length;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (values[mid] <= x)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
/** First index whose value is ≥ x. */
function lowerBound(values, x) {
    let low = 0;
    let high = values.length;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (values[mid] < x)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
class ExactDistribution {
    knots;
    steps = true;
    n;
    /** cumulative[i] = how many values are ≤ knots[i]. */
    cumulative;
    constructor(values, counts) {
        this.knots = values;
        this.cumulative = [];
        let total = 0;
        for (const count of counts)
            this.cumulative.push((total += count));
        this.n = total;
    }
    static fromSorted(sorted) {
        const values = [];
        const counts = [];
        for (let i = 0; i < sorted.length; i++) {
            const value = sorted[i];
            if (values.length > 0 && values[values.length - 1] === value)
                counts[counts.length - 1]++;
            else {
                values.push(value);
                counts.push(1);
            }
        }
        return new ExactDistribution(values, counts);
    }
    cdf(x) {
        const index = upperBound(this.knots, x);
        return index === 0 ? 0 : this.cumulative[index - 1] / this.n;
    }
    cdfBefore(x) {
        const index = lowerBound(this.knots, x);
        return index === 0 ? 0 : this.cumulative[index - 1] / this.n;
    }
    counts() {
        return this.cumulative.map((total, i) => total - (i === 0 ? 0 : this.cumulative[i - 1]));
    }
}
/** Quantiles at probabilities 0, 1/(k−1), …, 1, joined by straight lines. */
class QuantileDistribution {
    knots;
    steps = false;
    n;
    step;
    constructor(quantiles, n) {
        this.knots = quantiles;
        this.n = n;
        this.step = 1 / (quantiles.length - 1);
    }
    cdf(x) {
        const q = this.knots;
        if (x < q[0])
            return 0;
        if (x >= q[q.length - 1])
            return 1;
        const index = upperBound(q, x) - 1;
        const low = q[index];
        const high = q[index + 1];
        return Math.min(1, (index + (high > low ? (x - low) / (high - low) : 1)) * this.step);
    }
    cdfBefore(x) {
        const q = this.knots;
        if (x <= q[0])
            return 0;
        if (x > q[q.length - 1])
            return 1;
        // Where several quantiles share a value, F jumps there; just before it, take the lowest of them.
        const index = lowerBound(q, x);
        const low = q[index - 1];
        const high = q[index];
        return Math.min(1, (index - 1 + (high > low ? (x - low) / (high - low) : 0)) * this.step);
    }
}
/** NumPy's default (linear) quantiles of sorted values at `points` evenly spaced probabilities. */
function quantilesOf(sorted, points) {
    const result = [];
    const last = sorted.length - 1;
    for (let i = 0; i < points; i++) {
        const position = (last * i) / (points - 1);
        const below = Math.floor(position);
        const above = Math.min(last, below + 1);
        result.push(sorted[below] + (sorted[above] - sorted[below]) * (position - below));
    }
    return result;
}
/** sup |F − G|, checked at every knot of either, from both sides. */
function ksStatistic(f, g) {
    let d = 0;
    for (const knots of [f.knots, g.knots]) {
        for (const x of knots) {
            const at = Math.abs(f.cdf(x) - g.cdf(x));
            const before = Math.abs(f.cdfBefore(x) - g.cdfBefore(x));
            if (at > d)
                d = at;
            if (before > d)
                d = before;
        }
    }
    return d;
}
/** ∫|F − G| dx over the merged knots; on each piece both CDFs are constant or linear. */
function wassersteinDistance(f, g) {
    const points = [...new Set([...f.knots, ...g.knots])].sort((a, b) => a - b);
    let total = 0;
    for (let i = 0; i + 1 < points.length; i++) {
        const a = points[i];
        const b = points[i + 1];
        const width = b - a;
        if (width <= 0)
            continue;
        // Values at the left end (just after a) and the right end (just before b).
        const left = f.cdf(a) - g.cdf(a);
        const right = f.cdfBefore(b) - g.cdfBefore(b);
        const linear = !f.steps || !g.steps;
        if (!linear) {
            total += Math.abs(left) * width;
        }
        else if (left * right >= 0) {
            total += ((Math.abs(left) + Math.abs(right)) / 2) * width;
        }
        else {
            // The difference crosses zero inside the piece: two triangles.
            const cross = (Math.abs(left) / (Math.abs(left) + Math.abs(right))) * width;
            total += (Math.abs(left) * cross) / 2 + (Math.abs(right) * (width - cross)) / 2;
        }
    }
    return total;
}
/** Shares of the distribution in NumPy histogram bins (left-closed, the last one closed on both sides). */
function binShares(f, edges) {
    const shares = [];
    for (let i = 0; i + 1 < edges.length; i++) {
        const last = i + 2 === edges.length;
        const upper = last ? f.cdf(edges[i + 1]) : f.cdfBefore(edges[i + 1]);
        shares.push(Math.max(0, upper - f.cdfBefore(edges[i])));
    }
    return shares;
}


/***/ }),

/***/ 31915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bZ: () => (/* binding */ ProfileBuilder),
  FM: () => (/* binding */ categoryCounts),
  yY: () => (/* binding */ combineProfiles),
  AO: () => (/* binding */ distributionOf),
  hE: () => (/* binding */ looksLikeProfile),
  y5: () => (/* binding */ profileObjects),
  Er: () => (/* binding */ profileOfObject),
  er: () => (/* binding */ readProfile)
});

// UNUSED EXPORTS: EXACT_DISTINCT, PROFILE_FORMAT, QUANTILE_POINTS, categoricalProfile, columnProfile, kindOf, numericProfile, parseProfile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(82815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./schemas/profile.schema.json
const profile_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/ml-actions/ml-actions/schemas/profile.schema.json","title":"ml-actions reference profile","description":"A compact summary of a dataset for drift checks, written by validate-data\'s profile-out and read as its reference (or the drift action\'s). Numeric columns keep exact values and counts (up to 2,000 distinct values) or 1,001 quantiles; categorical columns keep category counts.","type":"object","required":["format","rows","columns"],"properties":{"format":{"const":"ml-actions/profile@1"},"created_at":{"type":"string","format":"date-time"},"source":{"type":"string","description":"The data file the profile was made from."},"object":{"type":"string","description":"The schema object the top-level rows and columns describe (the contract\'s first). Absent in profiles of a single unnamed dataset, which belong to a contract\'s first object."},"objects":{"type":"object","description":"The contract\'s other schema objects, by name, each profiled like the top level.","additionalProperties":{"$ref":"#/$defs/part"}},"rows":{"type":"integer","minimum":0},"columns":{"type":"object","additionalProperties":{"oneOf":[{"$ref":"#/$defs/numerical"},{"$ref":"#/$defs/categorical"}]}}},"$defs":{"part":{"type":"object","required":["rows","columns"],"properties":{"source":{"type":"string","description":"The data files the part was made from."},"rows":{"type":"integer","minimum":0},"columns":{"type":"object","additionalProperties":{"oneOf":[{"$ref":"#/$defs/numerical"},{"$ref":"#/$defs/categorical"}]}}}},"numerical":{"type":"object","required":["kind","count","missing","min","max","mean","std","histogram"],"properties":{"kind":{"const":"numerical"},"count":{"type":"integer","minimum":0,"description":"Non-missing values."},"missing":{"type":"integer","minimum":0},"min":{"type":"number"},"max":{"type":"number"},"mean":{"type":"number"},"std":{"type":"number","minimum":0,"description":"Population standard deviation."},"distinct":{"type":"integer","minimum":0},"values":{"type":"array","items":{"type":"number"},"description":"Distinct values, ascending (exact profiles)."},"counts":{"type":"array","items":{"type":"integer","minimum":1},"description":"How often each of values occurs."},"quantiles":{"type":"array","items":{"type":"number"},"description":"Values at probabilities 0, 1/1000, …, 1 (NumPy\'s linear method)."},"histogram":{"type":"object","required":["edges","weights"],"properties":{"edges":{"type":"array","items":{"type":"number"}},"weights":{"type":"array","items":{"type":"number","minimum":0},"description":"Share of values per bin."}}},"sampled":{"type":"boolean"}},"oneOf":[{"required":["values","counts"]},{"required":["quantiles"]}]},"categorical":{"type":"object","required":["kind","count","missing","categories","other"],"properties":{"kind":{"const":"categorical"},"count":{"type":"integer","minimum":0},"missing":{"type":"integer","minimum":0},"categories":{"type":"object","additionalProperties":{"type":"integer","minimum":1}},"other":{"type":"integer","minimum":0,"description":"Values in categories beyond the first 10,000 distinct ones, which are kept."}}}}}');
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/validate-data/values.ts
var values = __webpack_require__(43883);
;// CONCATENATED MODULE: ./src/drift/accumulate.ts
/**
 * One pass over a column, in bounded memory: numeric values go into a sample that keeps every value
 * up to a cap and then thins itself evenly (every 2nd, 4th, … value: deterministic, no random
 * draws), and texts into category counts up to a cap of distinct values.
 */

const DEFAULT_SAMPLE_CAP = 1_000_000;
const CATEGORY_CAP = 10_000;
function numericValue(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value === 'bigint')
        return Number(value);
    if (typeof value === 'boolean')
        return undefined;
    if (value instanceof Date)
        return value.getTime();
    if (typeof value === 'string') {
        const code = value.charCodeAt(0);
        if (!((code >= 48 && code <= 57) || code === 45 || code === 43 || code === 46))
            return undefined;
        const number = Number(value);
        return Number.isFinite(number) && value.trim() === value ? number : undefined;
    }
    return undefined;
}
function categoryKey(value) {
    if (typeof value === 'string')
        return value;
    if (value instanceof Date)
        return value.toISOString();
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}
class ColumnAccumulator {
    cap;
    missingTokens;
    buffer;
    length = 0;
    stride = 1;
    skip = 0;
    summary;
    constructor(options = {}) {
        this.cap = Math.max(2, options.sampleCap ?? DEFAULT_SAMPLE_CAP);
        this.missingTokens = options.missingTokens ?? new Set();
        this.buffer = new Float64Array(Math.min(this.cap, 1024));
        this.summary = { count: 0, missing: 0, numeric: 0, nonNumeric: 0, min: Infinity, max: -Infinity, mean: 0, m2: 0, categories: new Map(), otherCategories: 0 };
    }
    add(value) {
        const summary = this.summary;
        if ((0,values/* isMissingValue */.yA)(value, this.missingTokens)) {
            summary.missing++;
            return;
        }
        summary.count++;
        const key = categoryKey(value);
        const categories = summary.categories;
        const seen = categories.get(key);
        if (seen !== undefined)
            categories.set(key, seen + 1);
        else if (categories.size < CATEGORY_CAP)
            categories.set(key, 1);
        else
            summary.otherCategories++;
        const number = numericValue(value);
        if (number === undefined) {
            summary.nonNumeric++;
            return;
        }
        summary.numeric++;
        if (number < summary.min)
            summary.min = number;
        if (number > summary.max)
            summary.max = number;
        const delta = number - summary.mean;
        summary.mean += delta / summary.numeric;
        summary.m2 += delta * (number - summary.mean);
        this.keep(number);
    }
    keep(value) {
        if (this.skip > 0) {
            this.skip--;
            return;
        }
        this.skip = this.stride - 1;
        if (this.length === this.buffer.length) {
            if (this.length < this.cap) {
                const grown = new Float64Array(Math.min(this.cap, this.length * 2));
                grown.set(this.buffer);
                this.buffer = grown;
            }
            else {
                // Full: keep every other value and take half as many from now on.
                for (let i = 0; i < this.length / 2; i++)
                    this.buffer[i] = this.buffer[2 * i];
                this.length = Math.floor(this.length / 2);
                this.stride *= 2;
                this.skip = this.stride - 1;
                return;
            }
        }
        this.buffer[this.length++] = value;
    }
    finish() {
        return { ...this.summary, sample: this.buffer.subarray(0, this.length), stride: this.stride };
    }
}

// EXTERNAL MODULE: ./src/drift/distribution.ts
var distribution = __webpack_require__(5257);
;// CONCATENATED MODULE: ./src/drift/profile.ts
/**
 * The reference profile: what drift needs from a dataset, small enough to commit instead of the data
 * (schemas/profile.schema.json). Numeric columns keep their exact distinct values and counts when
 * there are at most 2,000 of them, else 1,001 quantiles; both keep a 20-bin histogram, min, max, mean
 * and standard deviation. Categorical columns keep up to 10,000 category counts.
 */







const PROFILE_FORMAT = 'ml-actions/profile@1';
const EXACT_DISTINCT = 2_000;
const QUANTILE_POINTS = 1_001;
const HISTOGRAM_BINS = 20;
/** Profiles of several schema objects in one document, the first at the top level. */
function combineProfiles(parts) {
    const [first, ...others] = parts;
    if (!first)
        throw new Error('combineProfiles needs at least one profile');
    const { objects: _objects, ...top } = first.profile;
    if (others.length === 0)
        return { ...top, object: first.object };
    return { ...top, object: first.object, objects: Object.fromEntries(others.map(({ object, profile }) => [object, { ...(profile.source ? { source: profile.source } : {}), rows: profile.rows, columns: profile.columns }])) };
}
/**
 * The part of a profile that belongs to a schema object. A profile without object names (written for
 * a single object) belongs to the contract's first object.
 */
function profileOfObject(profile, object, isFirstObject) {
    const { objects, object: topObject, ...top } = profile;
    const part = objects?.[object];
    if (part)
        return { format: profile.format, created_at: profile.created_at, ...part };
    if (topObject === object || (topObject === undefined && isFirstObject))
        return top;
    return undefined;
}
/** Names of the objects a profile covers (undefined for the unnamed top level of an old profile). */
function profileObjects(profile) {
    return [profile.object, ...Object.keys(profile.objects ?? {})];
}
function sortedSample(summary) {
    return Float64Array.from(summary.sample).sort();
}
function numericProfile(summary) {
    const sorted = sortedSample(summary);
    const exact = distribution/* ExactDistribution */.O$.fromSorted(sorted);
    const sampled = summary.stride > 1;
    const std = summary.numeric > 0 ? Math.sqrt(summary.m2 / summary.numeric) : 0;
    const profile = {
        kind: 'numerical',
        count: summary.numeric,
        missing: summary.missing,
        min: summary.numeric > 0 ? summary.min : 0,
        max: summary.numeric > 0 ? summary.max : 0,
        mean: summary.mean,
        std,
        histogram: histogram(sorted, summary.min, summary.max),
    };
    if (!sampled && exact.knots.length <= EXACT_DISTINCT) {
        profile.distinct = exact.knots.length;
        profile.values = exact.knots;
        profile.counts = exact.counts();
    }
    else {
        profile.quantiles = sorted.length > 0 ? (0,distribution/* quantilesOf */.Ck)(sorted, QUANTILE_POINTS) : [];
    }
    if (sampled)
        profile.sampled = true;
    return profile;
}
function histogram(sorted, min, max) {
    if (sorted.length === 0)
        return { edges: [], weights: [] };
    const low = min === max ? min - 0.5 : min;
    const high = min === max ? max + 0.5 : max;
    const edges = Array.from({ length: HISTOGRAM_BINS + 1 }, (_, i) => low + ((high - low) * i) / HISTOGRAM_BINS);
    edges[HISTOGRAM_BINS] = high;
    const weights = new Array(HISTOGRAM_BINS).fill(0);
    for (const value of sorted) {
        const bin = Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor(((value - low) / (high - low)) * HISTOGRAM_BINS)));
        weights[bin]++;
    }
    return { edges, weights: weights.map((w) => w / sorted.length) };
}
function categoricalProfile(summary) {
    return { kind: 'categorical', count: summary.count, missing: summary.missing, categories: Object.fromEntries(summary.categories), other: summary.otherCategories };
}
/** Numeric when every value read as a number, unless the caller knows the column's type. */
function kindOf(summary, declared) {
    if (declared)
        return declared;
    return summary.numeric > 0 && summary.nonNumeric === 0 ? 'numerical' : 'categorical';
}
function columnProfile(summary, kind) {
    return kind === 'numerical' ? numericProfile(summary) : categoricalProfile(summary);
}
/** A numeric profile as a distribution: exact when it kept values, else its quantiles. */
function distributionOf(profile) {
    if (profile.values && profile.counts)
        return new distribution/* ExactDistribution */.O$(profile.values, profile.counts);
    return new distribution/* QuantileDistribution */.Uw(profile.quantiles ?? [], profile.count);
}
/** Category counts of a column; numeric columns are keyed by their number, so "1.0" and "1" agree. */
function categoryCounts(profile) {
    if (profile.kind === 'categorical')
        return new Map(Object.entries(profile.categories));
    const counts = new Map();
    if (profile.values && profile.counts)
        profile.values.forEach((value, i) => counts.set(String(value), profile.counts[i]));
    return counts;
}
/** Builds profiles of many columns from rows as they stream past. */
class ProfileBuilder {
    accumulators = new Map();
    options;
    rows = 0;
    constructor(options = {}) {
        this.options = options;
    }
    /** Column-major values: data[c][r], as readColumnBatches gives them. */
    addColumns(columns, data, length) {
        this.rows += length;
        for (let c = 0; c < columns.length; c++) {
            const values = data[c];
            const accumulator = this.accumulator(columns[c]);
            for (let r = 0; r < length; r++)
                accumulator.add(values[r]);
        }
    }
    accumulator(name) {
        let accumulator = this.accumulators.get(name);
        if (!accumulator)
            this.accumulators.set(name, (accumulator = new ColumnAccumulator(this.options)));
        return accumulator;
    }
    addBatch(columns, rows, only) {
        this.rows += rows.length;
        for (let c = 0; c < columns.length; c++) {
            const name = columns[c];
            if (only && !only.has(name))
                continue;
            const accumulator = this.accumulator(name);
            for (let r = 0; r < rows.length; r++)
                accumulator.add(rows[r][c]);
        }
    }
    summaries() {
        return new Map([...this.accumulators].map(([name, accumulator]) => [name, accumulator.finish()]));
    }
    build(kinds = new Map(), source) {
        const columns = {};
        for (const [name, summary] of this.summaries())
            columns[name] = columnProfile(summary, kindOf(summary, kinds.get(name)));
        return { format: PROFILE_FORMAT, created_at: new Date().toISOString(), ...(source ? { source } : {}), rows: this.rows, columns };
    }
}
let validateProfile;
function parseProfile(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${file}: not a JSON profile (${error.message})`, { file });
    }
    if (!validateProfile) {
        const ajv = new _2020.Ajv2020({ allErrors: true, strict: false });
        dist_default()["default"](ajv);
        validateProfile = ajv.compile(profile_schema_namespaceObject);
    }
    if (!validateProfile(data)) {
        const problems = (validateProfile.errors ?? []).slice(0, 5).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
        throw new errors/* UserError */.yo(`${file}: not a valid ${PROFILE_FORMAT} file: ${problems.join('; ')}`, { file });
    }
    return data;
}
function readProfile(path, shownAs = path) {
    return parseProfile((0,external_node_fs_.readFileSync)(path, 'utf8'), shownAs);
}
/** A profile file is JSON whose `format` says so; anything else is read as a dataset. */
function looksLikeProfile(path) {
    if (!/\.json$/i.test(path))
        return false;
    try {
        const descriptor = (0,external_node_fs_.openSync)(path, 'r');
        const head = Buffer.alloc(512);
        const read = (0,external_node_fs_.readSync)(descriptor, head, 0, head.length, 0);
        (0,external_node_fs_.closeSync)(descriptor);
        return head.subarray(0, read).toString('utf8').includes(PROFILE_FORMAT);
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 77341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural),
/* harmony export */   p: () => (/* binding */ percentOf)
/* harmony export */ });
/** Counts as messages and reports give them: with the word that agrees, or as a share of a whole. */
/** `1 row`, `3 rows`: the count as `written` writes it (plainly unless told), then the word that agrees with it. */
function plural(count, one, many = `${one}s`, written = String) {
    return `${written(count)} ${count === 1 ? one : many}`;
}
/** `count` as a percentage of `total`, to three decimals; a share of nothing is 0. */
function percentOf(count, total) {
    return total === 0 ? 0 : Math.round((count / total) * 100 * 1000) / 1000;
}


/***/ }),

/***/ 36654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   n_: () => (/* binding */ explainPermissionError)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61351);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58382);
/**
 * The one GitHub client factory. Octokit with retries (5xx) and throttling (primary and secondary
 * rate limits), pointed at GITHUB_API_URL so GitHub Enterprise Server works unchanged.
 */





const MAX_RATE_LIMIT_RETRIES = 3;
/** Longer waits than this are not worth holding a runner for. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120;
function createGitHubClient(token, apiUrl = process.env['GITHUB_API_URL'] || 'https://api.github.com') {
    if (!token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('No GitHub token: pass `token: ${{ github.token }}` (the default) or a personal access token');
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        baseUrl: apiUrl,
        throttle: {
            onRateLimit: (retryAfter, options, _octokit, retryCount) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub rate limit reached on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
                return retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
            },
            onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
                return retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
            },
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
}
/** HTTP status of an octokit RequestError, if it is one. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * Turns "Resource not accessible by integration" into the fix: the `permissions:` line to add.
 * Everything else passes through unchanged.
 */
function explainPermissionError(error, permission, doing) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) {
        const message = error.message ?? '';
        if (status === 404 || /not accessible by integration|permission/i.test(message)) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`GitHub refused to ${doing} (${status}: ${message}). The token needs \`permissions: ${permission}\`: add it to the job, ` +
                'or, for pull requests from forks, publish through the workflow_run workflow.', undefined, { cause: error });
        }
    }
    return error;
}


/***/ }),

/***/ 22324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UA: () => (/* binding */ requireInputFile),
/* harmony export */   pS: () => (/* binding */ shownPath),
/* harmony export */   xm: () => (/* binding */ inputFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38590);
/** A file an action input names: where it is on disk, and how the input wrote it. */



/** A path as messages and reports show it: as the input wrote it, without a leading `./`. */
function shownPath(raw) {
    return raw.replace(/^\.\//, '');
}
function inputFile(raw, workspace) {
    return { path: (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveInWorkspace */ .z1)(raw, workspace), shownAs: shownPath(raw) };
}
/** A file an input names must exist and be a file; the message names the input and the path. */
function requireInputFile(input, file) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file.path))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(input, `names ${file.shownAs}, which does not exist`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file.path).isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(input, `names ${file.shownAs}, which is not a file`);
}


/***/ }),

/***/ 77364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KV: () => (/* binding */ meaningfulLines),
/* harmony export */   OC: () => (/* binding */ repeatedName),
/* harmony export */   ws: () => (/* binding */ parseObjectLines)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * `name: path` lines, one per schema object, as validate-data's `data` and `reference` and the drift
 * action's `current` take them, told apart from plain paths.
 */


/** Lines that say something: blank lines and `#` comments are left out. */
function meaningfulLines(raw) {
    return raw.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}
/**
 * The `name: path` pairs, or undefined when the value is plain paths. `names` are the object names
 * the caller knows: one line that names none of them and is an existing file is a path with a
 * colon in it (`C:\data\x.csv`), not a pair.
 */
function parseObjectLines(raw, names, workspace) {
    const lines = meaningfulLines(raw);
    const pairs = lines.map((line) => /^([^:=\s][^:=]*?)\s*[:=]\s*(.+)$/.exec(line));
    if (pairs.length === 0 || pairs.some((pair) => pair === null))
        return undefined;
    if (lines.length === 1 && !names.has(pairs[0][1]) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, lines[0])))
        return undefined;
    return pairs.map((pair) => ({ name: pair[1], path: pair[2].trim() }));
}
/** The first name given twice, if any. */
function repeatedName(names) {
    const seen = new Set();
    for (const name of names) {
        if (seen.has(name))
            return name;
        seen.add(name);
    }
    return undefined;
}


/***/ }),

/***/ 25717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vl: () => (/* binding */ ContractError),
  cX: () => (/* binding */ isCheckedSla),
  UA: () => (/* binding */ parseContract),
  J_: () => (/* binding */ readContractFile),
  tI: () => (/* binding */ resolveElement)
});

// UNUSED EXPORTS: LOGICAL_TYPES, OPERATORS, readablePath

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2019.js
var _2019 = __webpack_require__(60878);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(82815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./schemas/odcs/odcs-json-schema-v3.0.2.json
const odcs_json_schema_v3_0_2_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2019-09/schema","title":"Open Data Contract Standard (ODCS)","description":"An open data contract specification to establish agreement between data producers and consumers.","type":"object","properties":{"version":{"type":"string","description":"Current version of the data contract."},"kind":{"type":"string","default":"DataContract","description":"The kind of file this is. Valid value is `DataContract`.","enum":["DataContract"]},"apiVersion":{"type":"string","default":"v3.0.2","description":"Version of the standard used to build data contract. Default value is v3.0.2.","enum":["v3.0.2","v3.0.1","v3.0.0","v2.2.2","v2.2.1","v2.2.0"]},"id":{"type":"string","description":"A unique identifier used to reduce the risk of dataset name collisions, such as a UUID."},"name":{"type":"string","description":"Name of the data contract."},"tenant":{"type":"string","description":"Indicates the property the data is primarily associated with. Value is case insensitive."},"tags":{"$ref":"#/$defs/Tags"},"status":{"type":"string","description":"Current status of the dataset.","examples":["proposed","draft","active","deprecated","retired"]},"servers":{"type":"array","description":"List of servers where the datasets reside.","items":{"$ref":"#/$defs/Server"}},"dataProduct":{"type":"string","description":"The name of the data product."},"description":{"type":"object","description":"High level description of the dataset.","properties":{"usage":{"type":"string","description":"Intended usage of the dataset."},"purpose":{"type":"string","description":"Purpose of the dataset."},"limitations":{"type":"string","description":"Limitations of the dataset."},"authoritativeDefinitions":{"$ref":"#/$defs/AuthoritativeDefinitions"},"customProperties":{"$ref":"#/$defs/CustomProperties"}}},"domain":{"type":"string","description":"Name of the logical data domain.","examples":["imdb_ds_aggregate","receiver_profile_out","transaction_profile_out"]},"schema":{"type":"array","description":"A list of elements within the schema to be cataloged.","items":{"$ref":"#/$defs/SchemaObject"}},"support":{"$ref":"#/$defs/Support"},"price":{"$ref":"#/$defs/Pricing"},"team":{"type":"array","items":{"$ref":"#/$defs/Team"}},"roles":{"type":"array","description":"A list of roles that will provide user access to the dataset.","items":{"$ref":"#/$defs/Role"}},"slaDefaultElement":{"type":"string","description":"Element (using the element path notation) to do the checks on."},"slaProperties":{"type":"array","description":"A list of key/value pairs for SLA specific properties. There is no limit on the type of properties (more details to come).","items":{"$ref":"#/$defs/ServiceLevelAgreementProperty"}},"authoritativeDefinitions":{"$ref":"#/$defs/AuthoritativeDefinitions"},"customProperties":{"$ref":"#/$defs/CustomProperties"},"contractCreatedTs":{"type":"string","format":"date-time","description":"Timestamp in UTC of when the data contract was created."}},"required":["version","apiVersion","kind","id","status"],"additionalProperties":false,"$defs":{"Server":{"type":"object","description":"Data source details of where data is physically stored.","properties":{"server":{"type":"string","description":"Identifier of the server."},"type":{"type":"string","description":"Type of the server.","enum":["api","athena","azure","bigquery","clickhouse","databricks","denodo","dremio","duckdb","glue","cloudsql","db2","informix","kafka","kinesis","local","mysql","oracle","postgresql","postgres","presto","pubsub","redshift","s3","sftp","snowflake","sqlserver","synapse","trino","vertica","custom"]},"description":{"type":"string","description":"Description of the server."},"environment":{"type":"string","description":"Environment of the server.","examples":["prod","preprod","dev","uat"]},"roles":{"type":"array","description":"List of roles that have access to the server.","items":{"$ref":"#/$defs/Role"}},"customProperties":{"$ref":"#/$defs/CustomProperties"}},"allOf":[{"if":{"properties":{"type":{"const":"api"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/ApiServer"}},{"if":{"properties":{"type":{"const":"athena"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/AthenaServer"}},{"if":{"properties":{"type":{"const":"azure"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/AzureServer"}},{"if":{"properties":{"type":{"const":"bigquery"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/BigQueryServer"}},{"if":{"properties":{"type":{"const":"clickhouse"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/ClickHouseServer"}},{"if":{"properties":{"type":{"const":"databricks"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/DatabricksServer"}},{"if":{"properties":{"type":{"const":"denodo"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/DenodoServer"}},{"if":{"properties":{"type":{"const":"dremio"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/DremioServer"}},{"if":{"properties":{"type":{"const":"duckdb"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/DuckdbServer"}},{"if":{"properties":{"type":{"const":"glue"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/GlueServer"}},{"if":{"properties":{"type":{"const":"cloudsql"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/GoogleCloudSqlServer"}},{"if":{"properties":{"type":{"const":"db2"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/IBMDB2Server"}},{"if":{"properties":{"type":{"const":"informix"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/InformixServer"}},{"if":{"properties":{"type":{"const":"custom"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/CustomServer"}},{"if":{"properties":{"type":{"const":"kafka"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/KafkaServer"}},{"if":{"properties":{"type":{"const":"kinesis"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/KinesisServer"}},{"if":{"properties":{"type":{"const":"local"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/LocalServer"}},{"if":{"properties":{"type":{"const":"mysql"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/MySqlServer"}},{"if":{"properties":{"type":{"const":"oracle"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/OracleServer"}},{"if":{"properties":{"type":{"const":"postgresql"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/PostgresServer"}},{"if":{"properties":{"type":{"const":"postgres"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/PostgresServer"}},{"if":{"properties":{"type":{"const":"presto"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/PrestoServer"}},{"if":{"properties":{"type":{"const":"pubsub"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/PubSubServer"}},{"if":{"properties":{"type":{"const":"redshift"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/RedshiftServer"}},{"if":{"properties":{"type":{"const":"s3"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/S3Server"}},{"if":{"properties":{"type":{"const":"sftp"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/SftpServer"}},{"if":{"properties":{"type":{"const":"snowflake"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/SnowflakeServer"}},{"if":{"properties":{"type":{"const":"sqlserver"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/SqlserverServer"}},{"if":{"properties":{"type":{"const":"synapse"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/SynapseServer"}},{"if":{"properties":{"type":{"const":"trino"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/TrinoServer"}},{"if":{"properties":{"type":{"const":"vertica"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/VerticaServer"}}],"required":["server","type"]},"ServerSource":{"ApiServer":{"type":"object","title":"AthenaServer","properties":{"location":{"type":"string","format":"uri","description":"The url to the API.","examples":["https://api.example.com/v1"]}},"required":["location"]},"AthenaServer":{"type":"object","title":"AthenaServer","properties":{"stagingDir":{"type":"string","format":"uri","description":"Amazon Athena automatically stores query results and metadata information for each query that runs in a query result location that you can specify in Amazon S3.","examples":["s3://my_storage_account_name/my_container/path"]},"schema":{"type":"string","description":"Identify the schema in the data source in which your tables exist."},"catalog":{"type":"string","description":"Identify the name of the Data Source, also referred to as a Catalog.","default":"awsdatacatalog"},"regionName":{"type":"string","description":"The region your AWS account uses.","examples":["eu-west-1"]}},"required":["stagingDir","schema"]},"AzureServer":{"type":"object","title":"AzureServer","properties":{"location":{"type":"string","format":"uri","description":"Fully qualified path to Azure Blob Storage or Azure Data Lake Storage (ADLS), supports globs.","examples":["az://my_storage_account_name.blob.core.windows.net/my_container/path/*.parquet","abfss://my_storage_account_name.dfs.core.windows.net/my_container_name/path/*.parquet"]},"format":{"type":"string","enum":["parquet","delta","json","csv"],"description":"File format."},"delimiter":{"type":"string","enum":["new_line","array"],"description":"Only for format = json. How multiple json documents are delimited within one file"}},"required":["location","format"]},"BigQueryServer":{"type":"object","title":"BigQueryServer","properties":{"project":{"type":"string","description":"The GCP project name."},"dataset":{"type":"string","description":"The GCP dataset name."}},"required":["project","dataset"]},"ClickHouseServer":{"type":"object","title":"ClickHouseServer","properties":{"host":{"type":"string","description":"The host of the ClickHouse server."},"port":{"type":"integer","description":"The port to the ClickHouse server."},"database":{"type":"string","description":"The name of the database."}},"required":["host","port","database"]},"DatabricksServer":{"type":"object","title":"DatabricksServer","properties":{"host":{"type":"string","description":"The Databricks host","examples":["dbc-abcdefgh-1234.cloud.databricks.com"]},"catalog":{"type":"string","description":"The name of the Hive or Unity catalog"},"schema":{"type":"string","description":"The schema name in the catalog"}},"required":["catalog","schema"]},"DenodoServer":{"type":"object","title":"DenodoServer","properties":{"host":{"type":"string","description":"The host of the Denodo server."},"port":{"type":"integer","description":"The port of the Denodo server."},"database":{"type":"string","description":"The name of the database."}},"required":["host","port"]},"DremioServer":{"type":"object","title":"DremioServer","properties":{"host":{"type":"string","description":"The host of the Dremio server."},"port":{"type":"integer","description":"The port of the Dremio server."},"schema":{"type":"string","description":"The name of the schema."}},"required":["host","port"]},"DuckdbServer":{"type":"object","title":"DuckdbServer","properties":{"database":{"type":"string","description":"Path to duckdb database file."},"schema":{"type":"integer","description":"The name of the schema."}},"required":["database"]},"GlueServer":{"type":"object","title":"GlueServer","properties":{"account":{"type":"string","description":"The AWS Glue account","examples":["1234-5678-9012"]},"database":{"type":"string","description":"The AWS Glue database name","examples":["my_database"]},"location":{"type":"string","format":"uri","description":"The AWS S3 path. Must be in the form of a URL.","examples":["s3://datacontract-example-orders-latest/data/{model}"]},"format":{"type":"string","description":"The format of the files","examples":["parquet","csv","json","delta"]}},"required":["account","database"]},"GoogleCloudSqlServer":{"type":"object","title":"GoogleCloudSqlServer","properties":{"host":{"type":"string","description":"The host of the Google Cloud Sql server."},"port":{"type":"integer","description":"The port of the Google Cloud Sql server."},"database":{"type":"string","description":"The name of the database."},"schema":{"type":"string","description":"The name of the schema."}},"required":["host","port","database","schema"]},"IBMDB2Server":{"type":"object","title":"IBMDB2Server","properties":{"host":{"type":"string","description":"The host of the IBM DB2 server."},"port":{"type":"integer","description":"The port of the IBM DB2 server."},"database":{"type":"string","description":"The name of the database."},"schema":{"type":"string","description":"The name of the schema."}},"required":["host","port","database"]},"InformixServer":{"type":"object","title":"InformixServer","properties":{"host":{"type":"string","description":"The host to the Informix server. "},"port":{"type":"integer","description":"The port to the Informix server. Defaults to 9088."},"database":{"type":"string","description":"The name of the database."}},"required":["host","database"]},"CustomServer":{"type":"object","title":"CustomServer","properties":{"account":{"type":"string","description":"Account used by the server."},"catalog":{"type":"string","description":"Name of the catalog."},"database":{"type":"string","description":"Name of the database."},"dataset":{"type":"string","description":"Name of the dataset."},"delimiter":{"type":"string","description":"Delimiter."},"endpointUrl":{"type":"string","description":"Server endpoint.","format":"uri"},"format":{"type":"string","description":"File format."},"host":{"type":"string","description":"Host name or IP address."},"location":{"type":"string","description":"A URL to a location.","format":"uri"},"path":{"type":"string","description":"Relative or absolute path to the data file(s)."},"port":{"type":"integer","description":"Port to the server. No default value is assumed for custom servers."},"project":{"type":"string","description":"Project name."},"region":{"type":"string","description":"Cloud region."},"regionName":{"type":"string","description":"Region name."},"schema":{"type":"string","description":"Name of the schema."},"serviceName":{"type":"string","description":"Name of the service."},"stagingDir":{"type":"string","description":"Staging directory."},"warehouse":{"type":"string","description":"Name of the cluster or warehouse."}}},"KafkaServer":{"type":"object","title":"KafkaServer","description":"Kafka Server","properties":{"host":{"type":"string","description":"The bootstrap server of the kafka cluster."},"format":{"type":"string","description":"The format of the messages.","examples":["json","avro","protobuf","xml"],"default":"json"}},"required":["host"]},"KinesisServer":{"type":"object","title":"KinesisDataStreamsServer","description":"Kinesis Data Streams Server","properties":{"region":{"type":"string","description":"AWS region.","examples":["eu-west-1"]},"format":{"type":"string","description":"The format of the record","examples":["json","avro","protobuf"]}}},"LocalServer":{"type":"object","title":"LocalServer","properties":{"path":{"type":"string","description":"The relative or absolute path to the data file(s).","examples":["./folder/data.parquet","./folder/*.parquet"]},"format":{"type":"string","description":"The format of the file(s)","examples":["json","parquet","delta","csv"]}},"required":["path","format"]},"MySqlServer":{"type":"object","title":"MySqlServer","properties":{"host":{"type":"string","description":"The host of the MySql server."},"port":{"type":"integer","description":"The port of the MySql server."},"database":{"type":"string","description":"The name of the database."}},"required":["host","port","database"]},"OracleServer":{"type":"object","title":"OracleServer","properties":{"host":{"type":"string","description":"The host to the oracle server","examples":["localhost"]},"port":{"type":"integer","description":"The port to the oracle server.","examples":[1523]},"serviceName":{"type":"string","description":"The name of the service.","examples":["service"]}},"required":["host","port","serviceName"]},"PostgresServer":{"type":"object","title":"PostgresServer","properties":{"host":{"type":"string","description":"The host to the Postgres server"},"port":{"type":"integer","description":"The port to the Postgres server."},"database":{"type":"string","description":"The name of the database."},"schema":{"type":"string","description":"The name of the schema in the database."}},"required":["host","port","database","schema"]},"PrestoServer":{"type":"object","title":"PrestoServer","properties":{"host":{"type":"string","description":"The host to the Presto server","examples":["localhost:8080"]},"catalog":{"type":"string","description":"The name of the catalog.","examples":["postgres"]},"schema":{"type":"string","description":"The name of the schema.","examples":["public"]}},"required":["host"]},"PubSubServer":{"type":"object","title":"PubSubServer","properties":{"project":{"type":"string","description":"The GCP project name."}},"required":["project"]},"RedshiftServer":{"type":"object","title":"RedshiftServer","properties":{"host":{"type":"string","description":"An optional string describing the server."},"database":{"type":"string","description":"The name of the database."},"schema":{"type":"string","description":"The name of the schema."},"region":{"type":"string","description":"AWS region of Redshift server.","examples":["us-east-1"]},"account":{"type":"string","description":"The account used by the server."}},"required":["database","schema"]},"S3Server":{"type":"object","title":"S3Server","properties":{"location":{"type":"string","format":"uri","description":"S3 URL, starting with `s3://`","examples":["s3://datacontract-example-orders-latest/data/{model}/*.json"]},"endpointUrl":{"type":"string","format":"uri","description":"The server endpoint for S3-compatible servers.","examples":["https://minio.example.com"]},"format":{"type":"string","enum":["parquet","delta","json","csv"],"description":"File format."},"delimiter":{"type":"string","enum":["new_line","array"],"description":"Only for format = json. How multiple json documents are delimited within one file"}},"required":["location"]},"SftpServer":{"type":"object","title":"SftpServer","properties":{"location":{"type":"string","format":"uri","pattern":"^sftp://.*","description":"SFTP URL, starting with `sftp://`","examples":["sftp://123.123.12.123/{model}/*.json"]},"format":{"type":"string","enum":["parquet","delta","json","csv"],"description":"File format."},"delimiter":{"type":"string","enum":["new_line","array"],"description":"Only for format = json. How multiple json documents are delimited within one file"}},"required":["location"]},"SnowflakeServer":{"type":"object","title":"SnowflakeServer","properties":{"host":{"type":"string","description":"The host to the Snowflake server"},"port":{"type":"integer","description":"The port to the Snowflake server."},"account":{"type":"string","description":"The Snowflake account used by the server."},"database":{"type":"string","description":"The name of the database."},"schema":{"type":"string","description":"The name of the schema."},"warehouse":{"type":"string","description":"The name of the cluster of resources that is a Snowflake virtual warehouse."}},"required":["account","database","schema"]},"SqlserverServer":{"type":"object","title":"SqlserverServer","properties":{"host":{"type":"string","description":"The host to the database server","examples":["localhost"]},"port":{"type":"integer","description":"The port to the database server.","default":1433,"examples":[1433]},"database":{"type":"string","description":"The name of the database.","examples":["database"]},"schema":{"type":"string","description":"The name of the schema in the database.","examples":["dbo"]}},"required":["host","database","schema"]},"SynapseServer":{"type":"object","title":"SynapseServer","properties":{"host":{"type":"string","description":"The host of the Synapse server."},"port":{"type":"integer","description":"The port of the Synapse server."},"database":{"type":"string","description":"The name of the database."}},"required":["host","port","database"]},"TrinoServer":{"type":"object","title":"TrinoServer","properties":{"host":{"type":"string","description":"The Trino host URL.","examples":["localhost"]},"port":{"type":"integer","description":"The Trino port."},"catalog":{"type":"string","description":"The name of the catalog.","examples":["hive"]},"schema":{"type":"string","description":"The name of the schema in the database.","examples":["my_schema"]}},"required":["host","port","catalog","schema"]},"VerticaServer":{"type":"object","title":"VerticaServer","properties":{"host":{"type":"string","description":"The host of the Vertica server."},"port":{"type":"integer","description":"The port of the Vertica server."},"database":{"type":"string","description":"The name of the database."},"schema":{"type":"string","description":"The name of the schema."}},"required":["host","port","database","schema"]}},"SchemaElement":{"type":"object","properties":{"name":{"type":"string","description":"Name of the element."},"physicalType":{"type":"string","description":"The physical element data type in the data source.","examples":["table","view","topic","file"]},"description":{"type":"string","description":"Description of the element."},"businessName":{"type":"string","description":"The business name of the element."},"authoritativeDefinitions":{"$ref":"#/$defs/AuthoritativeDefinitions"},"tags":{"$ref":"#/$defs/Tags"},"customProperties":{"$ref":"#/$defs/CustomProperties"}}},"SchemaObject":{"type":"object","properties":{"logicalType":{"type":"string","description":"The logical element data type.","enum":["object"]},"physicalName":{"type":"string","description":"Physical name.","examples":["table_1_2_0"]},"dataGranularityDescription":{"type":"string","description":"Granular level of the data in the object.","examples":["Aggregation by country"]},"properties":{"type":"array","description":"A list of properties for the object.","items":{"$ref":"#/$defs/SchemaProperty"}},"quality":{"$ref":"#/$defs/DataQualityChecks"}},"allOf":[{"$ref":"#/$defs/SchemaElement"}],"required":["name"],"unevaluatedProperties":false},"SchemaBaseProperty":{"type":"object","properties":{"primaryKey":{"type":"boolean","description":"Boolean value specifying whether the element is primary or not. Default is false."},"primaryKeyPosition":{"type":"integer","default":-1,"description":"If element is a primary key, the position of the primary key element. Starts from 1. Example of `account_id, name` being primary key columns, `account_id` has primaryKeyPosition 1 and `name` primaryKeyPosition 2. Default to -1."},"logicalType":{"type":"string","description":"The logical element data type.","enum":["string","date","number","integer","object","array","boolean"]},"logicalTypeOptions":{"type":"object","description":"Additional optional metadata to describe the logical type."},"physicalType":{"type":"string","description":"The physical element data type in the data source. For example, VARCHAR(2), DOUBLE, INT."},"physicalName":{"type":"string","description":"Physical name.","examples":["col_str_a"]},"required":{"type":"boolean","default":false,"description":"Indicates if the element may contain Null values; possible values are true and false. Default is false."},"unique":{"type":"boolean","default":false,"description":"Indicates if the element contains unique values; possible values are true and false. Default is false."},"partitioned":{"type":"boolean","default":false,"description":"Indicates if the element is partitioned; possible values are true and false."},"partitionKeyPosition":{"type":"integer","default":-1,"description":"If element is used for partitioning, the position of the partition element. Starts from 1. Example of `country, year` being partition columns, `country` has partitionKeyPosition 1 and `year` partitionKeyPosition 2. Default to -1."},"classification":{"type":"string","description":"Can be anything, like confidential, restricted, and public to more advanced categorization. Some companies like PayPal, use data classification indicating the class of data in the element; expected values are 1, 2, 3, 4, or 5.","examples":["confidential","restricted","public"]},"encryptedName":{"type":"string","description":"The element name within the dataset that contains the encrypted element value. For example, unencrypted element `email_address` might have an encryptedName of `email_address_encrypt`."},"transformSourceObjects":{"type":"array","description":"List of objects in the data source used in the transformation.","items":{"type":"string"}},"transformLogic":{"type":"string","description":"Logic used in the element transformation."},"transformDescription":{"type":"string","description":"Describes the transform logic in very simple terms."},"examples":{"type":"array","description":"List of sample element values.","items":{"$ref":"#/$defs/AnyType"}},"criticalDataElement":{"type":"boolean","default":false,"description":"True or false indicator; If element is considered a critical data element (CDE) then true else false."},"quality":{"$ref":"#/$defs/DataQualityChecks"}},"allOf":[{"$ref":"#/$defs/SchemaElement"},{"if":{"properties":{"logicalType":{"const":"string"}}},"then":{"properties":{"logicalTypeOptions":{"type":"object","properties":{"minLength":{"type":"integer","minimum":0,"description":"Minimum length of the string."},"maxLength":{"type":"integer","minimum":0,"description":"Maximum length of the string."},"pattern":{"type":"string","description":"Regular expression pattern to define valid value. Follows regular expression syntax from ECMA-262 (https://262.ecma-international.org/5.1/#sec-15.10.1)."},"format":{"type":"string","examples":["password","byte","binary","email","uuid","uri","hostname","ipv4","ipv6"],"description":"Provides extra context about what format the string follows."}},"additionalProperties":false}}}},{"if":{"properties":{"logicalType":{"const":"date"}}},"then":{"properties":{"logicalTypeOptions":{"type":"object","properties":{"format":{"type":"string","examples":["yyyy-MM-dd","yyyy-MM-dd HH:mm:ss","HH:mm:ss"],"description":"Format of the date. Follows the format as prescribed by [JDK DateTimeFormatter](https://docs.oracle.com/javase/8/docs/api/java/time/format/DateTimeFormatter.html). For example, format \'yyyy-MM-dd\'."},"exclusiveMaximum":{"type":"boolean","default":false,"description":"If set to true, all values are strictly less than the maximum value (values < maximum). Otherwise, less than or equal to the maximum value (values <= maximum)."},"maximum":{"type":"string","description":"All date values are less than or equal to this value (values <= maximum)."},"exclusiveMinimum":{"type":"boolean","default":false,"description":"If set to true, all values are strictly greater than the minimum value (values > minimum). Otherwise, greater than or equal to the minimum value (values >= minimum)."},"minimum":{"type":"string","description":"All date values are greater than or equal to this value (values >= minimum)."}},"additionalProperties":false}}}},{"if":{"anyOf":[{"properties":{"logicalType":{"const":"integer"}}}]},"then":{"properties":{"logicalTypeOptions":{"type":"object","properties":{"multipleOf":{"type":"number","exclusiveMinimum":0,"description":"Values must be multiples of this number. For example, multiple of 5 has valid values 0, 5, 10, -5."},"maximum":{"type":"number","description":"All values are less than or equal to this value (values <= maximum)."},"exclusiveMaximum":{"type":"boolean","default":false,"description":"If set to true, all values are strictly less than the maximum value (values < maximum). Otherwise, less than or equal to the maximum value (values <= maximum)."},"minimum":{"type":"number","description":"All values are greater than or equal to this value (values >= minimum)."},"exclusiveMinimum":{"type":"boolean","default":false,"description":"If set to true, all values are strictly greater than the minimum value (values > minimum). Otherwise, greater than or equal to the minimum value (values >= minimum)."},"format":{"type":"string","default":"i32","description":"Format of the value in terms of how many bits of space it can use and whether it is signed or unsigned (follows the Rust integer types).","enum":["i8","i16","i32","i64","i128","u8","u16","u32","u64","u128"]}},"additionalProperties":false}}}},{"if":{"anyOf":[{"properties":{"logicalType":{"const":"number"}}}]},"then":{"properties":{"logicalTypeOptions":{"type":"object","properties":{"multipleOf":{"type":"number","exclusiveMinimum":0,"description":"Values must be multiples of this number. For example, multiple of 5 has valid values 0, 5, 10, -5."},"maximum":{"type":"number","description":"All values are less than or equal to this value (values <= maximum)."},"exclusiveMaximum":{"type":"boolean","default":false,"description":"If set to true, all values are strictly less than the maximum value (values < maximum). Otherwise, less than or equal to the maximum value (values <= maximum)."},"minimum":{"type":"number","description":"All values are greater than or equal to this value (values >= minimum)."},"exclusiveMinimum":{"type":"boolean","default":false,"description":"If set to true, all values are strictly greater than the minimum value (values > minimum). Otherwise, greater than or equal to the minimum value (values >= minimum)."},"format":{"type":"string","default":"i32","description":"Format of the value in terms of how many bits of space it can use (follows the Rust float types).","enum":["f32","f64"]}},"additionalProperties":false}}}},{"if":{"properties":{"logicalType":{"const":"object"}}},"then":{"properties":{"logicalTypeOptions":{"type":"object","properties":{"maxProperties":{"type":"integer","minimum":0,"description":"Maximum number of properties."},"minProperties":{"type":"integer","minimum":0,"default":0,"description":"Minimum number of properties."},"required":{"type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true,"description":"Property names that are required to exist in the object."}},"additionalProperties":false},"properties":{"type":"array","description":"A list of properties for the object.","items":{"$ref":"#/$defs/SchemaProperty"}}}}},{"if":{"properties":{"logicalType":{"const":"array"}}},"then":{"properties":{"logicalTypeOptions":{"type":"object","properties":{"maxItems":{"type":"integer","minimum":0,"description":"Maximum number of items."},"minItems":{"type":"integer","minimum":0,"default":0,"description":"Minimum number of items"},"uniqueItems":{"type":"boolean","default":false,"description":"If set to true, all items in the array are unique."}},"additionalProperties":false},"items":{"$ref":"#/$defs/SchemaItemProperty","description":"List of items in an array (only applicable when `logicalType: array`)."}}}}]},"SchemaProperty":{"type":"object","$ref":"#/$defs/SchemaBaseProperty","required":["name"],"unevaluatedProperties":false},"SchemaItemProperty":{"type":"object","$ref":"#/$defs/SchemaBaseProperty","properties":{"properties":{"type":"array","description":"A list of properties for the object.","items":{"$ref":"#/$defs/SchemaProperty"}}},"unevaluatedProperties":false},"Tags":{"type":"array","description":"A list of tags that may be assigned to the elements (object or property); the tags keyword may appear at any level. Tags may be used to better categorize an element. For example, `finance`, `sensitive`, `employee_record`.","examples":["finance","sensitive","employee_record"],"items":{"type":"string"}},"DataQuality":{"type":"object","properties":{"authoritativeDefinitions":{"$ref":"#/$defs/AuthoritativeDefinitions"},"businessImpact":{"type":"string","description":"Consequences of the rule failure.","examples":["operational","regulatory"]},"customProperties":{"type":"array","description":"Additional properties required for rule execution.","items":{"$ref":"#/$defs/CustomProperty"}},"description":{"type":"string","description":"Describe the quality check to be completed."},"dimension":{"type":"string","description":"The key performance indicator (KPI) or dimension for data quality.","enum":["accuracy","completeness","conformity","consistency","coverage","timeliness","uniqueness"]},"method":{"type":"string","examples":["reconciliation"]},"name":{"type":"string","description":"Name of the data quality check."},"schedule":{"type":"string","description":"Rule execution schedule details.","examples":["0 20 * * *"]},"scheduler":{"type":"string","description":"The name or type of scheduler used to start the data quality check.","examples":["cron"]},"severity":{"type":"string","description":"The severance of the quality rule.","examples":["info","warning","error"]},"tags":{"$ref":"#/$defs/Tags"},"type":{"type":"string","description":"The type of quality check. \'text\' is human-readable text that describes the quality of the data. \'library\' is a set of maintained predefined quality attributes such as row count or unique. \'sql\' is an individual SQL query that returns a value that can be compared. \'custom\' is quality attributes that are vendor-specific, such as Soda or Great Expectations.","enum":["text","library","sql","custom"],"default":"library"},"unit":{"type":"string","description":"Unit the rule is using, popular values are `rows` or `percent`, but any value is allowed.","examples":["rows","percent"]}},"allOf":[{"if":{"properties":{"type":{"const":"library"}}},"then":{"$ref":"#/$defs/DataQualityLibrary"}},{"if":{"properties":{"type":{"const":"sql"}},"required":["type"]},"then":{"$ref":"#/$defs/DataQualitySql"}},{"if":{"properties":{"type":{"const":"custom"}},"required":["type"]},"then":{"$ref":"#/$defs/DataQualityCustom"}}]},"DataQualityChecks":{"type":"array","description":"Data quality rules with all the relevant information for rule setup and execution.","items":{"$ref":"#/$defs/DataQuality"}},"DataQualityLibrary":{"type":"object","properties":{"rule":{"type":"string","description":"Define a data quality check based on the predefined rules as per ODCS.","examples":["duplicateCount","validValues","rowCount"]},"mustBe":{"description":"Must be equal to the value to be valid. When using numbers, it is equivalent to \'=\'."},"mustNotBe":{"description":"Must not be equal to the value to be valid. When using numbers, it is equivalent to \'!=\'."},"mustBeGreaterThan":{"type":"number","description":"Must be greater than the value to be valid. It is equivalent to \'>\'."},"mustBeGreaterOrEqualTo":{"type":"number","description":"Must be greater than or equal to the value to be valid. It is equivalent to \'>=\'."},"mustBeLessThan":{"type":"number","description":"Must be less than the value to be valid. It is equivalent to \'<\'."},"mustBeLessOrEqualTo":{"type":"number","description":"Must be less than or equal to the value to be valid. It is equivalent to \'<=\'."},"mustBeBetween":{"type":"array","description":"Must be between the two numbers to be valid. Smallest number first in the array.","minItems":2,"maxItems":2,"uniqueItems":true,"items":{"type":"number"}},"mustNotBeBetween":{"type":"array","description":"Must not be between the two numbers to be valid. Smallest number first in the array.","minItems":2,"maxItems":2,"uniqueItems":true,"items":{"type":"number"}}},"required":["rule"]},"DataQualitySql":{"type":"object","properties":{"query":{"type":"string","description":"Query string that adheres to the dialect of the provided server.","examples":["SELECT COUNT(*) FROM ${table} WHERE ${column} IS NOT NULL"]}},"required":["query"]},"DataQualityCustom":{"type":"object","properties":{"engine":{"type":"string","description":"Name of the engine which executes the data quality checks.","examples":["soda","great-expectations","monte-carlo","dbt"]},"implementation":{"oneOf":[{"type":"string"},{"type":"object"}]}},"required":["engine","implementation"]},"AuthoritativeDefinitions":{"type":"array","description":"List of links to sources that provide more details on the dataset; examples would be a link to an external definition, a training video, a git repo, data catalog, or another tool. Authoritative definitions follow the same structure in the standard.","items":{"type":"object","properties":{"url":{"type":"string","description":"URL to the authority."},"type":{"type":"string","description":"Type of definition for authority: v2.3 adds standard values: `businessDefinition`, `transformationImplementation`, `videoTutorial`, `tutorial`, and `implementation`.","examples":["businessDefinition","transformationImplementation","videoTutorial","tutorial","implementation"]}},"required":["url","type"]}},"Support":{"type":"array","description":"Top level for support channels.","items":{"$ref":"#/$defs/SupportItem"}},"SupportItem":{"type":"object","properties":{"channel":{"type":"string","description":"Channel name or identifier."},"url":{"type":"string","description":"Access URL using normal [URL scheme](https://en.wikipedia.org/wiki/URL#Syntax) (https, mailto, etc.)."},"description":{"type":"string","description":"Description of the channel, free text."},"tool":{"type":"string","description":"Name of the tool, value can be `email`, `slack`, `teams`, `discord`, `ticket`, or `other`.","examples":["email","slack","teams","discord","ticket","other"]},"scope":{"type":"string","description":"Scope can be: `interactive`, `announcements`, `issues`.","examples":["interactive","announcements","issues"]},"invitationUrl":{"type":"string","description":"Some tools uses invitation URL for requesting or subscribing. Follows the [URL scheme](https://en.wikipedia.org/wiki/URL#Syntax)."}},"required":["channel","url"]},"Pricing":{"type":"object","properties":{"priceAmount":{"type":"number","description":"Subscription price per unit of measure in `priceUnit`."},"priceCurrency":{"type":"string","description":"Currency of the subscription price in `price.priceAmount`."},"priceUnit":{"type":"string","description":"The unit of measure for calculating cost. Examples megabyte, gigabyte."}}},"Team":{"type":"object","properties":{"username":{"type":"string","description":"The user\'s username or email.","examples":["mail@example.com","uid12345678"]},"name":{"type":"string","description":"The user\'s name.","examples":["Jane Doe"]},"description":{"type":"string","description":"The user\'s description."},"role":{"type":"string","description":"The user\'s job role; Examples might be owner, data steward. There is no limit on the role."},"dateIn":{"type":"string","format":"date","description":"The date when the user joined the team."},"dateOut":{"type":"string","format":"date","description":"The date when the user ceased to be part of the team."},"replacedByUsername":{"type":"string","description":"The username of the user who replaced the previous user."}}},"Role":{"type":"object","properties":{"role":{"type":"string","description":"Name of the IAM role that provides access to the dataset."},"description":{"type":"string","description":"Description of the IAM role and its permissions."},"access":{"type":"string","description":"The type of access provided by the IAM role."},"firstLevelApprovers":{"type":"string","description":"The name(s) of the first-level approver(s) of the role."},"secondLevelApprovers":{"type":"string","description":"The name(s) of the second-level approver(s) of the role."},"customProperties":{"$ref":"#/$defs/CustomProperties"}},"required":["role"]},"ServiceLevelAgreementProperty":{"type":"object","properties":{"property":{"type":"string","description":"Specific property in SLA, check the periodic table. May requires units (more details to come)."},"value":{"anyOf":[{"type":"string"},{"type":"number"},{"type":"integer"},{"type":"boolean"},{"type":"null"}],"description":"Agreement value. The label will change based on the property itself."},"valueExt":{"$ref":"#/$defs/AnyNonCollectionType","description":"Extended agreement value. The label will change based on the property itself."},"unit":{"type":"string","description":"**d**, day, days for days; **y**, yr, years for years, etc. Units use the ISO standard."},"element":{"type":"string","description":"Element(s) to check on. Multiple elements should be extremely rare and, if so, separated by commas."},"driver":{"type":"string","description":"Describes the importance of the SLA from the list of: `regulatory`, `analytics`, or `operational`.","examples":["regulatory","analytics","operational"]}},"required":["property","value"]},"CustomProperties":{"type":"array","description":"A list of key/value pairs for custom properties.","items":{"$ref":"#/$defs/CustomProperty"}},"CustomProperty":{"type":"object","properties":{"property":{"type":"string","description":"The name of the key. Names should be in camel case–the same as if they were permanent properties in the contract."},"value":{"$ref":"#/$defs/AnyType","description":"The value of the key."}}},"AnyType":{"anyOf":[{"type":"string"},{"type":"number"},{"type":"integer"},{"type":"boolean"},{"type":"null"},{"type":"array"},{"type":"object"}]},"AnyNonCollectionType":{"anyOf":[{"type":"string"},{"type":"number"},{"type":"integer"},{"type":"boolean"},{"type":"null"}]}}}');
;// CONCATENATED MODULE: ./schemas/odcs/odcs-json-schema-v3.1.0.json
const odcs_json_schema_v3_1_0_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2019-09/schema","title":"Open Data Contract Standard (ODCS)","description":"An open data contract specification to establish agreement between data producers and consumers.","type":"object","properties":{"version":{"type":"string","description":"Current version of the data contract."},"kind":{"type":"string","default":"DataContract","description":"The kind of file this is. Valid value is `DataContract`.","enum":["DataContract"]},"apiVersion":{"type":"string","default":"v3.1.0","description":"Version of the standard used to build data contract. Default value is v3.1.0.","enum":["v3.1.0","v3.0.2","v3.0.1","v3.0.0","v2.2.2","v2.2.1","v2.2.0"]},"id":{"type":"string","description":"A unique identifier used to reduce the risk of dataset name collisions, such as a UUID."},"name":{"type":"string","description":"Name of the data contract."},"tenant":{"type":"string","description":"Indicates the property the data is primarily associated with. Value is case insensitive."},"tags":{"$ref":"#/$defs/Tags"},"status":{"type":"string","description":"Current status of the dataset.","examples":["proposed","draft","active","deprecated","retired"]},"servers":{"type":"array","description":"List of servers where the datasets reside.","items":{"$ref":"#/$defs/Server"}},"dataProduct":{"type":"string","description":"The name of the data product. DEPRECATED since v3.1.0.","deprecated":true},"description":{"type":"object","description":"High level description of the dataset.","properties":{"usage":{"type":"string","description":"Intended usage of the dataset."},"purpose":{"type":"string","description":"Purpose of the dataset."},"limitations":{"type":"string","description":"Limitations of the dataset."},"authoritativeDefinitions":{"$ref":"#/$defs/AuthoritativeDefinitions"},"customProperties":{"$ref":"#/$defs/CustomProperties"}}},"domain":{"type":"string","description":"Name of the logical data domain.","examples":["imdb_ds_aggregate","receiver_profile_out","transaction_profile_out"]},"schema":{"type":"array","description":"A list of elements within the schema to be cataloged.","items":{"$ref":"#/$defs/SchemaObject"}},"support":{"$ref":"#/$defs/Support"},"price":{"$ref":"#/$defs/Pricing"},"team":{"oneOf":[{"$ref":"#/$defs/Team","description":"Team information object with members array (v3.1.0+)."},{"type":"array","description":"DEPRECATED: Array of team members. Use the Team object structure instead. This array format is maintained for backward compatibility with v3.0.2 and earlier versions and will be removed in ODCS 4.0.","deprecated":true,"items":{"$ref":"#/$defs/TeamMember"}}]},"roles":{"type":"array","description":"A list of roles that will provide user access to the dataset.","items":{"$ref":"#/$defs/Role"}},"slaDefaultElement":{"type":"string","description":"DEPRECATED SINCE 3.1. WILL BE REMOVED IN ODCS 4.0. Element (using the element path notation) to do the checks on.","deprecated":true},"slaProperties":{"type":"array","description":"A list of key/value pairs for SLA specific properties. There is no limit on the type of properties (more details to come).","items":{"$ref":"#/$defs/ServiceLevelAgreementProperty"}},"authoritativeDefinitions":{"$ref":"#/$defs/AuthoritativeDefinitions"},"customProperties":{"$ref":"#/$defs/CustomProperties"},"contractCreatedTs":{"type":"string","format":"date-time","description":"Timestamp in UTC of when the data contract was created."}},"required":["version","apiVersion","kind","id","status"],"additionalProperties":false,"unevaluatedProperties":false,"$defs":{"ShorthandReference":{"type":"string","description":"Shorthand notation using name fields (table_name.column_name)","pattern":"^[A-Za-z_][A-Za-z0-9_]*\\\\.[A-Za-z_][A-Za-z0-9_]*$"},"FullyQualifiedReference":{"type":"string","description":"Fully qualified notation using id fields (section/id/properties/id), optionally prefixed with external file reference","pattern":"^(?:(?:https?:\\\\/\\\\/)?[A-Za-z0-9._\\\\-\\\\/]+\\\\.yaml#)?\\\\/?[A-Za-z_][A-Za-z0-9_]*\\\\/[A-Za-z0-9_-]+(?:\\\\/[A-Za-z_][A-Za-z0-9_]*\\\\/[A-Za-z0-9_-]+)*$"},"StableId":{"type":"string","description":"Stable technical identifier for references. Must be unique within its containing array. Cannot contain special characters (\'-\', \'_\' allowed).","pattern":"^[A-Za-z0-9_-]+$"},"Server":{"type":"object","description":"Data source details of where data is physically stored.","properties":{"id":{"$ref":"#/$defs/StableId"},"server":{"type":"string","description":"Identifier of the server."},"type":{"type":"string","description":"Type of the server.","enum":["api","athena","azure","bigquery","clickhouse","databricks","denodo","dremio","duckdb","glue","cloudsql","db2","hive","impala","informix","kafka","kinesis","local","mysql","oracle","postgresql","postgres","presto","pubsub","redshift","s3","sftp","snowflake","sqlserver","synapse","trino","vertica","zen","custom"]},"description":{"type":"string","description":"Description of the server."},"environment":{"type":"string","description":"Environment of the server.","examples":["prod","preprod","dev","uat"]},"roles":{"type":"array","description":"List of roles that have access to the server.","items":{"$ref":"#/$defs/Role"}},"customProperties":{"$ref":"#/$defs/CustomProperties"}},"allOf":[{"if":{"properties":{"type":{"const":"api"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/ApiServer"}},{"if":{"properties":{"type":{"const":"athena"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/AthenaServer"}},{"if":{"properties":{"type":{"const":"azure"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/AzureServer"}},{"if":{"properties":{"type":{"const":"bigquery"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/BigQueryServer"}},{"if":{"properties":{"type":{"const":"clickhouse"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/ClickHouseServer"}},{"if":{"properties":{"type":{"const":"databricks"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/DatabricksServer"}},{"if":{"properties":{"type":{"const":"denodo"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/DenodoServer"}},{"if":{"properties":{"type":{"const":"dremio"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/DremioServer"}},{"if":{"properties":{"type":{"const":"duckdb"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/DuckdbServer"}},{"if":{"properties":{"type":{"const":"glue"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/GlueServer"}},{"if":{"properties":{"type":{"const":"cloudsql"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/GoogleCloudSqlServer"}},{"if":{"properties":{"type":{"const":"db2"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/IBMDB2Server"}},{"if":{"properties":{"type":{"const":"hive"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/HiveServer"}},{"if":{"properties":{"type":{"const":"impala"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/ImpalaServer"}},{"if":{"properties":{"type":{"const":"informix"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/InformixServer"}},{"if":{"properties":{"type":{"const":"zen"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/ZenServer"}},{"if":{"properties":{"type":{"const":"custom"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/CustomServer"}},{"if":{"properties":{"type":{"const":"kafka"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/KafkaServer"}},{"if":{"properties":{"type":{"const":"kinesis"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/KinesisServer"}},{"if":{"properties":{"type":{"const":"local"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/LocalServer"}},{"if":{"properties":{"type":{"const":"mysql"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/MySqlServer"}},{"if":{"properties":{"type":{"const":"oracle"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/OracleServer"}},{"if":{"properties":{"type":{"const":"postgresql"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/PostgresServer"}},{"if":{"properties":{"type":{"const":"postgres"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/PostgresServer"}},{"if":{"properties":{"type":{"const":"presto"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/PrestoServer"}},{"if":{"properties":{"type":{"const":"pubsub"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/PubSubServer"}},{"if":{"properties":{"type":{"const":"redshift"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/RedshiftServer"}},{"if":{"properties":{"type":{"const":"s3"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/S3Server"}},{"if":{"properties":{"type":{"const":"sftp"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/SftpServer"}},{"if":{"properties":{"type":{"const":"snowflake"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/SnowflakeServer"}},{"if":{"properties":{"type":{"const":"sqlserver"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/SqlserverServer"}},{"if":{"properties":{"type":{"const":"synapse"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/SynapseServer"}},{"if":{"properties":{"type":{"const":"trino"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/TrinoServer"}},{"if":{"properties":{"type":{"const":"vertica"}},"required":["type"]},"then":{"$ref":"#/$defs/ServerSource/VerticaServer"}}],"required":["server","type"],"unevaluatedProperties":false},"ServerSource":{"ApiServer":{"type":"object","title":"AthenaServer","properties":{"location":{"type":"string","format":"uri","description":"The url to the API.","examples":["https://api.example.com/v1"]}},"required":["location"]},"AthenaServer":{"type":"object","title":"AthenaServer","properties":{"stagingDir":{"type":"string","format":"uri","description":"Amazon Athena automatically stores query results and metadata information for each query that runs in a query result location that you can specify in Amazon S3.","examples":["s3://my_storage_account_name/my_container/path"]},"schema":{"type":"string","description":"Identify the schema in the data source in which your tables exist."},"catalog":{"type":"string","description":"Identify the name of the Data Source, also referred to as a Catalog.","default":"awsdatacatalog"},"regionName":{"type":"string","description":"The region your AWS account uses.","examples":["eu-west-1"]}},"required":["stagingDir","schema"]},"AzureServer":{"type":"object","title":"AzureServer","properties":{"location":{"type":"string","format":"uri","description":"Fully qualified path to Azure Blob Storage or Azure Data Lake Storage (ADLS), supports globs.","examples":["az://my_storage_account_name.blob.core.windows.net/my_container/path/*.parquet","abfss://my_storage_account_name.dfs.core.windows.net/my_container_name/path/*.parquet"]},"format":{"type":"string","examples":["parquet","delta","json","csv"],"description":"File format."},"delimiter":{"type":"string","examples":["new_line","array"],"description":"Only for format = json. How multiple json documents are delimited within one file"}},"required":["location","format"]},"BigQueryServer":{"type":"object","title":"BigQueryServer","properties":{"project":{"type":"string","description":"The GCP project name."},"dataset":{"type":"string","description":"The GCP dataset name."}},"required":["project","dataset"]},"ClickHouseServer":{"type":"object","title":"ClickHouseServer","properties":{"host":{"type":"string","description":"The host of the ClickHouse server."},"port":{"type":"integer","description":"The port to the ClickHouse server."},"database":{"type":"string","description":"The name of the database."}},"required":["host","port","database"]},"DatabricksServer":{"type":"object","title":"DatabricksServer","properties":{"host":{"type":"string","description":"The Databricks host","examples":["dbc-abcdefgh-1234.cloud.databricks.com"]},"catalog":{"type":"string","description":"The name of the Hive or Unity catalog"},"schema":{"type":"string","description":"The schema name in the catalog"}},"required":["catalog","schema"]},"DenodoServer":{"type":"object","title":"DenodoServer","properties":{"host":{"type":"string","description":"The host of the Denodo server."},"port":{"type":"integer","description":"The port of the Denodo server."},"database":{"type":"string","description":"The name of the database."}},"required":["host","port"]},"DremioServer":{"type":"object","title":"DremioServer","properties":{"host":{"type":"string","description":"The host of the Dremio server."},"port":{"type":"integer","description":"The port of the Dremio server."},"schema":{"type":"string","description":"The name of the schema."}},"required":["host","port"]},"DuckdbServer":{"type":"object","title":"DuckdbServer","properties":{"database":{"type":"string","description":"Path to duckdb database file."},"schema":{"type":"string","description":"The name of the schema."}},"required":["database"]},"GlueServer":{"type":"object","title":"GlueServer","properties":{"account":{"type":"string","description":"The AWS Glue account","examples":["1234-5678-9012"]},"database":{"type":"string","description":"The AWS Glue database name","examples":["my_database"]},"location":{"type":"string","format":"uri","description":"The AWS S3 path. Must be in the form of a URL.","examples":["s3://datacontract-example-orders-latest/data/{model}"]},"format":{"type":"string","description":"The format of the files","examples":["parquet","csv","json","delta"]}},"required":["account","database"]},"GoogleCloudSqlServer":{"type":"object","title":"GoogleCloudSqlServer","properties":{"host":{"type":"string","description":"The host of the Google Cloud Sql server."},"port":{"type":"integer","description":"The port of the Google Cloud Sql server."},"database":{"type":"string","description":"The name of the database."},"schema":{"type":"string","description":"The name of the schema."}},"required":["host","port","database","schema"]},"IBMDB2Server":{"type":"object","title":"IBMDB2Server","properties":{"host":{"type":"string","description":"The host of the IBM DB2 server."},"port":{"type":"integer","description":"The port of the IBM DB2 server."},"database":{"type":"string","description":"The name of the database."},"schema":{"type":"string","description":"The name of the schema."}},"required":["host","port","database"]},"HiveServer":{"type":"object","title":"HiveServer","properties":{"host":{"type":"string","description":"The host to the Hive server. "},"port":{"type":"integer","description":"The port to the Hive server. Defaults to 10000."},"database":{"type":"string","description":"The name of the Hive database."}},"required":["host","database"]},"ImpalaServer":{"type":"object","title":"ImpalaServer","properties":{"host":{"type":"string","description":"The host to the Impala server."},"port":{"type":"integer","description":"The port to the Impala server. Defaults to 21050."},"database":{"type":"string","description":"The name of the Impala database."}},"required":["host","database"]},"InformixServer":{"type":"object","title":"InformixServer","properties":{"host":{"type":"string","description":"The host to the Informix server. "},"port":{"type":"integer","description":"The port to the Informix server. Defaults to 9088."},"database":{"type":"string","description":"The name of the database."}},"required":["host","database"]},"ZenServer":{"type":"object","title":"ZenServer","properties":{"host":{"type":"string","description":"Hostname or IP address of the Zen server."},"port":{"type":"integer","description":"Zen server SQL connections port. Defaults to 1583."},"database":{"type":"string","description":"Database name to connect to on the Zen server."}},"required":["host","database"]},"CustomServer":{"type":"object","title":"CustomServer","properties":{"account":{"type":"string","description":"Account used by the server."},"catalog":{"type":"string","description":"Name of the catalog."},"database":{"type":"string","description":"Name of the database."},"dataset":{"type":"string","description":"Name of the dataset."},"delimiter":{"type":"string","description":"Delimiter."},"endpointUrl":{"type":"string","description":"Server endpoint.","format":"uri"},"format":{"type":"string","description":"File format."},"host":{"type":"string","description":"Host name or IP address."},"location":{"type":"string","description":"A URL to a location.","format":"uri"},"path":{"type":"string","description":"Relative or absolute path to the data file(s)."},"port":{"type":"integer","description":"Port to the server. No default value is assumed for custom servers."},"project":{"type":"string","description":"Project name."},"region":{"type":"string","description":"Cloud region."},"regionName":{"type":"string","description":"Region name."},"schema":{"type":"string","description":"Name of the schema."},"serviceName":{"type":"string","description":"Name of the service."},"stagingDir":{"type":"string","description":"Staging directory."},"warehouse":{"type":"string","description":"Name of the cluster or warehouse."},"stream":{"type":"string","description":"Name of the data stream."}}},"KafkaServer":{"type":"object","title":"KafkaServer","description":"Kafka Server","properties":{"host":{"type":"string","description":"The bootstrap server of the kafka cluster."},"format":{"type":"string","description":"The format of the messages.","examples":["json","avro","protobuf","xml"],"default":"json"}},"required":["host"]},"KinesisServer":{"type":"object","title":"KinesisDataStreamsServer","description":"Kinesis Data Streams Server","properties":{"region":{"type":"string","description":"AWS region.","examples":["eu-west-1"]},"format":{"type":"string","description":"The format of the record","examples":["json","avro","protobuf"]}}},"LocalServer":{"type":"object","title":"LocalServer","properties":{"path":{"type":"string","description":"The relative or absolute path to the data file(s).","examples":["./folder/data.parquet","./folder/*.parquet"]},"format":{"type":"string","description":"The format of the file(s)","examples":["json","parquet","delta","csv"]}},"required":["path","format"]},"MySqlServer":{"type":"object","title":"MySqlServer","properties":{"host":{"type":"string","description":"The host of the MySql server."},"port":{"type":"integer","description":"The port of the MySql server."},"database":{"type":"string","description":"The name of the database."}},"required":["host","port","database"]},"OracleServer":{"type":"object","title":"OracleServer","properties":{"host":{"type":"string","description":"The host to the oracle server","examples":["localhost"]},"port":{"type":"integer","description":"The port to the oracle server.","examples":[1523]},"serviceName":{"type":"string","description":"The name of the service.","examples":["service"]}},"required":["host","port","serviceName"]},"PostgresServer":{"type":"object","title":"PostgresServer","properties":{"host":{"type":"string","description":"The host to the Postgres server"},"port":{"type":"integer","description":"The port to the Postgres server."},"database":{"type":"string","description":"The name of the database."},"schema":{"type":"string","description":"The name of the schema in the database."}},"required":["host","port","database","schema"]},"PrestoServer":{"type":"object","title":"PrestoServer","properties":{"host":{"type":"string","description":"The host to the Presto server","examples":["localhost:8080"]},"catalog":{"type":"string","description":"The name of the catalog.","examples":["postgres"]},"schema":{"type":"string","description":"The name of the schema.","examples":["public"]}},"required":["host"]},"PubSubServer":{"type":"object","title":"PubSubServer","properties":{"project":{"type":"string","description":"The GCP project name."}},"required":["project"]},"RedshiftServer":{"type":"object","title":"RedshiftServer","properties":{"host":{"type":"string","description":"An optional string describing the server."},"database":{"type":"string","description":"The name of the database."},"schema":{"type":"string","description":"The name of the schema."},"region":{"type":"string","description":"AWS region of Redshift server.","examples":["us-east-1"]},"account":{"type":"string","description":"The account used by the server."}},"required":["database","schema"]},"S3Server":{"type":"object","title":"S3Server","properties":{"location":{"type":"string","format":"uri","description":"S3 URL, starting with `s3://`","examples":["s3://datacontract-example-orders-latest/data/{model}/*.json"]},"endpointUrl":{"type":"string","format":"uri","description":"The server endpoint for S3-compatible servers.","examples":["https://minio.example.com"]},"format":{"type":"string","examples":["parquet","delta","json","csv"],"description":"File format."},"delimiter":{"type":"string","examples":["new_line","array"],"description":"Only for format = json. How multiple json documents are delimited within one file"}},"required":["location"]},"SftpServer":{"type":"object","title":"SftpServer","properties":{"location":{"type":"string","format":"uri","pattern":"^sftp://.*","description":"SFTP URL, starting with `sftp://`","examples":["sftp://123.123.12.123/{model}/*.json"]},"format":{"type":"string","examples":["parquet","delta","json","csv"],"description":"File format."},"delimiter":{"type":"string","examples":["new_line","array"],"description":"Only for format = json. How multiple json documents are delimited within one file"}},"required":["location"]},"SnowflakeServer":{"type":"object","title":"SnowflakeServer","properties":{"host":{"type":"string","description":"The host to the Snowflake server"},"port":{"type":"integer","description":"The port to the Snowflake server."},"account":{"type":"string","description":"The Snowflake account used by the server."},"database":{"type":"string","description":"The name of the database."},"schema":{"type":"string","description":"The name of the schema."},"warehouse":{"type":"string","description":"The name of the cluster of resources that is a Snowflake virtual warehouse."}},"required":["account","database","schema"]},"SqlserverServer":{"type":"object","title":"SqlserverServer","properties":{"host":{"type":"string","description":"The host to the database server","examples":["localhost"]},"port":{"type":"integer","description":"The port to the database server.","default":1433,"examples":[1433]},"database":{"type":"string","description":"The name of the database.","examples":["database"]},"schema":{"type":"string","description":"The name of the schema in the database.","examples":["dbo"]}},"required":["host","database","schema"]},"SynapseServer":{"type":"object","title":"SynapseServer","properties":{"host":{"type":"string","description":"The host of the Synapse server."},"port":{"type":"integer","description":"The port of the Synapse server."},"database":{"type":"string","description":"The name of the database."}},"required":["host","port","database"]},"TrinoServer":{"type":"object","title":"TrinoServer","properties":{"host":{"type":"string","description":"The Trino host URL.","examples":["localhost"]},"port":{"type":"integer","description":"The Trino port."},"catalog":{"type":"string","description":"The name of the catalog.","examples":["hive"]},"schema":{"type":"string","description":"The name of the schema in the database.","examples":["my_schema"]}},"required":["host","port","catalog","schema"]},"VerticaServer":{"type":"object","title":"VerticaServer","properties":{"host":{"type":"string","description":"The host of the Vertica server."},"port":{"type":"integer","description":"The port of the Vertica server."},"database":{"type":"string","description":"The name of the database."},"schema":{"type":"string","description":"The name of the schema."}},"required":["host","port","database","schema"]}},"SchemaElement":{"type":"object","properties":{"id":{"$ref":"#/$defs/StableId"},"name":{"type":"string","description":"Name of the element."},"physicalType":{"type":"string","description":"The physical element data type in the data source.","examples":["table","view","topic","file"]},"description":{"type":"string","description":"Description of the element."},"businessName":{"type":"string","description":"The business name of the element."},"authoritativeDefinitions":{"$ref":"#/$defs/AuthoritativeDefinitions"},"tags":{"$ref":"#/$defs/Tags"},"customProperties":{"$ref":"#/$defs/CustomProperties"}}},"SchemaObject":{"type":"object","properties":{"logicalType":{"type":"string","description":"The logical element data type.","enum":["object"]},"physicalName":{"type":"string","description":"Physical name.","examples":["table_1_2_0"]},"dataGranularityDescription":{"type":"string","description":"Granular level of the data in the object.","examples":["Aggregation by country"]},"properties":{"type":"array","description":"A list of properties for the object.","items":{"$ref":"#/$defs/SchemaProperty"}},"relationships":{"type":"array","description":"A list of relationships to other properties. Each relationship must have \'from\', \'to\' and optionally \'type\' field.","items":{"$ref":"#/$defs/RelationshipSchemaLevel"}},"quality":{"$ref":"#/$defs/DataQualityChecks"}},"allOf":[{"$ref":"#/$defs/SchemaElement"}],"required":["name"],"unevaluatedProperties":false},"SchemaBaseProperty":{"type":"object","properties":{"primaryKey":{"type":"boolean","description":"Boolean value specifying whether the element is primary or not. Default is false."},"primaryKeyPosition":{"type":"integer","default":-1,"description":"If element is a primary key, the position of the primary key element. Starts from 1. Example of `account_id, name` being primary key columns, `account_id` has primaryKeyPosition 1 and `name` primaryKeyPosition 2. Default to -1."},"logicalType":{"type":"string","description":"The logical element data type.","enum":["string","date","timestamp","time","number","integer","object","array","boolean"]},"logicalTypeOptions":{"type":"object","description":"Additional optional metadata to describe the logical type."},"physicalType":{"type":"string","description":"The physical element data type in the data source. For example, VARCHAR(2), DOUBLE, INT."},"physicalName":{"type":"string","description":"Physical name.","examples":["col_str_a"]},"required":{"type":"boolean","default":false,"description":"Indicates if the element may contain Null values; possible values are true and false. Default is false."},"unique":{"type":"boolean","default":false,"description":"Indicates if the element contains unique values; possible values are true and false. Default is false."},"partitioned":{"type":"boolean","default":false,"description":"Indicates if the element is partitioned; possible values are true and false."},"partitionKeyPosition":{"type":"integer","default":-1,"description":"If element is used for partitioning, the position of the partition element. Starts from 1. Example of `country, year` being partition columns, `country` has partitionKeyPosition 1 and `year` partitionKeyPosition 2. Default to -1."},"classification":{"type":"string","description":"Can be anything, like confidential, restricted, and public to more advanced categorization. Some companies like PayPal, use data classification indicating the class of data in the element; expected values are 1, 2, 3, 4, or 5.","examples":["confidential","restricted","public"]},"encryptedName":{"type":"string","description":"The element name within the dataset that contains the encrypted element value. For example, unencrypted element `email_address` might have an encryptedName of `email_address_encrypt`."},"transformSourceObjects":{"type":"array","description":"List of objects in the data source used in the transformation.","items":{"type":"string"}},"transformLogic":{"type":"string","description":"Logic used in the element transformation."},"transformDescription":{"type":"string","description":"Describes the transform logic in very simple terms."},"examples":{"type":"array","description":"List of sample element values.","items":{"$ref":"#/$defs/AnyType"}},"criticalDataElement":{"type":"boolean","default":false,"description":"True or false indicator; If element is considered a critical data element (CDE) then true else false."},"relationships":{"type":"array","description":"A list of relationships to other properties. When defined at property level, the \'from\' field is implicit and should not be specified.","items":{"$ref":"#/$defs/RelationshipPropertyLevel"}},"quality":{"$ref":"#/$defs/DataQualityChecks"}},"allOf":[{"$ref":"#/$defs/SchemaElement"},{"if":{"properties":{"logicalType":{"const":"string"}}},"then":{"properties":{"logicalTypeOptions":{"type":"object","additionalProperties":false,"properties":{"minLength":{"type":"integer","minimum":0,"description":"Minimum length of the string."},"maxLength":{"type":"integer","minimum":0,"description":"Maximum length of the string."},"pattern":{"type":"string","description":"Regular expression pattern to define valid value. Follows regular expression syntax from ECMA-262 (https://262.ecma-international.org/5.1/#sec-15.10.1)."},"format":{"type":"string","examples":["password","byte","binary","email","uuid","uri","hostname","ipv4","ipv6"],"description":"Provides extra context about what format the string follows."}}}}}},{"if":{"properties":{"logicalType":{"const":"date"}}},"then":{"properties":{"logicalTypeOptions":{"type":"object","additionalProperties":false,"properties":{"format":{"type":"string","examples":["yyyy-MM-dd","yyyy-MM-dd HH:mm:ss","HH:mm:ss"],"description":"Format of the date. Follows the format as prescribed by [JDK DateTimeFormatter](https://docs.oracle.com/javase/8/docs/api/java/time/format/DateTimeFormatter.html). For example, format \'yyyy-MM-dd\'."},"exclusiveMaximum":{"type":"string","description":"All values must be strictly less than this value (values < exclusiveMaximum)."},"maximum":{"type":"string","description":"All date values are less than or equal to this value (values <= maximum)."},"exclusiveMinimum":{"type":"string","description":"All values must be strictly greater than this value (values > exclusiveMinimum)."},"minimum":{"type":"string","description":"All date values are greater than or equal to this value (values >= minimum)."}}}}}},{"if":{"anyOf":[{"properties":{"logicalType":{"const":"timestamp"}}},{"properties":{"logicalType":{"const":"time"}}}]},"then":{"properties":{"logicalTypeOptions":{"type":"object","additionalProperties":false,"properties":{"format":{"type":"string","examples":["yyyy-MM-dd","yyyy-MM-dd HH:mm:ss","HH:mm:ss"],"description":"Format of the date. Follows the format as prescribed by [JDK DateTimeFormatter](https://docs.oracle.com/javase/8/docs/api/java/time/format/DateTimeFormatter.html). For example, format \'yyyy-MM-dd\'."},"exclusiveMaximum":{"type":"string","description":"All values must be strictly less than this value (values < exclusiveMaximum)."},"maximum":{"type":"string","description":"All date values are less than or equal to this value (values <= maximum)."},"exclusiveMinimum":{"type":"string","description":"All values must be strictly greater than this value (values > exclusiveMinimum)."},"minimum":{"type":"string","description":"All date values are greater than or equal to this value (values >= minimum)."},"timezone":{"type":"boolean","description":"Whether the timestamp defines the timezone or not. If true, timezone information is included in the timestamp."},"defaultTimezone":{"type":"string","description":"The default timezone of the timestamp. If timezone is not defined, the default timezone UTC is used.","default":"Etc/UTC"}}}}}},{"if":{"anyOf":[{"properties":{"logicalType":{"const":"integer"}}}]},"then":{"properties":{"logicalTypeOptions":{"type":"object","additionalProperties":false,"properties":{"multipleOf":{"type":"number","exclusiveMinimum":0,"description":"Values must be multiples of this number. For example, multiple of 5 has valid values 0, 5, 10, -5."},"maximum":{"type":"number","description":"All values are less than or equal to this value (values <= maximum)."},"exclusiveMaximum":{"type":"number","description":"All values must be strictly less than this value (values < exclusiveMaximum)."},"minimum":{"type":"number","description":"All values are greater than or equal to this value (values >= minimum)."},"exclusiveMinimum":{"type":"number","description":"All values must be strictly greater than this value (values > exclusiveMinimum)."},"format":{"type":"string","default":"i32","description":"Format of the value in terms of how many bits of space it can use and whether it is signed or unsigned (follows the Rust integer types).","enum":["i8","i16","i32","i64","i128","u8","u16","u32","u64","u128"]}}}}}},{"if":{"anyOf":[{"properties":{"logicalType":{"const":"number"}}}]},"then":{"properties":{"logicalTypeOptions":{"type":"object","additionalProperties":false,"properties":{"multipleOf":{"type":"number","exclusiveMinimum":0,"description":"Values must be multiples of this number. For example, multiple of 5 has valid values 0, 5, 10, -5."},"maximum":{"type":"number","description":"All values are less than or equal to this value (values <= maximum)."},"exclusiveMaximum":{"type":"number","description":"All values must be strictly less than this value (values < exclusiveMaximum)."},"minimum":{"type":"number","description":"All values are greater than or equal to this value (values >= minimum)."},"exclusiveMinimum":{"type":"number","description":"All values must be strictly greater than this value (values > exclusiveMinimum)."},"format":{"type":"string","default":"i32","description":"Format of the value in terms of how many bits of space it can use (follows the Rust float types).","enum":["f32","f64"]}}}}}},{"if":{"properties":{"logicalType":{"const":"object"}}},"then":{"properties":{"logicalTypeOptions":{"type":"object","additionalProperties":false,"properties":{"maxProperties":{"type":"integer","minimum":0,"description":"Maximum number of properties."},"minProperties":{"type":"integer","minimum":0,"default":0,"description":"Minimum number of properties."},"required":{"type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true,"description":"Property names that are required to exist in the object."}}},"properties":{"type":"array","description":"A list of properties for the object.","items":{"$ref":"#/$defs/SchemaProperty"}}}}},{"if":{"properties":{"logicalType":{"const":"array"}}},"then":{"properties":{"logicalTypeOptions":{"type":"object","additionalProperties":false,"properties":{"maxItems":{"type":"integer","minimum":0,"description":"Maximum number of items."},"minItems":{"type":"integer","minimum":0,"default":0,"description":"Minimum number of items"},"uniqueItems":{"type":"boolean","default":false,"description":"If set to true, all items in the array are unique."}}},"items":{"$ref":"#/$defs/SchemaItemProperty","description":"List of items in an array (only applicable when `logicalType: array`)."}}}}],"unevaluatedProperties":false},"SchemaProperty":{"type":"object","$ref":"#/$defs/SchemaBaseProperty","required":["name"],"unevaluatedProperties":false},"SchemaItemProperty":{"type":"object","$ref":"#/$defs/SchemaBaseProperty","properties":{"properties":{"type":"array","description":"A list of properties for the object.","items":{"$ref":"#/$defs/SchemaProperty"}}},"unevaluatedProperties":false},"Tags":{"type":"array","description":"A list of tags that may be assigned to the elements (object or property); the tags keyword may appear at any level. Tags may be used to better categorize an element. For example, `finance`, `sensitive`, `employee_record`.","examples":["finance","sensitive","employee_record"],"items":{"type":"string"}},"DataQuality":{"type":"object","properties":{"id":{"$ref":"#/$defs/StableId"},"authoritativeDefinitions":{"$ref":"#/$defs/AuthoritativeDefinitions"},"businessImpact":{"type":"string","description":"Consequences of the rule failure.","examples":["operational","regulatory"]},"customProperties":{"type":"array","description":"Additional properties required for rule execution.","items":{"$ref":"#/$defs/CustomProperty"}},"description":{"type":"string","description":"Describe the quality check to be completed."},"dimension":{"type":"string","description":"The key performance indicator (KPI) or dimension for data quality.","enum":["accuracy","completeness","conformity","consistency","coverage","timeliness","uniqueness"]},"method":{"type":"string","examples":["reconciliation"]},"name":{"type":"string","description":"Name of the data quality check."},"schedule":{"type":"string","description":"Rule execution schedule details.","examples":["0 20 * * *"]},"scheduler":{"type":"string","description":"The name or type of scheduler used to start the data quality check.","examples":["cron"]},"severity":{"type":"string","description":"The severance of the quality rule.","examples":["info","warning","error"]},"tags":{"$ref":"#/$defs/Tags"},"type":{"type":"string","description":"The type of quality check. \'text\' is human-readable text that describes the quality of the data. \'library\' is a set of maintained predefined quality attributes such as row count or unique. \'sql\' is an individual SQL query that returns a value that can be compared. \'custom\' is quality attributes that are vendor-specific, such as Soda or Great Expectations.","enum":["text","library","sql","custom"],"default":"library"},"unit":{"type":"string","description":"Unit the rule is using, popular values are `rows` or `percent`, but any value is allowed.","examples":["rows","percent"]}},"allOf":[{"if":{"anyOf":[{"properties":{"type":{"const":"library"}},"required":["type"]},{"properties":{"metric":{"type":"string"}},"required":["metric"]}]},"then":{"$ref":"#/$defs/DataQualityLibrary"}},{"if":{"properties":{"type":{"const":"sql"}},"required":["type"]},"then":{"$ref":"#/$defs/DataQualitySql"}},{"if":{"properties":{"type":{"const":"custom"}},"required":["type"]},"then":{"$ref":"#/$defs/DataQualityCustom"}}],"unevaluatedProperties":false},"DataQualityChecks":{"type":"array","description":"Data quality rules with all the relevant information for rule setup and execution.","items":{"$ref":"#/$defs/DataQuality"}},"DataQualityOperators":{"type":"object","description":"Common comparison operators for data quality checks.","oneOf":[{"properties":{"mustBe":{"description":"Must be equal to the value to be valid. When using numbers, it is equivalent to \'=\'."}},"required":["mustBe"]},{"properties":{"mustNotBe":{"description":"Must not be equal to the value to be valid. When using numbers, it is equivalent to \'!=\'."}},"required":["mustNotBe"]},{"properties":{"mustBeGreaterThan":{"type":"number","description":"Must be greater than the value to be valid. It is equivalent to \'>\'."}},"required":["mustBeGreaterThan"]},{"properties":{"mustBeGreaterOrEqualTo":{"type":"number","description":"Must be greater than or equal to the value to be valid. It is equivalent to \'>=\'."}},"required":["mustBeGreaterOrEqualTo"]},{"properties":{"mustBeLessThan":{"type":"number","description":"Must be less than the value to be valid. It is equivalent to \'<\'."}},"required":["mustBeLessThan"]},{"properties":{"mustBeLessOrEqualTo":{"type":"number","description":"Must be less than or equal to the value to be valid. It is equivalent to \'<=\'."}},"required":["mustBeLessOrEqualTo"]},{"properties":{"mustBeBetween":{"type":"array","description":"Must be between the two numbers to be valid. Smallest number first in the array.","minItems":2,"maxItems":2,"uniqueItems":true,"items":{"type":"number"}}},"required":["mustBeBetween"]},{"properties":{"mustNotBeBetween":{"type":"array","description":"Must not be between the two numbers to be valid. Smallest number first in the array.","minItems":2,"maxItems":2,"uniqueItems":true,"items":{"type":"number"}}},"required":["mustNotBeBetween"]}]},"DataQualityLibrary":{"type":"object","allOf":[{"$ref":"#/$defs/DataQualityOperators"}],"properties":{"metric":{"type":"string","description":"Define a data quality check based on the predefined metrics as per ODCS.","enum":["nullValues","missingValues","invalidValues","duplicateValues","rowCount"]},"rule":{"type":"string","deprecated":true,"description":"Use metric instead"},"arguments":{"type":"object","description":"Additional arguments for the metric, if needed."}},"required":["metric"]},"DataQualitySql":{"type":"object","allOf":[{"$ref":"#/$defs/DataQualityOperators"}],"properties":{"query":{"type":"string","description":"Query string that adheres to the dialect of the provided server.","examples":["SELECT COUNT(*) FROM ${table} WHERE ${column} IS NOT NULL"]}},"required":["query"]},"DataQualityCustom":{"type":"object","properties":{"engine":{"type":"string","description":"Name of the engine which executes the data quality checks.","examples":["soda","great-expectations","monte-carlo","dbt"]},"implementation":{"oneOf":[{"type":"string"},{"type":"object"}]}},"required":["engine","implementation"]},"AuthoritativeDefinitions":{"type":"array","description":"List of links to sources that provide more details on the dataset; examples would be a link to an external definition, a training video, a git repo, data catalog, or another tool. Authoritative definitions follow the same structure in the standard.","items":{"type":"object","properties":{"id":{"$ref":"#/$defs/StableId"},"url":{"type":"string","description":"URL to the authority."},"type":{"type":"string","description":"Type of definition for authority: v2.3 adds standard values: `businessDefinition`, `transformationImplementation`, `videoTutorial`, `tutorial`, and `implementation`.","examples":["businessDefinition","transformationImplementation","videoTutorial","tutorial","implementation"]},"description":{"type":"string","description":"Description of the authoritative definition for humans."}},"required":["url","type"],"additionalProperties":false}},"Support":{"type":"array","description":"Top level for support channels.","items":{"$ref":"#/$defs/SupportItem"}},"SupportItem":{"type":"object","properties":{"id":{"$ref":"#/$defs/StableId"},"channel":{"type":"string","description":"Channel name or identifier."},"url":{"type":"string","description":"Access URL using normal [URL scheme](https://en.wikipedia.org/wiki/URL#Syntax) (https, mailto, etc.)."},"description":{"type":"string","description":"Description of the channel, free text."},"tool":{"type":"string","description":"Name of the tool, value can be `email`, `slack`, `teams`, `discord`, `ticket`, `googlechat`, or `other`.","examples":["email","slack","teams","discord","ticket","googlechat","other"]},"scope":{"type":"string","description":"Scope can be: `interactive`, `announcements`, `issues`, `notifications`.","examples":["interactive","announcements","issues","notifications"]},"invitationUrl":{"type":"string","description":"Some tools uses invitation URL for requesting or subscribing. Follows the [URL scheme](https://en.wikipedia.org/wiki/URL#Syntax)."},"customProperties":{"$ref":"#/$defs/CustomProperties"}},"required":["channel"],"additionalProperties":false},"Pricing":{"type":"object","properties":{"id":{"$ref":"#/$defs/StableId"},"priceAmount":{"type":"number","description":"Subscription price per unit of measure in `priceUnit`."},"priceCurrency":{"type":"string","description":"Currency of the subscription price in `price.priceAmount`."},"priceUnit":{"type":"string","description":"The unit of measure for calculating cost. Examples megabyte, gigabyte."}},"additionalProperties":false},"TeamMember":{"type":"object","description":"Team member information.","additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/StableId"},"username":{"type":"string","description":"The user\'s username or email."},"name":{"type":"string","description":"The user\'s name."},"description":{"type":"string","description":"The user\'s description."},"role":{"type":"string","description":"The user\'s job role; Examples might be owner, data steward. There is no limit on the role."},"dateIn":{"type":"string","format":"date","description":"The date when the user joined the team."},"dateOut":{"type":"string","format":"date","description":"The date when the user ceased to be part of the team."},"replacedByUsername":{"type":"string","description":"The username of the user who replaced the previous user."},"tags":{"$ref":"#/$defs/Tags"},"customProperties":{"type":"array","description":"Custom properties block.","items":{"$ref":"#/$defs/CustomProperty"}},"authoritativeDefinitions":{"$ref":"#/$defs/AuthoritativeDefinitions"}},"required":["username"]},"Team":{"type":"object","description":"Team information.","additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/StableId"},"name":{"type":"string","description":"Team name."},"description":{"type":"string","description":"Team description."},"members":{"type":"array","description":"List of members.","items":{"$ref":"#/$defs/TeamMember"}},"tags":{"$ref":"#/$defs/Tags"},"customProperties":{"type":"array","description":"Custom properties block.","items":{"$ref":"#/$defs/CustomProperty"}},"authoritativeDefinitions":{"$ref":"#/$defs/AuthoritativeDefinitions"}}},"Role":{"type":"object","properties":{"id":{"$ref":"#/$defs/StableId"},"role":{"type":"string","description":"Name of the IAM role that provides access to the dataset."},"description":{"type":"string","description":"Description of the IAM role and its permissions."},"access":{"type":"string","description":"The type of access provided by the IAM role."},"firstLevelApprovers":{"type":"string","description":"The name(s) of the first-level approver(s) of the role."},"secondLevelApprovers":{"type":"string","description":"The name(s) of the second-level approver(s) of the role."},"customProperties":{"$ref":"#/$defs/CustomProperties"}},"required":["role"],"additionalProperties":false},"ServiceLevelAgreementProperty":{"type":"object","properties":{"id":{"$ref":"#/$defs/StableId"},"property":{"type":"string","description":"Specific property in SLA, check the periodic table. May requires units (more details to come)."},"value":{"anyOf":[{"type":"string"},{"type":"number"},{"type":"integer"},{"type":"boolean"},{"type":"null"}],"description":"Agreement value. The label will change based on the property itself."},"valueExt":{"$ref":"#/$defs/AnyNonCollectionType","description":"Extended agreement value. The label will change based on the property itself."},"unit":{"type":"string","description":"**d**, day, days for days; **y**, yr, years for years, etc. Units use the ISO standard."},"element":{"type":"string","description":"Element(s) to check on. Multiple elements should be extremely rare and, if so, separated by commas."},"driver":{"type":"string","description":"Describes the importance of the SLA from the list of: `regulatory`, `analytics`, or `operational`.","examples":["regulatory","analytics","operational"]},"description":{"type":"string","description":"Description of the SLA for humans.","examples":["99.9% of the time, data is available by 6 AM UTC"]},"scheduler":{"type":"string","description":"Name of the scheduler, can be cron or any tool your organization support.","examples":["cron"]},"schedule":{"type":"string","description":"Configuration information for the scheduling tool, for cron a possible value is 0 20 * * *.","examples":["0 20 * * *"]}},"required":["property","value"],"additionalProperties":false},"CustomProperties":{"type":"array","description":"A list of key/value pairs for custom properties.","items":{"$ref":"#/$defs/CustomProperty"}},"CustomProperty":{"type":"object","properties":{"id":{"$ref":"#/$defs/StableId"},"property":{"type":"string","description":"The name of the key. Names should be in camel case–the same as if they were permanent properties in the contract."},"value":{"$ref":"#/$defs/AnyType","description":"The value of the key."},"description":{"type":"string","description":"Description of the custom property."}},"required":["property","value"],"additionalProperties":false},"AnyType":{"anyOf":[{"type":"string"},{"type":"number"},{"type":"integer"},{"type":"boolean"},{"type":"null"},{"type":"array"},{"type":"object"}]},"AnyNonCollectionType":{"anyOf":[{"type":"string"},{"type":"number"},{"type":"integer"},{"type":"boolean"},{"type":"null"}]},"RelationshipBase":{"type":"object","description":"Base definition for relationships between properties, typically for foreign key constraints.","properties":{"type":{"type":"string","description":"The type of relationship. Defaults to \'foreignKey\'.","default":"foreignKey","enum":["foreignKey"]},"from":{"oneOf":[{"anyOf":[{"$ref":"#/$defs/ShorthandReference"},{"$ref":"#/$defs/FullyQualifiedReference"}],"description":"Source property reference using fully qualified or shorthand notation."},{"type":"array","description":"Array of source properties for composite keys.","items":{"anyOf":[{"$ref":"#/$defs/ShorthandReference"},{"$ref":"#/$defs/FullyQualifiedReference"}]},"minItems":1}],"description":"Source property or properties."},"to":{"oneOf":[{"anyOf":[{"$ref":"#/$defs/ShorthandReference"},{"$ref":"#/$defs/FullyQualifiedReference"}],"description":"Target property reference using fully qualified or shorthand notation."},{"type":"array","description":"Array of target properties for composite keys.","items":{"anyOf":[{"$ref":"#/$defs/ShorthandReference"},{"$ref":"#/$defs/FullyQualifiedReference"}]},"minItems":1}],"description":"Target property or properties to reference."},"customProperties":{"$ref":"#/$defs/CustomProperties"}}},"RelationshipSchemaLevel":{"type":"object","description":"Relationship definition at schema level, requiring both \'from\' and \'to\' fields with matching types.","allOf":[{"$ref":"#/$defs/RelationshipBase"},{"required":["from","to"]},{"oneOf":[{"description":"Single-column relationship - both fields must be strings","properties":{"from":{"type":"string"},"to":{"type":"string"}}},{"description":"Composite key relationship - both fields must be arrays with matching lengths","properties":{"from":{"type":"array","items":{"type":"string"},"minItems":1},"to":{"type":"array","items":{"type":"string"},"minItems":1}}}]}],"unevaluatedProperties":false},"RelationshipPropertyLevel":{"type":"object","description":"Relationship definition at property level, where \'from\' is implicitly the current property.","allOf":[{"$ref":"#/$defs/RelationshipBase"},{"type":"object","required":["to"]},{"not":{"required":["from"]},"description":"The \'from\' field must not be specified at property level as it is implicitly derived from the property context"}],"unevaluatedProperties":false},"Relationship":{"description":"Compatibility wrapper for relationship definitions.","oneOf":[{"$ref":"#/$defs/RelationshipSchemaLevel"},{"$ref":"#/$defs/RelationshipPropertyLevel"}]}}}');
// EXTERNAL MODULE: ./src/validate-data/relationships.ts
var relationships = __webpack_require__(93290);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/validate-data/yaml-source.ts
/**
 * A YAML file parsed with its source positions kept, so any JSON pointer into the data (from ajv, or
 * from a check built out of the contract) becomes `file:line:column`.
 */


function parseYamlSource(text, file) {
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    // The core schema keeps dates such as 2024-05-01 as strings, as JSON Schema expects.
    const document = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
    if (document.errors.length > 0) {
        const messages = document.errors.map((error) => {
            const position = lineCounter.linePos(error.pos[0]);
            return `${file}:${position.line}:${position.col}: ${error.message.split('\n')[0]}`;
        });
        const first = lineCounter.linePos(document.errors[0].pos[0]);
        throw new errors/* UserError */.yo(`${file} is not valid YAML:\n${messages.join('\n')}`, { file, line: first.line, column: first.col });
    }
    const data = document.toJS({ maxAliasCount: 100 });
    return {
        file,
        data,
        locate(pointer, key) {
            const offset = offsetOf(document, pointer, key);
            if (offset === undefined)
                return { file };
            const position = lineCounter.linePos(offset);
            return { file, line: position.line, column: position.col };
        },
    };
}
function pointerSegments(pointer) {
    if (pointer === '' || pointer === '/')
        return [];
    return pointer
        .replace(/^\//, '')
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** The deepest node on the pointer's path that exists, so a missing key points at its parent. */
function offsetOf(document, pointer, key) {
    let node = document.contents;
    let offset = node?.range?.[0];
    const segments = pointerSegments(pointer);
    if (key !== undefined)
        segments.push(key);
    for (const [index, segment] of segments.entries()) {
        if ((0,yaml_dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => (0,yaml_dist/* isPair */.tO)(item) && (0,yaml_dist/* isScalar */.jn)(item.key) && String(item.key.value) === segment);
            if (!pair)
                break;
            const last = index === segments.length - 1;
            // For the last segment, point at the key itself (where the reader looks), else descend.
            const keyNode = pair.key;
            if (last && key !== undefined)
                return keyNode.range?.[0] ?? offset;
            node = pair.value;
            offset = (node?.range?.[0] ?? keyNode.range?.[0]) ?? offset;
        }
        else if ((0,yaml_dist/* isSeq */.oP)(node)) {
            const item = node.items[Number(segment)];
            if (!item)
                break;
            node = item;
            offset = item.range?.[0] ?? offset;
        }
        else {
            break;
        }
    }
    return offset;
}

;// CONCATENATED MODULE: ./src/validate-data/contract.ts
/**
 * Open Data Contract Standard v3 (apiVersion v3.0.x to v3.1.0), read as written: the contract is
 * validated against the standard's own JSON Schema for its apiVersion (all problems at once, each at
 * its file:line:column), then turned into the model the checks and the change detector use.
 */








const LOGICAL_TYPES = (/* unused pure expression or super */ null && (['string', 'date', 'timestamp', 'time', 'number', 'integer', 'object', 'array', 'boolean']));
class ContractError extends errors/* UserError */.yo {
    problems;
    constructor(file, problems) {
        const lines = problems.map((problem) => `  ${formatAt(problem.location)}: ${problem.message}`);
        super(`${file}: the data contract has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${lines.join('\n')}`, problems[0]?.location ?? { file });
        this.name = 'ContractError';
        this.problems = problems;
    }
}
function formatAt(location) {
    return `${location.file}${location.line ? `:${location.line}:${location.column ?? 1}` : ''}`;
}
const SUPPORTED_API_VERSION = /^v3\.(0\.\d+|1\.0)$/;
const validators = new Map();
function schemaFor(apiVersion) {
    const name = apiVersion === 'v3.1.0' ? 'v3.1.0' : 'v3.0.2';
    let validate = validators.get(name);
    if (!validate) {
        const ajv = new _2019.Ajv2019({ allErrors: true, strict: false, logger: false });
        dist_default()["default"](ajv);
        validate = ajv.compile((name === 'v3.1.0' ? odcs_json_schema_v3_1_0_namespaceObject : odcs_json_schema_v3_0_2_namespaceObject));
        validators.set(name, validate);
    }
    return validate;
}
function readContractFile(path, shownAs = path) {
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors/* UserError */.yo(`${shownAs}: contract file not found`, { file: shownAs });
    return parseContract((0,external_node_fs_.readFileSync)(path, 'utf8'), shownAs);
}
function parseContract(text, file) {
    const source = parseYamlSource(text, file);
    const data = source.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new errors/* UserError */.yo(`${file}: a data contract must be a YAML mapping (apiVersion, kind, id, version, schema …), got ${data === null ? 'nothing' : Array.isArray(data) ? 'a list' : typeof data}`, { file, line: 1 });
    }
    const raw = data;
    const apiVersion = raw['apiVersion'];
    if (typeof apiVersion !== 'string' || !SUPPORTED_API_VERSION.test(apiVersion)) {
        throw new ContractError(file, [
            {
                message: `apiVersion ${JSON.stringify(apiVersion ?? null)} is not supported: use an Open Data Contract Standard version from v3.0.0 to v3.1.0`,
                location: source.locate(apiVersion === undefined ? '' : '/apiVersion'),
            },
        ]);
    }
    const validate = schemaFor(apiVersion);
    const problems = [];
    if (!validate(raw))
        problems.push(...explainSchemaErrors(validate.errors ?? [], source));
    if (problems.length === 0) {
        const contract = buildContract(raw, apiVersion, source);
        const resolved = (0,relationships/* buildRelationships */.a7)(contract.objects, asArray(raw['schema']), source);
        contract.relationships = resolved.relationships;
        problems.push(...semanticProblems(contract), ...resolved.problems);
        if (problems.length === 0)
            return contract;
    }
    throw new ContractError(file, problems);
}
/** ajv's errors, minus the noise `if`/`then` and `allOf` wrappers add, with names instead of indexes. */
function explainSchemaErrors(errors, source) {
    const seen = new Set();
    const problems = [];
    const data = source.data;
    // Where a rule already fails for a reason, its keys also show up as "unevaluated": say the reason only.
    const explained = new Set(errors.filter((error) => !['if', 'allOf', 'anyOf', 'unevaluatedProperties'].includes(error.keyword)).map((error) => error.instancePath));
    for (const error of errors) {
        if (error.keyword === 'if' || error.keyword === 'allOf' || error.keyword === 'anyOf')
            continue;
        if (error.keyword === 'unevaluatedProperties' && explained.has(error.instancePath))
            continue;
        let message;
        let location;
        const where = readablePath(error.instancePath, data);
        switch (error.keyword) {
            case 'unevaluatedProperties':
            case 'additionalProperties': {
                const key = String(error.params['unevaluatedProperty'] ?? error.params['additionalProperty']);
                message = `${where}: unknown key "${key}" (not part of ODCS ${String(data['apiVersion'])})`;
                location = source.locate(error.instancePath, key);
                break;
            }
            case 'enum':
                message = `${where} must be one of ${(error.params.allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}; got ${JSON.stringify(valueAt(data, error.instancePath))}`;
                location = source.locate(error.instancePath);
                break;
            case 'required':
                message = `${where || 'the contract'} needs "${error.params.missingProperty}"`;
                location = source.locate(error.instancePath);
                break;
            case 'oneOf':
                if (/DataQualityOperators/.test(error.schemaPath)) {
                    message = `${where}: a library rule needs exactly one operator (mustBe, mustNotBe, mustBeGreaterThan, mustBeGreaterOrEqualTo, mustBeLessThan, mustBeLessOrEqualTo, mustBeBetween, mustNotBeBetween)`;
                }
                else {
                    message = `${where} ${error.message ?? 'is not valid'}`;
                }
                location = source.locate(error.instancePath);
                break;
            default:
                message = `${where || 'the contract'} ${error.message ?? 'is not valid'}`;
                location = source.locate(error.instancePath);
        }
        // oneOf reports each failed branch too; the summary line above says it all.
        if (/DataQualityOperators\/oneOf\/\d+/.test(error.schemaPath))
            continue;
        const key = `${formatAt(location)} ${message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.push({ message, location });
    }
    return problems;
}
function valueAt(data, pointer) {
    let value = data;
    for (const segment of pointerSegments(pointer)) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[segment];
    }
    return value;
}
/** `/schema/0/properties/2/logicalType` → `schema[orders].properties[amount].logicalType`. */
function readablePath(pointer, data) {
    let value = data;
    let path = '';
    for (const segment of pointerSegments(pointer)) {
        const next = value !== null && typeof value === 'object' ? value[segment] : undefined;
        if (Array.isArray(value)) {
            const name = next !== null && typeof next === 'object' ? next['name'] : undefined;
            path += typeof name === 'string' ? `[${name}]` : `[${segment}]`;
        }
        else {
            path += path === '' ? segment : `.${segment}`;
        }
        value = next;
    }
    return path;
}
function asRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
function optionalString(value) {
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}
const OPERATORS = ['mustBe', 'mustNotBe', 'mustBeGreaterThan', 'mustBeGreaterOrEqualTo', 'mustBeLessThan', 'mustBeLessOrEqualTo', 'mustBeBetween', 'mustNotBeBetween'];
function buildQuality(list, pointer, source) {
    return asArray(list).map((item, index) => {
        const raw = asRecord(item);
        const at = `${pointer}/${index}`;
        const operatorName = OPERATORS.find((name) => name in raw);
        // v3.0 rules put arguments such as validValues at the top level of the rule.
        const args = { ...asRecord(raw['arguments']) };
        for (const key of ['validValues', 'missingValues', 'pattern', 'properties'])
            if (key in raw && !(key in args))
                args[key] = raw[key];
        return {
            metric: optionalString(raw['metric']) ?? optionalString(raw['rule']) ?? '',
            type: optionalString(raw['type']) ?? 'library',
            id: optionalString(raw['id']),
            name: optionalString(raw['name']),
            description: optionalString(raw['description']),
            severity: optionalString(raw['severity']),
            dimension: optionalString(raw['dimension']),
            unit: String(raw['unit'] ?? 'rows').toLowerCase() === 'percent' || raw['unit'] === '%' ? 'percent' : 'rows',
            operator: operatorName ? { name: operatorName, value: raw[operatorName] } : undefined,
            arguments: args,
            pointer: at,
            location: source.locate(at),
            raw,
        };
    });
}
function buildOptions(raw) {
    const written = asRecord(raw['logicalTypeOptions']);
    const options = { ...written };
    // v3.0 writes exclusive bounds as flags on minimum/maximum; v3.1 as the bound itself.
    if (written['exclusiveMinimum'] === true) {
        options.exclusiveMinimum = options.minimum;
        delete options.minimum;
    }
    else if (written['exclusiveMinimum'] === false)
        delete options.exclusiveMinimum;
    if (written['exclusiveMaximum'] === true) {
        options.exclusiveMaximum = options.maximum;
        delete options.maximum;
    }
    else if (written['exclusiveMaximum'] === false)
        delete options.exclusiveMaximum;
    return options;
}
function buildContract(raw, apiVersion, source) {
    const objects = asArray(raw['schema']).map((item, objectIndex) => {
        const object = asRecord(item);
        const pointer = `/schema/${objectIndex}`;
        return {
            name: String(object['name']),
            physicalName: optionalString(object['physicalName']),
            id: optionalString(object['id']),
            pointer,
            location: source.locate(pointer),
            quality: buildQuality(object['quality'], `${pointer}/quality`, source),
            properties: asArray(object['properties']).map((entry, propertyIndex) => {
                const property = asRecord(entry);
                const at = `${pointer}/properties/${propertyIndex}`;
                const name = String(property['name']);
                return {
                    name,
                    column: optionalString(property['physicalName']) ?? name,
                    id: optionalString(property['id']),
                    logicalType: optionalString(property['logicalType']),
                    physicalType: optionalString(property['physicalType']),
                    required: property['required'] === true,
                    unique: property['unique'] === true,
                    primaryKey: property['primaryKey'] === true,
                    primaryKeyPosition: typeof property['primaryKeyPosition'] === 'number' && property['primaryKeyPosition'] >= 0 ? property['primaryKeyPosition'] : undefined,
                    classification: optionalString(property['classification']),
                    options: buildOptions(property),
                    quality: buildQuality(property['quality'], `${at}/quality`, source),
                    pointer: at,
                    location: source.locate(at),
                    raw: property,
                };
            }),
        };
    });
    const sla = asArray(raw['slaProperties']).map((item, index) => {
        const entry = asRecord(item);
        const pointer = `/slaProperties/${index}`;
        return {
            property: String(entry['property'] ?? ''),
            value: entry['value'],
            unit: optionalString(entry['unit']),
            element: optionalString(entry['element']) ?? optionalString(raw['slaDefaultElement']),
            pointer,
            location: source.locate(pointer),
            raw: entry,
        };
    });
    const servers = asArray(raw['servers']).map((item, index) => {
        const entry = asRecord(item);
        return {
            server: optionalString(entry['server']),
            type: String(entry['type'] ?? ''),
            path: optionalString(entry['path']),
            format: optionalString(entry['format']),
            delimiter: optionalString(entry['delimiter']),
            pointer: `/servers/${index}`,
        };
    });
    return {
        file: source.file,
        apiVersion,
        id: String(raw['id'] ?? ''),
        version: String(raw['version'] ?? ''),
        name: optionalString(raw['name']),
        status: optionalString(raw['status']),
        objects,
        sla,
        servers,
        relationships: [],
        source,
        raw,
    };
}
/** What the JSON Schema cannot say: names used twice, patterns that do not compile, keys out of order. */
function semanticProblems(contract) {
    const problems = [];
    const objectNames = new Set();
    for (const object of contract.objects) {
        if (objectNames.has(object.name))
            problems.push({ message: `schema object "${object.name}" is declared twice`, location: object.location });
        objectNames.add(object.name);
        const columns = new Set();
        const keyPositions = new Map();
        for (const property of object.properties) {
            if (columns.has(property.column))
                problems.push({ message: `property "${property.name}" of "${object.name}" is declared twice`, location: property.location });
            columns.add(property.column);
            if (property.logicalType === undefined && property.physicalType === undefined) {
                // Allowed by the standard; nothing to type-check.
            }
            const pattern = property.options.pattern;
            if (typeof pattern === 'string') {
                try {
                    new RegExp(pattern);
                }
                catch (error) {
                    problems.push({ message: `pattern of "${property.name}" is not an ECMA-262 regular expression: ${error.message}`, location: contract.source.locate(`${property.pointer}/logicalTypeOptions/pattern`) });
                }
            }
            if (property.primaryKey && property.primaryKeyPosition !== undefined) {
                const other = keyPositions.get(property.primaryKeyPosition);
                if (other)
                    problems.push({ message: `primaryKeyPosition ${property.primaryKeyPosition} is used by both "${other}" and "${property.name}"`, location: contract.source.locate(`${property.pointer}/primaryKeyPosition`) });
                keyPositions.set(property.primaryKeyPosition, property.name);
            }
            for (const rule of property.quality) {
                const pattern = rule.arguments['pattern'];
                if (typeof pattern === 'string') {
                    try {
                        new RegExp(pattern);
                    }
                    catch (error) {
                        problems.push({ message: `pattern of quality rule on "${property.name}" is not an ECMA-262 regular expression: ${error.message}`, location: rule.location });
                    }
                }
            }
        }
        for (const rule of object.quality) {
            const keys = rule.arguments['properties'];
            if (Array.isArray(keys)) {
                for (const key of keys) {
                    if (!object.properties.some((property) => property.name === key || property.column === key)) {
                        problems.push({ message: `quality rule names property "${String(key)}", which "${object.name}" does not declare`, location: rule.location });
                    }
                }
            }
        }
    }
    for (const sla of contract.sla) {
        if (!isCheckedSla(sla.property) || !sla.element)
            continue;
        for (const element of sla.element.split(',').map((part) => part.trim())) {
            if (resolveElement(contract, element) === undefined) {
                problems.push({ message: `slaProperties ${sla.property} names element "${element}", which is not an object.property of this contract`, location: contract.source.locate(`${sla.pointer}/element`) });
            }
        }
    }
    return problems;
}
function isCheckedSla(property) {
    return ['freshness', 'latency', 'ly'].includes(property.toLowerCase());
}
/** `object.property`, or just `property` when the contract has one object. */
function resolveElement(contract, element) {
    const parts = element.split('.');
    const [objectName, propertyName] = parts.length >= 2 ? [parts[0], parts.slice(1).join('.')] : [undefined, parts[0]];
    const candidates = objectName === undefined ? (contract.objects.length === 1 ? contract.objects : []) : contract.objects.filter((o) => o.name === objectName || o.physicalName === objectName);
    for (const object of candidates) {
        const property = object.properties.find((p) => p.name === propertyName || p.column === propertyName);
        if (property)
            return { object, property };
    }
    return undefined;
}


/***/ }),

/***/ 5725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CP: () => (/* binding */ driftReport),
/* harmony export */   MM: () => (/* binding */ declaredKinds),
/* harmony export */   Qu: () => (/* binding */ loadReference),
/* harmony export */   dp: () => (/* binding */ loadReferences),
/* harmony export */   eh: () => (/* binding */ mergeDrift)
/* harmony export */ });
/* harmony import */ var _tabular_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5813);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _drift_compare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63208);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33838);
/* harmony import */ var _drift_profile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31915);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(43883);
/* harmony import */ var _object_validator_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95547);
/** Drift of the validated data against a reference dataset or profile, with the contract's column types. */







/** Kinds the contract declares; dates, times, objects and arrays are not drift-tested. */
function declaredKinds(object) {
    const kinds = new Map();
    const excluded = new Map();
    for (const property of object.properties) {
        const type = property.logicalType ?? (0,_values_js__WEBPACK_IMPORTED_MODULE_6__/* .logicalTypeOfPhysical */ .Ml)(property.physicalType);
        if (property.primaryKey || property.unique)
            excluded.set(property.column, 'a key or unique column');
        else if (type === 'number' || type === 'integer')
            kinds.set(property.column, 'numerical');
        else if (type === 'string' || type === 'boolean')
            kinds.set(property.column, 'categorical');
        else if (type !== undefined)
            excluded.set(property.column, `${type} columns are not tested for drift`);
    }
    return { kinds, excluded };
}
async function loadReference(path, shownAs, options) {
    if ((0,_drift_profile_js__WEBPACK_IMPORTED_MODULE_4__/* .looksLikeProfile */ .hE)(path))
        return { profile: (0,_drift_profile_js__WEBPACK_IMPORTED_MODULE_4__/* .readProfile */ .er)(path, shownAs), kind: 'profile' };
    const builder = new _drift_profile_js__WEBPACK_IMPORTED_MODULE_4__/* .ProfileBuilder */ .bZ({ missingTokens: options.missingTokens });
    try {
        for await (const batch of (0,_tabular_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readColumnBatches */ .Fi)(path, { ...options.read, batchSize: 1024 }))
            builder.addColumns(batch.columns, batch.data, batch.length);
    }
    catch (error) {
        if (error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`reference: ${error.message.split(path).join(shownAs)}`, { file: shownAs });
        throw error;
    }
    return { profile: builder.build(options.kinds, shownAs), kind: 'dataset' };
}
function profileContents(profile) {
    return (0,_drift_profile_js__WEBPACK_IMPORTED_MODULE_4__/* .profileObjects */ .y5)(profile).map((name) => name ?? 'one unnamed dataset').join(', ');
}
/**
 * The reference of each schema object checked. One profile gives each object its own part (an old
 * single-object profile belongs to the first object); one dataset is one table, compared with the
 * first object; `name: path` lines give each named object its own dataset or profile.
 */
async function loadReferences(plan, objects, options) {
    const found = [];
    const notMeasured = [];
    const skip = (object, reason, file) => {
        notMeasured.push({ object: object.name, reason });
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`${reason}: its drift is not measured`, file ? { file } : {});
    };
    if (plan.kind === 'one') {
        const { path, shownAs } = plan.file;
        if (!(0,_drift_profile_js__WEBPACK_IMPORTED_MODULE_4__/* .looksLikeProfile */ .hE)(path)) {
            const [first, ...others] = objects;
            if (!first)
                return { found, notMeasured };
            found.push({ object: first, reference: { ...(await loadReference(path, shownAs, { ...options, kinds: declaredKinds(first).kinds })), shownAs } });
            for (const object of others)
                skip(object, `the reference ${shownAs} is one dataset, compared with ${first.name}; schema object ${object.name} needs its own, given by \`name: path\` lines`);
            return { found, notMeasured };
        }
        const whole = (0,_drift_profile_js__WEBPACK_IMPORTED_MODULE_4__/* .readProfile */ .er)(path, shownAs);
        for (const [index, object] of objects.entries()) {
            const part = (0,_drift_profile_js__WEBPACK_IMPORTED_MODULE_4__/* .profileOfObject */ .Er)(whole, object.name, index === 0);
            if (part)
                found.push({ object, reference: { profile: part, kind: 'profile', shownAs } });
            else
                skip(object, `${shownAs} has no profile of schema object ${object.name} (it has ${profileContents(whole)})`, shownAs);
        }
        if (found.length === 0)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`reference: ${shownAs} profiles none of the schema objects checked (${objects.map((object) => object.name).join(', ')})`, { file: shownAs });
        return { found, notMeasured };
    }
    const profiles = new Map();
    for (const object of objects) {
        const file = plan.files.get(object);
        if (!file) {
            skip(object, `the reference input gives schema object ${object.name} no reference (it names ${[...plan.files.keys()].map((o) => o.name).join(', ')})`);
            continue;
        }
        if (!(0,_drift_profile_js__WEBPACK_IMPORTED_MODULE_4__/* .looksLikeProfile */ .hE)(file.path)) {
            found.push({ object, reference: { ...(await loadReference(file.path, file.shownAs, { ...options, kinds: declaredKinds(object).kinds })), shownAs: file.shownAs } });
            continue;
        }
        let whole = profiles.get(file.path);
        if (!whole)
            profiles.set(file.path, (whole = (0,_drift_profile_js__WEBPACK_IMPORTED_MODULE_4__/* .readProfile */ .er)(file.path, file.shownAs)));
        // The line says whose reference it is, so an old profile without object names is taken as this object's.
        const part = (0,_drift_profile_js__WEBPACK_IMPORTED_MODULE_4__/* .profileOfObject */ .Er)(whole, object.name, true);
        if (!part)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('reference', `gives ${file.shownAs} for schema object "${object.name}", but that profile has no part for it (it has ${profileContents(whole)})`);
        found.push({ object, reference: { profile: part, kind: 'profile', shownAs: file.shownAs } });
    }
    return { found, notMeasured };
}
/** Entries of one schema object's drift, each naming the object. */
function ofObject(entries, object) {
    return entries.map((entry) => ({ ...entry, object }));
}
function driftReport(reference, current, object, options) {
    const { kinds, excluded } = declaredKinds(object);
    const result = (0,_drift_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .compareToReference */ .CV)(reference.profile, current, {
        method: options.method,
        threshold: options.threshold,
        driftShare: options.driftShare,
        columns: options.columns,
        kinds,
        exclude: new Set(excluded.keys()),
    });
    // Columns the contract rules out are listed with the contract's reason.
    const skipped = result.skipped.map((entry) => (excluded.has(entry.column) ? { column: entry.column, reason: excluded.get(entry.column) } : entry));
    if (!options.columns) {
        for (const [column, reason] of excluded)
            if (!skipped.some((entry) => entry.column === column) && current.has(column) && !result.columns.some((c) => c.column === column))
                skipped.push({ column, reason });
    }
    const classified = new Set(object.properties.filter(_object_validator_js__WEBPACK_IMPORTED_MODULE_5__/* .isClassified */ .OR).map((p) => p.column));
    return {
        reference: { path: reference.shownAs, kind: reference.kind, rows: reference.profile.rows },
        object: object.name,
        method: result.method,
        share: result.share,
        drifted: result.drifted,
        drifted_columns: result.drifted_columns,
        threshold: result.threshold,
        columns: ofObject(result.columns, object.name),
        skipped,
        unseen_categories: result.unseen_categories.map((finding) => classified.has(finding.column) ? { ...finding, categories: finding.categories.map((c) => ({ value: null, count: c.count })) } : finding),
    };
}
/**
 * One drift section for several schema objects: every column, skipped column and unseen category
 * names its object, `objects` gives each object's dataset drift and reference, and the whole drifts
 * when any object does. The top-level `reference` is kept when every object has the same file (one
 * profile). A single object's section is returned as it is.
 */
function mergeDrift(parts) {
    if (parts.length <= 1)
        return parts[0];
    const first = parts[0];
    const tested = parts.reduce((total, part) => total + part.columns.length, 0);
    const drifted = parts.reduce((total, part) => total + part.drifted_columns, 0);
    const oneFile = first.reference && parts.every((part) => part.reference?.path === first.reference.path && part.reference.kind === first.reference.kind);
    return {
        ...(oneFile ? { reference: { ...first.reference, rows: parts.reduce((total, part) => total + (part.reference?.rows ?? 0), 0) } } : {}),
        objects: parts.map((part) => ({
            object: part.object,
            ...(part.reference ? { reference: part.reference, reference_rows: part.reference.rows } : {}),
            share: part.share,
            drifted: part.drifted,
            drifted_columns: part.drifted_columns,
            tested_columns: part.columns.length,
        })),
        method: first.method,
        share: tested === 0 ? 0 : drifted / tested,
        drifted: parts.some((part) => part.drifted),
        drifted_columns: drifted,
        threshold: first.threshold,
        columns: parts.flatMap((part) => ofObject(part.columns, part.object)),
        skipped: parts.flatMap((part) => ofObject(part.skipped, part.object)),
        unseen_categories: parts.flatMap((part) => ofObject(part.unseen_categories, part.object)),
    };
}


/***/ }),

/***/ 34050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ EarliestSamples)
/* harmony export */ });
/**
 * The earliest samples by place (placeOf in key-places.ts), whatever order they come in: keys spilled
 * to partitions are worked on one partition after another. A few times the limit are kept between
 * trims, so memory stays small however many samples are offered.
 */
class EarliestSamples {
    entries = [];
    // Once `limit` samples are kept, one at or past this place cannot be among the earliest.
    bound = Infinity;
    limit;
    constructor(limit) {
        this.limit = limit;
    }
    /** Whether a sample at `place` could be among the earliest: the caller need not make one otherwise. */
    wants(place) {
        return this.limit > 0 && place < this.bound;
    }
    add(place, sample) {
        if (!this.wants(place))
            return;
        this.entries.push({ place, sample });
        if (this.entries.length > 4 * this.limit + 16)
            this.trim();
    }
    /** The earliest samples, in place order. */
    earliest() {
        this.trim();
        return this.entries.map((entry) => entry.sample);
    }
    trim() {
        const entries = this.entries;
        entries.sort((a, b) => a.place - b.place);
        if (entries.length >= this.limit) {
            entries.length = this.limit;
            const last = entries[this.limit - 1];
            if (last)
                this.bound = last.place;
        }
    }
}


/***/ }),

/***/ 33775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S2: () => (/* binding */ DEFAULT_MEMORY_BYTES),
  eW: () => (/* binding */ FULL),
  SV: () => (/* binding */ HeldKeys)
});

// EXTERNAL MODULE: ./src/validate-data/key-bytes.ts
var key_bytes = __webpack_require__(40712);
// EXTERNAL MODULE: ./src/validate-data/key-places.ts
var key_places = __webpack_require__(90099);
;// CONCATENATED MODULE: ./src/validate-data/number-places.ts
/**
 * Number keys (parsed values of numeric columns) to the place they first occurred: direct addressing
 * while the keys lie close together, a hash table once they do not.
 */

/**
 * Numbers to the place they first occurred, by open addressing over
 * one typed array of (key, place + 1) pairs: a third of a Map's memory, one cache miss per probe, and
 * a zero second half marks an empty slot. -0 is stored as 0, as a Map would treat it; keys are finite
 * (see uniqueKey in values.ts).
 *
 * Integer keys are placed by their own low bits with the high bits folded in, so ids that count up
 * fill neighbouring slots and stay in cache. Should that ever cluster (a long probe), the table
 * switches for good to a scrambling hash that spreads any pattern.
 */
class HashedNumbers {
    entries;
    mask;
    bits;
    scrambled = false;
    size = 0;
    static float = new Float64Array(1);
    static halves = new Int32Array(HashedNumbers.float.buffer);
    static longestProbe = 64;
    /** `slots`: a power of two, room for half as many keys before the table grows. */
    constructor(slots = key_places/* INITIAL_SLOTS */.HJ) {
        this.entries = new Float64Array(2 * slots);
        this.mask = slots - 1;
        this.bits = Math.log2(slots);
    }
    get bytes() {
        return this.entries.byteLength;
    }
    /** Whether the table has switched to the scrambling hash. */
    get isScrambled() {
        return this.scrambled;
    }
    /** Bytes that adding a number would newly allocate (0 when it fits). */
    growthFor() {
        // Kept at most half full, so probes stay short.
        return (this.size + 1) * 2 > this.mask + 1 ? this.entries.byteLength * 2 : 0;
    }
    home(key) {
        let mixed;
        if ((key | 0) === key) {
            if (!this.scrambled) {
                const high = key >>> this.bits;
                return (key ^ high ^ (high >>> this.bits)) & this.mask;
            }
            mixed = key;
        }
        else {
            HashedNumbers.float[0] = key;
            mixed = HashedNumbers.halves[0] ^ Math.imul(HashedNumbers.halves[1], 0x9e3779b1);
        }
        // murmur3's finalizer: every input bit reaches the low bits the mask keeps.
        mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
        mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
        return (mixed ^ (mixed >>> 16)) & this.mask;
    }
    /** The key's slot, or the empty slot where it belongs. May rebuild the table (see `scrambled`). */
    slot(key) {
        const entries = this.entries;
        let slot = this.home(key);
        let probes = 0;
        while (entries[2 * slot + 1] !== 0 && entries[2 * slot] !== key) {
            slot = (slot + 1) & this.mask;
            if (++probes === HashedNumbers.longestProbe && !this.scrambled) {
                this.scrambled = true;
                this.rehash(this.entries.length);
                return this.slot(key);
            }
        }
        return slot;
    }
    has(key) {
        // The probe may rebuild the table, so the slot is found before the array is read.
        const slot = this.slot(key + 0);
        return this.entries[2 * slot + 1] !== 0;
    }
    /** The place `key` first occurred; if it has not occurred yet, -1, and it is added at `place` (≥ 0). */
    placeOrAdd(key, place) {
        key += 0;
        if (this.growthFor() > 0)
            this.rehash(this.entries.length * 2);
        const slot = this.slot(key);
        const entries = this.entries;
        if (entries[2 * slot + 1] !== 0)
            return entries[2 * slot + 1] - 1;
        entries[2 * slot] = key;
        entries[2 * slot + 1] = place + 1;
        this.size++;
        return -1;
    }
    rehash(length) {
        const old = this.entries;
        this.entries = new Float64Array(length);
        this.mask = length / 2 - 1;
        this.bits = Math.log2(length / 2);
        for (let index = 0; index < old.length; index += 2) {
            if (old[index + 1] === 0)
                continue;
            const slot = this.slot(old[index]);
            this.entries[2 * slot] = old[index];
            this.entries[2 * slot + 1] = old[index + 1];
        }
    }
    forEach(visit) {
        const entries = this.entries;
        for (let index = 0; index < entries.length; index += 2)
            if (entries[index + 1] !== 0)
                visit(entries[index], entries[index + 1] - 1);
    }
    release() {
        this.entries = new Float64Array(2 * key_places/* INITIAL_SLOTS */.HJ);
        this.mask = key_places/* INITIAL_SLOTS */.HJ - 1;
        this.bits = Math.log2(key_places/* INITIAL_SLOTS */.HJ);
        this.scrambled = false;
        this.size = 0;
    }
}
/** Slots of a HashedNumbers table holding `count` keys (at most half full, a power of two). */
function hashedSlotsFor(count) {
    let slots = key_places/* INITIAL_SLOTS */.HJ;
    while (count * 2 > slots)
        slots *= 2;
    return slots;
}
// Direct addressing stays while its array has at most this many slots per key (or the first few thousand).
const DIRECT_SPREAD = 4;
const DIRECT_FLOOR = 1 << 16;
/**
 * Numbers (parsed values of numeric columns) to the place they first occurred. Integer keys that lie
 * close together (row ids, sequence numbers: most key columns) are held by direct address, one
 * Float64Array of place + 1 indexed by key - base: no hashing, neighbouring keys in neighbouring
 * memory, and no more bytes per key than the hash table. The first key that is not an integer, or
 * that would leave the array sparse, moves every key to the hash table for good.
 */
class NumberPlaces {
    direct = new Float64Array(key_places/* INITIAL_SLOTS */.HJ);
    base = 0;
    directSize = 0;
    hashed = new HashedNumbers();
    get size() {
        return this.direct ? this.directSize : this.hashed.size;
    }
    get bytes() {
        return this.direct ? this.direct.byteLength : this.hashed.bytes;
    }
    /** Whether keys are still held by direct address. */
    get isDirect() {
        return this.direct !== undefined;
    }
    /** Whether the hash table has switched to its scrambling hash. */
    get isScrambled() {
        return this.hashed.isScrambled;
    }
    /** Bytes that adding `key` would newly allocate (0 when it fits). */
    growthFor(key) {
        if (!this.direct)
            return this.hashed.growthFor();
        if (this.directSize === 0 || this.directIndex(key) >= 0)
            return 0;
        const length = this.widenedLength(key);
        return length > 0 ? length * 8 : hashedSlotsFor(this.directSize + 1) * 16;
    }
    has(key) {
        if (!this.direct)
            return this.hashed.has(key);
        const index = this.directIndex(key + 0);
        return index >= 0 && this.direct[index] !== 0;
    }
    /** The place `key` first occurred; if it has not occurred yet, -1, and it is added at `place` (≥ 0). */
    placeOrAdd(key, place) {
        key += 0;
        if (this.direct) {
            if (this.directSize === 0 && Number.isSafeInteger(key))
                this.base = key;
            let index = this.directIndex(key);
            if (index < 0) {
                if (!this.widen(key)) {
                    this.toHashed();
                    return this.hashed.placeOrAdd(key, place);
                }
                index = key - this.base;
            }
            const direct = this.direct;
            const stored = direct[index];
            if (stored !== 0)
                return stored - 1;
            direct[index] = place + 1;
            this.directSize++;
            return -1;
        }
        return this.hashed.placeOrAdd(key, place);
    }
    forEach(visit) {
        if (!this.direct)
            return this.hashed.forEach(visit);
        const direct = this.direct;
        for (let index = 0; index < direct.length; index++)
            if (direct[index] !== 0)
                visit(this.base + index, direct[index] - 1);
    }
    release() {
        this.direct = new Float64Array(key_places/* INITIAL_SLOTS */.HJ);
        this.base = 0;
        this.directSize = 0;
        this.hashed = new HashedNumbers();
    }
    /** The key's slot in the direct array, or -1 when it has none there. */
    directIndex(key) {
        const index = key - this.base;
        return Number.isSafeInteger(key) && index >= 0 && index < this.direct.length ? index : -1;
    }
    /** The length the direct array would need to take `key` too, or 0 when that would leave it sparse. */
    widenedLength(key) {
        if (!Number.isSafeInteger(key))
            return 0;
        const old = this.direct.length;
        const span = Math.max(this.base + old, key + 1) - Math.min(this.base, key);
        let length = old * 2;
        while (length < span)
            length *= 2;
        return length <= Math.max(DIRECT_SPREAD * (this.directSize + 1), DIRECT_FLOOR) ? length : 0;
    }
    widen(key) {
        const length = this.widenedLength(key);
        if (length === 0)
            return false;
        const old = this.direct;
        // Growing downwards puts the old keys at the end, leaving the new room below them.
        const base = key < this.base ? this.base + old.length - length : this.base;
        const widened = new Float64Array(length);
        widened.set(old, this.base - base);
        this.direct = widened;
        this.base = base;
        return true;
    }
    toHashed() {
        const direct = this.direct;
        // Made at its final size, so the move does not grow it step by step.
        this.hashed = new HashedNumbers(hashedSlotsFor(this.directSize + 1));
        for (let index = 0; index < direct.length; index++)
            if (direct[index] !== 0)
                this.hashed.placeOrAdd(this.base + index, direct[index] - 1);
        this.direct = undefined;
    }
}

;// CONCATENATED MODULE: ./src/validate-data/held-keys.ts
/**
 * Keys held in memory under a budget in bytes, each with the place it first occurred: texts as bytes
 * (KeyPlaces), numbers in a table of their own (NumberPlaces, far less memory than their texts). A key
 * that would take them past the budget is refused, and the caller spills: the held keys and every key
 * after them go to partition files (spill-files.ts) by the hash of their bytes (key-bytes.ts), where
 * the number 7 and the text "7" stay as distinct as they are here.
 */



/**
 * Memory for one check's keys: about a million short texts or numbers before spilling. Small enough
 * that a few such checks, the reader's garbage and Node itself fit in 512 MB together.
 */
const DEFAULT_MEMORY_BYTES = 64 * 2 ** 20;
/** What placeOrAdd answers when holding the key would go past the budget. */
const FULL = -2;
class HeldKeys {
    texts = new key_places/* KeyPlaces */.kh();
    numbers = new NumberPlaces();
    encoder = new key_bytes/* KeyEncoder */.s3();
    get size() {
        return this.texts.size + this.numbers.size;
    }
    get bytes() {
        return this.texts.bytes + this.numbers.bytes;
    }
    /**
     * The place `key` first occurred; if it has not occurred yet, -1, and it is held from now on at
     * `place`; or FULL, holding nothing, when the tables would outgrow `budget` bytes (the arrays being
     * replaced count until they are copied, and a budget below the empty tables holds nothing).
     */
    placeOrAdd(key, place, budget) {
        if (typeof key === 'number') {
            if (this.bytes + this.numbers.growthFor(key) > budget)
                return FULL;
            return this.numbers.placeOrAdd(key, place);
        }
        const length = this.encoder.encode(key);
        if (this.bytes + this.texts.growthFor(length) > budget)
            return FULL;
        const bytes = this.encoder.bytes;
        return this.texts.placeOrAdd(bytes, 0, length, (0,key_bytes/* hashBytes */.yi)(bytes, 0, length), place);
    }
    has(key) {
        if (typeof key === 'number')
            return this.numbers.has(key);
        const length = this.encoder.encode(key);
        const bytes = this.encoder.bytes;
        return this.texts.find(bytes, 0, length, (0,key_bytes/* hashBytes */.yi)(bytes, 0, length)) >= 0;
    }
    /** Whether the key encoded at bytes[at…at+length] is held. */
    hasEncoded(bytes, at, length) {
        if ((0,key_bytes/* isNumberKey */.$0)(bytes, at))
            return this.numbers.has((0,key_bytes/* decodeKey */.y3)(bytes, at));
        return this.texts.find(bytes, at, length, (0,key_bytes/* hashBytes */.yi)(bytes, at, length)) >= 0;
    }
    /** Appends `key`, at `place`, to the partition its bytes' hash chooses. */
    write(writer, key, place) {
        const length = this.encoder.encode(key);
        writer.add(this.encoder.bytes, 0, length, place);
    }
    /** Writes every held key, at the place it first occurred, to the partitions; then holds nothing. */
    spillTo(writer) {
        this.texts.forEach((arena, at, length, hash, place) => writer.addHashed(hash, arena, at, length, place));
        this.numbers.forEach((key, place) => this.write(writer, key, place));
        this.release();
    }
    /** Holds nothing and gives the tables' memory back. */
    release() {
        this.texts.release();
        this.numbers.release();
    }
}


/***/ }),

/***/ 40712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ isNumberKey),
/* harmony export */   A5: () => (/* binding */ grownLength),
/* harmony export */   Wg: () => (/* binding */ readUint32),
/* harmony export */   ZO: () => (/* binding */ encodedLength),
/* harmony export */   nC: () => (/* binding */ copyBytes),
/* harmony export */   q2: () => (/* binding */ HEADER_BYTES),
/* harmony export */   rn: () => (/* binding */ writeUint32),
/* harmony export */   s3: () => (/* binding */ KeyEncoder),
/* harmony export */   y3: () => (/* binding */ decodeKey),
/* harmony export */   yi: () => (/* binding */ hashBytes)
/* harmony export */ });
/* unused harmony exports maxEncodedLength, encodeKey */
/**
 * Keys as bytes, so that millions of them live in typed arrays instead of the JavaScript heap (whose
 * garbage collector lets a heap grow to several times what it holds), and go to disk and come back
 * without escaping or parsing.
 *
 * An encoded key is a 4-byte little-endian header (content length × 4 + kind) and its content: a text
 * whose code units all fit in a byte as one byte each, any other text as its UTF-16 code units (two
 * bytes each, little-endian), a number as its 8 IEEE 754 bytes. Every key has exactly one encoding, so
 * two keys are equal exactly when their bytes are; the number 7 and the text "7" differ.
 */
const NARROW = 0;
const WIDE = 1;
const NUMBER = 2;
const HEADER_BYTES = 4;
const number = new Float64Array(1);
const numberBytes = new Uint8Array(number.buffer);
/** The most bytes `key` can take encoded. */
function maxEncodedLength(key) {
    return HEADER_BYTES + (typeof key === 'number' ? 8 : key.length * 2);
}
/** Writes `key` at target[at…], which must have maxEncodedLength(key) bytes of room; returns the bytes written. */
function encodeKey(key, target, at) {
    const start = at + HEADER_BYTES;
    let content;
    let kind;
    if (typeof key === 'number') {
        // -0 becomes 0, as a Map would treat it.
        number[0] = key + 0;
        for (let index = 0; index < 8; index++)
            target[start + index] = numberBytes[index];
        content = 8;
        kind = NUMBER;
    }
    else {
        const length = key.length;
        let index = 0;
        for (; index < length; index++) {
            const code = key.charCodeAt(index);
            if (code > 0xff)
                break;
            target[start + index] = code;
        }
        if (index === length) {
            content = length;
            kind = NARROW;
        }
        else {
            for (index = 0; index < length; index++) {
                const code = key.charCodeAt(index);
                target[start + 2 * index] = code & 0xff;
                target[start + 2 * index + 1] = code >>> 8;
            }
            content = 2 * length;
            kind = WIDE;
        }
    }
    writeUint32(target, at, content * 4 + kind);
    return HEADER_BYTES + content;
}
/** Encodes keys one at a time into a buffer reused from key to key. */
class KeyEncoder {
    bytes = new Uint8Array(256);
    /** Writes `key` at the start of `bytes` (replaced by a larger buffer when it does not fit); returns its length. */
    encode(key) {
        const needed = maxEncodedLength(key);
        if (needed > this.bytes.length)
            this.bytes = new Uint8Array(grownLength(this.bytes.length, needed));
        return encodeKey(key, this.bytes, 0);
    }
}
/** The length, header included, of the key encoded at source[at…]. */
function encodedLength(source, at) {
    return HEADER_BYTES + (readUint32(source, at) >>> 2);
}
function isNumberKey(source, at) {
    return (source[at] & 3) === NUMBER;
}
function decodeKey(source, at) {
    const header = readUint32(source, at);
    const start = at + HEADER_BYTES;
    const content = header >>> 2;
    switch (header & 3) {
        case NUMBER:
            for (let index = 0; index < 8; index++)
                numberBytes[index] = source[start + index];
            return number[0];
        case WIDE:
            return Buffer.from(source.buffer, source.byteOffset + start, content).toString('utf16le');
        default:
            return Buffer.from(source.buffer, source.byteOffset + start, content).toString('latin1');
    }
}
/** Copies source[at…at+length] to target[to…]: byte by byte when short, where that beats `set`. */
function copyBytes(source, at, length, target, to) {
    if (length < 64)
        for (let index = 0; index < length; index++)
            target[to + index] = source[at + index];
    else
        target.set(source.subarray(at, at + length), to);
}
/** The length a growing buffer of `current` bytes doubles to so that `needed` bytes fit. */
function grownLength(current, needed) {
    let length = Math.max(current * 2, 1 << 12);
    while (length < needed)
        length *= 2;
    return length;
}
function readUint32(source, at) {
    return (source[at] | (source[at + 1] << 8) | (source[at + 2] << 16) | (source[at + 3] << 24)) >>> 0;
}
function writeUint32(target, at, value) {
    target[at] = value & 0xff;
    target[at + 1] = (value >>> 8) & 0xff;
    target[at + 2] = (value >>> 16) & 0xff;
    target[at + 3] = value >>> 24;
}
/**
 * FNV-1a over the bytes, then MurmurHash3's finaliser so that every bit of the result depends on every
 * byte: the top bits choose a spill partition, the low bits a table slot. A different seed gives an
 * independent hash, for splitting a partition again.
 */
function hashBytes(source, at, length, seed = 0x811c9dc5) {
    let value = seed;
    const end = at + length;
    for (let index = at; index < end; index++)
        value = Math.imul(value ^ source[index], 0x01000193);
    value ^= value >>> 16;
    value = Math.imul(value, 0x85ebca6b);
    value ^= value >>> 13;
    value = Math.imul(value, 0xc2b2ae35);
    value ^= value >>> 16;
    return value >>> 0;
}


/***/ }),

/***/ 90099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ placeOf),
/* harmony export */   HJ: () => (/* binding */ INITIAL_SLOTS),
/* harmony export */   Ir: () => (/* binding */ LINE_SPAN),
/* harmony export */   Pf: () => (/* binding */ sourceAt),
/* harmony export */   kh: () => (/* binding */ KeyPlaces),
/* harmony export */   mh: () => (/* binding */ lineAt)
/* harmony export */ });
/* harmony import */ var _key_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40712);
/**
 * A hash table from an encoded key to the place it first occurred, held in typed arrays (numbers have
 * their own, number-places.ts): its memory is counted exactly (`bytes`), is freed as a whole, and gives
 * the garbage collector nothing to trace, where a Map of strings costs several times the texts and lets
 * the heap grow far past what it holds.
 *
 * Tables grow only when asked: `growthFor` says how many bytes the next key may need, so the caller can
 * spill to disk instead of going past its budget. A place is a non-negative number; -1 means "absent".
 */

// Where a key occurred is one number that sorts in reading order: the file's index above 32 bits, the line below.
const LINE_SPAN = 2 ** 32;
function placeOf(source, line) {
    return source * LINE_SPAN + line;
}
function lineAt(place) {
    return place % LINE_SPAN;
}
function sourceAt(place) {
    return Math.floor(place / LINE_SPAN);
}
const INITIAL_SLOTS = 1024;
// Offset, hash and place per slot.
const SLOT_BYTES = 4 + 4 + 8;
/** Encoded keys (see key-bytes.ts) by open addressing; the keys' bytes are copied into one arena. */
class KeyPlaces {
    arena = new Uint8Array(INITIAL_SLOTS * 16);
    used = 0;
    /** Where a slot's key starts in the arena, plus one; 0 for an empty slot. */
    offsets = new Uint32Array(INITIAL_SLOTS);
    hashes = new Uint32Array(INITIAL_SLOTS);
    places = new Float64Array(INITIAL_SLOTS);
    mask = INITIAL_SLOTS - 1;
    size = 0;
    get bytes() {
        return this.arena.byteLength + this.offsets.length * SLOT_BYTES;
    }
    /** Bytes that adding a key of `length` encoded bytes would newly allocate (0 when it fits). */
    growthFor(length) {
        let bytes = 0;
        // Kept at most half full, so probes stay short.
        if ((this.size + 1) * 2 > this.offsets.length)
            bytes += this.offsets.length * 2 * SLOT_BYTES;
        if (this.used + length > this.arena.length)
            bytes += (0,_key_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .grownLength */ .A5)(this.arena.length, this.used + length);
        return bytes;
    }
    /**
     * The place the key at source[at…at+length] (its hash from hashBytes) first occurred; if it has not
     * occurred yet, -1, and the key is added at `place`.
     */
    placeOrAdd(source, at, length, hash, place) {
        if (this.growthFor(length) > 0)
            this.grow(length);
        const slot = this.slotOf(source, at, length, hash);
        if (this.offsets[slot] !== 0)
            return this.places[slot];
        const start = this.used;
        (0,_key_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .copyBytes */ .nC)(source, at, length, this.arena, start);
        this.used += length;
        this.offsets[slot] = start + 1;
        this.hashes[slot] = hash;
        this.places[slot] = place;
        this.size++;
        return -1;
    }
    /** The place the key at source[at…at+length] (its hash from hashBytes) first occurred, or -1 if it has not. */
    find(source, at, length, hash) {
        const slot = this.slotOf(source, at, length, hash);
        return this.offsets[slot] === 0 ? -1 : this.places[slot];
    }
    /** The key's slot, or the empty slot where it belongs. */
    slotOf(source, at, length, hash) {
        const { arena, offsets, hashes, mask } = this;
        let slot = hash & mask;
        for (let stored = offsets[slot]; stored !== 0; stored = offsets[slot]) {
            if (hashes[slot] === hash && sameBytes(arena, stored - 1, source, at, length))
                return slot;
            slot = (slot + 1) & mask;
        }
        return slot;
    }
    /** Every key with its place, in no particular order. */
    forEach(visit) {
        const { arena, offsets, hashes, places } = this;
        for (let slot = 0; slot < offsets.length; slot++) {
            const stored = offsets[slot];
            if (stored !== 0)
                visit(arena, stored - 1, _key_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .HEADER_BYTES */ .q2 + ((0,_key_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .readUint32 */ .Wg)(arena, stored - 1) >>> 2), hashes[slot], places[slot]);
        }
    }
    /** Empties the table but keeps its memory, for the next partition. */
    clear() {
        this.offsets.fill(0);
        this.used = 0;
        this.size = 0;
    }
    /** Empties the table and gives its memory back. */
    release() {
        this.arena = new Uint8Array(INITIAL_SLOTS * 16);
        this.offsets = new Uint32Array(INITIAL_SLOTS);
        this.hashes = new Uint32Array(INITIAL_SLOTS);
        this.places = new Float64Array(INITIAL_SLOTS);
        this.mask = INITIAL_SLOTS - 1;
        this.used = 0;
        this.size = 0;
    }
    grow(length) {
        if (this.used + length > this.arena.length) {
            const arena = new Uint8Array((0,_key_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .grownLength */ .A5)(this.arena.length, this.used + length));
            arena.set(this.arena.subarray(0, this.used));
            this.arena = arena;
        }
        if ((this.size + 1) * 2 <= this.offsets.length)
            return;
        const { offsets, hashes, places } = this;
        const slots = offsets.length * 2;
        this.offsets = new Uint32Array(slots);
        this.hashes = new Uint32Array(slots);
        this.places = new Float64Array(slots);
        this.mask = slots - 1;
        for (let old = 0; old < offsets.length; old++) {
            if (offsets[old] === 0)
                continue;
            let slot = hashes[old] & this.mask;
            while (this.offsets[slot] !== 0)
                slot = (slot + 1) & this.mask;
            this.offsets[slot] = offsets[old];
            this.hashes[slot] = hashes[old];
            this.places[slot] = places[old];
        }
    }
}
function sameBytes(a, aAt, b, bAt, length) {
    // The header holds the length, so keys of different lengths differ within the first four bytes.
    for (let index = 0; index < length; index++)
        if (a[aAt + index] !== b[bAt + index])
            return false;
    return true;
}


/***/ }),

/***/ 95547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ol: () => (/* binding */ ObjectValidator),
  OR: () => (/* binding */ isClassified),
  cA: () => (/* binding */ lineOf)
});

// UNUSED EXPORTS: LIBRARY_METRICS, durationMs

// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(10779);
// EXTERNAL MODULE: ./src/shared/counts.ts
var counts = __webpack_require__(77341);
// EXTERNAL MODULE: ./src/validate-data/contract.ts + 3 modules
var contract = __webpack_require__(25717);
;// CONCATENATED MODULE: ./src/validate-data/thresholds.ts
/** Whether `value` satisfies the rule's operator. mustBeBetween and mustNotBeBetween are inclusive. */
function satisfies(operator, value) {
    const bound = operator.value;
    const pair = Array.isArray(bound) ? [Number(bound[0]), Number(bound[1])] : undefined;
    const limit = Number(bound);
    switch (operator.name) {
        case 'mustBe':
            return value === limit;
        case 'mustNotBe':
            return value !== limit;
        case 'mustBeGreaterThan':
            return value > limit;
        case 'mustBeGreaterOrEqualTo':
            return value >= limit;
        case 'mustBeLessThan':
            return value < limit;
        case 'mustBeLessOrEqualTo':
            return value <= limit;
        case 'mustBeBetween':
            return pair !== undefined && value >= Math.min(pair[0], pair[1]) && value <= Math.max(pair[0], pair[1]);
        case 'mustNotBeBetween':
            return pair !== undefined && !(value >= Math.min(pair[0], pair[1]) && value <= Math.max(pair[0], pair[1]));
        default:
            return false;
    }
}
const SYMBOLS = {
    mustBe: '=',
    mustNotBe: '≠',
    mustBeGreaterThan: '>',
    mustBeGreaterOrEqualTo: '≥',
    mustBeLessThan: '<',
    mustBeLessOrEqualTo: '≤',
};
function describeOperator(operator, unit) {
    const suffix = unit === 'percent' ? '%' : '';
    if (operator.name === 'mustBeBetween' || operator.name === 'mustNotBeBetween') {
        const [low, high] = Array.isArray(operator.value) ? operator.value : [];
        return `${operator.name === 'mustNotBeBetween' ? 'not ' : ''}between ${String(low)}${suffix} and ${String(high)}${suffix}`;
    }
    return `${SYMBOLS[operator.name] ?? operator.name} ${String(operator.value)}${suffix}`;
}
// datacontract-cli's list: a rule at one of these severities warns instead of failing.
const WARNING_SEVERITIES = new Set(['info', 'warning', 'warn', 'low', 'minor', 'trivial']);
function failureOutcome(rule) {
    return rule?.severity && WARNING_SEVERITIES.has(rule.severity.toLowerCase()) ? 'warning' : 'failed';
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/validate-data/earliest-samples.ts
var earliest_samples = __webpack_require__(34050);
// EXTERNAL MODULE: ./src/validate-data/held-keys.ts + 1 modules
var held_keys = __webpack_require__(33775);
// EXTERNAL MODULE: ./src/validate-data/key-bytes.ts
var key_bytes = __webpack_require__(40712);
// EXTERNAL MODULE: ./src/validate-data/key-places.ts
var key_places = __webpack_require__(90099);
// EXTERNAL MODULE: ./src/validate-data/spill-files.ts
var spill_files = __webpack_require__(62369);
;// CONCATENATED MODULE: ./src/validate-data/unique.ts
/**
 * Exact duplicate counting in bounded memory. Keys are kept, as bytes in typed arrays (key-places.ts),
 * until the next key would take them past `memoryBytes`; past that, every key (those already seen
 * first) is appended to one of 64 temporary partition files by hash, and each partition is counted on
 * its own at the end. Equal keys always land in the same partition, so the count stays exact; a
 * partition too large to count within the budget is split again by another hash.
 *
 * One counter can be fed from several files (the files a glob gives one schema object): each key
 * carries its file's index (`source`), so a duplicate is found across files, counted against the file
 * of its later occurrence, and its sample names where the first occurrence was.
 */








function sampleOf(key, place, firstPlace) {
    return { key, line: (0,key_places/* lineAt */.mh)(place), source: (0,key_places/* sourceAt */.Pf)(place), first: { line: (0,key_places/* lineAt */.mh)(firstPlace), source: (0,key_places/* sourceAt */.Pf)(firstPlace) } };
}
class DuplicateCounter {
    /** Each distinct key with the place it first occurred, until they outgrow the budget. */
    held = new held_keys/* HeldKeys */.SV();
    samples;
    perSource = [];
    values = 0;
    duplicates = 0;
    splits = 0;
    spillDir;
    writer;
    result;
    memoryBytes;
    memoryCap;
    sampleLimit;
    temp;
    /**
     * `memoryBytes`: most bytes the in-memory keys may take (default DEFAULT_MEMORY_BYTES);
     * `memoryCap`: most keys held in memory (default: as many as fit).
     */
    constructor(options) {
        this.memoryBytes = options.memoryBytes ?? held_keys/* DEFAULT_MEMORY_BYTES */.S2;
        this.memoryCap = options.memoryCap ?? Infinity;
        this.sampleLimit = options.samples;
        this.samples = new earliest_samples/* EarliestSamples */.l(options.samples);
        this.temp = options.temp ?? (0,external_node_os_.tmpdir)();
    }
    share(source) {
        let entry = this.perSource[source];
        if (!entry) {
            for (let index = this.perSource.length; index <= source; index++)
                this.perSource[index] = { values: 0, duplicates: 0, samples: new earliest_samples/* EarliestSamples */.l(this.sampleLimit) };
            entry = this.perSource[source];
        }
        return entry;
    }
    add(key, line, source = 0) {
        this.values++;
        const share = this.share(source);
        share.values++;
        const place = (0,key_places/* placeOf */.$t)(source, line);
        if (this.writer) {
            this.held.write(this.writer, key, place);
            return;
        }
        const first = this.held.placeOrAdd(key, place, this.memoryBytes);
        if (first === held_keys/* FULL */.eW) {
            this.spill();
            this.held.write(this.writer, key, place);
        }
        else if (first >= 0) {
            this.duplicate(key, place, first, share);
        }
        else if (this.held.size >= this.memoryCap) {
            this.spill();
        }
    }
    duplicate(key, place, first, share) {
        this.duplicates++;
        share.duplicates++;
        if (!this.samples.wants(place) && !share.samples.wants(place))
            return;
        const sample = sampleOf(String(typeof key === 'function' ? key() : key), place, first);
        this.samples.add(place, sample);
        share.samples.add(place, sample);
    }
    spill() {
        this.spillDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(this.temp, 'validate-data-unique-'));
        this.writer = new spill_files/* PartitionWriter */.UE(this.spillDir, '');
        // Keys seen so far go first, at the place they first occurred: a first occurrence, never a duplicate of a later one.
        this.held.spillTo(this.writer);
    }
    /** Counts what was added; a counter shared by several files answers every one of them with the same result. */
    finish() {
        this.result ??= this.count();
        return this.result;
    }
    /** Removes what went to disk and lets go of the held keys, for a count that will not be asked for; again does nothing. */
    discard() {
        try {
            this.writer?.close();
        }
        finally {
            if (this.spillDir)
                (0,external_node_fs_.rmSync)(this.spillDir, { recursive: true, force: true });
            this.held.release();
        }
    }
    count() {
        try {
            if (this.writer) {
                this.writer.close();
                const pass = new spill_files/* PartitionPass */.me();
                for (const path of this.writer.paths)
                    this.countPartition(path, pass, 0);
            }
        }
        finally {
            this.discard();
        }
        return {
            values: this.values,
            duplicates: this.duplicates,
            samples: this.samples.earliest(),
            spilled: this.writer !== undefined,
            sources: this.perSource.map((share) => ({ values: share.values, duplicates: share.duplicates, samples: share.samples.earliest() })),
        };
    }
    /** Records in a partition are in reading order, so the first of each key is its first occurrence. */
    countPartition(path, pass, splits) {
        const bits = (0,spill_files/* splitBitsFor */.y1)(path, this.memoryBytes, splits);
        if (bits > 0) {
            for (const part of pass.split(path, ++this.splits, bits))
                this.countPartition(part, pass, splits + 1);
            return;
        }
        const table = pass.table;
        table.clear();
        pass.reader.read(path, (bytes, at, length, place) => {
            const first = table.placeOrAdd(bytes, at, length, (0,key_bytes/* hashBytes */.yi)(bytes, at, length), place);
            if (first >= 0)
                this.duplicate(() => (0,key_bytes/* decodeKey */.y3)(bytes, at), place, first, this.share((0,key_places/* sourceAt */.Pf)(place)));
        });
        (0,external_node_fs_.rmSync)(path);
    }
}

// EXTERNAL MODULE: ./src/validate-data/values.ts
var validate_data_values = __webpack_require__(43883);
;// CONCATENATED MODULE: ./src/validate-data/object-validator.ts
/**
 * Validates one schema object's rows as they stream past: every check keeps a count and the first few
 * offending values with their lines, never the rows themselves, so memory stays flat whatever the
 * file's size (uniqueness spills to disk past a budget in bytes).
 */






const CLASSIFIED = /^(pii|personal|confidential|restricted|sensitive|secret)/i;
function isClassified(property) {
    return property.classification !== undefined && CLASSIFIED.test(property.classification.trim());
}
function isNull(value) {
    return value === undefined || value === null || value === '';
}
class Tally {
    count = 0;
    samples = [];
    limit;
    redact;
    constructor(limit, redact) {
        this.limit = limit;
        this.redact = redact;
    }
    add(line, value) {
        this.count++;
        if (this.samples.length < this.limit) {
            this.samples.push(this.redact ? { line, value: null, redacted: true } : { line, value: isNull(value) ? null : (0,validate_data_values/* displayValue */.KN)(value).slice(0, 200) });
        }
    }
}
function newVerdict(state) {
    return { missing: false, typeError: false, failed: state.valueChecks.map(() => false), quality: state.quality.map(() => false), key: undefined, text: undefined, time: undefined };
}
const RULE_ALIASES = {
    duplicateCount: 'duplicateValues',
    validValues: 'invalidValues',
    nullCount: 'nullValues',
    missingCount: 'missingValues',
    invalidCount: 'invalidValues',
};
const LIBRARY_METRICS = ['nullValues', 'missingValues', 'invalidValues', 'duplicateValues', 'rowCount'];
function metricOf(rule) {
    return RULE_ALIASES[rule.metric] ?? rule.metric;
}
function checkIdOfMetric(metric, rule) {
    if (metric === 'invalidValues')
        return rule.arguments['validValues'] !== undefined ? 'allowed-values' : 'invalid-values';
    return { nullValues: 'null-values', missingValues: 'missing-values', duplicateValues: 'duplicate-values', rowCount: 'row-count' }[metric] ?? 'quality-rule';
}
function formatPredicate(format) {
    const definition = formats.fullFormats[format];
    if (definition instanceof RegExp)
        return (text) => definition.test(text);
    if (typeof definition === 'function')
        return definition;
    if (definition && typeof definition === 'object' && 'validate' in definition) {
        const validate = definition.validate;
        if (validate instanceof RegExp)
            return (text) => validate.test(text);
        if (typeof validate === 'function')
            return validate;
    }
    return undefined;
}
function asComparable(bound, type) {
    if (typeof bound === 'number')
        return bound;
    if (typeof bound === 'string') {
        if (type === 'date' || type === 'timestamp')
            return (0,validate_data_values/* parseDate */._U)(bound) ?? (0,validate_data_values/* parseTimestamp */.EH)(bound);
        const number = Number(bound);
        return Number.isFinite(number) ? number : undefined;
    }
    return undefined;
}
function comparableValue(parsed) {
    if (typeof parsed === 'number')
        return parsed;
    if (typeof parsed === 'bigint')
        return Number(parsed);
    return undefined;
}
class ObjectValidator {
    object;
    contract;
    options;
    states;
    objectQuality;
    keyProperties;
    primaryKey;
    structure = new Map();
    columns = [];
    columnCount = -1;
    rows = 0;
    constructor(object, contract, options) {
        this.object = object;
        this.contract = contract;
        this.options = options;
        this.states = object.properties.map((property) => this.compileProperty(property));
        this.keyProperties = this.states
            .filter((state) => state.property.primaryKey)
            .sort((a, b) => (a.property.primaryKeyPosition ?? 0) - (b.property.primaryKeyPosition ?? 0));
        if (this.keyProperties.length > 0) {
            this.primaryKey = { duplicates: this.counter('primary-key'), nullTally: new Tally(options.samples, false) };
        }
        this.objectQuality = object.quality.map((rule, index) => {
            // Without arguments.properties, a schema-level duplicateValues counts repeated rows (every declared column).
            const listed = Array.isArray(rule.arguments['properties']) ? rule.arguments['properties'].map(String) : undefined;
            const columns = listed ?? (metricOf(rule) === 'duplicateValues' ? object.properties.map((p) => p.name) : undefined);
            return { rule, tally: new Tally(options.samples, false), columns, duplicates: metricOf(rule) === 'duplicateValues' ? this.counter(`object-quality:${index}`) : undefined };
        });
    }
    /** A check's counter: this file's own, or the one the object's files share. */
    counter(check) {
        const create = () => new DuplicateCounter({ memoryBytes: this.options.uniqueMemoryBytes, memoryCap: this.options.uniqueMemoryCap, samples: this.options.samples, temp: this.options.temp });
        const shared = this.options.uniqueness?.counters;
        if (!shared)
            return create();
        let counter = shared.get(check);
        if (!counter)
            shared.set(check, (counter = create()));
        return counter;
    }
    get source() {
        return this.options.uniqueness?.source ?? 0;
    }
    /** This file's part of a (possibly shared) counter's result. */
    duplicatesOf(counter) {
        return counter.finish().sources[this.source] ?? { values: 0, duplicates: 0, samples: [] };
    }
    /** A duplicate's sample names the first occurrence: its line, and its file when that is another one. */
    duplicateSample(sample, value, redacted) {
        const files = this.options.uniqueness?.files;
        const first = { ...(sample.first.source !== sample.source && files?.[sample.first.source] !== undefined ? { file: files[sample.first.source] } : {}), line: sample.first.line };
        return { line: sample.line, value, ...(redacted ? { redacted: true } : {}), first };
    }
    compileProperty(property) {
        const redact = isClassified(property);
        const limit = this.options.samples;
        const type = property.logicalType ?? (0,validate_data_values/* logicalTypeOfPhysical */.Ml)(property.physicalType);
        const options = property.options;
        const dateFormat = typeof options.format === 'string' && (type === 'date' || type === 'timestamp') ? options.format : undefined;
        const valueChecks = [];
        const tally = () => new Tally(limit, redact);
        const isText = type === undefined || type === 'string';
        if (isText && (options.minLength !== undefined || options.maxLength !== undefined)) {
            const min = options.minLength;
            const max = options.maxLength;
            valueChecks.push({
                id: 'length',
                expected: { minLength: min, maxLength: max },
                ...((text) => ({ success: `have a ${text}`, failure: `without a ${text}` }))(min !== undefined && max !== undefined ? `length from ${min} to ${max}` : min !== undefined ? `length of at least ${min}` : `length of at most ${max}`),
                tally: tally(),
                test: (value) => {
                    const length = (0,validate_data_values/* textLength */.sc)(typeof value === 'string' ? value : (0,validate_data_values/* displayValue */.KN)(value));
                    return (min === undefined || length >= min) && (max === undefined || length <= max);
                },
            });
        }
        if (isText && typeof options.pattern === 'string') {
            const pattern = new RegExp(options.pattern);
            valueChecks.push({ id: 'pattern', expected: options.pattern, success: `match /${options.pattern}/`, failure: `not matching /${options.pattern}/`, tally: tally(), test: (value) => pattern.test(typeof value === 'string' ? value : (0,validate_data_values/* displayValue */.KN)(value)) });
        }
        if (isText && typeof options.format === 'string') {
            const predicate = formatPredicate(options.format);
            if (predicate)
                valueChecks.push({ id: 'format', expected: options.format, success: `are valid ${options.format} values`, failure: `not a valid ${options.format}`, tally: tally(), test: (value) => predicate(typeof value === 'string' ? value : (0,validate_data_values/* displayValue */.KN)(value)) });
        }
        const rangeType = type === 'integer' || type === 'number' || type === 'date' || type === 'timestamp';
        if (rangeType) {
            const minimum = asComparable(options.minimum, type);
            const maximum = asComparable(options.maximum, type);
            const exclusiveMinimum = asComparable(options.exclusiveMinimum, type);
            const exclusiveMaximum = asComparable(options.exclusiveMaximum, type);
            if ([minimum, maximum, exclusiveMinimum, exclusiveMaximum].some((bound) => bound !== undefined)) {
                const low = options.exclusiveMinimum !== undefined ? `(${String(options.exclusiveMinimum)}` : options.minimum !== undefined ? `[${String(options.minimum)}` : '(-∞';
                const high = options.exclusiveMaximum !== undefined ? `${String(options.exclusiveMaximum)})` : options.maximum !== undefined ? `${String(options.maximum)}]` : '∞)';
                valueChecks.push({
                    id: 'range',
                    expected: `${low}, ${high}`,
                    success: `lie in ${low}, ${high}`,
                    failure: `outside ${low}, ${high}`,
                    tally: tally(),
                    test: (_, parsed) => {
                        const value = comparableValue(parsed);
                        if (value === undefined)
                            return true;
                        return ((minimum === undefined || value >= minimum) &&
                            (maximum === undefined || value <= maximum) &&
                            (exclusiveMinimum === undefined || value > exclusiveMinimum) &&
                            (exclusiveMaximum === undefined || value < exclusiveMaximum));
                    },
                });
            }
            if (typeof options.multipleOf === 'number' && options.multipleOf > 0) {
                const step = options.multipleOf;
                valueChecks.push({
                    id: 'multiple-of',
                    expected: step,
                    success: `are multiples of ${step}`,
                    failure: `not a multiple of ${step}`,
                    tally: tally(),
                    test: (_, parsed) => {
                        const value = comparableValue(parsed);
                        if (value === undefined)
                            return true;
                        const ratio = value / step;
                        return Math.abs(ratio - Math.round(ratio)) <= 1e-9 * Math.max(1, Math.abs(ratio));
                    },
                });
            }
        }
        const quality = [];
        for (const rule of property.quality) {
            if (rule.type !== 'library')
                continue;
            const metric = metricOf(rule);
            if (metric === 'nullValues')
                quality.push({ rule, kind: 'null', tally: tally() });
            else if (metric === 'missingValues') {
                const listed = Array.isArray(rule.arguments['missingValues']) ? rule.arguments['missingValues'] : undefined;
                const tokens = new Set((listed ?? ['', ...this.options.missingTokens]).filter((v) => v !== null).map(String));
                quality.push({ rule, kind: 'missing', tally: tally(), missing: { tokens, includesNull: listed === undefined || listed.includes(null) } });
            }
            else if (metric === 'invalidValues') {
                const valid = Array.isArray(rule.arguments['validValues']) ? new Set(rule.arguments['validValues'].map(validate_data_values/* keyOf */.TN)) : undefined;
                const pattern = typeof rule.arguments['pattern'] === 'string' ? new RegExp(rule.arguments['pattern']) : undefined;
                quality.push({
                    rule,
                    kind: 'invalid',
                    tally: tally(),
                    check: (value) => {
                        const key = (0,validate_data_values/* keyOf */.TN)(value);
                        return (valid === undefined || valid.has(key)) && (pattern === undefined || pattern.test(key));
                    },
                });
            }
            else if (metric === 'duplicateValues')
                quality.push({ rule, kind: 'duplicate', tally: tally(), duplicates: this.counter(`quality:${property.column}:${quality.length}`) });
        }
        const soleKey = property.primaryKey === true && this.object.properties.filter((p) => p.primaryKey).length === 1;
        const unique = property.unique && !soleKey ? this.counter(`unique:${property.column}`) : undefined;
        return {
            property,
            index: -1,
            type,
            parse: type ? (0,validate_data_values/* typeParser */.i1)(type, dateFormat) : undefined,
            typeTally: tally(),
            requiredTally: tally(),
            valueChecks,
            unique,
            keysParsed: unique !== undefined || soleKey,
            soleKey,
            requiredValue: property.required === true && !property.primaryKey,
            dictionaryVerdicts: new WeakMap(),
            keysText: quality.some((rule) => rule.kind === 'duplicate'),
            quality,
            freshness: this.contract.sla.filter((sla) => (0,contract/* isCheckedSla */.cX)(sla.property) && sla.element?.split(',').some((element) => (0,contract/* resolveElement */.tI)(this.contract, element.trim())?.property === property)),
        };
    }
    /** Told of file-structure problems by the reader. */
    noteIssue(issue) {
        let entry = this.structure.get(issue.kind);
        if (!entry)
            this.structure.set(issue.kind, (entry = { count: 0, samples: [] }));
        entry.count++;
        if (entry.samples.length < this.options.samples)
            entry.samples.push({ line: issue.line, value: issue.message });
    }
    resolveColumns(columns) {
        this.columns = columns;
        this.columnCount = columns.length;
        const positions = new Map();
        columns.forEach((name, index) => {
            if (!positions.has(name))
                positions.set(name, index);
        });
        for (const state of this.states)
            state.index = positions.get(state.property.column) ?? -1;
        for (const entry of this.objectQuality) {
            entry.keyIndexes = entry.columns?.map((name) => {
                const property = this.object.properties.find((p) => p.name === name || p.column === name);
                return positions.get(property?.column ?? name) ?? -1;
            });
        }
    }
    add(batch) {
        // JSON Lines may grow new columns as new keys appear.
        if (batch.columns !== this.columns || batch.columns.length !== this.columnCount)
            this.resolveColumns(batch.columns);
        const missingTokens = new Set(this.options.missingTokens);
        this.rows += batch.length;
        for (const state of this.states) {
            if (state.index < 0)
                continue;
            this.scanColumn(state, batch, missingTokens);
        }
        if (this.primaryKey && this.keyProperties.length > 1)
            this.scanCompositeKey(batch);
        for (const entry of this.objectQuality) {
            if (!entry.duplicates || !entry.keyIndexes)
                continue;
            const columns = entry.keyIndexes.map((index) => (index < 0 ? undefined : batch.data[index]));
            for (let r = 0; r < batch.length; r++) {
                const parts = columns.map((values) => (values === undefined ? '' : (0,validate_data_values/* keyOf */.TN)(values[r])));
                if (parts.every((part) => part === ''))
                    continue;
                entry.duplicates.add(JSON.stringify(parts), lineOf(batch, r), this.source);
            }
        }
    }
    scanColumn(state, batch, missingTokens) {
        const lines = batch.lines;
        const base = batch.firstRow + 1;
        const length = batch.length;
        // A one-column primary key is checked here, on parsed values; composite keys row by row after.
        const key = state.soleKey ? this.primaryKey : undefined;
        const dictionary = batch.dictionaries?.[state.index];
        if (dictionary) {
            // Each distinct value is judged once per dictionary, however many batches share it; then only rows whose value counts toward something are visited.
            let judged = state.dictionaryVerdicts.get(dictionary.values);
            if (!judged) {
                const verdicts = Array.from({ length: dictionary.values.length }, (_, code) => this.judge(state, dictionary.values[code], missingTokens, newVerdict(state)));
                const absent = this.judge(state, undefined, missingTokens, newVerdict(state));
                judged = { verdicts, absent, counted: Uint8Array.from(verdicts, (verdict) => (this.counts(state, verdict, key) ? 1 : 0)), absentCounts: this.counts(state, absent, key) };
                state.dictionaryVerdicts.set(dictionary.values, judged);
            }
            const { verdicts, absent, counted, absentCounts } = judged;
            // Freshness needs the newest value that occurs, so occurrence is noted for every value.
            const present = state.freshness.length > 0 ? new Uint8Array(verdicts.length) : undefined;
            const codes = dictionary.codes;
            for (let r = 0; r < length; r++) {
                const code = codes[r];
                if (code < 0) {
                    if (absentCounts)
                        this.apply(state, absent, undefined, lines === undefined ? base + r : lines[r], key);
                    continue;
                }
                if (present)
                    present[code] = 1;
                if (counted[code])
                    this.apply(state, verdicts[code], dictionary.values[code], lines === undefined ? base + r : lines[r], key);
            }
            if (present) {
                for (const [code, verdict] of verdicts.entries()) {
                    if (present[code] && verdict.time !== undefined && (state.latest === undefined || verdict.time > state.latest))
                        state.latest = verdict.time;
                }
            }
            return;
        }
        const values = batch.data[state.index];
        const scratch = newVerdict(state);
        for (let r = 0; r < length; r++) {
            const value = values[r];
            this.apply(state, this.judge(state, value, missingTokens, scratch), value, lines === undefined ? base + r : lines[r], key);
        }
    }
    /** Works out what a value amounts to under the property's checks, into `verdict`; depends on nothing but the value. */
    judge(state, value, missingTokens, verdict) {
        const quality = state.quality;
        const absent = isNull(value);
        for (let q = 0; q < quality.length; q++) {
            const rule = quality[q];
            switch (rule.kind) {
                case 'null':
                    verdict.quality[q] = absent;
                    break;
                case 'missing': {
                    const missing = rule.missing;
                    verdict.quality[q] = value === undefined || value === null ? missing.includesNull : missing.tokens.has((0,validate_data_values/* keyOf */.TN)(value));
                    break;
                }
                case 'invalid':
                    verdict.quality[q] = !absent && !rule.check(value);
                    break;
                case 'duplicate':
                    verdict.quality[q] = !absent;
                    break;
            }
        }
        verdict.text = state.keysText && !absent ? (0,validate_data_values/* keyOf */.TN)(value) : undefined;
        verdict.missing = (0,validate_data_values/* isMissingValue */.yA)(value, missingTokens);
        verdict.time = undefined;
        if (verdict.missing)
            return verdict;
        let parsed = value;
        if (state.parse) {
            parsed = state.parse(value);
            verdict.typeError = parsed === undefined;
            if (verdict.typeError) {
                verdict.key = state.keysParsed ? (0,validate_data_values/* keyOf */.TN)(value) : undefined;
                return verdict;
            }
        }
        else
            verdict.typeError = false;
        verdict.key = state.keysParsed ? (0,validate_data_values/* uniqueKey */.fl)(value, parsed) : undefined;
        const checks = state.valueChecks;
        for (let c = 0; c < checks.length; c++)
            verdict.failed[c] = !checks[c].test(value, parsed);
        if (state.freshness.length > 0) {
            // Freshness reads dates even from a column the contract types as text.
            verdict.time = typeof parsed === 'number' ? parsed : typeof value === 'string' ? (0,validate_data_values/* parseTimestamp */.EH)(value) : value instanceof Date ? value.getTime() : undefined;
        }
        return verdict;
    }
    /** Whether `apply` would add a row with this verdict to anything (freshness aside). */
    counts(state, verdict, key) {
        if (verdict.quality.includes(true))
            return true;
        if (verdict.missing)
            return key !== undefined || state.requiredValue;
        return verdict.typeError || verdict.failed.includes(true) || key !== undefined || state.unique !== undefined;
    }
    /** Counts one row's value by its verdict. */
    apply(state, verdict, value, line, key) {
        const quality = state.quality;
        for (let q = 0; q < quality.length; q++) {
            if (!verdict.quality[q])
                continue;
            const rule = quality[q];
            if (rule.kind === 'duplicate')
                rule.duplicates.add(verdict.text, line, this.source);
            else
                rule.tally.add(line, value);
        }
        if (verdict.missing) {
            if (key)
                key.nullTally.add(line, value);
            else if (state.requiredValue)
                state.requiredTally.add(line, value);
            return;
        }
        if (verdict.typeError) {
            state.typeTally.add(line, value);
            if (key)
                key.duplicates.add(verdict.key, line, this.source);
            return;
        }
        if (key)
            key.duplicates.add(verdict.key, line, this.source);
        const checks = state.valueChecks;
        for (let c = 0; c < checks.length; c++)
            if (verdict.failed[c])
                checks[c].tally.add(line, value);
        if (state.unique)
            state.unique.add(verdict.key, line, this.source);
        if (verdict.time !== undefined && (state.latest === undefined || verdict.time > state.latest))
            state.latest = verdict.time;
    }
    scanCompositeKey(batch) {
        const key = this.primaryKey;
        const indexes = this.keyProperties.map((state) => state.index);
        if (indexes.some((index) => index < 0))
            return;
        const columns = indexes.map((index) => batch.data[index]);
        for (let r = 0; r < batch.length; r++) {
            const parts = [];
            let hasNull = false;
            for (const values of columns) {
                const value = values[r];
                if (isNull(value))
                    hasNull = true;
                parts.push((0,validate_data_values/* keyOf */.TN)(value));
            }
            if (hasNull)
                key.nullTally.add(lineOf(batch, r), parts.join(', '));
            else
                key.duplicates.add(JSON.stringify(parts), lineOf(batch, r), this.source);
        }
    }
    percent(count) {
        return (0,counts/* percentOf */.p)(count, this.rows);
    }
    counted(check, column, tally, passMessage, failMessage, extra = {}, failWith = 'failed') {
        const failed = tally.count > 0;
        return {
            check,
            ...(column !== undefined ? { column } : {}),
            result: failed ? failWith : 'passed',
            count: tally.count,
            percent: this.percent(tally.count),
            message: failed ? failMessage : passMessage,
            ...(failed && tally.samples.length > 0 ? { samples: tally.samples } : {}),
            ...extra,
        };
    }
    finish() {
        const results = [];
        const declared = new Set(this.object.properties.map((p) => p.column));
        results.push(...this.structureResults());
        if (this.rows === 0) {
            results.push({ check: 'row-count', result: 'error', count: 0, message: 'the file has a header but no data rows', contract_location: this.object.location });
        }
        const extras = this.columns.filter((column) => !declared.has(column));
        if (this.options.extraColumns !== 'allow') {
            results.push({
                check: 'extra-columns',
                result: extras.length === 0 ? 'passed' : this.options.extraColumns === 'fail' ? 'failed' : 'warning',
                count: extras.length,
                message: extras.length === 0 ? 'no columns beyond the contract' : `${(0,counts/* plural */.L)(extras.length, 'column is', 'columns are')} not in the contract: ${extras.join(', ')}`,
                ...(extras.length ? { samples: extras.slice(0, Math.max(1, this.options.samples)).map((value) => ({ value })) } : {}),
                contract_location: this.object.location,
            });
        }
        for (const state of this.states) {
            const property = state.property;
            const column = property.column;
            const where = { contract_location: property.location };
            if (state.index < 0) {
                const optional = this.options.missingColumns === 'optional' && !property.required && !property.primaryKey;
                results.push({ check: 'column-present', column, result: optional ? 'warning' : 'failed', message: `column "${column}" is not in the data`, ...where });
                continue;
            }
            results.push({ check: 'column-present', column, result: 'passed', message: 'present', ...where });
            if (state.parse) {
                results.push(this.counted('type', column, state.typeTally, `every value reads as ${state.type}`, `${(0,counts/* plural */.L)(state.typeTally.count, 'row')} not ${/^[aeiou]/.test(state.type) ? 'an' : 'a'} ${state.type}`, { expected: state.type, ...where }));
            }
            if (property.required && !property.primaryKey) {
                results.push(this.counted('required', column, state.requiredTally, 'no missing values', `${(0,counts/* plural */.L)(state.requiredTally.count, 'row')} missing a value`, where));
            }
            if (state.unique) {
                const result = this.duplicatesOf(state.unique);
                results.push(this.duplicateResult('unique', column, result, property, where));
            }
            for (const check of state.valueChecks) {
                results.push(this.counted(check.id, column, check.tally, `all values ${check.success}`, `${(0,counts/* plural */.L)(check.tally.count, 'row')} ${check.failure}`, { expected: check.expected, ...where }));
            }
            for (const quality of state.quality)
                results.push(this.qualityResult(quality, column, property));
            for (const rule of property.quality) {
                // A text rule describes quality in words; there is nothing to run.
                if (rule.type === 'text')
                    continue;
                if (rule.type !== 'library')
                    results.push(this.unsupportedRule(rule, column));
                else if (!LIBRARY_METRICS.includes(metricOf(rule)))
                    results.push(this.unknownMetric(rule, column));
                else if (metricOf(rule) === 'rowCount')
                    results.push(this.rowCountResult(rule));
            }
            for (const sla of state.freshness)
                results.push(this.freshnessResult(sla, state));
        }
        if (this.primaryKey)
            results.push(this.primaryKeyResult());
        for (const entry of this.objectQuality) {
            const rule = entry.rule;
            const metric = metricOf(rule);
            if (rule.type === 'text')
                continue;
            if (rule.type !== 'library')
                results.push(this.unsupportedRule(rule));
            else if (metric === 'rowCount')
                results.push(this.rowCountResult(rule));
            else if (metric === 'duplicateValues' && entry.duplicates) {
                const result = this.duplicatesOf(entry.duplicates);
                results.push(this.thresholdResult(rule, 'duplicate-values', undefined, result.duplicates, result.samples.map((s) => this.duplicateSample(s, formatCompositeKey(s.key), false)), `duplicate combinations of ${entry.columns?.join(', ') ?? 'all columns'}`, entry.columns));
            }
            else
                results.push(this.unknownMetric(rule));
        }
        return results;
    }
    structureResults() {
        if (this.options.locator !== 'line' || this.structure.size === 0 && !this.isDelimited)
            return [];
        const results = [];
        const describe = [
            ['header', 'header', 'failed', 'column names are present and distinct'],
            ['ragged-row', 'ragged-rows', 'failed', 'every row has as many fields as the header'],
            ['blank-line', 'blank-lines', 'warning', 'no blank lines'],
            ['encoding', 'encoding', 'failed', 'valid UTF-8'],
            ['bom', 'bom', 'warning', 'no byte order mark'],
        ];
        for (const [kind, check, outcome, passMessage] of describe) {
            const entry = this.structure.get(kind);
            if (!entry) {
                results.push({ check, result: 'passed', count: 0, message: passMessage });
                continue;
            }
            const first = entry.samples[0];
            results.push({
                check,
                result: outcome,
                count: entry.count,
                message: `${(0,counts/* plural */.L)(entry.count, 'problem')}; line ${first?.line}: ${first?.value}`,
                samples: entry.samples,
            });
        }
        return results;
    }
    /** Set for CSV/TSV, whose structure is checked (other formats fail to parse instead). */
    isDelimited = false;
    duplicateResult(check, column, result, property, extra) {
        const redact = property ? isClassified(property) : false;
        const samples = result.samples.map((sample) => this.duplicateSample(sample, redact ? null : sample.key.slice(0, 200), redact));
        return {
            check,
            ...(column !== undefined ? { column } : {}),
            result: result.duplicates > 0 ? 'failed' : 'passed',
            count: result.duplicates,
            percent: this.percent(result.duplicates),
            message: result.duplicates > 0 ? `${(0,counts/* plural */.L)(result.duplicates, 'value repeats', 'values repeat')} an earlier one` : `all ${result.values} values are distinct`,
            ...(samples.length && result.duplicates > 0 ? { samples } : {}),
            ...extra,
        };
    }
    primaryKeyResult() {
        const key = this.primaryKey;
        const columns = this.keyProperties.map((state) => state.property.column);
        const absent = this.keyProperties.filter((state) => state.index < 0).map((state) => state.property.column);
        const location = { contract_location: this.keyProperties[0].property.location };
        if (absent.length > 0) {
            return { check: 'primary-key', columns, result: 'failed', message: `key column ${absent.join(', ')} is not in the data`, ...location };
        }
        const duplicates = this.duplicatesOf(key.duplicates);
        const nulls = key.nullTally.count;
        const count = duplicates.duplicates + nulls;
        const redact = this.keyProperties.some((state) => isClassified(state.property));
        const samples = [
            ...key.nullTally.samples.map((sample) => (redact ? { ...sample, value: null, redacted: true } : { ...sample, value: `missing key part: ${sample.value ?? ''}` })),
            ...duplicates.samples.map((sample) => this.duplicateSample(sample, redact ? null : formatCompositeKey(sample.key), redact)),
        ]
            .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
            .slice(0, this.options.samples);
        const parts = [];
        if (duplicates.duplicates)
            parts.push((0,counts/* plural */.L)(duplicates.duplicates, 'duplicate key'));
        if (nulls)
            parts.push(`${(0,counts/* plural */.L)(nulls, 'row')} with a missing key value`);
        return {
            check: 'primary-key',
            ...(columns.length === 1 ? { column: columns[0] } : { columns }),
            result: count > 0 ? 'failed' : 'passed',
            count,
            percent: this.percent(count),
            message: count > 0 ? parts.join(' and ') : `key (${columns.join(', ')}) is present and unique in every row`,
            ...(count > 0 && samples.length ? { samples } : {}),
            ...location,
        };
    }
    qualityResult(quality, column, property) {
        const rule = quality.rule;
        const metric = metricOf(rule);
        const id = checkIdOfMetric(metric, rule);
        if (quality.kind === 'duplicate') {
            const result = this.duplicatesOf(quality.duplicates);
            const redact = isClassified(property);
            return this.thresholdResult(rule, id, column, result.duplicates, result.samples.map((s) => this.duplicateSample(s, redact ? null : s.key, redact)), 'duplicate values');
        }
        const what = { null: 'null values', missing: 'missing values', invalid: rule.arguments['validValues'] !== undefined ? 'values outside the allowed list' : 'invalid values' }[quality.kind];
        const result = this.thresholdResult(rule, id, column, quality.tally.count, quality.tally.samples, what);
        if (rule.arguments['validValues'] !== undefined)
            result.expected = rule.arguments['validValues'];
        return result;
    }
    /** A library rule: the measured count (or percent) against its operator; `mustBe: 0` when none is given. */
    thresholdResult(rule, check, column, count, samples, what, columns) {
        const operator = rule.operator ?? { name: 'mustBe', value: 0 };
        const measured = rule.unit === 'percent' ? this.percent(count) : count;
        const ok = satisfies(operator, measured);
        const expected = describeOperator(operator, rule.unit);
        const shown = rule.unit === 'percent' ? `${measured}%` : String(measured);
        if (count === 1 && rule.unit !== 'percent')
            what = what.replace(/^(\w+) values/, '$1 value').replace(/^values/, 'value').replace(/^duplicate combinations/, 'duplicate combination');
        return {
            check,
            ...(column !== undefined ? { column } : {}),
            ...(columns ? { columns } : {}),
            result: ok ? 'passed' : failureOutcome(rule),
            count,
            percent: this.percent(count),
            expected,
            actual: measured,
            message: `${shown} ${what}; must be ${expected}`,
            ...(!ok && samples.length ? { samples } : {}),
            ...ruleFields(rule),
        };
    }
    rowCountResult(rule) {
        const operator = rule.operator;
        if (!operator)
            return { check: 'row-count', result: 'error', message: 'rowCount needs an operator such as mustBeGreaterThan', ...ruleFields(rule) };
        const ok = satisfies(operator, this.rows);
        const expected = describeOperator(operator, 'rows');
        return { check: 'row-count', result: ok ? 'passed' : failureOutcome(rule), count: this.rows, expected, actual: this.rows, message: `${this.rows} rows; must be ${expected}`, ...ruleFields(rule) };
    }
    unsupportedRule(rule, column) {
        return {
            check: 'quality-rule',
            ...(column !== undefined ? { column } : {}),
            result: 'warning',
            message: `not run: ${rule.type} quality rules need their own engine (${rule.type === 'sql' ? 'a database' : 'the vendor tool'}); validate-data runs library rules`,
            ...ruleFields(rule),
        };
    }
    unknownMetric(rule, column) {
        const metric = metricOf(rule);
        const misplaced = column === undefined && LIBRARY_METRICS.includes(metric);
        return {
            check: 'quality-rule',
            ...(column !== undefined ? { column } : {}),
            result: 'error',
            message: misplaced
                ? `${rule.metric} counts values of one property: put it in that property's quality list (at schema level only rowCount and duplicateValues with arguments.properties apply)`
                : `unknown library metric "${rule.metric}"; the library metrics are ${LIBRARY_METRICS.join(', ')}`,
            ...ruleFields(rule),
        };
    }
    freshnessResult(sla, state) {
        const column = state.property.column;
        const limit = durationMs(Number(sla.value), sla.unit);
        const location = { contract_location: sla.location };
        if (limit === undefined)
            return { check: 'freshness', column, result: 'error', message: `cannot read ${sla.property} ${String(sla.value)} ${sla.unit ?? ''}: use a number with unit d, h, m or s`, ...location };
        if (state.latest === undefined)
            return { check: 'freshness', column, result: 'failed', message: `no ${state.type ?? 'date'} values to measure ${sla.property} from`, ...location };
        const age = this.options.now - state.latest;
        const newest = new Date(state.latest).toISOString();
        return {
            check: 'freshness',
            column,
            result: age <= limit ? 'passed' : 'failed',
            expected: `≤ ${String(sla.value)}${sla.unit ?? 'd'}`,
            actual: newest,
            message: `newest value ${newest} is ${formatAge(age)} old; ${sla.property} allows ${String(sla.value)}${sla.unit ?? 'd'}`,
            ...location,
        };
    }
}
function lineOf(batch, row) {
    return batch.lines === undefined ? batch.firstRow + row + 1 : batch.lines[row];
}
function ruleFields(rule) {
    return {
        ...(rule.id || rule.name ? { rule: rule.id ?? rule.name } : {}),
        ...(rule.severity ? { severity: rule.severity } : {}),
        ...(rule.dimension ? { dimension: rule.dimension } : {}),
        contract_location: rule.location,
    };
}
function formatCompositeKey(key) {
    try {
        const parts = JSON.parse(key);
        return Array.isArray(parts) ? parts.join(', ') : key;
    }
    catch {
        return key;
    }
}
const UNIT_MS = { s: 1000, sec: 1000, second: 1000, seconds: 1000, m: 60_000, min: 60_000, minute: 60_000, minutes: 60_000, h: 3_600_000, hr: 3_600_000, hour: 3_600_000, hours: 3_600_000, d: 86_400_000, day: 86_400_000, days: 86_400_000, w: 604_800_000, week: 604_800_000, weeks: 604_800_000, y: 31_536_000_000, yr: 31_536_000_000, year: 31_536_000_000, years: 31_536_000_000 };
function durationMs(value, unit) {
    const scale = UNIT_MS[(unit ?? 'd').toLowerCase()];
    return Number.isFinite(value) && scale !== undefined ? value * scale : undefined;
}
function formatAge(ms) {
    if (ms < 0)
        return '0s (in the future)';
    const hours = ms / 3_600_000;
    if (hours < 1)
        return `${Math.round(ms / 60_000)}m`;
    if (hours < 48)
        return `${Math.round(hours * 10) / 10}h`;
    return `${Math.round((hours / 24) * 10) / 10}d`;
}


/***/ }),

/***/ 93290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rx: () => (/* binding */ describeKey),
/* harmony export */   a7: () => (/* binding */ buildRelationships)
/* harmony export */ });
/* unused harmony export resolveReference */
/* harmony import */ var _shared_counts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77341);
/**
 * ODCS v3.1 `relationships` (foreign keys), resolved to the properties they join. A relationship is
 * declared on a schema object (`from` and `to`, strings or equal-length lists for composite keys) or
 * on a property (`to` only; `from` is the property). References are shorthand `object.property` (by
 * name) or fully qualified `schema/<object id>/properties/<property id>` (by id, falling back to name).
 */

function findObject(objects, key, byId) {
    return (byId ? objects.find((object) => object.id === key) : undefined) ?? objects.find((object) => object.name === key || object.physicalName === key);
}
function findProperty(object, key, byId) {
    return (byId ? object.properties.find((property) => property.id === key) : undefined) ?? object.properties.find((property) => property.name === key || property.column === key);
}
function declared(objects) {
    return objects.map((object) => object.name).join(', ') || 'none';
}
/** One reference to one property of this contract, or why it is not one. */
function resolveReference(objects, reference) {
    if (reference.includes('#'))
        return { unchecked: `${reference} is in another contract` };
    if (reference.includes('/')) {
        const segments = reference.replace(/^\//, '').split('/');
        if (segments[0] !== 'schema')
            return { problem: `"${reference}" does not point into schema: write schema/<object id>/properties/<property id>` };
        const object = findObject(objects, segments[1] ?? '', true);
        if (!object)
            return { problem: `"${reference}" names schema object "${segments[1] ?? ''}", which this contract does not declare (it has ${declared(objects)})` };
        if (segments.length < 4 || segments[2] !== 'properties')
            return { problem: `"${reference}" names a schema object, not a property: write schema/${segments[1]}/properties/<property id>` };
        const property = findProperty(object, segments[3], true);
        if (!property)
            return { problem: `"${reference}" names property "${segments[3]}", which "${object.name}" does not declare` };
        if (segments.length > 4)
            return { unchecked: `${reference} is a nested property, and validate-data checks top-level columns` };
        return { object, property };
    }
    const dot = reference.indexOf('.');
    if (dot <= 0)
        return { problem: `"${reference}" is not a reference: write object.property or schema/<object id>/properties/<property id>` };
    const object = findObject(objects, reference.slice(0, dot), false);
    if (!object)
        return { problem: `"${reference}" names schema object "${reference.slice(0, dot)}", which this contract does not declare (it has ${declared(objects)})` };
    const rest = reference.slice(dot + 1);
    const property = findProperty(object, rest, false) ?? findProperty(object, rest.split('.')[0], false);
    if (!property)
        return { problem: `"${reference}" names property "${rest}", which "${object.name}" does not declare` };
    if (property.name !== rest && property.column !== rest)
        return { unchecked: `${reference} is a nested property, and validate-data checks top-level columns` };
    return { object, property };
}
function asList(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
        return value;
    return undefined;
}
/** Every relationship of the contract, schema level and property level, with the problems found resolving them. */
function buildRelationships(objects, rawSchema, source) {
    const declarations = [];
    rawSchema.forEach((item, objectIndex) => {
        const object = objects[objectIndex];
        if (!object || item === null || typeof item !== 'object')
            return;
        const rawObject = item;
        const list = (value) => (Array.isArray(value) ? value : []);
        list(rawObject['properties']).forEach((entry, propertyIndex) => {
            const property = object.properties[propertyIndex];
            if (!property || entry === null || typeof entry !== 'object')
                return;
            list(entry['relationships']).forEach((raw, index) => {
                declarations.push({ raw: raw, pointer: `${property.pointer}/relationships/${index}`, property: { object, property } });
            });
        });
        list(rawObject['relationships']).forEach((raw, index) => declarations.push({ raw: raw, pointer: `${object.pointer}/relationships/${index}` }));
    });
    const relationships = [];
    const problems = [];
    for (const declaration of declarations) {
        const location = source.locate(declaration.pointer);
        const problem = (message, key) => problems.push({ message: `relationship: ${message}`, location: key ? source.locate(`${declaration.pointer}/${key}`) : location });
        const fromWritten = declaration.property ? [`${declaration.property.object.name}.${declaration.property.property.name}`] : asList(declaration.raw['from']);
        const toWritten = asList(declaration.raw['to']);
        if (!fromWritten || !toWritten)
            continue; // The standard's schema has reported it.
        if (declaration.property && toWritten.length !== 1) {
            problem(`a relationship on property "${declaration.property.property.name}" references one column, but "to" lists ${toWritten.length}; declare a composite key on the schema object with "from" and "to" lists`, 'to');
            continue;
        }
        if (fromWritten.length !== toWritten.length) {
            problem(`"from" lists ${(0,_shared_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(fromWritten.length, 'column')} and "to" ${toWritten.length}; a composite key needs as many on each side`, 'to');
            continue;
        }
        const from = declaration.property ? [declaration.property] : fromWritten.map((reference) => resolveReference(objects, reference));
        const to = toWritten.map((reference) => resolveReference(objects, reference));
        const wrong = [...from.map((resolved) => ['from', resolved]), ...to.map((resolved) => ['to', resolved])].filter(([, resolved]) => 'problem' in resolved);
        for (const [key, resolved] of wrong)
            problem(resolved.problem, key);
        if (wrong.length > 0)
            continue;
        // The referencing side must be this contract's own data.
        const fromUnchecked = from.find((resolved) => 'unchecked' in resolved);
        if (fromUnchecked) {
            problem(`"from" must name top-level properties of this contract: ${fromUnchecked.unchecked}`, 'from');
            continue;
        }
        const fromKey = oneObject(from, 'from', problem);
        if (!fromKey)
            continue;
        const relationship = { from: fromKey, written: { from: fromWritten, to: toWritten }, pointer: declaration.pointer, location };
        const toUnchecked = to.find((resolved) => 'unchecked' in resolved);
        if (toUnchecked)
            relationship.unchecked = toUnchecked.unchecked;
        else {
            const toKey = oneObject(to, 'to', problem);
            if (!toKey)
                continue;
            relationship.to = toKey;
        }
        relationships.push(relationship);
    }
    return { relationships, problems };
}
/** The columns of one side as a key, when they all lie in one schema object. */
function oneObject(columns, key, problem) {
    const names = [...new Set(columns.map((column) => column.object.name))];
    if (names.length > 1) {
        problem(`"${key}" names properties of several schema objects (${names.join(', ')}); a key lies in one object`, key);
        return undefined;
    }
    return { object: columns[0].object, properties: columns.map((column) => column.property) };
}
/** `customers.id`, or `order_lines (order_id, line)` for a composite key. */
function describeKey(key) {
    return key.properties.length === 1 ? `${key.object.name}.${key.properties[0].column}` : `${key.object.name} (${key.properties.map((property) => property.column).join(', ')})`;
}


/***/ }),

/***/ 62369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cz: () => (/* binding */ RecordBuffer),
/* harmony export */   UE: () => (/* binding */ PartitionWriter),
/* harmony export */   _Z: () => (/* binding */ PartitionReader),
/* harmony export */   me: () => (/* binding */ PartitionPass),
/* harmony export */   y1: () => (/* binding */ splitBitsFor)
/* harmony export */ });
/* unused harmony exports PARTITION_BITS, writerBufferBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _key_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40712);
/* harmony import */ var _key_places_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90099);
/**
 * The partition files keys spill to. A record is the place (line, then file index, each 4 bytes
 * little-endian) and the encoded key (key-bytes.ts). Records are gathered in one preallocated buffer
 * per partition and written when it fills; they are read back a chunk at a time, so neither side holds
 * more than a few megabytes however large the files grow.
 *
 * A key's partition is chosen by the hash of its bytes, so equal keys always share a partition, and
 * two writers put equal keys in partitions of the same index: each partition can be worked on alone,
 * or joined with its namesake.
 */




const PARTITION_BITS = 6;
const PLACE_BYTES = 8;
const BUFFER_BYTES = 1 << 15;
const READ_BYTES = 1 << 20;
// A partition's table takes about three times its file: one larger than this share of the budget is split again.
const SPLIT_SHARE = 4;
const MAX_SPLITS = 3;
// Below this a partition's table is little larger than an empty one (key-places.ts): splitting it saves nothing, and a
// tiny budget would split every partition into thousands of files.
const MIN_SPLIT_BYTES = 1 << 14;
/** The partition a 32-bit hash falls in, of 2^bits: its top bits, so the low bits still spread keys over a table's slots. */
function partitionOf(hash, bits) {
    return hash >>> (32 - bits);
}
/** Bytes of buffer a writer to 2^bits partitions needs. */
function writerBufferBytes(bits = PARTITION_BITS) {
    return BUFFER_BYTES << bits;
}
function writePlace(target, at, place) {
    (0,_key_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .writeUint32 */ .rn)(target, at, place % _key_places_js__WEBPACK_IMPORTED_MODULE_3__/* .LINE_SPAN */ .Ir);
    (0,_key_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .writeUint32 */ .rn)(target, at + 4, Math.floor(place / _key_places_js__WEBPACK_IMPORTED_MODULE_3__/* .LINE_SPAN */ .Ir));
}
/** Visits the whole records in bytes[from…to); returns where the first incomplete one starts. */
function visitRecords(bytes, from, to, visit) {
    let at = from;
    while (to - at >= PLACE_BYTES + _key_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .HEADER_BYTES */ .q2) {
        const length = (0,_key_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .encodedLength */ .ZO)(bytes, at + PLACE_BYTES);
        if (to - at < PLACE_BYTES + length)
            break;
        visit(bytes, at + PLACE_BYTES, length, (0,_key_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .readUint32 */ .Wg)(bytes, at + 4) * _key_places_js__WEBPACK_IMPORTED_MODULE_3__/* .LINE_SPAN */ .Ir + (0,_key_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .readUint32 */ .Wg)(bytes, at));
        at += PLACE_BYTES + length;
    }
    return at;
}
class PartitionWriter {
    paths;
    files;
    buffer;
    filled;
    bits;
    /** `buffer` (writerBufferBytes(bits) long) may be one an earlier writer is done with. */
    constructor(dir, prefix, bits = PARTITION_BITS, buffer = new Uint8Array(writerBufferBytes(bits))) {
        const partitions = 1 << bits;
        this.bits = bits;
        this.buffer = buffer;
        this.filled = new Int32Array(partitions);
        this.paths = Array.from({ length: partitions }, (_, index) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${prefix}${index}.part`));
        this.files = [];
        try {
            for (const path of this.paths)
                this.files.push((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'w'));
        }
        catch (error) {
            for (const file of this.files)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(file);
            throw error;
        }
    }
    /** Appends the encoded key at source[at…at+length], first seen at `place`, to the partition its hash chooses. */
    add(source, at, length, place) {
        this.addHashed((0,_key_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .hashBytes */ .yi)(source, at, length), source, at, length, place);
    }
    /** As add, for a key whose hash is known already: hashBytes's, or a split's own seeded one. */
    addHashed(hash, source, at, length, place) {
        this.write(partitionOf(hash, this.bits), source, at, length, place);
    }
    /** Appends the encoded key at source[at…at+length], first seen at `place`, to a partition. */
    write(partition, source, at, length, place) {
        const size = PLACE_BYTES + length;
        if (this.filled[partition] + size > BUFFER_BYTES)
            this.flush(partition);
        const start = partition * BUFFER_BYTES + this.filled[partition];
        writePlace(this.buffer, start, place);
        if (size > BUFFER_BYTES) {
            // A key longer than the buffer goes straight to the file, after its place.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.files[partition], this.buffer, start, PLACE_BYTES);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.files[partition], source, at, length);
            return;
        }
        (0,_key_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .copyBytes */ .nC)(source, at, length, this.buffer, start + PLACE_BYTES);
        this.filled[partition] = this.filled[partition] + size;
    }
    flush(partition) {
        if (this.filled[partition] === 0)
            return;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.files[partition], this.buffer, partition * BUFFER_BYTES, this.filled[partition]);
        this.filled[partition] = 0;
    }
    /** Writes what is buffered and closes every file; after a failed write too, so no descriptor leaks. Closing twice does nothing. */
    close() {
        try {
            if (this.files.length > 0)
                for (let partition = 0; partition < this.filled.length; partition++)
                    this.flush(partition);
        }
        finally {
            for (const file of this.files.splice(0))
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(file);
        }
    }
}
/** Reads partition files a chunk at a time, one chunk for every file it reads. */
class PartitionReader {
    chunk = new Uint8Array(READ_BYTES);
    /**
     * Visits every record of a partition file in order. The bytes handed over are only valid during the
     * call: the chunk is reused for the next part of the file.
     */
    read(path, visit) {
        const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
        try {
            this.readFile(file, path, visit);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(file);
        }
    }
    readFile(file, path, visit) {
        let chunk = this.chunk;
        let filled = 0;
        for (;;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(file, chunk, filled, chunk.length - filled, null);
            filled += read;
            const at = visitRecords(chunk, 0, filled, visit);
            const rest = filled - at;
            if (read === 0) {
                if (rest !== 0)
                    throw new Error(`${path} ends inside a record`);
                return;
            }
            // The incomplete record moves to the front, into a larger chunk when it would not fit.
            const needed = rest >= PLACE_BYTES + _key_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .HEADER_BYTES */ .q2 ? PLACE_BYTES + (0,_key_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .encodedLength */ .ZO)(chunk, at + PLACE_BYTES) : PLACE_BYTES + _key_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .HEADER_BYTES */ .q2;
            if (needed > chunk.length) {
                const larger = new Uint8Array(Math.max(needed, chunk.length * 2));
                larger.set(chunk.subarray(at, filled));
                chunk = this.chunk = larger;
            }
            else {
                chunk.copyWithin(0, at, filled);
            }
            filled = rest;
        }
    }
}
/** Records as the partition files hold them, gathered in memory for keys that may never have to go to disk. */
class RecordBuffer {
    buffer = new Uint8Array(0);
    filled = 0;
    get bytes() {
        return this.buffer.byteLength;
    }
    /** Bytes that adding a key of `length` encoded bytes would newly allocate (0 when it fits). */
    growthFor(length) {
        const needed = this.filled + PLACE_BYTES + length;
        return needed > this.buffer.length ? (0,_key_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .grownLength */ .A5)(this.buffer.length, needed) : 0;
    }
    add(source, at, length, place) {
        const growth = this.growthFor(length);
        if (growth > 0) {
            const buffer = new Uint8Array(growth);
            buffer.set(this.buffer.subarray(0, this.filled));
            this.buffer = buffer;
        }
        writePlace(this.buffer, this.filled, place);
        (0,_key_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .copyBytes */ .nC)(source, at, length, this.buffer, this.filled + PLACE_BYTES);
        this.filled += PLACE_BYTES + length;
    }
    /** Visits the records in the order they were added. */
    forEach(visit) {
        visitRecords(this.buffer, 0, this.filled, visit);
    }
    /** Empties the buffer and gives its memory back. */
    release() {
        this.buffer = new Uint8Array(0);
        this.filled = 0;
    }
}
/**
 * The bits to split a partition file by so that a table of its keys fits in `memoryBytes`; 0 when it
 * fits already, or when it has been split as often as is worth it (one key repeated cannot be split).
 */
function splitBitsFor(path, memoryBytes, splits) {
    const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
    const limit = Math.max(memoryBytes / SPLIT_SHARE, MIN_SPLIT_BYTES);
    return size > limit && splits < MAX_SPLITS ? Math.min(PARTITION_BITS, Math.ceil(Math.log2(size / limit))) : 0;
}
/** What working through partition files one after another reuses: a table for one partition's keys, the reader, and a split's buffer. */
class PartitionPass {
    table = new _key_places_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyPlaces */ .kh();
    reader = new PartitionReader();
    splitBuffer;
    /**
     * Splits a partition file in 2^bits by a hash independent of the one that made it, keeping its
     * records' order; the file is removed and the parts' paths returned. Split number `split` names the
     * parts and seeds the hash, so two files split under the same number put equal keys in parts of the
     * same index.
     */
    split(path, split, bits, name = '') {
        this.splitBuffer ??= new Uint8Array(writerBufferBytes());
        const writer = new PartitionWriter((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), `${split}-${name}`, bits, this.splitBuffer);
        const seed = 0x9e3779b9 + split;
        try {
            this.reader.read(path, (bytes, at, length, place) => writer.addHashed((0,_key_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .hashBytes */ .yi)(bytes, at, length, seed), bytes, at, length, place));
        }
        finally {
            writer.close();
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path);
        return writer.paths;
    }
}


/***/ }),

/***/ 21909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary),
/* harmony export */   I: () => (/* binding */ driftTable)
/* harmony export */ });
/* harmony import */ var _shared_counts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77341);
/* harmony import */ var _shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11680);
/** The job summary: a verdict line, one table per schema object, breaking changes and drift. */


const ICONS = { passed: '✅ passed', warning: '⚠️ warning', failed: '❌ failed', error: '🛑 error' };
function samplesCell(check) {
    const samples = check.samples ?? [];
    if (samples.length === 0)
        return '';
    const shown = samples.map((sample) => sampleText(sample)).join(' ');
    const total = check.count ?? samples.length;
    return total > samples.length ? `${shown} (first ${samples.length} of ${total})` : shown;
}
function sampleText(sample) {
    const first = sample.first ? ` (first at ${sample.first.file ? `${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(sample.first.file)}:` : 'line '}${sample.first.line})` : '';
    const at = sample.line !== undefined ? `${sample.line}${first}: ` : '';
    if (sample.redacted)
        return `${at}<em>redacted</em>`;
    return `${at}${sample.value === null ? '<em>missing</em>' : (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(sample.value, 60)}`;
}
function objectTable(object) {
    const rows = object.checks.map((check) => [
        (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(check.check),
        (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(check.column ?? check.columns?.join(', ') ?? ''),
        ICONS[check.result] ?? check.result,
        check.count === undefined ? '' : String(check.count),
        check.percent === undefined ? '' : `${check.percent}%`,
        (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(check.message, 300) + (samplesCell(check) ? `<br>${samplesCell(check)}` : ''),
    ]);
    return (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Check', 'Column', 'Result', 'Count', '%', 'Details'], rows, ['l', 'l', 'l', 'r', 'r', 'l']);
}
function changesTable(changes) {
    const rows = changes.map((change) => [
        (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(change.change),
        (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)([change.object, change.property].filter(Boolean).join('.')),
        change.consumer,
        change.producer,
        change.breaking ? '❌ yes' : 'no',
        (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(change.message, 300) + (change.evidence ? `<br>${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(change.evidence.message, 300)}` : ''),
    ]);
    return (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Change', 'Where', 'Consumers', 'Producers', 'Breaking', 'Details'], rows);
}
function driftTable(drift) {
    const rows = drift.columns.map((column) => [
        (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(column.column),
        column.test,
        column.statistic === null ? '∞' : column.statistic.toPrecision(4),
        column.p_value === undefined ? '' : column.p_value.toPrecision(3),
        String(column.threshold),
        column.drifted ? '⚠️ drifted' : 'no',
    ]);
    return (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Column', 'Test', 'Statistic', 'p-value', 'Threshold', 'Drift'], rows, ['l', 'l', 'r', 'r', 'r', 'l']);
}
function renderSummary(report, notes = {}) {
    const parts = [];
    const verdict = report.passed ? '✅ Data contract checks passed' : '❌ Data contract checks failed';
    parts.push(`## ${verdict}`);
    const contract = report.contract;
    parts.push(`Contract ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(contract.id)} version ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(contract.version)} (${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(contract.path)}) · ${report.rows} rows · ` +
        `${(0,_shared_counts_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(report.errors, 'error')}, ${(0,_shared_counts_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(report.warnings, 'warning')} · fail-on: ${report.fail_on}`);
    for (const object of report.objects) {
        const failing = object.checks.filter((check) => check.result !== 'passed').length;
        parts.push(`### ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(object.name)}: ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(object.file)} (${object.rows} rows, ${failing} of ${object.checks.length} checks not passed)`);
        parts.push(objectTable(object));
    }
    if (report.base_contract) {
        parts.push(`### Contract changes against ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(report.base_contract.source)} (version ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(report.base_contract.version)} → ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(contract.version)})`);
        parts.push(report.breaking_changes.length === 0 ? 'No changes to the schema, quality rules or service levels.' : changesTable(report.breaking_changes));
    }
    if (report.drift)
        parts.push(...driftSections(report.drift));
    const truncation = [];
    if (report.truncated)
        truncation.push(`Samples are limited to ${report.truncated.samples_per_check} per check; counts are complete.`);
    if (notes.annotationsLeftOut)
        truncation.push(`${notes.annotationsLeftOut} more annotations were left out (max-annotations); every finding is in the tables above and the JSON report.`);
    if (truncation.length)
        parts.push(`> ${truncation.join(' ')}`);
    return `${parts.join('\n\n')}\n`;
}
/** One section per schema object measured: its verdict, its columns, its unseen categories; then those not measured. */
function driftSections(drift) {
    const parts = [];
    const perObject = drift.objects ?? [{ object: drift.object, reference: drift.reference, share: drift.share, drifted: drift.drifted, drifted_columns: drift.drifted_columns, tested_columns: drift.columns.length }];
    for (const part of perObject) {
        const mine = (entries) => (drift.objects ? entries.filter((entry) => entry.object === part.object) : entries);
        const columns = mine(drift.columns);
        const against = (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(part.reference?.path ?? drift.reference?.path ?? 'the reference');
        parts.push(`### Drift${part.object ? ` of ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(part.object)}` : ''} against ${against}: ${part.drifted ? '⚠️ dataset drift' : 'no dataset drift'} ` +
            `(${part.drifted_columns} of ${part.tested_columns} columns, share ${part.share.toFixed(2)}, threshold ${drift.threshold})`);
        if (columns.length)
            parts.push(driftTable({ ...drift, columns }));
        for (const unseen of mine(drift.unseen_categories)) {
            parts.push(`Column ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(unseen.column)} has ${unseen.count} rows (${unseen.percent}%) with categories the reference never had: ${unseen.categories.slice(0, 10).map((c) => `${c.value === null ? '<em>redacted</em>' : (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.value, 40)} (${c.count})`).join(', ')}${unseen.categories.length > 10 ? `, and ${unseen.categories.length - 10} more` : ''}`);
        }
        const skipped = mine(drift.skipped);
        if (skipped.length)
            parts.push((0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`${skipped.length} columns not tested for drift`, skipped.map((s) => `- ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(s.column)}: ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(s.reason)}`).join('\n')));
    }
    for (const entry of drift.not_measured ?? [])
        parts.push(`### Drift of ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(entry.object)}: not measured\n\n${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(entry.reason, 300)}`);
    return parts;
}


/***/ }),

/***/ 43883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ parseTimestamp),
/* harmony export */   KN: () => (/* binding */ displayValue),
/* harmony export */   Ml: () => (/* binding */ logicalTypeOfPhysical),
/* harmony export */   TN: () => (/* binding */ keyOf),
/* harmony export */   _U: () => (/* binding */ parseDate),
/* harmony export */   fl: () => (/* binding */ uniqueKey),
/* harmony export */   i1: () => (/* binding */ typeParser),
/* harmony export */   sc: () => (/* binding */ textLength),
/* harmony export */   yA: () => (/* binding */ isMissingValue)
/* harmony export */ });
/* unused harmony exports parseDecimal, parseInteger, dateFormatRegex */
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
function isDigitCode(code) {
    return code >= 48 && code <= 57;
}
/** A decimal number written plainly: no hex, binary, octal, Infinity or surrounding spaces. */
function parseDecimal(text) {
    const length = text.length;
    if (length === 0)
        return undefined;
    const first = text.charCodeAt(0);
    const last = text.charCodeAt(length - 1);
    if (!(isDigitCode(first) || first === 43 || first === 45 || first === 46))
        return undefined;
    if (!(isDigitCode(last) || last === 46))
        return undefined;
    if (length > 1 && first === 48) {
        const second = text.charCodeAt(1) | 0x20;
        if (second === 120 || second === 98 || second === 111)
            return undefined; // 0x, 0b, 0o
    }
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
}
/** Digits with an optional sign, as a number (past 2^53 it is rounded, as JSON readers do). */
function parseInteger(text) {
    const length = text.length;
    if (length === 0)
        return undefined;
    let index = 0;
    const first = text.charCodeAt(0);
    if (first === 45 || first === 43) {
        if (length === 1)
            return undefined;
        index = 1;
    }
    for (; index < length; index++) {
        const code = text.charCodeAt(index);
        if (code < 48 || code > 57)
            return undefined;
    }
    return Number(text);
}
function validCalendarDate(year, month, day) {
    if (month < 1 || month > 12 || day < 1)
        return false;
    const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    return day <= days;
}
/** Epoch milliseconds of a date or date-time text, undefined when it is not one. */
function parseTimestamp(text) {
    const match = ISO_TIMESTAMP.exec(text);
    if (!match)
        return undefined;
    if (!validCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])))
        return undefined;
    if (match[4] !== undefined && (Number(match[4]) > 23 || Number(match[5]) > 59 || Number(match[6] ?? 0) > 60))
        return undefined;
    // Date.parse reads a zone-less date-time as local time; validate-data treats it as UTC.
    const hasZone = /(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$/.test(text) && match[4] !== undefined;
    const normalised = text.replace(' ', 'T');
    const value = Date.parse(hasZone || match[4] === undefined ? normalised : `${normalised}Z`);
    return Number.isNaN(value) ? undefined : value;
}
function parseDate(text) {
    const match = ISO_DATE.exec(text);
    if (!match)
        return undefined;
    if (!validCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])))
        return undefined;
    return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}
/**
 * A JDK DateTimeFormatter pattern (what ODCS `format` on dates uses) as a regular expression for the
 * common letters: y, M, d, H, h, m, s, S, a, and the zone letters X, x, Z. Quoted text is literal.
 */
function dateFormatRegex(format) {
    let source = '';
    for (let index = 0; index < format.length;) {
        const char = format[index];
        if (char === "'") {
            const end = format.indexOf("'", index + 1);
            const literal = end === -1 ? format.slice(index + 1) : format.slice(index + 1, end);
            source += literal === '' ? "'" : literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            index = end === -1 ? format.length : end + 1;
            continue;
        }
        let run = 1;
        while (format[index + run] === char)
            run++;
        switch (char) {
            case 'y':
            case 'u':
                source += run === 2 ? '\\d{2}' : '\\d{4}';
                break;
            case 'M':
            case 'd':
            case 'H':
            case 'h':
            case 'm':
            case 's':
                source += run === 1 ? '\\d{1,2}' : `\\d{${run}}`;
                break;
            case 'S':
                source += `\\d{${run}}`;
                break;
            case 'a':
                source += '(?:AM|PM|am|pm)';
                break;
            case 'X':
            case 'x':
            case 'Z':
                source += '(?:Z|[+-]\\d{2}(?::?\\d{2})?)';
                break;
            default:
                source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').repeat(run);
        }
        index += run;
    }
    return new RegExp(`^${source}$`);
}
function fromDateObject(value) {
    return value instanceof Date && !Number.isNaN(value.getTime()) ? value.getTime() : undefined;
}
/** How to read the type the physicalType names, when the contract gives no logicalType. */
function logicalTypeOfPhysical(physicalType) {
    if (!physicalType)
        return undefined;
    const base = physicalType.toLowerCase().replace(/\(.*$/, '').trim();
    if (/^(tinyint|smallint|int|integer|bigint|long|int8|int16|int32|int64|uint8|uint16|uint32|uint64|short|byte)$/.test(base))
        return 'integer';
    if (/^(float|double|real|decimal|numeric|number|float32|float64|double precision)$/.test(base))
        return 'number';
    if (/^(bool|boolean)$/.test(base))
        return 'boolean';
    if (/^(date)$/.test(base))
        return 'date';
    if (/^(timestamp|timestamp_tz|timestamp_ntz|timestamptz|datetime|datetime2)/.test(base))
        return 'timestamp';
    if (/^(time)$/.test(base))
        return 'time';
    if (/^(varchar|char|nvarchar|nchar|text|string|str|character varying|uuid)$/.test(base))
        return 'string';
    if (/^(array|list)$/.test(base))
        return 'array';
    if (/^(struct|record|object|map|json|jsonb|variant)$/.test(base))
        return 'object';
    return undefined;
}
/**
 * Dates repeat (days, hours) far more than they vary: remember the last few thousand texts read.
 * Bounded, so a column of unique timestamps costs nothing extra.
 */
function memoised(parse) {
    const cache = new Map();
    return (text) => {
        const known = cache.get(text);
        if (known !== undefined || cache.has(text))
            return known;
        const value = parse(text);
        if (cache.size < 4096)
            cache.set(text, value);
        return value;
    };
}
function typeParser(type, dateFormat) {
    switch (type) {
        case 'string':
            return (value) => (typeof value === 'string' ? value : undefined);
        case 'integer':
            return (value) => {
                if (typeof value === 'string')
                    return parseInteger(value);
                if (typeof value === 'number')
                    return Number.isInteger(value) ? value : undefined;
                if (typeof value === 'bigint')
                    return value;
                return undefined;
            };
        case 'number':
            return (value) => {
                if (typeof value === 'string')
                    return parseDecimal(value);
                if (typeof value === 'number')
                    return Number.isFinite(value) ? value : undefined;
                if (typeof value === 'bigint')
                    return Number(value);
                return undefined;
            };
        case 'boolean':
            return (value) => {
                if (typeof value === 'boolean')
                    return value;
                if (typeof value === 'string') {
                    const lower = value.toLowerCase();
                    if (lower === 'true' || value === '1')
                        return true;
                    if (lower === 'false' || value === '0')
                        return false;
                }
                return undefined;
            };
        case 'date': {
            const custom = dateFormat && !/^yyyy-MM-dd$/.test(dateFormat) ? dateFormatRegex(dateFormat) : undefined;
            const text = memoised((value) => (custom ? (custom.test(value) ? (parseTimestamp(value) ?? value) : undefined) : (parseDate(value) ?? parseTimestamp(value))));
            return (value) => {
                if (typeof value === 'string')
                    return text(value);
                return fromDateObject(value);
            };
        }
        case 'timestamp': {
            const custom = dateFormat ? dateFormatRegex(dateFormat) : undefined;
            const text = memoised((value) => (custom ? (custom.test(value) ? (parseTimestamp(value) ?? value) : undefined) : parseTimestamp(value)));
            return (value) => {
                if (typeof value === 'string')
                    return text(value);
                if (typeof value === 'number' && Number.isFinite(value))
                    return value;
                return fromDateObject(value);
            };
        }
        case 'time':
            return (value) => (typeof value === 'string' && TIME.test(value) ? value : undefined);
        case 'array':
            return (value) => {
                if (Array.isArray(value))
                    return value;
                if (typeof value === 'string' && value.startsWith('[')) {
                    try {
                        const parsed = JSON.parse(value);
                        return Array.isArray(parsed) ? parsed : undefined;
                    }
                    catch {
                        return undefined;
                    }
                }
                return undefined;
            };
        case 'object':
            return (value) => {
                if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date))
                    return value;
                if (typeof value === 'string' && value.startsWith('{')) {
                    try {
                        const parsed = JSON.parse(value);
                        return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined;
                    }
                    catch {
                        return undefined;
                    }
                }
                return undefined;
            };
    }
}
/** A value as the text a report shows. */
function displayValue(value) {
    if (value === undefined || value === null)
        return '';
    if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
    if (typeof value === 'object') {
        try {
            return JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? v.toString() : v));
        }
        catch {
            return String(value);
        }
    }
    return String(value);
}
/** Whether a cell holds no value: null, the empty text, or one of the texts the run counts as missing. */
function isMissingValue(value, tokens) {
    return value === undefined || value === null || value === '' || (tokens.size > 0 && typeof value === 'string' && tokens.has(value));
}
/** The key uniqueness compares: the value's text, so 1 and "1" in a CSV are the same. */
function keyOf(value) {
    return typeof value === 'string' ? value : displayValue(value);
}
/** The key uniqueness and foreign keys compare: a parsed number when the column is numeric (so 7 and 7.0 agree), else the text. */
function uniqueKey(value, parsed) {
    if (typeof parsed === 'number' && Number.isFinite(parsed))
        return parsed;
    if (typeof parsed === 'bigint') {
        const number = Number(parsed);
        return Number.isSafeInteger(number) ? number : parsed.toString();
    }
    return keyOf(value);
}
/** Unicode code points, as JSON Schema's minLength/maxLength count them. */
function textLength(text) {
    // Only texts with surrogate pairs need the slow count.
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code >= 0xd800 && code <= 0xdbff)
            return [...text].length;
    }
    return text.length;
}


/***/ })

};
