export const id = 425;
export const ids = [425];
export const modules = {

/***/ 49425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ evaluate_action)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/shared/action.ts
var action = __webpack_require__(1771);
// EXTERNAL MODULE: ./src/shared/inputs.ts
var inputs = __webpack_require__(93876);
// EXTERNAL MODULE: ./src/shared/files.ts
var files = __webpack_require__(38590);
// EXTERNAL MODULE: ./src/shared/log.ts
var log = __webpack_require__(21827);
// EXTERNAL MODULE: ./src/shared/metrics.ts
var metrics = __webpack_require__(15044);
;// CONCATENATED MODULE: ./src/evaluate/options.ts
/** What an evaluation is asked to do, independent of where the request came from (action inputs, tests, bench). */
const ECE_BINS = 10;
/** scikit-learn's epsilon for MAPE and for clipping probabilities in log loss: numpy's float64 eps. */
const FLOAT64_EPS = 2.220446049250313e-16;
/** How far a row of class probabilities may be from summing to 1. */
const PROBABILITY_SUM_TOLERANCE = 1e-6;
/** Slices beyond this many per column are dropped (the largest are kept) and the report says so. */
const MAX_SLICES_PER_COLUMN = 50;

;// CONCATENATED MODULE: ./src/evaluate/ranking.ts
/** Row indices by ascending score (ties by row), the order `buildRanking` sorts into. */
function scoreOrder(scores) {
    const order = new Int32Array(scores.length);
    for (let i = 0; i < order.length; i++)
        order[i] = i;
    return order.sort((a, b) => scores[a] - scores[b] || a - b);
}
function buildRanking(scores, isPositive) {
    const n = scores.length;
    let sorted = true;
    for (let i = 1; i < n && sorted; i++)
        sorted = scores[i - 1] <= scores[i];
    const order = sorted ? null : scoreOrder(scores);
    const rowAt = (j) => (order === null ? j : order[j]);
    const positive = new Uint8Array(n);
    const groupEnd = new Uint8Array(n);
    for (let j = 0; j < n; j++) {
        positive[j] = isPositive(rowAt(j)) ? 1 : 0;
        groupEnd[j] = j === n - 1 || scores[rowAt(j)] !== scores[rowAt(j + 1)] ? 1 : 0;
    }
    return { order, positive, groupEnd };
}
/**
 * AUC and AP for the given row weights (null: every row once), given the weighted count of positive
 * and negative rows; NaN when a class is missing. One ascending pass: at each group of tied scores,
 * its positives beat the negatives below and tie with half of the group's own (AUC), and the precision
 * at its threshold is (P − positives below) / (P − positives below + N − negatives below) (AP).
 */
function rankingAreas(ranking, weights, positives, negatives, into) {
    const { order, positive, groupEnd } = ranking;
    const n = positive.length;
    // Weights in sorted order: read straight through when the rows are in score order, else gathered once.
    let sortedWeights;
    if (weights === null)
        sortedWeights = ranking.ones ??= new Int32Array(n).fill(1);
    else if (order === null)
        sortedWeights = weights;
    else {
        sortedWeights = ranking.gathered ??= new Int32Array(n);
        for (let j = 0; j < n; j++)
            sortedWeights[j] = weights[order[j]];
    }
    let positivesBelow = 0;
    let negativesBelow = 0;
    let groupPositives = 0;
    let groupNegatives = 0;
    let area = 0;
    let precisionSum = 0;
    for (let j = 0; j < n; j++) {
        const w = sortedWeights[j];
        // Branch-free: which class a row is in is random, and a mispredicted branch per row costs more than the arithmetic.
        const p = w * positive[j];
        groupPositives += p;
        groupNegatives += w - p;
        if (groupEnd[j]) {
            area += groupPositives * (negativesBelow + groupNegatives / 2);
            if (groupPositives !== 0) {
                const truePositives = positives - positivesBelow;
                precisionSum += (groupPositives * truePositives) / (truePositives + negatives - negativesBelow);
            }
            positivesBelow += groupPositives;
            negativesBelow += groupNegatives;
            groupPositives = 0;
            groupNegatives = 0;
        }
    }
    into.rocAuc = positives > 0 && negatives > 0 ? area / (positives * negatives) : Number.NaN;
    into.averagePrecision = positives > 0 ? precisionSum / positives : Number.NaN;
    return into;
}

;// CONCATENATED MODULE: ./src/evaluate/classification.ts
/**
 * Classification metrics as scikit-learn defines them, computed from a weighted confusion matrix and
 * per-row probability terms, so a bootstrap resample costs one pass over the rows.
 */


const PER_CLASS_METRICS = ['precision', 'recall', 'f1', 'support'];
function zeroDivisionValue(setting) {
    return setting === '1' ? 1 : setting === 'nan' ? Number.NaN : 0;
}
/** Mean of the finite values, weighted (scikit-learn's _nanaverage); NaN when there are none. */
function nanAverage(values, weights, include) {
    let sum = 0;
    let total = 0;
    for (let k = 0; k < values.length; k++) {
        if (!include[k] || Number.isNaN(values[k]))
            continue;
        const w = weights ? weights[k] : 1;
        sum += w * values[k];
        total += w;
    }
    return total > 0 ? sum / total : Number.NaN;
}
function createClassificationEngine(data, settings) {
    const K = data.labels.length;
    const n = data.truth.length;
    const zd = zeroDivisionValue(settings.zeroDivision);
    const binary = K <= 2 && data.positive !== undefined;
    const code = K * K <= 256 ? new Uint8Array(n) : K * K <= 65536 ? new Uint16Array(n) : new Int32Array(n);
    for (let i = 0; i < n; i++)
        code[i] = data.truth[i] * K + data.predicted[i];
    // Rankings: the positive class's for two classes with one score column; one per class otherwise.
    const rankings = new Array(K).fill(undefined);
    const scores = data.scores;
    if (scores?.kind === 'single' && data.positive !== undefined) {
        const positive = data.positive;
        rankings[positive] = buildRanking(scores.values, (row) => data.truth[row] === positive);
    }
    else if (scores?.kind === 'per-class') {
        for (let k = 0; k < K; k++) {
            const column = new Float64Array(n);
            for (let i = 0; i < n; i++)
                column[i] = scores.values[i * K + k];
            rankings[k] = buildRanking(column, (row) => data.truth[row] === k);
        }
    }
    const headlineRanking = binary ? data.positive : -1;
    // Per-row probability terms: log loss, Brier, and the ECE bin and gap (correct − confidence).
    const probabilities = scores !== undefined && (scores.kind === 'per-class' || scores.probabilities);
    const lossRow = probabilities ? new Float64Array(n) : null;
    const brierRow = probabilities ? new Float64Array(n) : null;
    const eceBin = probabilities ? new Uint8Array(n) : null;
    const eceGap = probabilities ? new Float64Array(n) : null;
    if (probabilities && scores) {
        const clip = (p) => Math.min(Math.max(p, FLOAT64_EPS), 1 - FLOAT64_EPS);
        for (let i = 0; i < n; i++) {
            const y = data.truth[i];
            let confidence;
            let argmax;
            if (scores.kind === 'single') {
                const positive = data.positive;
                const negative = K === 2 ? 1 - positive : -1;
                const p = scores.values[i];
                const isPositive = y === positive ? 1 : 0;
                lossRow[i] = -Math.log(isPositive ? clip(p) : 1 - clip(p));
                brierRow[i] = (p - isPositive) ** 2;
                confidence = Math.max(p, 1 - p);
                argmax = p > 0.5 ? positive : negative;
            }
            else {
                const base = i * K;
                lossRow[i] = -Math.log(clip(scores.values[base + y]));
                if (binary) {
                    brierRow[i] = (scores.values[base + data.positive] - (y === data.positive ? 1 : 0)) ** 2;
                }
                else {
                    let sum = 0;
                    for (let k = 0; k < K; k++)
                        sum += (scores.values[base + k] - (k === y ? 1 : 0)) ** 2;
                    brierRow[i] = sum;
                }
                argmax = 0;
                for (let k = 1; k < K; k++)
                    if (scores.values[base + k] > scores.values[base + argmax])
                        argmax = k;
                confidence = scores.values[base + argmax];
            }
            eceBin[i] = Math.min(ECE_BINS - 1, Math.floor(confidence * ECE_BINS));
            eceGap[i] = (argmax === y ? 1 : 0) - confidence;
        }
    }
    const overall = [
        'accuracy',
        'balanced_accuracy',
        'precision',
        'recall',
        'f1',
        'precision_macro',
        'recall_macro',
        'f1_macro',
        'precision_weighted',
        'recall_weighted',
        'f1_weighted',
        'precision_micro',
        'recall_micro',
        'f1_micro',
        'mcc',
    ];
    const hasRanking = rankings.some((r) => r !== undefined);
    const multiclassRanking = hasRanking && !binary;
    if (hasRanking)
        overall.push('roc_auc', 'average_precision');
    if (multiclassRanking)
        overall.push('roc_auc_weighted', 'average_precision_weighted');
    if (probabilities)
        overall.push('log_loss', 'brier', 'ece');
    const perClass = [...PER_CLASS_METRICS];
    const perClassRanking = scores?.kind === 'per-class';
    if (perClassRanking)
        perClass.push('roc_auc', 'average_precision');
    const slots = overall.map((name) => ({ name, interval: true }));
    for (const label of data.labels)
        for (const name of perClass)
            slots.push({ name, label, interval: name !== 'support' });
    const index = new Map(overall.map((name, position) => [name, position]));
    const classBase = overall.length;
    const perClassIndex = new Map(perClass.map((name, position) => [name, position]));
    const at = (label, name) => classBase + label * perClass.length + perClassIndex.get(name);
    // Scratch space reused by every call.
    const cm = new Float64Array(K * K);
    const trueCount = new Float64Array(K);
    const predCount = new Float64Array(K);
    const precision = new Float64Array(K);
    const recall = new Float64Array(K);
    const f1 = new Float64Array(K);
    const present = new Uint8Array(K);
    const eceSum = new Float64Array(ECE_BINS);
    const areas = { rocAuc: 0, averagePrecision: 0 };
    const aucs = new Float64Array(K);
    const aps = new Float64Array(K);
    function compute(weights, out, reasons) {
        cm.fill(0);
        eceSum.fill(0);
        let total = 0;
        let loss = 0;
        let brier = 0;
        // Two loops rather than a test per row: with or without probability terms.
        if (lossRow === null) {
            for (let i = 0; i < n; i++) {
                const w = weights === null ? 1 : weights[i];
                total += w;
                cm[code[i]] += w;
            }
        }
        else {
            for (let i = 0; i < n; i++) {
                const w = weights === null ? 1 : weights[i];
                total += w;
                cm[code[i]] += w;
                loss += w * lossRow[i];
                brier += w * brierRow[i];
                eceSum[eceBin[i]] += w * eceGap[i];
            }
        }
        const set = (name, value, reason) => {
            const position = index.get(name);
            out[position] = value;
            if (reasons && reason && Number.isNaN(value))
                reasons[position] = reason;
        };
        trueCount.fill(0);
        predCount.fill(0);
        let correct = 0;
        for (let t = 0; t < K; t++) {
            for (let p = 0; p < K; p++) {
                const c = cm[t * K + p];
                trueCount[t] += c;
                predCount[p] += c;
            }
            correct += cm[t * K + t];
        }
        let recallSum = 0;
        let classesWithRows = 0;
        for (let k = 0; k < K; k++) {
            const tp = cm[k * K + k];
            present[k] = trueCount[k] + predCount[k] > 0 ? 1 : 0;
            precision[k] = predCount[k] > 0 ? tp / predCount[k] : zd;
            recall[k] = trueCount[k] > 0 ? tp / trueCount[k] : zd;
            // F1 from counts (scikit-learn ≥ 1.3): zero_division applies only when tp + fp + fn = 0.
            f1[k] = trueCount[k] + predCount[k] > 0 ? (2 * tp) / (trueCount[k] + predCount[k]) : zd;
            if (trueCount[k] > 0) {
                recallSum += tp / trueCount[k];
                classesWithRows++;
            }
            const absent = present[k] === 0;
            out[at(k, 'precision')] = absent ? Number.NaN : precision[k];
            out[at(k, 'recall')] = absent ? Number.NaN : recall[k];
            out[at(k, 'f1')] = absent ? Number.NaN : f1[k];
            out[at(k, 'support')] = trueCount[k];
            if (reasons) {
                const label = JSON.stringify(data.labels[k]);
                if (absent) {
                    for (const name of ['precision', 'recall', 'f1'])
                        reasons[at(k, name)] = `label ${label} is in neither the labels nor the predictions`;
                }
                else {
                    if (Number.isNaN(precision[k]))
                        reasons[at(k, 'precision')] = `no row is predicted as ${label} (zero-division is nan)`;
                    if (Number.isNaN(recall[k]))
                        reasons[at(k, 'recall')] = `no row is labelled ${label} (zero-division is nan)`;
                }
            }
        }
        set('accuracy', total > 0 ? correct / total : Number.NaN, 'no rows');
        set('balanced_accuracy', classesWithRows > 0 ? recallSum / classesWithRows : Number.NaN, 'no rows');
        const macro = (values) => nanAverage(values, null, present);
        const weighted = (values) => nanAverage(values, trueCount, present);
        const zdReason = 'every label hit zero division (zero-division is nan)';
        set('precision_macro', macro(precision), zdReason);
        set('recall_macro', macro(recall), zdReason);
        set('f1_macro', macro(f1), zdReason);
        set('precision_weighted', weighted(precision), zdReason);
        set('recall_weighted', weighted(recall), zdReason);
        set('f1_weighted', weighted(f1), zdReason);
        const micro = total > 0 ? correct / total : Number.NaN;
        set('precision_micro', micro, 'no rows');
        set('recall_micro', micro, 'no rows');
        set('f1_micro', micro, 'no rows');
        if (settings.average === 'binary') {
            const k = data.positive;
            const label = JSON.stringify(data.labels[k]);
            set('precision', precision[k], `no row is predicted as the positive label ${label} (zero-division is nan)`);
            set('recall', recall[k], `no row is labelled with the positive label ${label} (zero-division is nan)`);
            set('f1', f1[k], `the positive label ${label} is in neither the labels nor the predictions (zero-division is nan)`);
        }
        else {
            for (const name of ['precision', 'recall', 'f1'])
                out[index.get(name)] = out[index.get(`${name}_${settings.average}`)];
            if (reasons)
                for (const name of ['precision', 'recall', 'f1'])
                    reasons[index.get(name)] = reasons[index.get(`${name}_${settings.average}`)];
        }
        // Matthews correlation coefficient, multiclass form; 0 when undefined, as scikit-learn returns.
        let sumTP = 0;
        let sumPP = 0;
        let sumTT = 0;
        for (let k = 0; k < K; k++) {
            sumTP += trueCount[k] * predCount[k];
            sumPP += predCount[k] * predCount[k];
            sumTT += trueCount[k] * trueCount[k];
        }
        const covYP = correct * total - sumTP;
        const covPP = total * total - sumPP;
        const covTT = total * total - sumTT;
        set('mcc', covPP * covTT === 0 ? 0 : covYP / Math.sqrt(covTT * covPP));
        if (hasRanking)
            rankingMetrics(weights, total, out, reasons, set);
        if (lossRow !== null) {
            set('log_loss', loss / total);
            set('brier', brier / total);
            let ece = 0;
            for (let b = 0; b < ECE_BINS; b++)
                ece += Math.abs(eceSum[b]);
            set('ece', ece / total);
        }
    }
    function rankingMetrics(weights, total, out, reasons, set) {
        const oneClass = (label, positives) => positives === 0 ? `no row is labelled ${JSON.stringify(data.labels[label])}, so there are no positives` : `every row is labelled ${JSON.stringify(data.labels[label])}, so there are no negatives`;
        for (let k = 0; k < K; k++) {
            const ranking = rankings[k];
            if (!ranking)
                continue;
            const positives = trueCount[k];
            rankingAreas(ranking, weights, positives, total - positives, areas);
            aucs[k] = areas.rocAuc;
            aps[k] = areas.averagePrecision;
            if (k === headlineRanking) {
                set('roc_auc', areas.rocAuc, `undefined with one class present: ${oneClass(k, positives)}`);
                set('average_precision', areas.averagePrecision, `undefined: ${oneClass(k, positives)}`);
            }
            if (perClassRanking) {
                out[at(k, 'roc_auc')] = areas.rocAuc;
                out[at(k, 'average_precision')] = areas.averagePrecision;
                if (reasons && Number.isNaN(areas.rocAuc))
                    reasons[at(k, 'roc_auc')] = `undefined with one class present: ${oneClass(k, positives)}`;
                if (reasons && Number.isNaN(areas.averagePrecision))
                    reasons[at(k, 'average_precision')] = `undefined: ${oneClass(k, positives)}`;
            }
        }
        if (multiclassRanking) {
            let aucSum = 0;
            let aucWeighted = 0;
            let apSum = 0;
            let apWeighted = 0;
            let support = 0;
            const undefinedLabels = [];
            for (let k = 0; k < K; k++) {
                if (Number.isNaN(aucs[k]))
                    undefinedLabels.push(JSON.stringify(data.labels[k]));
                aucSum += aucs[k];
                aucWeighted += trueCount[k] * aucs[k];
                apSum += aps[k];
                apWeighted += trueCount[k] * aps[k];
                support += trueCount[k];
            }
            const why = `one-vs-rest AUC is undefined for ${undefinedLabels.join(', ')} (a class with no rows, or the only class)`;
            set('roc_auc', aucSum / K, why);
            set('roc_auc_weighted', aucWeighted / support, why);
            set('average_precision', apSum / K, why);
            set('average_precision_weighted', apWeighted / support, why);
        }
    }
    return { slots, rows: n, compute };
}

;// CONCATENATED MODULE: ./src/evaluate/regression.ts
/** Regression metrics as scikit-learn defines them, for given row weights. */

const REGRESSION_METRICS = ['mae', 'mse', 'rmse', 'r2', 'mape', 'wape'];
function createRegressionEngine(data) {
    const n = data.truth.length;
    const slots = REGRESSION_METRICS.map((name) => ({ name, interval: true }));
    const y = data.truth;
    const yhat = data.predicted;
    // Per-row terms computed once; a resample only weights them.
    const absolute = new Float64Array(n);
    const squared = new Float64Array(n);
    const percentage = new Float64Array(n);
    const magnitude = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        const error = y[i] - yhat[i];
        absolute[i] = Math.abs(error);
        squared[i] = error * error;
        magnitude[i] = Math.abs(y[i]);
        // MAPE divides by |y| floored at float64 epsilon, as scikit-learn does: huge, not infinite, when y = 0.
        percentage[i] = absolute[i] / Math.max(magnitude[i], FLOAT64_EPS);
    }
    const [MAE, MSE, RMSE, R2, MAPE, WAPE] = [0, 1, 2, 3, 4, 5];
    function compute(weights, out, reasons) {
        let total = 0;
        let sumAbsolute = 0;
        let sumSquared = 0;
        let sumPercentage = 0;
        let sumMagnitude = 0;
        let sumTruth = 0;
        for (let i = 0; i < n; i++) {
            const w = weights === null ? 1 : weights[i];
            if (w === 0)
                continue;
            total += w;
            sumAbsolute += w * absolute[i];
            sumSquared += w * squared[i];
            sumPercentage += w * percentage[i];
            sumMagnitude += w * magnitude[i];
            sumTruth += w * y[i];
        }
        const mean = sumTruth / total;
        let spread = 0;
        for (let i = 0; i < n; i++) {
            const w = weights === null ? 1 : weights[i];
            if (w !== 0)
                spread += w * (y[i] - mean) ** 2;
        }
        out[MAE] = sumAbsolute / total;
        out[MSE] = sumSquared / total;
        out[RMSE] = Math.sqrt(sumSquared / total);
        out[MAPE] = sumPercentage / total;
        out[WAPE] = sumMagnitude > 0 ? sumAbsolute / sumMagnitude : Number.NaN;
        if (reasons && sumMagnitude === 0)
            reasons[WAPE] = 'every label is 0, so the total |y| WAPE divides by is 0';
        if (total < 2) {
            // scikit-learn: R² is not well-defined with fewer than two samples.
            out[R2] = Number.NaN;
            if (reasons)
                reasons[R2] = 'undefined with fewer than two rows';
        }
        else if (spread === 0) {
            // scikit-learn's force_finite: a constant target gives 1 for perfect predictions, else 0.
            out[R2] = sumSquared === 0 ? 1 : 0;
            if (reasons)
                reasons[R2] = `the label is constant, so R² is set as scikit-learn's force_finite does (${sumSquared === 0 ? '1: predictions are exact' : '0: predictions are not exact'})`;
        }
        else {
            out[R2] = 1 - sumSquared / spread;
        }
    }
    return { slots, rows: n, compute };
}

// EXTERNAL MODULE: ./node_modules/pure-rand/lib/esm/generator/xoroshiro128plus.js
var xoroshiro128plus = __webpack_require__(19821);
// EXTERNAL MODULE: ./node_modules/d3-array/dist/d3-array.mjs
var d3_array = __webpack_require__(5793);
;// CONCATENATED MODULE: ./src/evaluate/bootstrap.ts
/**
 * Seeded percentile-bootstrap intervals. Each resample draws n row indices uniformly with replacement
 * (xoroshiro128+ from pure-rand) and turns them into per-row counts; every engine then computes all of
 * its metrics under those counts. With a baseline, both engines see the same counts in each resample,
 * so the interval of their difference is the paired one.
 */


/** An interval needs the metric defined in at least this share of resamples. */
const MIN_DEFINED_SHARE = 0.5;
function slotKey(slot) {
    return slot.label === undefined ? slot.name : `${slot.label}\u0000${slot.name}`;
}
function percentileInterval(samples, slot, width, resamples, confidence) {
    const finite = [];
    for (let b = 0; b < resamples; b++) {
        const value = samples[b * width + slot];
        if (!Number.isNaN(value))
            finite.push(value);
    }
    if (finite.length === 0 || finite.length < resamples * MIN_DEFINED_SHARE)
        return null;
    const sorted = finite.sort((a, b) => a - b);
    const alpha = (1 - confidence) / 2;
    return [(0,d3_array/* quantileSorted */.Z4)(sorted, alpha), (0,d3_array/* quantileSorted */.Z4)(sorted, 1 - alpha)];
}
const TWO_32 = 4294967296;
/**
 * Uniform integers in [0, n) from the generator's 32-bit outputs by Lemire's multiply-and-reject method:
 * exact like pure-rand's uniformInt, without its division per draw, which dominated resampling time.
 */
function boundedDraw(rng, n) {
    if (!(n >= 1 && n <= TWO_32))
        throw new RangeError(`cannot draw from ${n} rows`);
    const threshold = (TWO_32 - n) % n;
    return () => {
        for (;;) {
            const product = (rng.next() >>> 0) * n;
            const high = Math.floor(product / TWO_32);
            if (product - high * TWO_32 >= threshold)
                return high;
        }
    };
}
/**
 * One resample's counts: n draws with replacement, each adding 1 to the drawn row. Counts live in bytes,
 * which halves the time of the random writes; a row drawn more than 255 times (possible only in theory
 * for large n, always for n ≥ 256 identical draws) makes the resample be drawn again, from the same
 * generator state, into 32-bit counts, so the result is exact either way.
 */
class ResampleCounts {
    rows;
    bytes;
    wide;
    constructor(rows) {
        this.rows = rows;
        this.bytes = new Uint8Array(rows);
    }
    draw(rng) {
        const n = this.rows;
        const start = rng.clone();
        const counts = this.bytes;
        counts.fill(0);
        const draw = boundedDraw(rng, n);
        let overflow = false;
        for (let i = 0; i < n; i++)
            if (++counts[draw()] > 255)
                overflow = true;
        if (!overflow)
            return counts;
        const wide = (this.wide ??= new Int32Array(n));
        wide.fill(0);
        const again = boundedDraw(start, n);
        for (let i = 0; i < n; i++)
            wide[again()]++;
        return wide;
    }
}
function pointEstimate(engine) {
    const values = new Float64Array(engine.slots.length);
    const reasons = new Array(engine.slots.length).fill(undefined);
    engine.compute(null, values, reasons);
    return { values, reasons, intervals: new Array(engine.slots.length).fill(null) };
}
function evaluateWithIntervals(candidate, baseline, settings) {
    const result = { candidate: pointEstimate(candidate) };
    const pairs = [];
    if (baseline) {
        if (baseline.rows !== candidate.rows)
            throw new Error('baseline and candidate engines must cover the same rows');
        result.baseline = pointEstimate(baseline);
        const baselineSlots = new Map(baseline.slots.map((slot, position) => [slotKey(slot), position]));
        const differences = new Float64Array(candidate.slots.length).fill(Number.NaN);
        const paired = new Uint8Array(candidate.slots.length);
        for (const [position, slot] of candidate.slots.entries()) {
            const other = baselineSlots.get(slotKey(slot));
            if (other === undefined || !slot.interval)
                continue;
            pairs.push([position, other]);
            paired[position] = 1;
            differences[position] = result.candidate.values[position] - result.baseline.values[other];
        }
        result.differences = { values: differences, intervals: new Array(candidate.slots.length).fill(null), paired };
    }
    const B = settings.resamples;
    const n = candidate.rows;
    if (B === 0 || n === 0)
        return result;
    const rng = (0,xoroshiro128plus/* xoroshiro128plus */.b)(settings.seed | 0);
    for (let s = 0; s < (settings.stream ?? 0); s++)
        rng.jump();
    const counts = new ResampleCounts(n);
    const width = candidate.slots.length;
    const baseWidth = baseline?.slots.length ?? 0;
    const samples = new Float64Array(B * width);
    const baseSamples = new Float64Array(B * baseWidth);
    for (let b = 0; b < B; b++) {
        const weights = counts.draw(rng);
        candidate.compute(weights, samples.subarray(b * width, (b + 1) * width));
        baseline?.compute(weights, baseSamples.subarray(b * baseWidth, (b + 1) * baseWidth));
    }
    const fill = (engine, into, from, engineWidth) => {
        for (const [position, slot] of engine.slots.entries()) {
            if (!slot.interval || Number.isNaN(into.values[position]))
                continue;
            into.intervals[position] = percentileInterval(from, position, engineWidth, B, settings.confidence);
        }
    };
    fill(candidate, result.candidate, samples, width);
    if (baseline && result.baseline && result.differences) {
        fill(baseline, result.baseline, baseSamples, baseWidth);
        const deltas = new Float64Array(B);
        for (const [position, other] of pairs) {
            if (Number.isNaN(result.differences.values[position]))
                continue;
            for (let b = 0; b < B; b++)
                deltas[b] = samples[b * width + position] - baseSamples[b * baseWidth + other];
            result.differences.intervals[position] = percentileInterval(deltas, 0, 1, B, settings.confidence);
        }
    }
    return result;
}

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/tabular/index.ts + 4 modules
var tabular = __webpack_require__(5813);
;// CONCATENATED MODULE: ./src/evaluate/table.ts
/**
 * A predictions file read into the columns an evaluation needs, each value kept with the line it came
 * from so every complaint can point at `file:line`.
 */


/** Reads `path`, keeping only the columns `wanted` picks (all others are dropped while streaming). */
async function readPredictionTable(path, shownAs, wanted) {
    const format = (0,tabular/* detectFormat */.Tz)(shownAs);
    const values = new Map();
    const lines = [];
    let columns = [];
    try {
        for await (const batch of (0,tabular/* readBatches */.Pu)(path, { format })) {
            columns = batch.columns;
            // JSON Lines may name a new key late: its column starts with blanks for the earlier rows.
            for (const [index, column] of batch.columns.entries()) {
                if (!wanted(column))
                    continue;
                let target = values.get(column);
                if (!target) {
                    target = new Array(lines.length).fill(undefined);
                    values.set(column, target);
                }
                for (const row of batch.rows)
                    target.push(row[index]);
            }
            for (const line of batch.lines)
                lines.push(line);
            for (const [column, target] of values)
                if (target.length < lines.length)
                    target.length = lines.length;
        }
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw new errors/* UserError */.yo(error.message.split(path).join(shownAs), error.location ? { ...error.location, file: shownAs } : undefined);
        throw error;
    }
    if (lines.length === 0)
        throw new errors/* UserError */.yo(`${shownAs}: the file has no rows`, { file: shownAs });
    return { file: shownAs, textual: format === 'csv' || format === 'tsv', columns: [...columns], rows: lines.length, lines, values };
}
/** The values of a column the user named, or an error that names the input and lists the columns there are. */
function requireColumn(table, column, input) {
    const found = table.values.get(column);
    if (found)
        return found;
    const available = table.columns.map((name) => JSON.stringify(name)).join(', ');
    throw new errors/* UserError */.yo(`${table.file}: no column "${column}" (input ${input}); the file's columns are: ${available}`, { file: table.file, line: 1 });
}
/** A cell that holds nothing: absent, null, or blank text. */
function isBlank(value) {
    return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
/** A number from a cell: real numbers always, text only in CSV/TSV (where everything is text). */
function numberFrom(value, textual) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value === 'bigint')
        return Number(value);
    if (textual && typeof value === 'string') {
        const text = value.trim();
        if (text === '')
            return undefined;
        const parsed = Number(text);
        return Number.isFinite(parsed) ? parsed : undefined;
    }
    return undefined;
}
/** A score cell: numbers in any format, and numeric text too (JSON writers sometimes quote floats). */
function scoreFrom(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value === 'bigint')
        return Number(value);
    if (typeof value === 'string' && value.trim() !== '') {
        const parsed = Number(value.trim());
        return Number.isFinite(parsed) ? parsed : undefined;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/evaluate/labels.ts
/**
 * Class labels from label and prediction columns. Labels are compared as text, so `1` in one column and
 * `1.0` in another must first agree on a type: numbers (JSON numbers, or numeric text in CSV) are written
 * canonically (`1.0` → `1`); a column of numbers next to a column of text is a mistake, not two classes.
 */


function summarise(column) {
    const summary = { numbers: 0, texts: 0 };
    for (let row = 0; row < column.values.length; row++) {
        const value = column.values[row];
        if (isBlank(value)) {
            const line = column.table.lines[row];
            throw new errors/* UserError */.yo(`${column.table.file}:${line}: ${column.input} "${column.column}" is empty`, { file: column.table.file, line });
        }
        if (numberFrom(value, column.table.textual) !== undefined) {
            summary.numbers++;
            summary.firstNumber ??= row;
        }
        else {
            summary.texts++;
            summary.firstText ??= row;
        }
    }
    return summary;
}
function show(column, row) {
    return `${column.table.file}:${column.table.lines[row]}: ${JSON.stringify(column.values[row])}`;
}
/**
 * Decides whether the labels are numbers or text. In CSV a column that mixes numeric and other text is
 * text (class names such as `A1` and `10`); typed formats (JSON Lines, Parquet) must not mix at all.
 */
function labelKind(columns) {
    const summaries = columns.map(summarise);
    if (summaries.every((s) => s.texts === 0))
        return 'number';
    for (const [index, column] of columns.entries()) {
        const summary = summaries[index];
        if (!column.table.textual && summary.numbers > 0 && summary.texts > 0) {
            throw new errors/* UserError */.yo(`${column.table.file}:${column.table.lines[Math.max(summary.firstNumber, summary.firstText)]}: ${column.input} "${column.column}" mixes numbers and text (${show(column, summary.firstNumber)} and ${show(column, summary.firstText)}); write every label the same way`, { file: column.table.file, line: column.table.lines[Math.max(summary.firstNumber, summary.firstText)] });
        }
    }
    const numeric = columns.filter((_, index) => summaries[index].texts === 0);
    const allText = columns.filter((_, index) => summaries[index].numbers === 0);
    if (numeric.length > 0 && allText.length > 0) {
        const a = numeric[0];
        const b = allText[0];
        const firstText = summaries[columns.indexOf(b)].firstText;
        throw new errors/* UserError */.yo(`${b.table.file}:${b.table.lines[firstText]}: label types differ: ${a.input} "${a.column}" holds numbers (${show(a, 0)}) but ${b.input} "${b.column}" holds text (${show(b, firstText)}); both must name classes the same way`, { file: b.table.file, line: b.table.lines[firstText] });
    }
    return 'text';
}
/** The canonical text of one label. */
function canonicalLabel(value, kind, textual) {
    if (kind === 'number')
        return String(numberFrom(value, textual) ?? Number(value));
    if (typeof value === 'string')
        return value;
    return typeof value === 'bigint' ? value.toString() : String(value);
}
/** Sorted as scikit-learn's np.unique sorts them: numerically for numbers, by code point for text. */
function sortLabels(labels, kind) {
    const unique = [...new Set(labels)];
    return kind === 'number' ? unique.sort((a, b) => Number(a) - Number(b)) : unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/evaluate/scores.ts
/**
 * Which column holds which class's score. `score-columns` lists columns by name, by glob (`proba_*`, the
 * `*` part being the label) or as `label: column`; plain names lose their common prefix and suffix
 * (`proba_setosa` → `setosa`) unless they already are labels. One column alone is the positive class's score.
 */


const EXPLICIT = /^(.+?)\s*[:=]\s*(.+)$/;
const SEPARATOR = /[^A-Za-z0-9]/;
function globToRegExp(glob) {
    const parts = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${parts.join('(.*)')}$`);
}
/** Whether a column could be a score column, so the reader keeps it. */
function scoreColumnMatcher(entries) {
    const exact = new Set();
    const globs = [];
    for (const entry of entries) {
        const explicit = EXPLICIT.exec(entry);
        const name = explicit ? explicit[2].trim() : entry;
        if (!explicit && name.includes('*'))
            globs.push(globToRegExp(name));
        else
            exact.add(name);
    }
    return (column) => exact.has(column) || globs.some((glob) => glob.test(column));
}
function commonPrefix(names) {
    let prefix = names[0] ?? '';
    for (const name of names)
        while (!name.startsWith(prefix))
            prefix = prefix.slice(0, -1);
    // Cut back to a separator so `p_a`, `p_ab` give `a`, `ab` rather than ``, `b`.
    let cut = prefix.length;
    while (cut > 0 && !SEPARATOR.test(prefix[cut - 1]))
        cut--;
    return prefix.slice(0, cut);
}
function commonSuffix(names) {
    const reversed = names.map((name) => [...name].reverse().join(''));
    return [...commonPrefix(reversed)].reverse().join('');
}
function resolveScoreLayout(entries, table, classes, kind, input = 'score-columns') {
    if (entries.length === 0)
        return undefined;
    const fail = (message) => {
        throw new errors/* UserError */.yo(`${table.file}: ${message} (input ${input})`, { file: table.file, line: 1 });
    };
    const mapped = [];
    const plain = [];
    for (const entry of entries) {
        const explicit = EXPLICIT.exec(entry);
        if (explicit) {
            mapped.push({ label: explicit[1].trim(), column: explicit[2].trim() });
        }
        else if (entry.includes('*')) {
            const glob = globToRegExp(entry);
            const matches = table.columns.filter((column) => glob.test(column));
            if (matches.length === 0)
                fail(`no column matches "${entry}"; the file's columns are: ${table.columns.map((c) => JSON.stringify(c)).join(', ')}`);
            for (const column of matches)
                mapped.push({ column, label: glob.exec(column)[1] });
        }
        else {
            plain.push(entry);
        }
    }
    for (const column of [...plain, ...mapped.map((m) => m.column)]) {
        if (!table.values.has(column))
            fail(`no score column "${column}"; the file's columns are: ${table.columns.map((c) => JSON.stringify(c)).join(', ')}`);
    }
    if (plain.length === 1 && mapped.length === 0)
        return { kind: 'single', column: plain[0] };
    if (plain.length > 0) {
        const known = new Set(classes);
        if (plain.every((column) => known.has(column))) {
            for (const column of plain)
                mapped.push({ column, label: column });
        }
        else {
            const prefix = commonPrefix(plain);
            const suffix = commonSuffix(plain.map((name) => name.slice(prefix.length)));
            for (const column of plain)
                mapped.push({ column, label: column.slice(prefix.length, column.length - suffix.length) });
        }
    }
    const byLabel = new Map();
    const classSet = new Set(classes);
    for (const score of mapped) {
        const number = kind === 'number' ? numberFrom(score.label, true) : undefined;
        const label = number !== undefined ? String(number) : score.label;
        if (!classSet.has(label)) {
            fail(`score column "${score.column}" is for label "${score.label}", which is in neither the label nor the prediction column; the labels are: ${classes.map((c) => JSON.stringify(c)).join(', ')}`);
        }
        if (byLabel.has(label))
            fail(`score columns "${byLabel.get(label)}" and "${score.column}" are both for label "${label}"`);
        byLabel.set(label, score.column);
    }
    const missing = classes.filter((label) => !byLabel.has(label));
    if (missing.length > 0) {
        fail(`no score column for label${missing.length > 1 ? 's' : ''} ${missing.map((c) => JSON.stringify(c)).join(', ')}: give one column per class (or a single column, the positive class's score, for two classes)`);
    }
    return { kind: 'per-class', columns: classes.map((label) => ({ label, column: byLabel.get(label) })) };
}

;// CONCATENATED MODULE: ./src/evaluate/prepare.ts
/**
 * From predictions tables to the typed arrays the engines compute on: the task, the class labels and
 * their order, the positive label, class scores, and the baseline lined up row by row with the candidate.
 * Every problem found here names the file and line, or the input.
 */





function at(table, row) {
    return { file: table.file, line: table.lines[row] };
}
function fail(table, row, message) {
    const where = at(table, row);
    throw new errors/* UserError */.yo(`${where.file}:${where.line}: ${message}`, where);
}
function cellText(value) {
    if (value === undefined || value === null)
        return '';
    if (typeof value === 'string')
        return value;
    return typeof value === 'bigint' ? value.toString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
/** Pairs baseline rows with candidate rows: by id when `id-column` is set, else by position. */
function alignBaseline(candidate, baseline, options) {
    const rowOf = new Int32Array(candidate.rows);
    const idColumn = options.columns.id;
    if (idColumn) {
        const baselineIds = requireColumn(baseline, idColumn, 'id-column');
        const byId = new Map();
        for (let row = 0; row < baseline.rows; row++) {
            const id = cellText(baselineIds[row]);
            if (isBlank(baselineIds[row]))
                fail(baseline, row, `id-column "${idColumn}" is empty`);
            const earlier = byId.get(id);
            if (earlier !== undefined)
                fail(baseline, row, `id ${JSON.stringify(id)} appears twice (first on line ${baseline.lines[earlier]})`);
            byId.set(id, row);
        }
        const candidateIds = requireColumn(candidate, idColumn, 'id-column');
        const seen = new Set();
        for (let row = 0; row < candidate.rows; row++) {
            const id = cellText(candidateIds[row]);
            if (isBlank(candidateIds[row]))
                fail(candidate, row, `id-column "${idColumn}" is empty`);
            if (seen.has(id))
                fail(candidate, row, `id ${JSON.stringify(id)} appears twice`);
            seen.add(id);
            const match = byId.get(id);
            if (match === undefined)
                fail(candidate, row, `id ${JSON.stringify(id)} has no row in the baseline predictions ${baseline.file}`);
            rowOf[row] = match;
        }
        if (baseline.rows !== candidate.rows) {
            const extra = [...byId.entries()].find(([id]) => !seen.has(id));
            fail(baseline, extra[1], `id ${JSON.stringify(extra[0])} has no row in the predictions ${candidate.file}; both files must hold the same rows`);
        }
        return { table: baseline, rowOf };
    }
    if (baseline.rows !== candidate.rows) {
        throw new errors/* UserError */.yo(`${baseline.file}: the baseline predictions have ${baseline.rows} rows but ${candidate.file} has ${candidate.rows}; both must hold the same rows (set id-column to pair them by id)`, { file: baseline.file });
    }
    for (let row = 0; row < candidate.rows; row++)
        rowOf[row] = row;
    return { table: baseline, rowOf };
}
/** scikit-learn's type_of_target: whole numbers are classes, any fraction makes it a regression. */
function inferTask(columns, hasScores, notes) {
    if (hasScores) {
        notes.push('task: classification (score columns are given)');
        return 'classification';
    }
    let fraction = false;
    for (const column of columns) {
        for (const value of column.values) {
            const number = numberFrom(value, column.table.textual);
            if (number === undefined) {
                notes.push(`task: classification (${column.input} "${column.column}" holds text)`);
                return 'classification';
            }
            if (!Number.isInteger(number))
                fraction = true;
        }
    }
    if (fraction) {
        notes.push('task: regression (labels or predictions have fractions)');
        return 'regression';
    }
    notes.push('task: classification (every label and prediction is a whole number; set task to regression if they are amounts)');
    return 'classification';
}
function prepare(candidate, baselineTable, options) {
    const notes = [];
    const { columns } = options;
    const column = (table, name, input) => ({ table, column: name, input, values: requireColumn(table, name, input) });
    const truth = column(candidate, columns.label, 'label-column');
    const predicted = column(candidate, columns.prediction, 'prediction-column');
    const slices = new Map();
    for (const name of columns.sliceBy)
        slices.set(name, requireColumn(candidate, name, 'slice-by').map(cellText));
    let alignment;
    let baselinePredicted;
    let baselineTruth;
    if (baselineTable) {
        alignment = alignBaseline(candidate, baselineTable, options);
        const aligned = (values) => Array.from(alignment.rowOf, (row) => values[row]);
        // Lined up with the candidate's rows, but reporting the baseline's own lines.
        const view = { ...baselineTable, lines: Array.from(alignment.rowOf, (row) => baselineTable.lines[row]) };
        baselinePredicted = { table: view, column: columns.prediction, input: 'prediction-column', values: aligned(requireColumn(baselineTable, columns.prediction, 'prediction-column')) };
        const baselineLabels = baselineTable.values.get(columns.label);
        if (baselineLabels)
            baselineTruth = { table: view, column: columns.label, input: 'label-column', values: aligned(baselineLabels) };
    }
    const labelColumns = [truth, predicted, ...(baselinePredicted ? [baselinePredicted] : []), ...(baselineTruth ? [baselineTruth] : [])];
    const task = options.task === 'auto' ? inferTask([truth, predicted], options.columns.scores.length > 0, notes) : options.task;
    if (task === 'regression') {
        if (options.columns.scores.length > 0)
            throw new errors/* ConfigurationError */.j1('score-columns', 'is for classification; task is regression');
        const numbers = (labelColumn) => Float64Array.from(labelColumn.values, (value, row) => {
            const number = numberFrom(value, labelColumn.table.textual);
            if (number === undefined) {
                fail(labelColumn.table, row, isBlank(value) ? `${labelColumn.input} "${labelColumn.column}" is empty` : `${labelColumn.input} "${labelColumn.column}" must be a number for regression, got ${JSON.stringify(value)}`);
            }
            return number;
        });
        const y = numbers(truth);
        if (baselineTruth)
            checkSameTruth(y, numbers(baselineTruth), truth, baselineTruth, (a, b) => a === b);
        return {
            task: 'regression',
            rows: candidate.rows,
            notes,
            slices,
            candidate: { truth: y, predicted: numbers(predicted) },
            baseline: baselinePredicted ? { truth: y, predicted: numbers(baselinePredicted) } : undefined,
        };
    }
    const kind = labelKind(labelColumns);
    const canonical = (labelColumn) => labelColumn.values.map((value) => canonicalLabel(value, kind, labelColumn.table.textual));
    const truthLabels = canonical(truth);
    const predictedLabels = canonical(predicted);
    const baselineLabels = baselinePredicted ? canonical(baselinePredicted) : undefined;
    if (baselineTruth)
        checkSameTruth(truthLabels, canonical(baselineTruth), truth, baselineTruth, (a, b) => a === b);
    let labels = sortLabels([...truthLabels, ...predictedLabels, ...(baselineLabels ?? [])], kind);
    const positiveLabel = choosePositive(labels, kind, options, notes);
    if (positiveLabel !== undefined && !labels.includes(positiveLabel))
        labels = sortLabels([...labels, positiveLabel], kind);
    const binary = positiveLabel !== undefined && labels.length <= 2;
    let average;
    if (options.average === 'auto') {
        average = binary ? 'binary' : 'macro';
    }
    else {
        average = options.average;
        if (average === 'binary' && !binary) {
            throw new errors/* ConfigurationError */.j1('average', `is binary, but the labels have ${labels.length} classes (${labels.map((l) => JSON.stringify(l)).join(', ')}); use macro, weighted or micro`);
        }
    }
    const code = new Map(labels.map((label, index) => [label, index]));
    const codes = (values) => Int32Array.from(values, (label) => code.get(label));
    const truthCodes = codes(truthLabels);
    const positive = binary ? code.get(positiveLabel) : undefined;
    const layout = resolveScoreLayout(options.columns.scores, candidate, labels, kind);
    if (layout?.kind === 'single' && !binary) {
        throw new errors/* ConfigurationError */.j1('score-columns', `names one column, which is the positive class's score for two classes; the labels have ${labels.length} classes, so give one probability column per class`);
    }
    const candidateScores = layout ? readScores(candidate, layout, labels, null) : undefined;
    let baselineScores;
    if (layout && alignment) {
        const columnsNeeded = layout.kind === 'single' ? [layout.column] : layout.columns.map((c) => c.column);
        const missing = columnsNeeded.filter((name) => !alignment.table.values.has(name));
        if (missing.length === 0)
            baselineScores = readScores(alignment.table, layout, labels, alignment.rowOf);
        else
            notes.push(`the baseline predictions have no score column ${missing.map((m) => JSON.stringify(m)).join(', ')}, so score metrics are not compared`);
    }
    return {
        task: 'classification',
        rows: candidate.rows,
        notes,
        slices,
        labels,
        kind,
        positiveLabel: binary ? positiveLabel : undefined,
        average,
        scoreLayout: layout,
        candidate: { labels, truth: truthCodes, predicted: codes(predictedLabels), positive, scores: candidateScores },
        baseline: baselineLabels ? { labels, truth: truthCodes, predicted: codes(baselineLabels), positive, scores: baselineScores } : undefined,
    };
}
function checkSameTruth(candidate, baseline, truth, baselineTruth, same) {
    for (let row = 0; row < candidate.length; row++) {
        if (!same(candidate[row], baseline[row])) {
            fail(baselineTruth.table, row, `the baseline's label ${JSON.stringify(baselineTruth.values[row])} differs from ${truth.table.file}:${truth.table.lines[row]} (${JSON.stringify(truth.values[row])}); the baseline must be predictions on the same rows (set id-column to pair rows by id)`);
        }
    }
}
function choosePositive(labels, kind, options, notes) {
    const given = options.positiveLabel;
    if (given !== undefined) {
        let label = given;
        if (kind === 'number') {
            const number = numberFrom(given, true);
            if (number === undefined)
                throw new errors/* ConfigurationError */.j1('positive-label', `is "${given}", but the labels are numbers (${labels.join(', ')})`);
            label = String(number);
        }
        const classes = new Set([...labels, label]);
        if (classes.size > 2) {
            if (options.average === 'binary')
                throw new errors/* ConfigurationError */.j1('positive-label', `is for two classes; the labels have ${labels.length}: ${labels.map((l) => JSON.stringify(l)).join(', ')}`);
            if (!labels.includes(label))
                throw new errors/* ConfigurationError */.j1('positive-label', `is "${given}", which is not one of the labels: ${labels.map((l) => JSON.stringify(l)).join(', ')}`);
            notes.push(`positive-label ${JSON.stringify(label)} is not used: there are ${labels.length} classes`);
            return undefined;
        }
        return label;
    }
    if (labels.length > 2)
        return undefined;
    if (kind === 'number' && labels.every((label) => label === '0' || label === '1' || label === '-1')) {
        notes.push('positive label: 1 (set positive-label to choose another)');
        return '1';
    }
    const chosen = labels[labels.length - 1];
    notes.push(`positive label: ${JSON.stringify(chosen)}, the greater of the labels as scikit-learn takes it (set positive-label to choose)`);
    return chosen;
}
/** Reads score cells as numbers, checking probabilities: each within [0, 1], each row of classes summing to 1. */
function readScores(table, layout, labels, rowOf) {
    const rows = rowOf ? rowOf.length : table.rows;
    const source = (row) => (rowOf ? rowOf[row] : row);
    const numberAt = (name, values, row) => {
        const value = values[source(row)];
        const number = scoreFrom(value);
        if (number === undefined) {
            fail(table, source(row), isBlank(value) ? `score column "${name}" is empty` : `score column "${name}" must be a number, got ${JSON.stringify(value)}`);
        }
        return number;
    };
    if (layout.kind === 'single') {
        const values = table.values.get(layout.column);
        const scores = new Float64Array(rows);
        let notProbabilities;
        for (let row = 0; row < rows; row++) {
            const score = numberAt(layout.column, values, row);
            scores[row] = score;
            if (notProbabilities === undefined && (score < 0 || score > 1)) {
                notProbabilities = `the scores are not probabilities: "${layout.column}" is ${score} at ${table.file}:${table.lines[source(row)]}`;
            }
        }
        return { kind: 'single', values: scores, probabilities: notProbabilities === undefined, notProbabilities };
    }
    const K = labels.length;
    const columnValues = layout.columns.map((c) => table.values.get(c.column));
    const scores = new Float64Array(rows * K);
    for (let row = 0; row < rows; row++) {
        let sum = 0;
        for (let k = 0; k < K; k++) {
            const name = layout.columns[k].column;
            const p = numberAt(name, columnValues[k], row);
            if (p < 0 || p > 1)
                fail(table, source(row), `score column "${name}" is ${p}; class probabilities must be between 0 and 1`);
            scores[row * K + k] = p;
            sum += p;
        }
        if (Math.abs(sum - 1) > PROBABILITY_SUM_TOLERANCE) {
            fail(table, source(row), `the class probabilities (${layout.columns.map((c) => c.column).join(' + ')}) sum to ${Number(sum.toPrecision(12))}, not 1; log loss and multiclass ROC AUC need each row to sum to 1 (within ${PROBABILITY_SUM_TOLERANCE})`);
        }
    }
    return { kind: 'per-class', values: scores };
}

;// CONCATENATED MODULE: ./src/evaluate/evaluate.ts
/**
 * The evaluation from files to the metrics document: read, prepare, compute every metric with its
 * interval (and the paired difference against a baseline), overall, per class and per slice.
 */









async function evaluateFiles(predictions, baseline, options) {
    const { columns } = options;
    const isScore = scoreColumnMatcher(columns.scores);
    const named = new Set([columns.label, columns.prediction, ...columns.sliceBy, ...(columns.id ? [columns.id] : [])]);
    const wanted = (column) => named.has(column) || isScore(column);
    const candidateTable = await readPredictionTable(predictions.path, predictions.shownAs, wanted);
    let baselineTable;
    if (baseline)
        baselineTable = await readPredictionTable(baseline.path, baseline.shownAs, wanted);
    return evaluatePrepared(prepare(candidateTable, baselineTable, options), options);
}
function engineFor(prepared, data, zeroDivision) {
    if (prepared.task === 'regression')
        return createRegressionEngine(data);
    return createClassificationEngine(data, { average: prepared.average, zeroDivision });
}
/**
 * Resampling does not depend on row order, so rows are put in the order of the first score column the
 * engines rank by: that ranking's pass over each resample's weights then reads memory in sequence.
 */
function inScoreOrder(prepared) {
    if (prepared.task !== 'classification' || !prepared.candidate.scores)
        return prepared;
    const { scores, positive, labels } = prepared.candidate;
    let key;
    if (scores.kind === 'single')
        key = scores.values;
    else {
        const K = labels.length;
        const column = positive ?? 0;
        key = Float64Array.from({ length: prepared.rows }, (_, row) => scores.values[row * K + column]);
    }
    const order = scoreOrder(key);
    const slices = new Map();
    for (const [column, values] of prepared.slices)
        slices.set(column, Array.from(order, (row) => values[row]));
    return {
        ...prepared,
        slices,
        candidate: subsetData(prepared.candidate, order),
        baseline: prepared.baseline ? subsetData(prepared.baseline, order) : undefined,
    };
}
function evaluatePrepared(unordered, options) {
    const prepared = inScoreOrder(unordered);
    const notes = [...prepared.notes];
    const settings = { resamples: options.resamples, confidence: options.confidence, seed: options.seed };
    const candidate = engineFor(prepared, prepared.candidate, options.zeroDivision);
    const baseline = prepared.baseline ? engineFor(prepared, prepared.baseline, options.zeroDivision) : undefined;
    const result = evaluateWithIntervals(candidate, baseline, settings);
    const intervals = options.resamples > 0;
    const document = {
        format: metrics/* METRICS_FORMAT */.Og,
        task: prepared.task,
        rows: prepared.rows,
        confidence: options.confidence,
        resamples: options.resamples,
        seed: options.seed,
        metrics: {},
    };
    const overall = splitResult(candidate, result, intervals);
    document.metrics = overall.metrics;
    if (prepared.task === 'classification') {
        document.labels = prepared.labels;
        if (prepared.positiveLabel !== undefined)
            document.positive_label = prepared.positiveLabel;
        document.average = prepared.average;
        document.zero_division = options.zeroDivision;
        document.classes = overall.classes;
        document.confusion_matrix = confusionMatrix(prepared.labels, prepared.candidate.truth, prepared.candidate.predicted);
        if (options.zeroDivision === 'warn')
            notes.push(...zeroDivisionWarnings(document.confusion_matrix));
    }
    if (baseline && result.baseline) {
        document.baseline = { rows: prepared.rows, metrics: splitResult(baseline, { candidate: result.baseline }, intervals).metrics };
    }
    document.no_skill = noSkill(prepared, options.zeroDivision);
    if (prepared.slices.size > 0) {
        document.slices = {};
        let stream = 1;
        for (const [column, values] of prepared.slices) {
            const groups = new Map();
            for (const [row, value] of values.entries()) {
                let rows = groups.get(value);
                if (!rows)
                    groups.set(value, (rows = []));
                rows.push(row);
            }
            let kept = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
            if (kept.length > MAX_SLICES_PER_COLUMN) {
                notes.push(`slice-by "${column}" has ${kept.length} values; only the ${MAX_SLICES_PER_COLUMN} largest slices are reported`);
                kept = kept.slice(0, MAX_SLICES_PER_COLUMN);
            }
            kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
            for (const [value, rows] of kept) {
                const subset = Int32Array.from(rows);
                const sliceCandidate = engineFor(prepared, subsetData(prepared.candidate, subset), options.zeroDivision);
                const sliceBaseline = prepared.baseline ? engineFor(prepared, subsetData(prepared.baseline, subset), options.zeroDivision) : undefined;
                const sliceResult = evaluateWithIntervals(sliceCandidate, sliceBaseline, { ...settings, stream: stream++ });
                document.slices[`${column}=${value}`] = { rows: rows.length, metrics: splitResult(sliceCandidate, sliceResult, intervals).metrics };
            }
        }
    }
    if (notes.length > 0)
        document.notes = notes;
    return { document, notes };
}
function metricValue(engineResult, position, intervals, difference) {
    const raw = engineResult.values[position];
    const value = { value: Number.isNaN(raw) ? null : raw };
    if (intervals)
        value.ci = engineResult.intervals[position] ?? null;
    const reason = engineResult.reasons[position];
    if (reason)
        value.reason = reason;
    if (difference?.paired[position]) {
        const delta = difference.values[position];
        value.difference = { value: Number.isNaN(delta) ? null : delta };
        if (intervals)
            value.difference.ci = difference.intervals[position] ?? null;
    }
    return value;
}
function splitResult(engine, result, intervals) {
    const metrics = {};
    const classes = {};
    for (const [position, slot] of engine.slots.entries()) {
        const differences = slot.interval ? result.differences : undefined;
        const value = metricValue(result.candidate, position, intervals && slot.interval, differences);
        if (!slot.interval)
            delete value.ci;
        if (slot.label === undefined)
            metrics[slot.name] = value;
        else
            (classes[slot.label] ??= {})[slot.name] = value;
    }
    return { metrics, classes };
}
function confusionMatrix(labels, truth, predicted) {
    const matrix = labels.map(() => new Array(labels.length).fill(0));
    for (let i = 0; i < truth.length; i++)
        matrix[truth[i]][predicted[i]]++;
    return { labels: [...labels], matrix };
}
/** What `zero_division: warn` reports: the labels whose precision or recall divided by zero (and count as 0). */
function zeroDivisionWarnings(confusion) {
    const { labels, matrix } = confusion;
    const neverPredicted = labels.filter((_, k) => matrix.every((row) => row[k] === 0) && matrix[k].some((c) => c > 0));
    const neverLabelled = labels.filter((_, k) => matrix[k].every((c) => c === 0) && matrix.some((row) => row[k] > 0));
    const warnings = [];
    if (neverPredicted.length > 0)
        warnings.push(`zero division: precision of ${neverPredicted.map((l) => JSON.stringify(l)).join(', ')} counts as 0 (never predicted); set zero-division to 0, 1 or nan to choose`);
    if (neverLabelled.length > 0)
        warnings.push(`zero division: recall of ${neverLabelled.map((l) => JSON.stringify(l)).join(', ')} counts as 0 (no row has that label); set zero-division to 0, 1 or nan to choose`);
    return warnings;
}
function subsetData(data, rows) {
    const pick = (array) => {
        const out = new array.constructor(rows.length);
        for (let i = 0; i < rows.length; i++)
            out[i] = array[rows[i]];
        return out;
    };
    if ('labels' in data) {
        const scores = data.scores;
        let subsetScores;
        if (scores?.kind === 'single')
            subsetScores = { ...scores, values: pick(scores.values) };
        else if (scores?.kind === 'per-class') {
            const K = data.labels.length;
            const values = new Float64Array(rows.length * K);
            for (let i = 0; i < rows.length; i++)
                values.set(scores.values.subarray(rows[i] * K, rows[i] * K + K), i * K);
            subsetScores = { kind: 'per-class', values };
        }
        return { ...data, truth: pick(data.truth), predicted: pick(data.predicted), scores: subsetScores };
    }
    const regression = data;
    return { truth: pick(regression.truth), predicted: pick(regression.predicted) };
}
/** The same metrics for a predictor without skill: the majority class with the class shares as probabilities, or the mean. */
function noSkill(prepared, zeroDivision) {
    let engine;
    if (prepared.task === 'regression') {
        const { truth } = prepared.candidate;
        let sum = 0;
        for (const y of truth)
            sum += y;
        engine = createRegressionEngine({ truth, predicted: new Float64Array(truth.length).fill(sum / truth.length) });
    }
    else {
        const data = prepared.candidate;
        const K = data.labels.length;
        const n = data.truth.length;
        const counts = new Float64Array(K);
        for (const y of data.truth)
            counts[y]++;
        let majority = 0;
        for (let k = 1; k < K; k++)
            if (counts[k] > counts[majority])
                majority = k;
        let scores;
        if (data.scores?.kind === 'single')
            scores = { kind: 'single', values: new Float64Array(n).fill(counts[data.positive] / n), probabilities: true };
        else if (data.scores?.kind === 'per-class') {
            const values = new Float64Array(n * K);
            for (let i = 0; i < n; i++)
                for (let k = 0; k < K; k++)
                    values[i * K + k] = counts[k] / n;
            scores = { kind: 'per-class', values };
        }
        engine = createClassificationEngine({ ...data, predicted: new Int32Array(n).fill(majority), scores }, { average: prepared.average, zeroDivision });
    }
    const values = new Float64Array(engine.slots.length);
    engine.compute(null, values);
    const out = {};
    for (const [position, slot] of engine.slots.entries())
        if (slot.label === undefined)
            out[slot.name] = Number.isNaN(values[position]) ? null : values[position];
    return out;
}

// EXTERNAL MODULE: ./src/shared/markdown.ts
var markdown = __webpack_require__(11680);
;// CONCATENATED MODULE: ./src/evaluate/report.ts
/** The evaluation as Markdown for the job summary and the `report` output. Labels and slice values come from data, so they are escaped. */

function formatNumber(value) {
    if (value === null || value === undefined)
        return '—';
    const magnitude = Math.abs(value);
    // Sums of floating-point terms leave dust such as 2e-17 where the value is 0.
    if (magnitude < 1e-12)
        return '0.0000';
    if (magnitude >= 1e4 || magnitude < 1e-3)
        return value.toPrecision(4);
    return value.toFixed(4);
}
function formatSigned(value) {
    if (value === null || value === undefined)
        return '—';
    return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}
function interval(ci, signed = false) {
    if (!ci)
        return '—';
    const show = signed ? formatSigned : formatNumber;
    return `${show(ci[0])} to ${show(ci[1])}`;
}
/** A value with its interval in one cell, for the denser tables. */
function compact(metric) {
    if (!metric)
        return '';
    if (metric.value === null)
        return 'undefined';
    return metric.ci ? `${formatNumber(metric.value)} (${formatNumber(metric.ci[0])}–${formatNumber(metric.ci[1])})` : formatNumber(metric.value);
}
const HEADLINE_SLICE_METRICS = {
    classification: ['accuracy', 'f1', 'roc_auc', 'log_loss'],
    regression: ['rmse', 'mae', 'r2', 'wape'],
};
function renderReport(document, sources) {
    const parts = [];
    const level = Math.round((document.confidence ?? 0.95) * 100);
    const intervals = (document.resamples ?? 0) > 0;
    parts.push(`### Evaluation of ${(0,markdown/* escapeMarkdown */.FV)(sources.predictions)}`);
    const facts = [`${document.task ?? 'metrics'}`, `${document.rows ?? '?'} rows`];
    if (intervals)
        facts.push(`${level}% intervals from ${document.resamples} bootstrap resamples (seed ${document.seed})`);
    else
        facts.push('no intervals (bootstrap 0)');
    if (document.positive_label !== undefined)
        facts.push(`positive label ${(0,markdown/* escapeMarkdown */.FV)(document.positive_label, 80)}`);
    if (document.average)
        facts.push(`headline average: ${document.average}`);
    if (sources.baseline)
        facts.push(`baseline ${(0,markdown/* escapeMarkdown */.FV)(sources.baseline)}`);
    parts.push(facts.join(' · '));
    const baseline = document.baseline?.metrics;
    const header = ['Metric', 'Value'];
    if (intervals)
        header.push(`${level}% interval`);
    if (baseline)
        header.push('Baseline', 'Difference');
    if (baseline && intervals)
        header.push(`${level}% interval of the difference`);
    const noSkill = document.no_skill;
    if (noSkill)
        header.push('No skill');
    const undefinedReasons = [];
    const rows = Object.entries(document.metrics).map(([name, metric]) => {
        let value = formatNumber(metric.value);
        if (metric.value === null && metric.reason) {
            undefinedReasons.push(`${(0,markdown/* escapeMarkdown */.FV)(name)}: ${(0,markdown/* escapeMarkdown */.FV)(metric.reason, 400)}`);
            value = `undefined (${undefinedReasons.length})`;
        }
        const row = [(0,markdown/* escapeMarkdown */.FV)(name), value];
        if (intervals)
            row.push(interval(metric.ci));
        if (baseline)
            row.push(formatNumber(baseline[name]?.value), formatSigned(metric.difference?.value));
        if (baseline && intervals)
            row.push(interval(metric.difference?.ci, true));
        if (noSkill)
            row.push(formatNumber(noSkill[name]));
        return row;
    });
    parts.push((0,markdown/* table */.tp)(header, rows, header.map((_, i) => (i === 0 ? 'l' : 'r'))));
    if (noSkill)
        parts.push('_No skill: the majority class with the class shares as probabilities, or the mean of the labels, on the same rows._');
    if (undefinedReasons.length > 0)
        parts.push(undefinedReasons.map((reason, i) => `${i + 1}. ${reason}`).join('\n'));
    if (document.confusion_matrix) {
        const { labels, matrix } = document.confusion_matrix;
        const shown = labels.map((label) => (0,markdown/* escapeMarkdown */.FV)(label, 40));
        const cm = (0,markdown/* table */.tp)(['true ↓ / predicted →', ...shown], matrix.map((row, t) => [`**${shown[t]}**`, ...row.map(String)]), ['l', ...labels.map(() => 'r')]);
        parts.push((0,markdown/* details */.zH)('Confusion matrix', cm, labels.length <= 10));
    }
    if (document.classes && Object.keys(document.classes).length > 0) {
        const names = [...new Set(Object.values(document.classes).flatMap((metrics) => Object.keys(metrics)))];
        const perClass = (0,markdown/* table */.tp)(['Class', ...names.map((name) => (0,markdown/* escapeMarkdown */.FV)(name))], Object.entries(document.classes).map(([label, metrics]) => [
            (0,markdown/* escapeMarkdown */.FV)(label, 40),
            ...names.map((name) => (name === 'support' ? String(metrics[name]?.value ?? '') : compact(metrics[name]))),
        ]), ['l', ...names.map(() => 'r')]);
        parts.push((0,markdown/* details */.zH)('Per class', perClass, Object.keys(document.classes).length <= 10));
    }
    if (document.slices && Object.keys(document.slices).length > 0) {
        const wanted = HEADLINE_SLICE_METRICS[document.task ?? 'classification'];
        const present = wanted.filter((name) => Object.values(document.slices).some((slice) => name in slice.metrics));
        const header = ['Slice', 'Rows', ...present.map((name) => (0,markdown/* escapeMarkdown */.FV)(name))];
        if (baseline)
            header.push(...present.map((name) => `Δ ${(0,markdown/* escapeMarkdown */.FV)(name)}`));
        const sliceRows = Object.entries(document.slices).map(([key, slice]) => {
            const row = [(0,markdown/* escapeMarkdown */.FV)(key, 80), String(slice.rows), ...present.map((name) => compact(slice.metrics[name]))];
            if (baseline) {
                row.push(...present.map((name) => {
                    const difference = slice.metrics[name]?.difference;
                    if (!difference)
                        return '';
                    return difference.ci ? `${formatSigned(difference.value)} (${formatSigned(difference.ci[0])}–${formatSigned(difference.ci[1])})` : formatSigned(difference.value);
                }));
            }
            return row;
        });
        parts.push((0,markdown/* details */.zH)('Slices', (0,markdown/* table */.tp)(header, sliceRows, header.map((_, i) => (i === 0 ? 'l' : 'r'))), true));
    }
    if (document.notes && document.notes.length > 0)
        parts.push(document.notes.map((note) => `- ${(0,markdown/* escapeMarkdown */.FV)(note, 400)}`).join('\n'));
    return `${parts.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/evaluate/action.ts







/* harmony default export */ const evaluate_action = ((0,action/* defineAction */.QP)({
    name: 'evaluate',
    inputs: {
        'predictions': inputs/* input */.hF.string({ required: true }),
        'task': inputs/* input */.hF.choice(['classification', 'regression', 'auto'], { defaulted: true }),
        'label-column': inputs/* input */.hF.string({ defaulted: true }),
        'prediction-column': inputs/* input */.hF.string({ defaulted: true }),
        'score-columns': inputs/* input */.hF.list(),
        'positive-label': inputs/* input */.hF.string(),
        'average': inputs/* input */.hF.choice(['auto', 'binary', 'macro', 'weighted', 'micro'], { defaulted: true }),
        'zero-division': inputs/* input */.hF.choice(['warn', '0', '1', 'nan'], { defaulted: true }),
        'bootstrap': inputs/* input */.hF.integer({ defaulted: true, min: 0, max: 100_000 }),
        'confidence': inputs/* input */.hF.number({ defaulted: true, min: 0.5, max: 0.999 }),
        'seed': inputs/* input */.hF.integer({ defaulted: true, min: -2147483648, max: 2147483647 }),
        'slice-by': inputs/* input */.hF.list(),
        'baseline-predictions': inputs/* input */.hF.string(),
        'id-column': inputs/* input */.hF.string(),
        'metrics-out': inputs/* input */.hF.string({ defaulted: true }),
        'summary': inputs/* input */.hF.boolean({ defaulted: true }),
    },
    outputs: ['metrics', 'metrics-path', 'report'],
    async run({ inputs, setOutput }) {
        const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
        const file = (path) => ({ path: (0,files/* resolveInWorkspace */.z1)(path, workspace), shownAs: path });
        const options = {
            task: inputs['task'],
            columns: {
                label: inputs['label-column'],
                prediction: inputs['prediction-column'],
                scores: inputs['score-columns'] ?? [],
                sliceBy: inputs['slice-by'] ?? [],
                id: inputs['id-column'],
            },
            positiveLabel: inputs['positive-label'],
            average: inputs['average'],
            zeroDivision: inputs['zero-division'],
            resamples: inputs['bootstrap'],
            confidence: inputs['confidence'],
            seed: inputs['seed'],
        };
        const baseline = inputs['baseline-predictions'] ? file(inputs['baseline-predictions']) : undefined;
        const { document, notes } = await (0,log/* group */.Os)(`Evaluating ${inputs['predictions']}`, async () => {
            const started = performance.now();
            const evaluation = await evaluateFiles(file(inputs['predictions']), baseline, options);
            core/* info */.pq(`${evaluation.document.rows} rows, ${options.resamples} bootstrap resamples, ${((performance.now() - started) / 1000).toFixed(2)} s`);
            for (const note of evaluation.notes)
                core/* info */.pq(note);
            return evaluation;
        });
        for (const note of notes)
            if (note.startsWith('zero division'))
                core/* warning */.$e(note, { title: 'evaluate: zero division' });
        const metricsPath = (0,files/* resolveInWorkspace */.z1)(inputs['metrics-out'], workspace);
        const json = `${JSON.stringify(document, null, 2)}\n`;
        (0,files/* writeFileAtomic */.Zf)(metricsPath, json);
        core/* info */.pq(`Metrics written to ${inputs['metrics-out']}`);
        const report = renderReport(document, { predictions: inputs['predictions'], baseline: inputs['baseline-predictions'] });
        setOutput('metrics', JSON.stringify(document));
        setOutput('metrics-path', metricsPath);
        setOutput('report', report);
        if (inputs['summary'])
            await core/* summary */.z.addRaw(report).write();
    },
}));


/***/ }),

/***/ 15044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HS: () => (/* binding */ defaultDirection),
/* harmony export */   Og: () => (/* binding */ METRICS_FORMAT),
/* harmony export */   _c: () => (/* binding */ readMetricsFile),
/* harmony export */   kY: () => (/* binding */ metricsFromData),
/* harmony export */   o0: () => (/* binding */ parseMetricsText)
/* harmony export */ });
/* unused harmony exports isMetricsDocument, flattenNumbers */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14094);
/**
 * Metrics files as every action reads them. The evaluate action writes the rich format described by
 * schemas/metrics.schema.json (values with intervals); a training script may write any JSON or YAML of
 * numbers (DVC style, nested). Both become one flat map `a.b.c → value`.
 */



const METRICS_FORMAT = 'ml-actions/metrics@1';
function isMetricsDocument(data) {
    return typeof data === 'object' && data !== null && data.format === METRICS_FORMAT;
}
/** Flattens nested numbers to `a.b.c`; strings that are numbers count, other leaves are left out. */
function flattenNumbers(data, prefix = '', into = {}) {
    if (typeof data === 'number' && Number.isFinite(data)) {
        into[prefix] = data;
    }
    else if (typeof data === 'string' && data.trim() !== '' && Number.isFinite(Number(data))) {
        into[prefix] = Number(data);
    }
    else if (Array.isArray(data)) {
        data.forEach((item, index) => flattenNumbers(item, prefix ? `${prefix}.${index}` : String(index), into));
    }
    else if (typeof data === 'object' && data !== null) {
        for (const [key, value] of Object.entries(data))
            flattenNumbers(value, prefix ? `${prefix}.${key}` : key, into);
    }
    return into;
}
function metricsFromData(data) {
    if (isMetricsDocument(data)) {
        const values = { ...data.metrics };
        for (const [label, metrics] of Object.entries(data.classes ?? {})) {
            for (const [name, metric] of Object.entries(metrics))
                values[`class.${label}.${name}`] = metric;
        }
        for (const [key, slice] of Object.entries(data.slices ?? {})) {
            for (const [name, metric] of Object.entries(slice.metrics))
                values[`slice.${key}.${name}`] = metric;
        }
        return { values, document: data };
    }
    const values = {};
    for (const [name, value] of Object.entries(flattenNumbers(data)))
        values[name] = { value };
    return { values };
}
/** Parses JSON or YAML text (JSON is YAML), naming the file and line of a syntax error. */
function parseMetricsText(text, file) {
    const data = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlText */ .c)(text, file);
    if (data === null || typeof data !== 'object')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file}: a metrics file must hold an object of metric names and values`, { file });
    return metricsFromData(data);
}
function readMetricsFile(path, shownAs = path) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${shownAs}: metrics file not found`, { file: shownAs });
    return parseMetricsText((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), shownAs);
}
// Names (or name parts) where smaller is better; everything else is taken as higher-is-better.
const LOWER_IS_BETTER = /(^|[._\-\s])(loss|log_?loss|error|err|rmse|mse|mae|mape|wape|smape|latency|brier|ece|perplexity|duration|time|size|bytes|fpr|fnr|cost)($|[._\-\s])/i;
function defaultDirection(name) {
    return LOWER_IS_BETTER.test(name) ? 'lower' : 'higher';
}


/***/ }),

/***/ 14094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ parseYamlText)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/** YAML (and so JSON) documents read from files, with syntax errors pointing at file:line:column. */


/** Parses JSON or YAML text; `shownAs` names the file in messages and annotations. */
function parseYamlText(text, shownAs, what = 'JSON or YAML') {
    try {
        const data = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { prettyErrors: true });
        // `shownAs` may be "metrics.json at 1a2b3c4" for a file read at a commit.
        if (/\.json$/i.test(shownAs.replace(/ at [0-9a-f]+$/i, '')))
            rejectLenientJson(text, shownAs);
        return data;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
            throw error;
        const position = error.linePos?.[0];
        const where = position ? `:${position.line}:${position.col}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${shownAs}${where}: not valid ${what}: ${error.message.split('\n')[0]}`, {
            file: shownAs,
            line: position?.line,
            column: position?.col,
        });
    }
}
/**
 * The YAML reader accepts text that is not JSON, such as `{"a": 1, "b": }` (b = null): in a `.json`
 * file that would lose a value without a word.
 */
function rejectLenientJson(text, shownAs) {
    try {
        JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        const position = /\(line (\d+) column (\d+)\)/.exec(message);
        const line = position ? Number(position[1]) : undefined;
        const column = position ? Number(position[2]) : undefined;
        const reason = message.split('\n')[0].replace(/ in JSON at position.*$/, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${shownAs}${line ? `:${line}:${column}` : ''}: not valid JSON: ${reason}`, { file: shownAs, line, column });
    }
}


/***/ })

};
