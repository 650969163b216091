export const id = 419;
export const ids = [419];
export const modules = {

/***/ 25419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INPUTS: () => (/* binding */ INPUTS),
  OUTPUTS: () => (/* binding */ OUTPUTS),
  "default": () => (/* binding */ metrics_report_action)
});

// EXTERNAL MODULE: ./src/shared/action.ts
var action = __webpack_require__(1771);
// EXTERNAL MODULE: ./src/shared/inputs.ts
var inputs = __webpack_require__(93876);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/shared/artifacts.ts
var shared_artifacts = __webpack_require__(92386);
// EXTERNAL MODULE: ./src/shared/context.ts
var shared_context = __webpack_require__(50082);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/github.ts
var github = __webpack_require__(36654);
// EXTERNAL MODULE: ./src/shared/markdown.ts
var markdown = __webpack_require__(11680);
;// CONCATENATED MODULE: ./src/metrics-report/model.ts
const REPORT_FORMAT = 'ml-actions/metrics-report@1';
function emptyCounts() {
    return { worse: 0, removed: 0, new: 0, better: 0, within: 0, unchanged: 0, incomparable: 0 };
}
function countRows(files) {
    const counts = emptyCounts();
    for (const file of files)
        for (const row of file.rows)
            counts[row.status]++;
    return counts;
}
/** Metrics whose value differs from the baseline, appearing and disappearing ones included. */
function changedCount(counts, files) {
    let changed = counts.worse + counts.better + counts.new + counts.removed;
    for (const file of files)
        for (const row of file.rows)
            if (row.status === 'within' && row.delta !== 0)
                changed++;
    return changed;
}

;// CONCATENATED MODULE: ./src/metrics-report/numbers.ts
/**
 * Numbers as a reviewer reads them: four significant digits by default, more only when two values
 * would otherwise look the same, integers as they are, and an exponent only for the very large or
 * very small. Plain ASCII so that the text can be copied into a spreadsheet.
 */
const SIGNIFICANT = 4;
const MAX_SIGNIFICANT = 12;
function magnitude(value) {
    return value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
}
/** One value with `digits` significant digits (at least its whole-number digits). */
function formatNumber(value, digits = SIGNIFICANT) {
    if (!Number.isFinite(value))
        return Number.isNaN(value) ? 'NaN' : value > 0 ? 'inf' : '-inf';
    if (Number.isInteger(value) && Math.abs(value) < 1e15)
        return String(value);
    const order = magnitude(value);
    if (order >= 15 || order < -4)
        return trimExponent(value.toExponential(Math.max(digits - 1, 1)));
    const precision = Math.min(Math.max(digits, order + 1), 21);
    return plain(Number(value.toPrecision(precision)));
}
/** Formats two values with enough digits that they differ on screen whenever they differ. */
function formatPair(a, b) {
    for (let digits = SIGNIFICANT;; digits++) {
        const pair = [formatNumber(a, digits), formatNumber(b, digits)];
        if (a === b || pair[0] !== pair[1] || digits >= MAX_SIGNIFICANT)
            return pair;
    }
}
/** A change with its sign: `+0.0123`, `-4`. */
function formatDelta(delta) {
    if (delta === 0)
        return '0';
    const text = formatNumber(delta, 3);
    return delta > 0 ? `+${text}` : text;
}
/** A relative change in percent: `+2.1%`, `-0.19%`, `+150%`. */
function formatPercent(percent) {
    if (percent === undefined || !Number.isFinite(percent))
        return 'n/a';
    if (percent === 0)
        return '0%';
    const size = Math.abs(percent);
    const text = size >= 100 ? size.toFixed(0) : plain(Number(size >= 10 ? size.toFixed(1) : size.toPrecision(2)));
    return `${percent > 0 ? '+' : '-'}${text}%`;
}
/** A duration such as `4m 12s` or `1h 02m`. */
function formatDuration(seconds) {
    const total = Math.max(0, Math.round(seconds));
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const rest = total % 60;
    if (hours > 0)
        return `${hours}h ${String(minutes).padStart(2, '0')}m`;
    if (minutes > 0)
        return `${minutes}m ${String(rest).padStart(2, '0')}s`;
    return `${rest}s`;
}
/** A decimal without an exponent, for places (such as Mermaid) that do not read `1e-7`. */
function plain(value) {
    const text = String(value);
    if (!/e/i.test(text))
        return text;
    const fixed = value.toFixed(20).replace(/\.?0+$/, '');
    return fixed === '-0' ? '0' : fixed;
}
function trimExponent(text) {
    // 1.230e-5 → 1.23e-5; the '+' of positive exponents is noise in a table.
    return text.replace(/\.?0+e/, 'e').replace('e+', 'e');
}

// EXTERNAL MODULE: ./src/shared/counts.ts
var shared_counts = __webpack_require__(77341);
;// CONCATENATED MODULE: ./src/metrics-report/render-checks.ts
/**
 * The data-contract result (validate-data's report) and the gate decision (gate's decision file), as a
 * verdict line a reviewer reads first and the reasons under it.
 */



function resultIcon(result) {
    const word = result.toLowerCase();
    if (['fail', 'failed', 'error', 'block', 'blocked'].includes(word))
        return '❌';
    if (['warn', 'warning'].includes(word))
        return '⚠️';
    if (['pass', 'passed', 'ok'].includes(word))
        return '✅';
    if (['skip', 'skipped'].includes(word))
        return '⏭️';
    return '•';
}
function dataHeadline(data) {
    const contract = data.contract?.id ?? data.contract?.path;
    const name = contract ? ` ${(0,markdown/* escapeMarkdown */.FV)(contract, 80)}${data.contract?.version ? ` ${(0,markdown/* escapeMarkdown */.FV)(data.contract.version, 30)}` : ''}` : '';
    const breaking = data.breaking.filter((change) => change.breaking).length;
    const facts = [
        data.errors !== undefined ? (0,shared_counts/* plural */.L)(data.errors, 'error') : undefined,
        data.warnings !== undefined ? (0,shared_counts/* plural */.L)(data.warnings, 'warning') : undefined,
        breaking > 0 ? (0,shared_counts/* plural */.L)(breaking, 'breaking change') : undefined,
        data.drift?.drifted ? 'drift' : undefined,
    ].filter(Boolean);
    return `${data.passed ? '✅' : '❌'} Data contract${name}: **${data.passed ? 'passed' : 'failed'}**${facts.length ? ` (${facts.join(', ')})` : ''}`;
}
function limited(items, limit) {
    const shown = items.slice(0, limit);
    const left = items.length - shown.length;
    return { shown, note: left > 0 ? `\n\n… and ${left} more (see the job summary or the report file).` : '' };
}
function renderData(data, limits) {
    const parts = [`#### ${dataHeadline(data)}`];
    const counted = data.rows !== undefined ? `${data.rows} rows${data.objects !== undefined ? ` in ${(0,shared_counts/* plural */.L)(data.objects, 'object')}` : ''}` : undefined;
    const scope = [counted, data.contract?.path ? `contract ${(0,markdown/* escapeMarkdown */.FV)(data.contract.path, 120)}` : undefined].filter(Boolean);
    if (scope.length)
        parts.push(scope.join(' · '));
    if (data.checks.length > 0) {
        const { shown, note } = limited(data.checks, limits.rows);
        const rows = shown.map((check) => [
            `${resultIcon(check.result)} ${(0,markdown/* escapeMarkdown */.FV)(check.result, 20)}`,
            (0,markdown/* escapeMarkdown */.FV)(check.object ?? '', 60),
            (0,markdown/* escapeMarkdown */.FV)(check.check, 60),
            (0,markdown/* escapeMarkdown */.FV)(check.column ?? '', 60),
            check.count !== undefined ? `${check.count}${check.percent !== undefined ? ` (${formatNumber(check.percent, 3)}%)` : ''}` : '',
            (0,markdown/* escapeMarkdown */.FV)(check.message ?? '', 200),
        ]);
        const body = (0,markdown/* table */.tp)(['Result', 'Object', 'Check', 'Column', 'Rows', 'Message'], rows, ['l', 'l', 'l', 'l', 'r', 'l']) + note;
        const failing = data.checks.some((check) => resultIcon(check.result) === '❌');
        parts.push(failing ? body : (0,markdown/* details */.zH)(`${(0,shared_counts/* plural */.L)(data.checks.length, 'check')} with warnings`, body));
    }
    const breaking = data.breaking.filter((change) => change.breaking);
    const other = data.breaking.filter((change) => !change.breaking);
    const changeTable = (changes) => {
        const { shown, note } = limited(changes, limits.rows);
        return ((0,markdown/* table */.tp)(['Change', 'Where', 'Message'], shown.map((change) => [
            (0,markdown/* escapeMarkdown */.FV)(change.change, 60),
            (0,markdown/* escapeMarkdown */.FV)([change.object, change.property].filter(Boolean).join('.'), 120),
            (0,markdown/* escapeMarkdown */.FV)(change.message ?? '', 200),
        ])) + note);
    };
    if (breaking.length > 0)
        parts.push(`**Breaking changes to the contract**\n\n${changeTable(breaking)}`);
    if (other.length > 0)
        parts.push((0,markdown/* details */.zH)(`${(0,shared_counts/* plural */.L)(other.length, 'compatible contract change')}`, changeTable(other)));
    if (data.drift)
        parts.push(renderDrift(data.drift, limits));
    return parts.join('\n\n');
}
function renderDrift(drift, limits) {
    const drifted = drift.columns.filter((column) => column.drifted);
    const share = drift.share !== undefined ? `share ${formatNumber(drift.share, 3)}` : undefined;
    const threshold = drift.threshold !== undefined ? `threshold ${formatNumber(drift.threshold, 3)}` : undefined;
    const numbers = [share, threshold].filter(Boolean).join(', ');
    const line = `${drift.drifted ? '⚠️ **Drift**' : '✅ No drift'}: ${drifted.length} of ${(0,shared_counts/* plural */.L)(drift.columns.length, 'column')} drifted${numbers ? ` (${numbers})` : ''}`;
    if (drift.columns.length === 0)
        return line;
    const { shown, note } = limited([...drifted, ...drift.columns.filter((column) => !column.drifted)], limits.rows);
    const rows = shown.map((column) => [
        (0,markdown/* escapeMarkdown */.FV)(column.column, 80),
        column.drifted ? '⚠️ yes' : 'no',
        (0,markdown/* escapeMarkdown */.FV)(column.method ?? '', 40),
        column.score !== undefined ? formatNumber(column.score, 3) : '',
        column.p_value !== undefined ? formatNumber(column.p_value, 3) : '',
    ]);
    return `${line}\n\n${(0,markdown/* details */.zH)('Drift by column', (0,markdown/* table */.tp)(['Column', 'Drifted', 'Method', 'Score', 'p-value'], rows, ['l', 'l', 'l', 'r', 'r']) + note)}`;
}
function gateHeadline(gate) {
    const name = gate.model?.name ? ` ${(0,markdown/* escapeMarkdown */.FV)(gate.model.name, 80)}` : '';
    const version = gate.model?.version ? ` ${(0,markdown/* escapeMarkdown */.FV)(gate.model.version, 30)}` : '';
    return `${gate.passed ? '✅' : '❌'} Gate: **${gate.passed ? 'promote' : 'blocked'}**${name}${version}`;
}
const RESULT_ORDER = ['fail', 'warn', 'pass', 'skip'];
function renderGate(gate, limits) {
    const parts = [`#### ${gateHeadline(gate)}`];
    if (gate.headline)
        parts.push((0,markdown/* escapeMarkdown */.FV)(gate.headline, 300));
    if (gate.override?.label) {
        const label = `override label ${(0,markdown/* escapeMarkdown */.FV)(gate.override.label, 60)}${gate.override.by ? ` (added by ${(0,markdown/* escapeMarkdown */.FV)(gate.override.by, 60)})` : ''}`;
        parts.push(gate.override.applied
            ? `⚠️ The ${label} accepted ${gate.override.accepted !== undefined ? (0,shared_counts/* plural */.L)(gate.override.accepted, 'failed rule') : 'failed rules'}.`
            : `The ${label} is present but was not needed.`);
    }
    if (gate.champion?.version) {
        parts.push(`Compared with the champion${gate.champion.alias ? ` (${(0,markdown/* escapeMarkdown */.FV)(gate.champion.alias, 60)})` : ''} version ${(0,markdown/* escapeMarkdown */.FV)(gate.champion.version, 60)}.`);
    }
    if (gate.rules.length > 0) {
        const order = (result) => {
            const index = RESULT_ORDER.indexOf(result.toLowerCase());
            return index === -1 ? RESULT_ORDER.length : index;
        };
        const sorted = [...gate.rules].sort((a, b) => order(a.result) - order(b.result));
        const { shown, note } = limited(sorted, limits.rows);
        const rows = shown.map((rule) => [
            `${resultIcon(rule.result)} ${(0,markdown/* escapeMarkdown */.FV)(rule.result, 20)}${rule.overridden ? ' (overridden)' : ''}`,
            (0,markdown/* escapeMarkdown */.FV)(rule.id ?? rule.rule, 80),
            (0,markdown/* escapeMarkdown */.FV)(rule.metric ?? '', 80),
            (0,markdown/* escapeMarkdown */.FV)([rule.line, rule.note].filter(Boolean).join(' — '), 300),
        ]);
        const body = (0,markdown/* table */.tp)(['Result', 'Rule', 'Metric', 'Reason'], rows) + note;
        const quiet = gate.passed && gate.rules.every((rule) => ['pass', 'skip'].includes(rule.result.toLowerCase()));
        parts.push(quiet ? (0,markdown/* details */.zH)((0,shared_counts/* plural */.L)(gate.rules.length, 'rule'), body) : body);
    }
    return parts.join('\n\n');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/shared/metrics.ts
var shared_metrics = __webpack_require__(15044);
// EXTERNAL MODULE: ./src/shared/metadata.ts
var metadata = __webpack_require__(10452);
;// CONCATENATED MODULE: ./src/shared/schemas.ts
/**
 * The published JSON Schemas (schemas/ at the toolkit's root), read at run time so that the files a
 * user can read are exactly the ones the code validates against.
 */



const cache = new Map();
/** A schema by file name, e.g. `metrics-spec.schema.json`. */
function loadSchema(name) {
    let schema = cache.get(name);
    if (!schema) {
        schema = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)((0,metadata/* toolkitRoot */.FM)(), 'schemas', name), 'utf8'));
        cache.set(name, schema);
    }
    return schema;
}

// EXTERNAL MODULE: ./src/shared/yaml-schema.ts
var yaml_schema = __webpack_require__(10784);
;// CONCATENATED MODULE: ./src/metrics-report/spec.ts
/**
 * How each metric is judged: which direction is better, how much change is noise, whether to show it
 * at all, and which metrics are charted. From the optional `metrics-spec` file, else by name.
 */





function parseTolerance(raw) {
    if (raw === undefined)
        return {};
    if (typeof raw === 'number')
        return { absolute: raw };
    return { relative: Number(raw.trim().replace(/\s*%$/, '')) / 100 };
}
/** `*` matches any run of characters; everything else is literal. */
function patternMatcher(pattern) {
    if (!pattern.includes('*'))
        return (name) => name === pattern;
    const source = pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    const regex = new RegExp(`^${source}$`);
    return (name) => regex.test(name);
}
function buildSpec(raw = {}) {
    const fallback = parseTolerance(raw.defaults?.tolerance);
    const entries = Object.entries(raw.metrics ?? {});
    const exact = new Map(entries.filter(([key]) => !key.includes('*')));
    const patterns = entries.filter(([key]) => key.includes('*')).map(([key, value]) => ({ matches: patternMatcher(key), value }));
    return {
        rule(name) {
            const entry = exact.get(name) ?? patterns.find((pattern) => pattern.matches(name))?.value;
            return {
                direction: entry?.direction ?? (0,shared_metrics/* defaultDirection */.HS)(name),
                tolerance: entry?.tolerance !== undefined ? parseTolerance(entry.tolerance) : fallback,
                ignore: entry?.ignore ?? false,
            };
        },
        trend: raw.trend ?? [],
    };
}
function readSpec(path, shownAs) {
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors/* UserError */.yo(`Input "metrics-spec": ${shownAs} not found`, { file: shownAs });
    return buildSpec((0,yaml_schema/* parseSchemaFile */.vb)((0,external_node_fs_.readFileSync)(path, 'utf8'), shownAs, loadSchema('metrics-spec.schema.json'), 'metrics spec'));
}
/** Whether a change of `delta` from `base` is noise under `tolerance`. */
function withinTolerance(delta, base, tolerance) {
    const size = Math.abs(delta);
    // Floating-point dust (0.1 + 0.2) is never a change.
    if (size <= 1e-12 * Math.max(Math.abs(base), 1))
        return true;
    if (tolerance.absolute !== undefined && size <= tolerance.absolute)
        return true;
    if (tolerance.relative !== undefined && base !== 0 && size / Math.abs(base) <= tolerance.relative)
        return true;
    return false;
}
function describeTolerance(tolerance) {
    const parts = [];
    if (tolerance.absolute !== undefined)
        parts.push(`±${tolerance.absolute}`);
    if (tolerance.relative !== undefined)
        parts.push(`±${Number((tolerance.relative * 100).toPrecision(6))}%`);
    return parts.join(' or ');
}

;// CONCATENATED MODULE: ./src/metrics-report/render-metrics.ts
/**
 * The metric tables (one per metrics file, regressions first, the quiet rest collapsed) and the
 * params diff. Every name and value from the pull request goes through escapeMarkdown.
 */




const STATUS_TEXT = {
    worse: '🔴 worse',
    removed: '➖ removed',
    new: '🆕 new',
    better: '🟢 better',
    within: '⚪ within tolerance',
    incomparable: '⚠️ not comparable',
    unchanged: 'unchanged',
};
function headline(counts) {
    const parts = [];
    if (counts.worse)
        parts.push(`🔴 **${counts.worse} worse**`);
    if (counts.removed)
        parts.push(`➖ ${counts.removed} removed`);
    if (counts.new)
        parts.push(`🆕 ${counts.new} new`);
    if (counts.better)
        parts.push(`🟢 ${counts.better} better`);
    if (counts.within)
        parts.push(`⚪ ${counts.within} within tolerance`);
    if (counts.incomparable)
        parts.push(`⚠️ ${counts.incomparable} not comparable`);
    if (counts.unchanged)
        parts.push(`${counts.unchanged} unchanged`);
    return parts.length ? parts.join(' · ') : 'No metrics';
}
function verdict(counts) {
    if (counts.worse > 0)
        return `🔴 ${(0,shared_counts/* plural */.L)(counts.worse, 'regression')}`;
    if (counts.removed > 0)
        return `➖ ${(0,shared_counts/* plural */.L)(counts.removed, 'metric')} removed`;
    return '🟢 no regressions';
}
function value(row, side, formatted) {
    const raw = row[side];
    if (raw === undefined)
        return '—';
    if (raw === null)
        return 'n/a';
    return formatted ?? formatNumber(raw);
}
function statusCell(row) {
    let text = STATUS_TEXT[row.status];
    if (row.status === 'within' && row.tolerance)
        text = `⚪ within ${describeTolerance(row.tolerance)}`;
    if (row.reason)
        text += `: ${(0,markdown/* escapeMarkdown */.FV)(row.reason, 80)}`;
    return text;
}
function nameCell(row) {
    return `${(0,markdown/* escapeMarkdown */.FV)(row.name)} ${row.direction === 'higher' ? '↑' : '↓'}`;
}
function metricCells(row) {
    const pair = typeof row.base === 'number' && typeof row.head === 'number' ? formatPair(row.base, row.head) : undefined;
    return [
        nameCell(row),
        value(row, 'base', pair?.[0]),
        value(row, 'head', pair?.[1]),
        row.delta !== undefined ? formatDelta(row.delta) : '',
        row.delta !== undefined ? formatPercent(row.percent) : '',
        statusCell(row),
    ];
}
/** Column headers that say what is compared: `main 1a2b3c4` and `PR 5d6e7f8`. */
function columnNames(baseline, headSha, isPullRequest) {
    const short = (sha) => (sha && /^[0-9a-f]{7,40}$/i.test(sha) ? ` ${sha.slice(0, 7)}` : '');
    const baseName = baseline.kind === 'none' ? 'Base' : `${(0,markdown/* escapeMarkdown */.FV)(baseline.ref ?? 'Base', 40)}${short(baseline.sha)}`;
    return { base: baseName, head: `${isPullRequest ? 'PR' : 'This run'}${short(headSha)}` };
}
const ALIGN = ['l', 'r', 'r', 'r', 'r', 'l'];
function metricTable(rows, columns) {
    return (0,markdown/* table */.tp)(['Metric', columns.base, columns.head, 'Change', 'Change %', 'Status'], rows.map(metricCells), [...ALIGN]);
}
function leftOut(count) {
    return count > 0 ? `\n\n… and ${count} more, left out to keep this short: see the job summary or the report file.` : '';
}
function renderFile(file, columns, limits) {
    const title = `#### ${(0,markdown/* escapeMarkdown */.FV)(file.file, 150)}${file.baseFile ? ` (compared with ${(0,markdown/* escapeMarkdown */.FV)(file.baseFile, 150)})` : ''}`;
    if (file.rows.length === 0)
        return `${title}\n\nNo numeric metrics in this file.`;
    const changed = file.rows.filter((row) => row.status !== 'unchanged');
    const unchanged = file.rows.filter((row) => row.status === 'unchanged');
    const parts = [title];
    const visible = changed.slice(0, limits.visibleRows);
    const rest = changed.slice(visible.length);
    if (visible.length > 0)
        parts.push(metricTable(visible, columns));
    else
        parts.push(`All ${file.rows.length} metrics unchanged.`);
    if (rest.length > 0) {
        const listed = rest.slice(0, limits.moreRows);
        const body = listed.length > 0 ? metricTable(listed, columns) + leftOut(rest.length - listed.length) : leftOut(rest.length).trim();
        parts.push((0,markdown/* details */.zH)((0,shared_counts/* plural */.L)(rest.length, 'more changed metric'), body));
    }
    if (unchanged.length > 0 && visible.length > 0) {
        const listed = unchanged.slice(0, limits.unchangedRows);
        const body = listed.length > 0
            ? (0,markdown/* table */.tp)(['Metric', 'Value'], listed.map((row) => [nameCell(row), value(row, 'head', undefined)]), ['l', 'r']) + leftOut(unchanged.length - listed.length)
            : leftOut(unchanged.length).trim();
        parts.push((0,markdown/* details */.zH)((0,shared_counts/* plural */.L)(unchanged.length, 'unchanged metric'), body));
    }
    return parts.join('\n\n');
}
function renderParams(changes, columns, limit) {
    if (changes.length === 0)
        return '**Params:** no changes.';
    const listed = changes.slice(0, limit);
    const missing = (text) => (text === undefined ? '—' : (0,markdown/* escapeMarkdown */.FV)(text, 120));
    const rows = listed.map((change) => [(0,markdown/* escapeMarkdown */.FV)(change.file, 80), (0,markdown/* escapeMarkdown */.FV)(change.name, 120), missing(change.base), missing(change.head)]);
    const body = listed.length > 0 ? (0,markdown/* table */.tp)(['File', 'Param', columns.base, columns.head], rows) + leftOut(changes.length - listed.length) : leftOut(changes.length).trim();
    return (0,markdown/* details */.zH)(`<b>Params:</b> ${changes.length} changed`, body);
}

;// CONCATENATED MODULE: ./src/metrics-report/render-trend.ts
/**
 * The trend of the key metrics over the base branch's recent runs, with the pull request's point last:
 * a Mermaid `xychart-beta` per metric (GitHub draws it; xychart has no legend, so one series per
 * chart, named in its title), a sparkline line for clients that show the raw block, and the numbers
 * as a table. Also the confusion matrix.
 */


/**
 * Text that may stand inside a quoted Mermaid label: letters, digits and a few separators. Quotes,
 * backticks, brackets, `%%` directives, HTML and newlines can neither end the label nor the block.
 */
function mermaidLabel(text, maxLength = 40) {
    const safe = text
        .normalize('NFKC')
        .replace(/#/g, '')
        .replace(/[^A-Za-z0-9 ._:/=+-]/g, '_')
        .replace(/_{2,}/g, '_')
        .replace(/ {2,}/g, ' ')
        .trim();
    return (safe.length > maxLength ? `${safe.slice(0, maxLength - 1)}_` : safe) || '_';
}
const SPARKS = '▁▂▃▄▅▆▇█';
function sparkline(values) {
    const finite = values.filter(Number.isFinite);
    if (finite.length === 0)
        return '';
    const low = Math.min(...finite);
    const high = Math.max(...finite);
    return values.map((value) => (high === low ? SPARKS[3] : SPARKS[Math.round(((value - low) / (high - low)) * (SPARKS.length - 1))])).join('');
}
function axisRange(values) {
    const low = Math.min(...values);
    const high = Math.max(...values);
    const pad = high === low ? Math.abs(high) * 0.05 || 1 : (high - low) * 0.15;
    const round = (value) => Number(value.toPrecision(4));
    return [round(low - pad), round(high + pad)];
}
function mermaidChart(trend, metric) {
    const points = trend.points.filter((point) => Number.isFinite(point.values[metric]));
    if (points.length < 2)
        return undefined;
    const values = points.map((point) => point.values[metric]);
    const [low, high] = axisRange(values);
    const labels = points.map((point) => `"${mermaidLabel(point.label, 12)}"`);
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${mermaidLabel(metric)} on ${mermaidLabel(trend.branch, 30)}"`,
        `    x-axis [${labels.join(', ')}]`,
        `    y-axis "${mermaidLabel(metric, 30)}" ${plain(low)} --> ${plain(high)}`,
        `    line [${values.map((value) => plain(Number(value.toPrecision(8)))).join(', ')}]`,
        '```',
    ].join('\n');
}
function trendTable(trend) {
    const header = ['Run', 'Date', ...trend.metrics.map((metric) => (0,markdown/* escapeMarkdown */.FV)(metric, 60))];
    const rows = trend.points.map((point) => [
        (0,markdown/* escapeMarkdown */.FV)(point.label, 20),
        point.time ? (0,markdown/* escapeMarkdown */.FV)(point.time.slice(0, 10), 10) : '',
        ...trend.metrics.map((metric) => (Number.isFinite(point.values[metric]) ? formatNumber(point.values[metric]) : '')),
    ]);
    return (0,markdown/* table */.tp)(header, rows, ['l', 'l', ...trend.metrics.map(() => 'r')]);
}
function renderTrend(trend, options) {
    const parts = [`#### Trend on ${(0,markdown/* escapeMarkdown */.FV)(trend.branch, 60)}`];
    const lines = [];
    for (const metric of trend.metrics) {
        const values = trend.points.map((point) => point.values[metric]).filter((value) => Number.isFinite(value));
        if (values.length < 2)
            continue;
        if (options.charts) {
            const chart = mermaidChart(trend, metric);
            if (chart)
                parts.push(chart);
        }
        lines.push(`${(0,markdown/* escapeMarkdown */.FV)(metric, 60)} ${sparkline(values)} (${values.length} points, last ${formatNumber(values.at(-1))})`);
    }
    if (lines.length === 0)
        return '';
    parts.push(lines.join('<br>\n'));
    parts.push(`<details><summary>Trend as a table</summary>\n\n${trendTable(trend)}\n\n</details>`);
    return parts.join('\n\n');
}
const MAX_MATRIX_LABELS = 15;
function renderConfusion(confusion) {
    const title = `#### Confusion matrix (${(0,markdown/* escapeMarkdown */.FV)(confusion.file, 100)})`;
    const size = confusion.labels.length;
    if (size > MAX_MATRIX_LABELS)
        return `${title}\n\n${size} classes: too many to show here; see the metrics file.`;
    const base = confusion.base;
    const sameLabels = base !== undefined && base.labels.length === size && base.labels.every((label, index) => label === confusion.labels[index]);
    const rows = confusion.labels.map((label, i) => [
        `**${(0,markdown/* escapeMarkdown */.FV)(label, 40)}**`,
        ...confusion.labels.map((_, j) => {
            const count = confusion.matrix[i]?.[j] ?? 0;
            const before = sameLabels ? base.matrix[i]?.[j] : undefined;
            const cell = i === j ? `**${count}**` : String(count);
            return before !== undefined && before !== count ? `${cell} (${formatDelta(count - before)})` : cell;
        }),
    ]);
    const header = ['true \\ predicted', ...confusion.labels.map((label) => (0,markdown/* escapeMarkdown */.FV)(label, 40))];
    const note = sameLabels ? '\n\nIn brackets: the change from the baseline.' : '';
    return `${title}\n\n${(0,markdown/* table */.tp)(header, rows, ['l', ...confusion.labels.map(() => 'r')])}${note}`;
}

;// CONCATENATED MODULE: ./src/metrics-report/render.ts
/**
 * The whole report, top to bottom in the order a reviewer needs it: the verdict, what was compared,
 * the tables, then the supporting detail. Links come only from `RunLinks` (built from GitHub's own
 * answers, never from the report data), so a report made by a fork cannot smuggle one in.
 */






const FULL = {
    moreRows: Number.POSITIVE_INFINITY,
    unchangedRows: Number.POSITIVE_INFINITY,
    paramRows: Number.POSITIVE_INFINITY,
    checkRows: Number.POSITIVE_INFINITY,
    charts: true,
    trend: true,
    confusion: true,
};
const SHA = /^[0-9a-f]{40}$/i;
function commitLink(sha, links) {
    if (!sha || !SHA.test(sha))
        return undefined;
    return links.repoUrl ? `[${sha.slice(0, 7)}](${links.repoUrl}/commit/${sha})` : sha.slice(0, 7);
}
function baselineLine(model, links) {
    const { baseline } = model;
    if (baseline.kind === 'none') {
        return `No baseline to compare with${baseline.note ? ` (${(0,markdown/* escapeMarkdown */.FV)(baseline.note, 300)})` : ''}: the tables show this ${model.pr ? 'pull request' : 'run'}'s values.`;
    }
    const commit = commitLink(baseline.sha, links);
    const where = `**${(0,markdown/* escapeMarkdown */.FV)(baseline.label, 120)}**${commit ? ` @ ${commit}` : ''}`;
    return `Compared with ${where}.${baseline.note ? ` ${(0,markdown/* escapeMarkdown */.FV)(baseline.note, 300)}` : ''}`;
}
function footer(model, links) {
    const parts = [];
    if (links.runUrl)
        parts.push(`[${(0,markdown/* escapeMarkdown */.FV)(links.runLabel ?? 'Workflow run', 80)}](${links.runUrl})`);
    if (model.durationSeconds !== undefined)
        parts.push(`⏱ ${formatDuration(model.durationSeconds)}`);
    const artifacts = links.artifacts ?? [];
    if (artifacts.length > 0) {
        const shown = artifacts.slice(0, 10).map((artifact) => `[${(0,markdown/* escapeMarkdown */.FV)(artifact.name, 60)}](${artifact.url})`);
        parts.push(`artifacts: ${shown.join(', ')}${artifacts.length > shown.length ? ` and ${artifacts.length - shown.length} more` : ''}`);
    }
    else if (links.runUrl) {
        parts.push(`[artifacts](${links.runUrl}#artifacts)`);
    }
    const head = commitLink(model.head.sha, links);
    if (head)
        parts.push(`head ${head}`);
    parts.push(`updated ${(0,markdown/* escapeMarkdown */.FV)(model.time.slice(0, 16).replace('T', ' '), 20)} UTC`);
    return `<sub>${parts.join(' · ')}</sub>`;
}
function renderReport(model, links, limits) {
    const columns = columnNames(model.baseline, model.head.sha, model.pr !== undefined);
    const sections = [];
    sections.push(`### 📊 ${(0,markdown/* escapeMarkdown */.FV)(model.title, 120)}: ${verdict(model.counts)}`);
    const top = [headline(model.counts)];
    const verdicts = [model.gate ? gateHeadline(model.gate) : undefined, model.data ? dataHeadline(model.data) : undefined].filter(Boolean);
    if (verdicts.length)
        top.push(verdicts.join(' · '));
    top.push(baselineLine(model, links));
    sections.push(top.join('<br>\n'));
    for (const file of model.files)
        sections.push(renderFile(file, columns, limits));
    if (model.files.some((file) => file.rows.length > 0))
        sections.push('<sub>↑ higher is better · ↓ lower is better</sub>');
    if (model.missingFiles.length > 0) {
        sections.push(`➖ Metrics files the baseline has and this run does not: ${model.missingFiles.map((file) => (0,markdown/* escapeMarkdown */.FV)(file, 150)).join(', ')}`);
    }
    if (model.params)
        sections.push(renderParams(model.params, columns, limits.paramRows));
    if (model.data)
        sections.push(renderData(model.data, { rows: limits.checkRows }));
    if (model.gate)
        sections.push(renderGate(model.gate, { rows: limits.checkRows }));
    if (model.trend && limits.trend) {
        const trend = renderTrend(model.trend, { charts: limits.charts });
        if (trend)
            sections.push(trend);
    }
    if (model.confusion && limits.confusion)
        sections.push(renderConfusion(model.confusion));
    sections.push(footer(model, links));
    return `${sections.join('\n\n')}\n`;
}
/** The numbers a workflow branches on. */
function reportOutputs(model) {
    return { regressions: model.counts.worse, changed: changedCount(model.counts, model.files) };
}

;// CONCATENATED MODULE: ./src/metrics-report/budget.ts

/**
 * GitHub rejects comment bodies over 65,536 characters. It counts characters; a JavaScript length
 * counts UTF-16 units, which is never fewer, so measuring with it is safe.
 */
const COMMENT_BUDGET = { limit: 65_536, measure: (text) => text.length };
/** The runner refuses a step summary over 1 MiB (bytes). */
const SUMMARY_BUDGET = { limit: 1024 * 1024, measure: (text) => Buffer.byteLength(text, 'utf8') };
function degradationSteps(maxRows) {
    const base = { ...FULL, visibleRows: maxRows };
    const quiet = { ...base, unchangedRows: 0 };
    const short = { ...quiet, moreRows: 100, paramRows: 100, checkRows: 25 };
    const shorter = { ...short, moreRows: 25, paramRows: 25, checkRows: 10, confusion: false };
    const tablesOnly = { ...shorter, moreRows: 0, paramRows: 10, checkRows: 5, charts: false };
    return [
        base,
        quiet,
        short,
        shorter,
        tablesOnly,
        { ...tablesOnly, visibleRows: Math.min(maxRows, 20), trend: false },
        { ...tablesOnly, visibleRows: Math.min(maxRows, 10), paramRows: 0, checkRows: 3, trend: false },
        { ...tablesOnly, visibleRows: Math.min(maxRows, 3), paramRows: 0, checkRows: 1, trend: false },
    ];
}
/** Renders the most detailed version that fits `budget` once `reserve` characters (the marker) are added. */
function fitReport(model, links, maxRows, budget, reserve = 0) {
    const limit = budget.limit - reserve;
    const steps = degradationSteps(maxRows);
    let markdown = '';
    for (const [step, limits] of steps.entries()) {
        markdown = renderReport(model, links, limits);
        if (budget.measure(markdown) <= limit)
            return { markdown, step, cut: false };
    }
    return { markdown: cutToFit(markdown, limit, budget), step: steps.length, cut: true };
}
const CUT_NOTE = '\n\n**This report was cut short to fit GitHub\'s size limit.** The job summary and the report file have all of it.\n';
/** Cuts at a line boundary, closes open code blocks and collapsed sections, and says so. */
function cutToFit(markdown, limit, budget) {
    const room = limit - budget.measure(CUT_NOTE) - 200;
    let kept = markdown;
    // Bytes and characters differ for non-ASCII text; shrink until it really fits.
    for (let length = Math.min(markdown.length, room); length > 0; length = Math.floor(length * 0.9)) {
        kept = markdown.slice(0, length);
        const newline = kept.lastIndexOf('\n');
        if (newline > 0)
            kept = kept.slice(0, newline);
        if (budget.measure(kept) <= room)
            break;
    }
    const fences = (kept.match(/^```/gm) ?? []).length;
    if (fences % 2 === 1)
        kept += '\n```';
    const open = (kept.match(/<details[\s>]/g) ?? []).length - (kept.match(/<\/details>/g) ?? []).length;
    for (let i = 0; i < open; i++)
        kept += '\n\n</details>';
    return kept + CUT_NOTE;
}

// EXTERNAL MODULE: ./src/shared/identity.ts
var shared_identity = __webpack_require__(82291);
;// CONCATENATED MODULE: ./src/metrics-report/marker.ts
/**
 * The hidden first line of a report comment: which report it is (the `header` key), for which head
 * commit and when it was made. The key finds the comment; sha and time keep an older run from
 * overwriting a newer report. Versioned, so a later format can still recognise these comments.
 */
const MARKER_VERSION = 1;
const PREFIX = '<!-- ml-actions:metrics-report';
/** `%`-encoding keeps `-->`, spaces and newlines of a header out of the comment syntax. */
function encode(text) {
    return encodeURIComponent(text).replace(/-/g, '%2D');
}
function decode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return undefined;
    }
}
function formatMarker(marker) {
    return `${PREFIX} v=${MARKER_VERSION} key=${encode(marker.key)} sha=${encode(marker.sha) || '-'} time=${encode(marker.time)} run=${encode(marker.run) || '-'} -->`;
}
// Only at the start of a line: a quote reply ("> <!-- …") is not a report.
const MARKER_LINE = /^<!-- ml-actions:metrics-report v=(\d+) key=(\S*) sha=(\S+) time=(\S+) run=(\S+) -->$/m;
function parseMarker(body) {
    if (!body || !body.includes(PREFIX))
        return undefined;
    const match = MARKER_LINE.exec(body);
    if (!match)
        return undefined;
    const [, version, key, sha, time, run] = match;
    const decoded = [key, sha, time, run].map((part) => decode(part));
    if (decoded.some((part) => part === undefined))
        return undefined;
    return {
        version: Number(version),
        key: decoded[0],
        sha: decoded[1] === '-' ? '' : decoded[1],
        time: decoded[2],
        run: decoded[3] === '-' ? '' : decoded[3],
    };
}
/** The comment body: marker line first, so that even a cut report keeps it. */
function withMarker(marker, markdown) {
    return `${formatMarker(marker)}\n${markdown}`;
}
/** Longest marker line a report can have, for the size budget. */
function markerReserve(marker) {
    return formatMarker(marker).length + 1;
}

;// CONCATENATED MODULE: ./src/metrics-report/comment.ts
/**
 * The one report comment on a pull request: found by its marker and its author through every page of
 * comments, updated in place, and never rolled back by a run for an older commit.
 */





/** Our comments with this key, oldest first, read through every page. */
async function findReports(client, repo, issue, key, identity) {
    const found = [];
    const pages = client.paginate.iterator(client.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 });
    for await (const page of pages) {
        for (const comment of page.data) {
            const marker = parseMarker(comment.body);
            if (!marker || marker.key !== key)
                continue;
            if (!(0,shared_identity/* isAuthoredBy */.m)(comment, identity)) {
                core/* info */.pq(`Comment ${comment.id} by ${comment.user?.login ?? 'someone'} carries this report's marker but is not this token's: leaving it alone`);
                continue;
            }
            found.push({ comment, marker });
        }
    }
    return found.sort((a, b) => a.comment.id - b.comment.id);
}
/**
 * Whether a report for `ours` may replace one for `theirs`. The pull request's current head decides
 * between different commits (a force-push makes commit times useless); otherwise the later report wins.
 */
function mayReplace(ours, theirs, currentHead) {
    if (ours.sha !== theirs.sha && currentHead) {
        if (ours.sha === currentHead)
            return true;
        if (theirs.sha === currentHead)
            return false;
    }
    return ours.time >= theirs.time;
}
function permission(issue, doing) {
    return (error) => {
        throw (0,github/* explainPermissionError */.n_)(error, 'pull-requests: write', `${doing} on pull request #${issue}`);
    };
}
async function currentHead(options) {
    try {
        return (await options.client.rest.pulls.get({ ...options.repo, pull_number: options.issue })).data.head.sha;
    }
    catch (error) {
        core/* debug */.Yz(`Could not read pull request #${options.issue}: ${error.message}`);
        return undefined;
    }
}
/** Re-reads a comment just before writing it; undefined when it has been deleted. */
async function reread(options, id) {
    try {
        return (await options.client.rest.issues.getComment({ ...options.repo, comment_id: id })).data;
    }
    catch (error) {
        if ((0,github/* httpStatus */.nG)(error) === 404)
            return undefined;
        throw error;
    }
}
async function create(options) {
    const body = withMarker(options.marker, options.markdown);
    const { data } = await options.client.rest.issues.createComment({ ...options.repo, issue_number: options.issue, body }).catch(permission(options.issue, 'create a comment'));
    return data;
}
async function update(options, target) {
    const head = options.marker.sha !== target.marker.sha ? await currentHead(options) : undefined;
    const fresh = await reread(options, target.comment.id);
    if (!fresh)
        return createOnce(options);
    const freshMarker = parseMarker(fresh.body) ?? target.marker;
    if (!mayReplace(options.marker, freshMarker, head)) {
        core/* notice */.lm(`The report comment already shows a newer run (commit ${freshMarker.sha.slice(0, 7)}, ${freshMarker.time}); ` +
            `this run's report (commit ${options.marker.sha.slice(0, 7)}) is in the job summary only.`);
        return { id: fresh.id, url: fresh.html_url, outcome: 'kept-newer' };
    }
    const body = withMarker(options.marker, options.markdown);
    try {
        const { data } = await options.client.rest.issues.updateComment({ ...options.repo, comment_id: fresh.id, body });
        return { id: data.id, url: data.html_url, outcome: 'updated' };
    }
    catch (error) {
        if ((0,github/* httpStatus */.nG)(error) === 404)
            return createOnce(options);
        return permission(options.issue, 'update the report comment')(error);
    }
}
/**
 * Creates the comment; if a concurrent run created one too, the older comment stays, this one is
 * removed and the older one is updated (or kept, if it is newer) instead.
 */
async function createOnce(options, identity = options.identity) {
    const created = await create(options);
    const learned = identity.login ? identity : { login: created.user?.login, source: identity.source };
    const all = await findReports(options.client, options.repo, options.issue, options.marker.key, learned);
    const oldest = all[0];
    if (oldest && oldest.comment.id !== created.id) {
        await options.client.rest.issues.deleteComment({ ...options.repo, comment_id: created.id }).catch(permission(options.issue, 'remove a duplicate comment'));
        return update({ ...options, identity: learned }, oldest);
    }
    return { id: created.id, url: created.html_url, outcome: 'created' };
}
async function postReport(options) {
    if (options.mode === 'new') {
        const created = await create(options);
        return { id: created.id, url: created.html_url, outcome: 'created' };
    }
    const found = await findReports(options.client, options.repo, options.issue, options.marker.key, options.identity).catch((error) => {
        throw (0,github/* explainPermissionError */.n_)(error, 'pull-requests: read', `read the comments of pull request #${options.issue}`);
    });
    if (found.length === 0)
        return createOnce(options);
    if (found.length > 1)
        core/* info */.pq(`${found.length} report comments with this key; updating the oldest (${found[0].comment.id})`);
    return update(options, found[0]);
}

// EXTERNAL MODULE: ./src/shared/files.ts
var files = __webpack_require__(38590);
;// CONCATENATED MODULE: ./src/metrics-report/checks.ts
/**
 * Reads validate-data's report and gate's decision loosely: the core fields each file promises, each
 * coerced to the type the report shows, anything else ignored. The same coercion cleans a report that
 * arrives as an artifact from a fork, so a malformed field can only become an empty cell.
 */


const VALIDATION_FORMAT = 'ml-actions/validation-report@';
const GATE_FORMAT = 'ml-actions/gate-decision@';
function object(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
function checks_text(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
function number(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
function bool(value) {
    return typeof value === 'boolean' ? value : undefined;
}
/** Drops keys whose value is undefined, so the model stays clean JSON. */
function defined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
const QUIET_RESULTS = new Set(['pass', 'passed', 'ok', 'skip', 'skipped']);
const RESULT_RANK = { fail: 0, failed: 0, error: 0, warn: 1, warning: 1 };
function rank(result) {
    return RESULT_RANK[result.toLowerCase()] ?? 2;
}
function checkRow(raw, objectName) {
    const check = object(raw);
    if (!check)
        return undefined;
    return defined({
        object: objectName ?? checks_text(check['object']),
        check: checks_text(check['check']) ?? '?',
        column: checks_text(check['column']),
        result: checks_text(check['result']) ?? '?',
        count: number(check['count']),
        percent: number(check['percent']),
        message: checks_text(check['message']),
    });
}
function breakingChange(raw) {
    const change = object(raw);
    if (!change)
        return undefined;
    return defined({
        change: checks_text(change['change']) ?? '?',
        object: checks_text(change['object']),
        property: checks_text(change['property']),
        breaking: bool(change['breaking']) ?? true,
        message: checks_text(change['message']),
    });
}
function drift(raw) {
    const value = object(raw);
    if (!value)
        return undefined;
    const columns = list(value['columns'])
        .map((item) => {
        const column = object(item);
        if (!column)
            return undefined;
        return defined({
            column: checks_text(column['column'] ?? column['name']) ?? '?',
            drifted: bool(column['drifted']),
            method: checks_text(column['method'] ?? column['test']),
            score: number(column['score'] ?? column['statistic'] ?? column['value']),
            p_value: number(column['p_value'] ?? column['pValue']),
        });
    })
        .filter((column) => column !== undefined);
    return defined({ share: number(value['share']), drifted: bool(value['drifted']), threshold: number(value['threshold']), columns });
}
function contract(raw) {
    const value = object(raw);
    if (!value)
        return undefined;
    return defined({ path: checks_text(value['path']), id: checks_text(value['id']), version: checks_text(value['version']) });
}
function sortChecks(checks) {
    return checks.filter((check) => !QUIET_RESULTS.has(check.result.toLowerCase())).sort((a, b) => rank(a.result) - rank(b.result));
}
/** validate-data's report (ml-actions/validation-report@1) → what the report shows. */
function summarizeData(raw) {
    const report = object(raw) ?? {};
    const objects = list(report['objects']).map(object).filter((item) => item !== undefined);
    const checks = objects.flatMap((item) => list(item['checks']).map((check) => checkRow(check, checks_text(item['name']))).filter((row) => row !== undefined));
    return defined({
        passed: bool(report['passed']) ?? false,
        errors: number(report['errors']),
        warnings: number(report['warnings']),
        rows: number(report['rows']),
        objects: objects.length || undefined,
        contract: contract(report['contract']),
        checks: sortChecks(checks),
        breaking: list(report['breaking_changes']).map(breakingChange).filter((change) => change !== undefined),
        drift: drift(report['drift']),
    });
}
/** A summary as the report model holds it (for instance from a fork's artifact), cleaned again. */
function cleanDataSummary(raw) {
    const summary = object(raw) ?? {};
    return defined({
        passed: bool(summary['passed']) ?? false,
        errors: number(summary['errors']),
        warnings: number(summary['warnings']),
        rows: number(summary['rows']),
        objects: number(summary['objects']),
        contract: contract(summary['contract']),
        checks: sortChecks(list(summary['checks']).map((check) => checkRow(check)).filter((row) => row !== undefined)),
        breaking: list(summary['breaking']).map(breakingChange).filter((change) => change !== undefined),
        drift: drift(summary['drift']),
    });
}
function gateRule(raw) {
    const rule = object(raw);
    if (!rule)
        return undefined;
    return defined({
        id: checks_text(rule['id']),
        rule: checks_text(rule['rule']) ?? '?',
        metric: checks_text(rule['metric']),
        severity: checks_text(rule['severity']),
        result: checks_text(rule['result']) ?? '?',
        line: checks_text(rule['line']),
        note: checks_text(rule['note']),
        overridden: bool(rule['overridden']),
    });
}
/** gate's decision (ml-actions/gate-decision@1), or a summary of one, → what the report shows. */
function summarizeGate(raw) {
    const decision = object(raw) ?? {};
    const model = object(decision['model']);
    const override = object(decision['override']);
    const champion = object(decision['champion']);
    const accepted = override?.['accepted'];
    return defined({
        passed: bool(decision['passed']) ?? false,
        headline: checks_text(decision['headline']),
        model: model ? defined({ name: checks_text(model['name']), version: checks_text(model['version']) }) : undefined,
        rules: list(decision['rules']).map(gateRule).filter((rule) => rule !== undefined),
        override: override
            ? defined({ label: checks_text(override['label']), applied: bool(override['applied']), by: checks_text(override['by']), accepted: Array.isArray(accepted) ? accepted.length : number(accepted) })
            : undefined,
        champion: champion ? defined({ alias: checks_text(champion['alias']), version: checks_text(champion['version']) }) : undefined,
    });
}
/** Reads a JSON file another step wrote, checking that it is the kind of file the input expects. */
function readStepFile(path, shownAs, input, format, producer) {
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors/* UserError */.yo(`Input "${input}": ${shownAs} not found (it is written by the ${producer} step; run that step first, or leave the input out)`, { file: shownAs });
    let data;
    try {
        data = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Input "${input}": ${shownAs} is not JSON: ${error.message}`, { file: shownAs });
    }
    const document = object(data);
    const declared = document?.['format'];
    if (!document || (typeof declared === 'string' && !declared.startsWith(format)) || typeof document['passed'] !== 'boolean') {
        throw new errors/* UserError */.yo(`Input "${input}": ${shownAs} is not a ${producer} file (expected "format": "${format}1" and a boolean "passed"${typeof declared === 'string' ? `, got format "${declared}"` : ''})`, { file: shownAs });
    }
    return document;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/metrics-report/history.ts
/**
 * The default branch's metric history: one compact JSON file per report key on a dedicated branch,
 * bounded in entries and bytes so that it never grows into the gigabyte data files other tools leave
 * behind. Runs on the default branch append; pull requests read it for their baseline and trend.
 */





const HISTORY_FORMAT = 'ml-actions/metrics-history@1';
const MAX_ENTRIES = 200;
const MAX_BYTES = 512 * 1024;
const TREND_POINTS = 20;
/** One run's metrics and params alone are over the history's size bound. */
class EntryTooLarge extends errors/* UserError */.yo {
    constructor() {
        super(`this run's metrics and params are larger than the history's ${MAX_BYTES / 1024} KiB on their own (leave some out with the metrics-spec's ignore)`);
        this.name = 'EntryTooLarge';
    }
}
function emptyHistory(key) {
    return { format: HISTORY_FORMAT, key, entries: [] };
}
/** A report key as a file or artifact name: readable, and distinct for distinct keys. */
function keySlug(key) {
    if (key === '')
        return 'default';
    const slug = key.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 60);
    const exact = slug === key && slug !== 'default';
    return exact ? slug : `${slug || 'key'}-${(0,external_node_crypto_.createHash)('sha256').update(key).digest('hex').slice(0, 8)}`;
}
/** The file on the history branch for one report key. */
function historyPath(key) {
    return `metrics-history/${keySlug(key)}.json`;
}
function parseHistory(text, shownAs) {
    return (0,yaml_schema/* parseSchemaFile */.vb)(text, shownAs, loadSchema('metrics-history.schema.json'), 'metrics history');
}
function serializeHistory(history) {
    // One entry per line: small diffs on the history branch, still valid JSON.
    const entries = history.entries.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n');
    return `{\n  "format": ${JSON.stringify(history.format)},\n  "key": ${JSON.stringify(history.key)},\n  "entries": [\n${entries}${entries ? '\n' : ''}  ]\n}\n`;
}
function entryFromSets(metrics, params, where) {
    const entry = { ...where, metrics: {} };
    for (const [file, set] of metrics) {
        const values = {};
        for (const [name, metric] of Object.entries(set.values))
            if (typeof metric.value === 'number' && Number.isFinite(metric.value))
                values[name] = metric.value;
        entry.metrics[file] = values;
    }
    if (params && params.size > 0)
        entry.params = Object.fromEntries(params);
    return entry;
}
/**
 * Adds an entry (replacing one for the same commit and branch, as a re-run does), keeps time order,
 * and drops the oldest entries beyond the count and size bounds.
 */
function appendEntry(history, entry) {
    const entries = history.entries.filter((existing) => !(existing.sha === entry.sha && existing.ref === entry.ref));
    entries.push(entry);
    entries.sort((a, b) => a.time.localeCompare(b.time));
    const bounded = { ...history, entries: entries.slice(-MAX_ENTRIES) };
    while (bounded.entries.length > 1 && Buffer.byteLength(serializeHistory(bounded)) > MAX_BYTES)
        bounded.entries.shift();
    if (Buffer.byteLength(serializeHistory(bounded)) > MAX_BYTES)
        throw new EntryTooLarge();
    return bounded;
}
function entriesOn(history, ref) {
    return history.entries.filter((entry) => entry.ref === ref);
}
function entryForCommit(history, sha) {
    return history.entries.findLast((entry) => entry.sha === sha);
}
/** The newest entry on a branch, other than the given commit's own. */
function latestOn(history, ref, exceptSha) {
    return entriesOn(history, ref).findLast((entry) => entry.sha !== exceptSha);
}
/** One flat name → value map over several files; the first file wins a name both have. */
function mergedValues(files) {
    const merged = {};
    for (const values of files)
        for (const [name, value] of Object.entries(values))
            if (!(name in merged))
                merged[name] = value;
    return merged;
}
/** The metrics to chart: the spec's `trend` list, else the first three top-level metrics of the first file. */
function trendMetrics(head, patterns) {
    const names = [];
    for (const set of head.values())
        for (const name of Object.keys(set.values))
            if (!names.includes(name))
                names.push(name);
    if (patterns.length > 0) {
        const chosen = [];
        for (const pattern of patterns) {
            const matches = patternMatcher(pattern);
            for (const name of names)
                if (matches(name) && !chosen.includes(name))
                    chosen.push(name);
        }
        return chosen.slice(0, 6);
    }
    const first = head.values().next().value;
    return Object.keys(first?.values ?? {})
        .filter((name) => !/^(class|slice)\./.test(name))
        .slice(0, 3);
}
function buildTrend(branch, history, metrics, head) {
    if (metrics.length === 0)
        return undefined;
    const points = history.slice(-(TREND_POINTS - 1)).map((entry) => {
        const all = mergedValues(Object.values(entry.metrics));
        return { label: entry.sha.slice(0, 7), sha: entry.sha, time: entry.time, values: pick(all, metrics) };
    });
    if (!points.some((point) => Object.keys(point.values).length > 0))
        return undefined;
    points.push({ label: head.label, ...(head.sha ? { sha: head.sha } : {}), time: head.time, values: pick(head.values, metrics) });
    return { branch, metrics, points };
}
function pick(values, names) {
    const picked = {};
    for (const name of names)
        if (Number.isFinite(values[name]))
            picked[name] = values[name];
    return picked;
}

;// CONCATENATED MODULE: ./src/metrics-report/handoff.ts
/**
 * Pull requests from forks get a read-only token, so their run cannot comment. It saves the report as
 * data in an artifact instead; the `publish` mode, run by a `workflow_run` workflow with a write token
 * and no checkout of the pull request's code, fetches it, checks it and posts it.
 *
 * Everything in the artifact was made by code the fork controls. The publisher therefore validates
 * it against the schema, renders it itself (escaping every name), takes links and durations from
 * GitHub's own answers, and posts only to the pull request whose head commit GitHub says the
 * workflow run was for.
 */











const HANDOFF_PREFIX = 'ml-actions-metrics-report';
const REPORT_FILE = 'report.json';
/** A report of this size is far beyond anything a comment can show; larger is not a report. */
const MAX_REPORT_BYTES = 8 * 1024 * 1024;
const RETENTION_DAYS = 5;
function handoffName(key) {
    return `${HANDOFF_PREFIX}-${keySlug(key)}`;
}
function isHandoff(name) {
    return name.startsWith(`${HANDOFF_PREFIX}-`);
}
/** Saves the report for the publisher; returns the artifact's name. */
async function handOff(model, markdown, dir) {
    const name = handoffName(model.key);
    const json = (0,external_node_path_.join)(dir, REPORT_FILE);
    const md = (0,external_node_path_.join)(dir, 'report.md');
    (0,files/* writeFileAtomic */.Zf)(json, `${JSON.stringify(model, null, 1)}\n`);
    (0,files/* writeFileAtomic */.Zf)(md, markdown);
    await (0,shared_artifacts/* uploadArtifact */.mz)({ name, root: dir, paths: [REPORT_FILE, 'report.md'], retentionDays: RETENTION_DAYS });
    return name;
}
/** Reads and checks a report from an artifact, recounting what the tables show. */
function readHandedOff(dir, shownAs) {
    const path = (0,external_node_path_.join)(dir, REPORT_FILE);
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors/* UserError */.yo(`${shownAs}: no ${REPORT_FILE} in the artifact`);
    if ((0,external_node_fs_.statSync)(path).size > MAX_REPORT_BYTES)
        throw new errors/* UserError */.yo(`${shownAs}: ${REPORT_FILE} is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB`);
    const raw = (0,yaml_schema/* parseSchemaFile */.vb)((0,external_node_fs_.readFileSync)(path, 'utf8'), `${shownAs}/${REPORT_FILE}`, loadSchema('metrics-report.schema.json'), 'report');
    return sanitizeModel(raw);
}
/** The model with every loosely typed part coerced again and the counts derived from the rows. */
function sanitizeModel(raw) {
    const model = { ...raw, format: REPORT_FORMAT, counts: countRows(raw.files) };
    if (raw.data !== undefined)
        model.data = cleanDataSummary(raw.data);
    if (raw.gate !== undefined)
        model.gate = summarizeGate(raw.gate);
    // Only GitHub's own answers say how long a run took.
    delete model.durationSeconds;
    return model;
}
/**
 * The pull request the report names must be one GitHub ties to the workflow run: listed in the
 * event's pull_requests (GitHub leaves that empty for forks), or whose head is the run's head
 * commit, from the run's head repository, as the API says now.
 */
async function verifyPullRequest(client, repo, run, model) {
    if (!model.pr)
        return { ok: false, reason: 'the report is not about a pull request' };
    const { number, headSha } = model.pr;
    if (headSha !== run.head_sha || model.head.sha !== run.head_sha) {
        return { ok: false, reason: `the report is for commit ${headSha.slice(0, 7)}, but the workflow run was for ${run.head_sha.slice(0, 7)}` };
    }
    const listed = run.pull_requests ?? [];
    if (listed.some((pr) => pr.number === number && (pr.head?.sha === undefined || pr.head.sha === run.head_sha)))
        return { ok: true };
    let pull;
    try {
        pull = (await client.rest.pulls.get({ ...repo, pull_number: number })).data;
    }
    catch (error) {
        if ((0,github/* httpStatus */.nG)(error) === 404)
            return { ok: false, reason: `pull request #${number} does not exist` };
        throw error;
    }
    if (pull.head.sha !== run.head_sha) {
        return { ok: false, reason: `pull request #${number} is at ${pull.head.sha.slice(0, 7)}, not at the run's commit ${run.head_sha.slice(0, 7)} (a newer push will publish its own report)` };
    }
    const runRepo = run.head_repository?.full_name;
    if (runRepo && pull.head.repo?.full_name !== runRepo) {
        return { ok: false, reason: `pull request #${number} comes from ${pull.head.repo?.full_name ?? 'a deleted repository'}, not from ${runRepo}` };
    }
    return { ok: true };
}

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(53916);
// EXTERNAL MODULE: ./src/shared/yaml.ts
var yaml = __webpack_require__(14094);
// EXTERNAL MODULE: ./src/shared/params.ts
var params = __webpack_require__(44215);
;// CONCATENATED MODULE: ./src/metrics-report/compare.ts
/**
 * The metric diff: each metric of the pull request against the baseline, judged by its direction and
 * tolerance, worst regressions first.
 */


const STATUS_ORDER = ['worse', 'removed', 'new', 'better', 'within', 'incomparable', 'unchanged'];
function compareMetric(name, base, head, spec) {
    const { direction, tolerance } = spec.rule(name);
    const row = { name, status: 'unchanged', direction };
    if (base)
        row.base = base.value;
    if (head)
        row.head = head.value;
    const reason = head?.value === null ? head.reason : base?.value === null ? base.reason : undefined;
    if (reason)
        row.reason = reason;
    if (!base)
        return { ...row, status: 'new' };
    if (!head)
        return { ...row, status: 'removed' };
    if (base.value === null || head.value === null) {
        return { ...row, status: base.value === null && head.value === null ? 'unchanged' : 'incomparable' };
    }
    const delta = head.value - base.value;
    row.delta = delta;
    if (base.value !== 0)
        row.percent = (delta / Math.abs(base.value)) * 100;
    if (tolerance.absolute !== undefined || tolerance.relative !== undefined)
        row.tolerance = tolerance;
    if (delta === 0)
        return row;
    if (withinTolerance(delta, base.value, tolerance))
        return { ...row, status: 'within' };
    const improved = direction === 'higher' ? delta > 0 : delta < 0;
    return { ...row, status: improved ? 'better' : 'worse' };
}
/** How bad (or good) a change is, comparable across metrics of different scales. */
function severity(row) {
    if (row.delta === undefined)
        return 0;
    if (row.base === 0 || row.base === null || row.base === undefined)
        return row.delta === 0 ? 0 : Number.POSITIVE_INFINITY;
    return Math.abs(row.delta / row.base);
}
function sortRows(rows) {
    return [...rows].sort((a, b) => {
        const byStatus = STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
        if (byStatus !== 0)
            return byStatus;
        const bySeverity = severity(b) - severity(a);
        if (bySeverity !== 0 && !Number.isNaN(bySeverity))
            return bySeverity;
        return a.name.localeCompare(b.name);
    });
}
function compareSets(base, head, spec) {
    const names = new Set([...Object.keys(base?.values ?? {}), ...Object.keys(head.values)]);
    const rows = [];
    for (const name of names) {
        if (spec.rule(name).ignore)
            continue;
        rows.push(compareMetric(name, base?.values[name], head.values[name], spec));
    }
    return sortRows(rows);
}
/**
 * Pairs the pull request's files with the baseline's: the same path, else the same file name, else
 * the only file on each side (a baseline given as `file:old/metrics.json`).
 */
function pairFiles(headFiles, baseFiles) {
    const pairs = new Map();
    const unusedBase = new Set(baseFiles);
    for (const file of headFiles) {
        if (unusedBase.has(file)) {
            pairs.set(file, file);
            unusedBase.delete(file);
        }
    }
    for (const file of headFiles) {
        if (pairs.has(file))
            continue;
        const sameName = [...unusedBase].filter((candidate) => (0,external_node_path_.basename)(candidate) === (0,external_node_path_.basename)(file));
        if (sameName.length === 1) {
            pairs.set(file, sameName[0]);
            unusedBase.delete(sameName[0]);
        }
    }
    const unpairedHead = headFiles.filter((file) => !pairs.has(file));
    if (unpairedHead.length === 1 && unusedBase.size === 1)
        pairs.set(unpairedHead[0], [...unusedBase][0]);
    return pairs;
}
function compareFiles(head, base, spec) {
    const pairs = pairFiles([...head.keys()], [...(base?.keys() ?? [])]);
    const files = [];
    for (const [file, set] of head) {
        const baseFile = pairs.get(file);
        const comparison = { file, rows: compareSets(baseFile ? base.get(baseFile) : undefined, set, spec) };
        if (baseFile && baseFile !== file)
            comparison.baseFile = baseFile;
        files.push(comparison);
    }
    const paired = new Set(pairs.values());
    return { files, missingFiles: [...(base?.keys() ?? [])].filter((file) => !paired.has(file)) };
}

;// CONCATENATED MODULE: ./src/metrics-report/params.ts
/**
 * Params (hyper-parameters) files, such as DVC's params.yaml: flattened to `a.b.c → text` and diffed.
 * Lists stay one value (a layer list `[64, 32]` is one setting), as DVC shows them.
 */




/** `a.b.c → value as text`, flattened as train records params (lists and empty mappings stay whole). */
function flattenParams(data) {
    const flat = {};
    for (const [name, value] of Object.entries((0,params/* flattenParams */.V)(data)))
        flat[name] = typeof value === 'string' ? value : JSON.stringify(value);
    return flat;
}
function parseParamsText(text, file) {
    const data = (0,yaml/* parseYamlText */.c)(text, file);
    if (data === null || data === undefined)
        return {};
    if (typeof data !== 'object' || Array.isArray(data))
        throw new errors/* UserError */.yo(`${file}: a params file must hold an object of names and values`, { file });
    return flattenParams(data);
}
/** Changed, added and removed params only, file by file, in name order. */
function diffParams(head, base) {
    const changes = [];
    const pairs = pairFiles([...head.keys()], [...base.keys()]);
    const seenBase = new Set();
    for (const [file, values] of head) {
        const baseFile = pairs.get(file);
        if (baseFile)
            seenBase.add(baseFile);
        changes.push(...diffOne(file, baseFile ? base.get(baseFile) : {}, values));
    }
    for (const [file, values] of base) {
        if (!seenBase.has(file))
            changes.push(...diffOne(file, values, {}));
    }
    return changes;
}
function diffOne(file, base, head) {
    const names = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
    const changes = [];
    for (const name of names) {
        if (base[name] === head[name])
            continue;
        const change = { file, name };
        if (name in base)
            change.base = base[name];
        if (name in head)
            change.head = head[name];
        changes.push(change);
    }
    return changes;
}

;// CONCATENATED MODULE: ./src/metrics-report/repo-files.ts
/**
 * Files as they are at a commit, read through the REST API rather than git, so that the baseline
 * works from a shallow checkout (the default of actions/checkout) and without one.
 */





const GLOB_CHARACTERS = /[*?[\]{}]/;
/** A file's text at `ref`, or undefined when the file (or the ref) does not exist. */
async function readFileAt(client, repo, path, ref) {
    try {
        // The raw media type has no 1 MB limit and no base64 to undo.
        const { data } = await client.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } });
        return typeof data === 'string' ? data : undefined;
    }
    catch (error) {
        if ((0,github/* httpStatus */.nG)(error) === 404)
            return undefined;
        throw error;
    }
}
/** Most folders a glob may walk through at a commit (one request each). */
const MAX_FOLDERS = 60;
/**
 * Files under `folder` at `ref`, walked through the contents API folder by folder (which every token
 * that can read the code may use), up to MAX_FOLDERS folders.
 */
async function listFilesAt(client, repo, ref, folder) {
    const files = [];
    const queue = [folder];
    let visited = 0;
    while (queue.length > 0) {
        if (visited >= MAX_FOLDERS)
            return { files, complete: false };
        const path = queue.shift();
        visited++;
        let data;
        try {
            data = (await client.rest.repos.getContent({ ...repo, path, ref })).data;
        }
        catch (error) {
            if ((0,github/* httpStatus */.nG)(error) === 404)
                continue;
            throw error;
        }
        if (!Array.isArray(data))
            continue;
        for (const entry of data) {
            if (entry.type === 'file')
                files.push(entry.path);
            else if (entry.type === 'dir' && !entry.name.startsWith('.git'))
                queue.push(entry.path);
        }
    }
    return { files, complete: true };
}
/** The folder a glob's matches must be in: its segments before the first one with a wildcard. */
function staticFolder(pattern) {
    const segments = pattern.split('/');
    const fixed = [];
    for (const segment of segments.slice(0, -1)) {
        if (GLOB_CHARACTERS.test(segment))
            break;
        fixed.push(segment);
    }
    return fixed.join('/');
}
function normalise(pattern) {
    return pattern.replace(/^\.\//, '');
}
/**
 * The files the patterns name at `ref`: plain paths as they are, globs matched against the files of
 * their folders, plus `alsoTry` (the pull request's own file names, read even if no glob found them).
 */
async function matchFilesAt(client, repo, ref, patterns, alsoTry = []) {
    const positive = patterns.filter((pattern) => !pattern.startsWith('!')).map(normalise);
    const negative = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => normalise(pattern.slice(1)));
    const excluded = (file) => negative.some((pattern) => (0,posix_.matchesGlob)(file, pattern));
    const candidates = new Set([...positive.filter((pattern) => !GLOB_CHARACTERS.test(pattern)), ...alsoTry]);
    const folders = [...new Set(positive.filter((pattern) => GLOB_CHARACTERS.test(pattern)).map(staticFolder))];
    for (const folder of folders) {
        const { files, complete } = await listFilesAt(client, repo, ref, folder);
        if (!complete)
            core/* warning */.$e(`Looking for metrics files at ${ref.slice(0, 12)}: ${folder || 'the repository'} has more than ${MAX_FOLDERS} folders; only the files found in the first ${MAX_FOLDERS} are compared`);
        for (const file of files)
            if (positive.some((pattern) => (0,posix_.matchesGlob)(file, pattern)))
                candidates.add(file);
    }
    return [...candidates].filter((file) => !excluded(file));
}
async function readAllAt(client, repo, ref, files, parse) {
    const read = new Map();
    for (const file of files) {
        const text = await readFileAt(client, repo, file, ref);
        if (text !== undefined)
            read.set(file, parse(text, `${file} at ${ref.slice(0, 12)}`));
    }
    return read;
}
async function readMetricsAt(client, repo, ref, patterns, alsoTry) {
    return readAllAt(client, repo, ref, await matchFilesAt(client, repo, ref, patterns, alsoTry), shared_metrics/* parseMetricsText */.o0);
}
async function readParamsAt(client, repo, ref, patterns, alsoTry) {
    return readAllAt(client, repo, ref, await matchFilesAt(client, repo, ref, patterns, alsoTry), parseParamsText);
}

// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(42377);
;// CONCATENATED MODULE: ./src/metrics-report/workspace-files.ts
/**
 * The pull request's own metrics and params files, found by the inputs' globs in the workspace and
 * named by their workspace-relative paths (the names the baseline's files are matched by).
 */







function toPosix(path) {
    return path.split(external_node_path_.sep).join('/');
}
/** Files matching the patterns (a `!` pattern excludes), workspace-relative, in pattern order. */
async function matchFiles(patterns, workspace, input, warn = true) {
    const found = [];
    const positive = patterns.filter((pattern) => !pattern.startsWith('!'));
    const negative = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => `!${(0,external_node_path_.resolve)(workspace, pattern.slice(1))}`);
    for (const pattern of positive) {
        const globber = await glob/* create */.v([(0,external_node_path_.resolve)(workspace, pattern), ...negative].join('\n'), { matchDirectories: false, implicitDescendants: false });
        const matches = (await globber.glob()).sort();
        if (matches.length === 0 && warn)
            core/* warning */.$e(`Input "${input}": no file matches ${pattern}`);
        for (const file of matches) {
            const name = toPosix((0,external_node_path_.isAbsolute)(file) ? (0,external_node_path_.relative)(workspace, file) : file);
            if (!found.includes(name))
                found.push(name);
        }
    }
    return found;
}
async function readWorkspaceMetrics(patterns, workspace, input = 'metrics') {
    const files = await matchFiles(patterns, workspace, input);
    if (files.length === 0) {
        throw new errors/* ConfigurationError */.j1(input, `matches no file in the workspace (${patterns.join(', ')}): did the step that writes the metrics run, in this job?`);
    }
    return new Map(files.map((file) => [file, (0,shared_metrics/* readMetricsFile */._c)((0,external_node_path_.resolve)(workspace, file), file)]));
}
async function readWorkspaceParams(patterns, workspace, warn = true) {
    const files = await matchFiles(patterns, workspace, 'params', warn);
    return new Map(files.map((file) => [file, parseParamsText((0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(workspace, file), 'utf8'), file)]));
}

;// CONCATENATED MODULE: ./src/metrics-report/baseline.ts
/**
 * What the pull request is compared with. `auto`: the metrics recorded for the PR's base commit, else
 * the latest recorded on the base branch, else the metrics files as committed at the base commit.
 * Or explicitly a git ref, a file in the workspace, or an artifact of the base branch's latest
 * successful run.
 */









function parseBaseline(raw) {
    const text = raw.trim();
    if (text === 'auto')
        return { kind: 'auto' };
    const match = /^(ref|file|artifact):\s*(.+)$/.exec(text);
    if (!match)
        throw new errors/* ConfigurationError */.j1('baseline', `must be auto, ref:<git ref>, file:<path> or artifact:<name>; got "${raw}"`);
    const value = match[2].trim();
    if (match[1] === 'ref')
        return { kind: 'ref', ref: value };
    if (match[1] === 'file')
        return { kind: 'file', path: value };
    return { kind: 'artifact', name: value };
}
function setsFromEntry(entry) {
    const metrics = new Map(Object.entries(entry.metrics).map(([file, values]) => [file, (0,shared_metrics/* metricsFromData */.kY)(values)]));
    return { metrics, ...(entry.params ? { params: new Map(Object.entries(entry.params)) } : {}) };
}
function fromEntry(entry, label, note) {
    const sets = setsFromEntry(entry);
    return { info: { kind: 'history', label, ref: entry.ref, sha: entry.sha, ...(note ? { note } : {}) }, ...sets };
}
function shortDate(time) {
    return time.slice(0, 10);
}
async function atCommit(context, ref) {
    const metrics = await readMetricsAt(context.client, context.repo, ref, context.metricsPatterns, context.headMetricsFiles);
    const params = context.paramsPatterns.length ? await readParamsAt(context.client, context.repo, ref, context.paramsPatterns, context.headParamsFiles) : undefined;
    return { metrics, ...(params ? { params } : {}) };
}
async function autoBaseline(context) {
    const history = context.history;
    if (history && context.baseSha) {
        const exact = entryForCommit(history, context.baseSha);
        if (exact)
            return fromEntry(exact, context.branch, `Recorded by a run on ${exact.ref}.`);
    }
    const latest = history ? latestOn(history, context.branch, context.headSha) : undefined;
    if (latest) {
        const note = context.baseSha
            ? `The base commit has no recorded metrics; this is the latest recorded on ${context.branch} (${shortDate(latest.time)}).`
            : `The latest recorded run on ${context.branch} (${shortDate(latest.time)}).`;
        return fromEntry(latest, context.branch, note);
    }
    if (!context.baseSha)
        return { info: { kind: 'none', label: 'none', note: `no run on ${context.branch} has recorded metrics yet` } };
    const files = await readSafely(() => atCommit(context, context.baseSha));
    if (files.value && files.value.metrics.size > 0) {
        return { info: { kind: 'ref', label: context.branch, ref: context.branch, sha: context.baseSha, note: 'The metrics files as committed at the base commit (no recorded run).' }, ...files.value };
    }
    return { info: { kind: 'none', label: 'none', note: files.error ?? `no run on ${context.branch} has recorded metrics yet, and the base commit has no metrics files` } };
}
async function readSafely(work) {
    try {
        return { value: await work() };
    }
    catch (error) {
        const explained = (0,github/* explainPermissionError */.n_)(error, 'contents: read', 'read the metrics files at the base commit');
        core/* warning */.$e(`Could not read the baseline's metrics files: ${(0,errors/* errorMessage */.gJ)(explained)}`);
        return { error: `reading the base commit's metrics files failed: ${(0,errors/* errorMessage */.gJ)(explained)}` };
    }
}
async function refBaseline(context, ref) {
    let sha;
    try {
        sha = (await context.client.rest.repos.getCommit({ ...context.repo, ref })).data.sha;
    }
    catch (error) {
        if ((0,github/* httpStatus */.nG)(error) === 404 || (0,github/* httpStatus */.nG)(error) === 422)
            throw new errors/* ConfigurationError */.j1('baseline', `names ref "${ref}", which the repository does not have`);
        throw (0,github/* explainPermissionError */.n_)(error, 'contents: read', `read ref ${ref}`);
    }
    const files = await atCommit(context, sha);
    if (files.metrics.size === 0)
        core/* warning */.$e(`The baseline ref ${ref} has none of the metrics files`);
    return { info: { kind: 'ref', label: ref, ref, sha }, ...files };
}
async function fileBaseline(context, path) {
    const found = await matchFiles([path], context.workspace, 'baseline');
    if (found.length === 0)
        throw new errors/* ConfigurationError */.j1('baseline', `names file "${path}", which is not in the workspace`);
    return { info: { kind: 'file', label: path }, metrics: await readWorkspaceMetrics([path], context.workspace, 'baseline') };
}
/** The artifact of the base branch's newest successful run that has one by this name. */
async function findArtifact(context, name) {
    let artifacts;
    try {
        artifacts = await context.client.paginate(context.client.rest.actions.listArtifactsForRepo, { ...context.repo, name, per_page: 100 }, (response, done) => {
            if (response.data.length >= 300)
                done();
            return response.data;
        });
    }
    catch (error) {
        throw (0,github/* explainPermissionError */.n_)(error, 'actions: read', `list the artifacts named ${name}`);
    }
    const candidates = artifacts
        .filter((artifact) => !artifact.expired && artifact.workflow_run?.head_branch === context.branch && artifact.workflow_run.id !== undefined)
        .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''));
    for (const artifact of candidates.slice(0, 10)) {
        const run = await context.client.rest.actions.getWorkflowRun({ ...context.repo, run_id: artifact.workflow_run.id });
        if (run.data.conclusion === 'success')
            return { artifact, run: run.data };
    }
    return undefined;
}
async function artifactBaseline(context, name) {
    const found = await findArtifact(context, name);
    if (!found) {
        return { info: { kind: 'none', label: 'none', note: `no successful run on ${context.branch} has an artifact named ${name}` } };
    }
    const path = (0,external_node_path_.join)(context.temp, 'ml-actions-baseline', String(found.artifact.id));
    try {
        await (0,shared_artifacts/* downloadArtifact */.bk)({ id: found.artifact.id }, path, { ...context.repo, runId: found.run.id, token: context.token });
    }
    catch (error) {
        throw (0,github/* explainPermissionError */.n_)(error, 'actions: read', `download the artifact ${name}`);
    }
    // The artifact keeps the paths it was uploaded with; else look for the pull request's file names.
    const byName = (files) => [...new Set(files.map((file) => `**/${(0,external_node_path_.basename)(file)}`))];
    const pick = async (patterns, fallback) => ((await matchFiles(patterns, path, 'baseline', false)).length > 0 ? patterns : fallback);
    const metricsPatterns = await pick(context.metricsPatterns, byName(context.headMetricsFiles));
    if ((await matchFiles(metricsPatterns, path, 'baseline', false)).length === 0) {
        throw new errors/* UserError */.yo(`Input "baseline": the artifact ${name} of run ${found.run.id} holds none of the metrics files`);
    }
    const metrics = await readWorkspaceMetrics(metricsPatterns, path, 'baseline');
    const params = context.paramsPatterns.length ? await readWorkspaceParams(await pick(context.paramsPatterns, byName(context.headParamsFiles)), path, false) : undefined;
    return {
        info: { kind: 'artifact', label: `${context.branch} (artifact ${name})`, ref: context.branch, sha: found.run.head_sha, note: `From run ${found.run.id}.` },
        metrics,
        ...(params ? { params } : {}),
    };
}
async function resolveBaseline(spec, context) {
    switch (spec.kind) {
        case 'auto':
            return autoBaseline(context);
        case 'ref':
            return refBaseline(context, spec.ref);
        case 'file':
            return fileBaseline(context, spec.path);
        case 'artifact':
            return artifactBaseline(context, spec.name);
    }
}

;// CONCATENATED MODULE: ./src/metrics-report/build.ts




function buildModel(inputs) {
    const { files, missingFiles } = compareFiles(inputs.metrics, inputs.baseline.metrics, inputs.spec);
    const model = {
        format: REPORT_FORMAT,
        title: inputs.title,
        key: inputs.key,
        time: inputs.time,
        head: inputs.head,
        baseline: inputs.baseline.info,
        files,
        missingFiles,
        counts: countRows(files),
    };
    if (inputs.pr)
        model.pr = inputs.pr;
    if (inputs.params)
        model.params = diffParams(inputs.params, inputs.baseline.params ?? new Map());
    if (inputs.data)
        model.data = inputs.data;
    if (inputs.gate)
        model.gate = inputs.gate;
    if (inputs.durationSeconds !== undefined)
        model.durationSeconds = inputs.durationSeconds;
    const trend = inputs.history ? trendFor(inputs, inputs.history) : undefined;
    if (trend)
        model.trend = trend;
    const confusion = confusionFor(inputs.metrics, inputs.baseline.metrics);
    if (confusion)
        model.confusion = confusion;
    return model;
}
function trendFor(inputs, history) {
    const metrics = trendMetrics(inputs.metrics, inputs.spec.trend).filter((name) => !inputs.spec.rule(name).ignore);
    const headValues = mergedValues([...inputs.metrics.values()].map((set) => Object.fromEntries(Object.entries(set.values).flatMap(([name, metric]) => (typeof metric.value === 'number' ? [[name, metric.value]] : [])))));
    const label = inputs.pr ? `PR #${inputs.pr.number}` : 'this run';
    // A run on the base branch itself should not appear twice (recorded, then as "this run").
    const entries = history.entries.filter((entry) => entry.sha !== inputs.head.sha);
    return buildTrend(history.branch, entries, metrics, { label, sha: inputs.head.sha || undefined, time: inputs.time, values: headValues });
}
function confusionFor(head, base) {
    const pairs = pairFiles([...head.keys()], [...(base?.keys() ?? [])]);
    for (const [file, set] of head) {
        const matrix = set.document?.confusion_matrix;
        if (!matrix)
            continue;
        const confusion = { file, labels: matrix.labels, matrix: matrix.matrix };
        const baseFile = pairs.get(file);
        const baseMatrix = baseFile ? base?.get(baseFile)?.document?.confusion_matrix : undefined;
        if (baseMatrix)
            confusion.base = { labels: baseMatrix.labels, matrix: baseMatrix.matrix };
        return confusion;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/metrics-report/history-store.ts
/**
 * The history file on its branch, read and written through the REST API. Writes go through the
 * contents API with the file's blob sha, so two runs finishing together cannot lose each other's
 * entry: the loser gets a 409, reads again, and retries. A missing branch is created as an orphan
 * (no shared history with the code) holding just the file.
 */




const WRITE_ATTEMPTS = 6;
/** Worth reading the file again and retrying: someone else wrote it, or GitHub had a hiccup. */
function isRetryable(error) {
    const status = (0,github/* httpStatus */.nG)(error) ?? 0;
    // 409: the file changed since it was read. 422 "sha" errors say the same for a file that appeared.
    return status === 409 || status >= 500 || (status === 422 && /\bsha\b/i.test(error.message ?? ''));
}
class HistoryStore {
    client;
    repo;
    branch;
    path;
    key;
    constructor(client, repo, branch, key) {
        this.client = client;
        this.repo = repo;
        this.branch = branch;
        this.key = key;
        this.path = historyPath(key);
    }
    async branchExists() {
        try {
            await this.client.rest.git.getRef({ ...this.repo, ref: `heads/${this.branch}` });
            return true;
        }
        catch (error) {
            if ((0,github/* httpStatus */.nG)(error) === 404)
                return false;
            throw error;
        }
    }
    async read() {
        try {
            const { data } = await this.client.rest.repos.getContent({ ...this.repo, path: this.path, ref: `refs/heads/${this.branch}` });
            if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
                throw new errors/* UserError */.yo(`${this.path} on branch ${this.branch} is not a file: the history branch holds something else (choose another history-branch)`);
            }
            // The history is bounded well under the contents API's 1 MB limit for inline content.
            if (data.encoding !== 'base64')
                throw new errors/* UserError */.yo(`${this.path} on branch ${this.branch} is too large to be a metrics history (over 1 MB)`);
            const text = Buffer.from(data.content, 'base64').toString('utf8');
            return { document: parseHistory(text, `${this.path} on branch ${this.branch}`), sha: data.sha, branchExists: true };
        }
        catch (error) {
            if ((0,github/* httpStatus */.nG)(error) !== 404)
                throw (0,github/* explainPermissionError */.n_)(error, 'contents: read', `read the metrics history on branch ${this.branch}`);
            return { document: emptyHistory(this.key), branchExists: await this.branchExists() };
        }
    }
    /** Adds the entry, retrying on conflicting writes; returns the history as written. */
    async record(entry) {
        for (let attempt = 1;; attempt++) {
            const stored = await this.read();
            const document = appendEntry(stored.document, entry);
            const text = serializeHistory(document);
            const content = Buffer.from(text).toString('base64');
            const message = `Record metrics of ${entry.sha.slice(0, 7)} on ${entry.ref}${this.key ? ` (${this.key})` : ''}`;
            try {
                if (!stored.branchExists) {
                    await this.createBranch(text, message);
                }
                else {
                    await this.client.rest.repos.createOrUpdateFileContents({
                        ...this.repo,
                        path: this.path,
                        branch: this.branch,
                        message,
                        content,
                        ...(stored.sha ? { sha: stored.sha } : {}),
                        // A conflict needs a fresh read, not the same request again: this loop does that.
                        request: { retries: 0 },
                    });
                }
                return document;
            }
            catch (error) {
                const raced = isRetryable(error) || (!stored.branchExists && (0,github/* httpStatus */.nG)(error) === 422);
                if (!raced || attempt >= WRITE_ATTEMPTS) {
                    throw (0,github/* explainPermissionError */.n_)(error, 'contents: write', `record metrics on branch ${this.branch}`);
                }
                core/* info */.pq(`The metrics history changed while it was written (attempt ${attempt}); reading it again`);
                await new Promise((done) => setTimeout(done, 100 * attempt + Math.random() * 200));
            }
        }
    }
    /** An orphan branch with one commit holding the history file. */
    async createBranch(text, message) {
        const tree = await this.client.rest.git.createTree({ ...this.repo, tree: [{ path: this.path, mode: '100644', type: 'blob', content: text }] });
        const commit = await this.client.rest.git.createCommit({ ...this.repo, message, tree: tree.data.sha, parents: [] });
        // 422 when another run created the branch first: the caller retries through the contents API.
        await this.client.rest.git.createRef({ ...this.repo, ref: `refs/heads/${this.branch}`, sha: commit.data.sha });
        core/* info */.pq(`Created branch ${this.branch} for the metrics history`);
    }
}

;// CONCATENATED MODULE: ./src/metrics-report/run-info.ts
/**
 * The workflow run behind a report: how long it has taken, and links to it and its artifacts. Built
 * from GitHub's answers only. Optional: without `actions: read` the report simply has no duration.
 */

function repoUrl(serverUrl, repo) {
    return `${serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}`;
}
function artifactUrl(serverUrl, repo, runId, artifactId) {
    return `${repoUrl(serverUrl, repo)}/actions/runs/${runId}/artifacts/${artifactId}`;
}
function secondsBetween(start, end) {
    if (!start)
        return undefined;
    const seconds = (new Date(end).getTime() - new Date(start).getTime()) / 1000;
    return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}
/** Artifacts of a run as links; `except` leaves out this toolkit's own hand-over artifacts. */
async function runArtifacts(client, serverUrl, repo, runId, except) {
    const { data } = await client.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: runId, per_page: 100 });
    return data.artifacts
        .filter((artifact) => !artifact.expired && !(except?.(artifact.name) ?? false))
        .map((artifact) => ({ name: artifact.name, url: artifactUrl(serverUrl, repo, runId, artifact.id), size: artifact.size_in_bytes }));
}
/** This run, while it is still going. */
async function currentRunInfo(client, serverUrl, repo, runId, now = new Date()) {
    const id = Number(runId);
    const links = { repoUrl: repoUrl(serverUrl, repo) };
    if (!Number.isInteger(id) || id <= 0)
        return { links };
    links.runUrl = `${links.repoUrl}/actions/runs/${id}`;
    const info = { links };
    try {
        const { data } = await client.rest.actions.getWorkflowRun({ ...repo, run_id: id });
        links.runUrl = data.html_url;
        links.runLabel = `Run #${data.run_number}${data.run_attempt && data.run_attempt > 1 ? ` (attempt ${data.run_attempt})` : ''}`;
        const seconds = secondsBetween(data.run_started_at ?? data.created_at, now);
        if (seconds !== undefined)
            info.durationSeconds = seconds;
        links.artifacts = await runArtifacts(client, serverUrl, repo, id);
    }
    catch (error) {
        core/* debug */.Yz(`No run details (duration, artifacts): ${error.message}`);
    }
    return info;
}

;// CONCATENATED MODULE: ./src/metrics-report/report-mode.ts
/**
 * The report mode, run in the workflow that produced the metrics: read everything, compare with the
 * baseline, write the job summary (always), record history on the default branch, and put the report
 * on the pull request, or hand it to the publisher when this run's token cannot write (forks).
 */



















const HISTORY_OFF = 'off';
function branchOf(ref) {
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}
async function defaultBranchOf(client, context, repo) {
    const fromEvent = context.event['repository']?.['default_branch'];
    if (typeof fromEvent === 'string' && fromEvent)
        return fromEvent;
    return (await client.rest.repos.get({ ...repo })).data.default_branch;
}
async function readHistory(store) {
    if (!store)
        return undefined;
    try {
        return (await store.read()).document;
    }
    catch (error) {
        // A pull request's report is worth more than its trend: go on without history.
        core/* warning */.$e(`Could not read the metrics history on branch ${store.branch}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
}
/** Writes the summary (when the runner gives a summary file) and the report files; sets the outputs. */
async function publishLocally(action, model, links, dir) {
    const maxRows = action.inputs['max-rows'];
    const full = fitReport(model, links, maxRows, SUMMARY_BUDGET).markdown;
    (0,files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(dir, 'report.md'), full);
    (0,files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(dir, 'report.json'), `${JSON.stringify(model, null, 1)}\n`);
    const { regressions, changed } = reportOutputs(model);
    action.setOutput('markdown', (0,external_node_path_.join)(dir, 'report.md'));
    action.setOutput('regressions', regressions);
    action.setOutput('changed', changed);
    if (process.env['GITHUB_STEP_SUMMARY'])
        await core/* summary */.z.addRaw(full).write();
    else
        core/* info */.pq(full);
    return { full };
}
async function reportMode(action) {
    const { inputs, run: context } = action;
    const time = new Date().toISOString();
    const key = inputs.header ?? '';
    const pr = (0,shared_context/* pullRequestOf */._n)(context);
    const workspace = context.workspace;
    if (!inputs.metrics || inputs.metrics.length === 0)
        throw new errors/* ConfigurationError */.j1('metrics', 'is required in report mode: the metrics files (or globs) to report');
    const baselineSpec = parseBaseline(inputs.baseline);
    const metrics = await readWorkspaceMetrics(inputs.metrics, workspace);
    const params = inputs.params?.length ? await readWorkspaceParams(inputs.params, workspace) : undefined;
    const spec = inputs['metrics-spec'] ? readSpec((0,files/* resolveInWorkspace */.z1)(inputs['metrics-spec'], workspace), inputs['metrics-spec']) : buildSpec();
    const dataPath = inputs['data-report'];
    const data = dataPath ? summarizeData(readStepFile((0,files/* resolveInWorkspace */.z1)(dataPath, workspace), dataPath, 'data-report', VALIDATION_FORMAT, 'validate-data')) : undefined;
    const gatePath = inputs['gate-decision'];
    const gate = gatePath ? summarizeGate(readStepFile((0,files/* resolveInWorkspace */.z1)(gatePath, workspace), gatePath, 'gate-decision', GATE_FORMAT, 'gate')) : undefined;
    if (!context.repository || !inputs.token) {
        await offlineReport(action, { key, time, metrics, params, spec, data, gate, baselineSpec });
        return;
    }
    const repo = (0,shared_context/* requireRepository */.Cc)(context);
    const token = inputs.token;
    const client = (0,github/* createGitHubClient */.LX)(token, context.apiUrl);
    const defaultBranch = await defaultBranchOf(client, context, repo);
    const branch = pr ? pr.baseRef : defaultBranch;
    const headSha = pr ? pr.headSha : context.sha;
    const historyBranch = inputs['history-branch'];
    const store = historyBranch === HISTORY_OFF ? undefined : new HistoryStore(client, repo, historyBranch, key);
    const history = await readHistory(store);
    const baseline = await resolveBaseline(baselineSpec, {
        client,
        token,
        repo,
        workspace,
        temp: context.temp,
        branch,
        baseSha: pr?.baseSha || undefined,
        headSha,
        history,
        metricsPatterns: inputs.metrics,
        paramsPatterns: inputs.params ?? [],
        headMetricsFiles: [...metrics.keys()],
        headParamsFiles: [...(params?.keys() ?? [])],
    });
    const run = await currentRunInfo(client, context.serverUrl, repo, context.runId);
    const model = buildModel({
        title: inputs.title,
        key,
        time,
        ...(pr ? { pr: { number: pr.number, headSha: pr.headSha, baseRef: pr.baseRef, ...(pr.baseSha ? { baseSha: pr.baseSha } : {}) } } : {}),
        head: { sha: headSha, ...(branchOf(context.ref) ? { ref: branchOf(context.ref) } : {}) },
        metrics,
        ...(params ? { params } : {}),
        baseline,
        spec,
        ...(data ? { data } : {}),
        ...(gate ? { gate } : {}),
        ...(history ? { history: { branch, entries: entriesOn(history, branch) } } : {}),
        ...(run.durationSeconds !== undefined ? { durationSeconds: run.durationSeconds } : {}),
    });
    const dir = (0,external_node_path_.join)(context.temp, 'ml-actions-metrics-report', keySlug(key));
    await publishLocally(action, model, run.links, dir);
    const currentBranch = branchOf(context.ref);
    if (store && !pr && currentBranch === defaultBranch && headSha) {
        const entry = entryFromSets(metrics, params, { sha: headSha, ref: currentBranch, time, ...(context.runId ? { run: context.runId } : {}) });
        try {
            const written = await store.record(entry);
            core/* info */.pq(`Recorded this run's metrics on branch ${store.branch} (${store.path}, ${written.entries.length} entries)`);
        }
        catch (error) {
            // The report stands without history; a run too large to record should not fail the branch.
            if (!(error instanceof EntryTooLarge))
                throw error;
            core/* warning */.$e(`Not recorded in the metrics history: ${error.message}`);
        }
    }
    if (!pr) {
        if (inputs.comment !== 'off')
            core/* info */.pq('Not a pull request: the report is in the job summary.');
        return;
    }
    if (inputs.comment === 'off')
        return;
    const marker = { key, sha: headSha, time, run: context.runId };
    const comment = fitReport(model, run.links, inputs['max-rows'], COMMENT_BUDGET, markerReserve(marker)).markdown;
    (0,files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(dir, 'comment.md'), withMarker(marker, comment));
    // Only `pull_request` runs of forks and Dependabot get a read-only token; `pull_request_target` may write.
    const readOnly = context.eventName === 'pull_request' && (pr.fork || context.actor === 'dependabot[bot]');
    if (readOnly) {
        const name = await handOff(model, comment, dir);
        core/* notice */.lm(`This pull request's token is read-only (${pr.fork ? 'a fork' : 'Dependabot'}), so the report went to the job summary and to the artifact ${name}. ` +
            'The workflow_run workflow with `mode: publish` (workflows/ml-fork-report.yml) posts it on the pull request.', { title: 'metrics-report: handed over for publishing' });
        return;
    }
    const identity = await (0,shared_identity/* resolveIdentity */.X)(client, inputs['comment-author']);
    const posted = await postReport({ client, repo, issue: pr.number, marker, markdown: comment, mode: inputs.comment, identity });
    action.setOutput('comment-id', posted.id);
    action.setOutput('comment-url', posted.url);
    core/* info */.pq(`Report comment ${posted.outcome}: ${posted.url}`);
}
/**
 * Outside GitHub (the CLI, the demo, another CI) there is no token or repository: the report is
 * rendered from local files, with a `file:` baseline, and written to the summary and a Markdown file;
 * nothing is posted.
 */
async function offlineReport(action, parts) {
    const { inputs, run: context } = action;
    const { baselineSpec, ...model } = parts;
    if (baselineSpec.kind !== 'file' && baselineSpec.kind !== 'auto') {
        throw new errors/* ConfigurationError */.j1('baseline', `"${inputs.baseline}" is read through GitHub, which needs a token and GITHUB_REPOSITORY; outside GitHub use file:<path>`);
    }
    const baseline = baselineSpec.kind === 'file' ? await fileBaseline({ workspace: context.workspace }, baselineSpec.path) : { info: { kind: 'none', label: 'no baseline (outside GitHub: use file:<path>)' } };
    const built = buildModel({ title: inputs.title, ...model, head: { sha: context.sha, ...(branchOf(context.ref) ? { ref: branchOf(context.ref) } : {}) }, baseline });
    const dir = (0,external_node_path_.join)(context.temp, 'ml-actions-metrics-report', keySlug(parts.key));
    await publishLocally(action, built, {}, dir);
    core/* notice */.lm(`No GitHub token or repository here: the report was rendered, not posted (${(0,external_node_path_.join)(dir, 'report.md')}).`);
}

;// CONCATENATED MODULE: ./src/metrics-report/publish-mode.ts
/**
 * The publish mode, run by a `workflow_run` workflow after a pull request's workflow finished: posts
 * the reports that run handed over (forks, Dependabot), after checking each one. It reads artifacts
 * and the API only; it never checks out or runs the pull request's code.
 */













function workflowRunOf(event) {
    const run = event['workflow_run'];
    if (!run || typeof run.id !== 'number' || typeof run.head_sha !== 'string') {
        throw new errors/* ConfigurationError */.j1('mode', 'is publish, which runs in a workflow triggered by `on: workflow_run` (see workflows/ml-fork-report.yml); this event has no workflow_run');
    }
    return run;
}
async function publishMode(action) {
    const { inputs, run: context } = action;
    const repo = (0,shared_context/* requireRepository */.Cc)(context);
    const run = workflowRunOf(context.event);
    if (run.event !== 'pull_request' && run.event !== 'pull_request_target') {
        core/* info */.pq(`The workflow run ${run.id} was started by ${run.event}, not by a pull request: nothing to publish.`);
        return;
    }
    // Outside the runner the token's expression default is empty; the client says what to pass.
    const token = inputs.token ?? '';
    const client = (0,github/* createGitHubClient */.LX)(token, context.apiUrl);
    const otherRun = { ...repo, runId: run.id, token };
    let artifacts;
    try {
        artifacts = (await (0,shared_artifacts/* listArtifacts */.wn)(otherRun)).filter((artifact) => isHandoff(artifact.name));
    }
    catch (error) {
        throw (0,github/* explainPermissionError */.n_)(error, 'actions: read', `list the artifacts of workflow run ${run.id}`);
    }
    if (inputs.header !== undefined)
        artifacts = artifacts.filter((artifact) => artifact.name.endsWith(`-${keySlug(inputs.header)}`));
    if (artifacts.length === 0) {
        core/* info */.pq(`Workflow run ${run.id} handed over no report (its pull request was not from a fork, or the report step did not run).`);
        return;
    }
    const identity = await (0,shared_identity/* resolveIdentity */.X)(client, inputs['comment-author']);
    const links = {
        repoUrl: repoUrl(context.serverUrl, repo),
        runUrl: run.html_url ?? `${repoUrl(context.serverUrl, repo)}/actions/runs/${run.id}`,
        ...(run.run_number ? { runLabel: `Run #${run.run_number}` } : {}),
    };
    try {
        const { data } = await client.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: run.id, per_page: 100 });
        links.artifacts = data.artifacts
            .filter((artifact) => !artifact.expired && !isHandoff(artifact.name))
            .map((artifact) => ({ name: artifact.name, url: artifactUrl(context.serverUrl, repo, run.id, artifact.id), size: artifact.size_in_bytes }));
    }
    catch (error) {
        core/* debug */.Yz(`No artifact links: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const duration = secondsBetween(run.run_started_at, run.updated_at ?? new Date());
    let published = 0;
    for (const artifact of artifacts) {
        const dir = (0,external_node_path_.join)(context.temp, 'ml-actions-publish', String(artifact.id));
        await (0,shared_artifacts/* downloadArtifact */.bk)({ id: artifact.id }, dir, otherRun);
        let model;
        try {
            model = readHandedOff(dir, `artifact ${artifact.name}`);
        }
        catch (error) {
            // A bad report is the fork's problem, not this workflow's: refuse it and go on.
            if (!(error instanceof errors/* UserError */.yo))
                throw error;
            core/* warning */.$e(`Not publishing artifact ${artifact.name}: ${(0,errors/* errorMessage */.gJ)(error)}`, { title: 'metrics-report: report refused' });
            continue;
        }
        const verdict = await verifyPullRequest(client, repo, run, model);
        if (!verdict.ok) {
            core/* warning */.$e(`Not publishing artifact ${artifact.name}: ${verdict.reason}`, { title: 'metrics-report: report refused' });
            continue;
        }
        if (duration !== undefined)
            model.durationSeconds = duration;
        await publishLocally(action, model, links, (0,external_node_path_.join)(context.temp, 'ml-actions-metrics-report', keySlug(model.key)));
        if (inputs.comment === 'off')
            continue;
        const marker = { key: model.key, sha: run.head_sha, time: model.time, run: String(run.id) };
        const markdown = fitReport(model, links, inputs['max-rows'], COMMENT_BUDGET, markerReserve(marker)).markdown;
        const posted = await postReport({ client, repo, issue: model.pr.number, marker, markdown, mode: inputs.comment, identity });
        action.setOutput('comment-id', posted.id);
        action.setOutput('comment-url', posted.url);
        core/* info */.pq(`Published ${artifact.name} on pull request #${model.pr.number}: comment ${posted.outcome} (${posted.url})`);
        published++;
    }
    if (published === 0 && inputs.comment !== 'off')
        core/* warning */.$e('No report was published: see the warnings above.');
}

;// CONCATENATED MODULE: ./src/metrics-report/action.ts




const OUTPUTS = ['comment-id', 'comment-url', 'markdown', 'regressions', 'changed'];
const INPUTS = {
    'metrics': inputs/* input */.hF.list(),
    'params': inputs/* input */.hF.list(),
    'baseline': inputs/* input */.hF.string({ defaulted: true }),
    'metrics-spec': inputs/* input */.hF.string(),
    'data-report': inputs/* input */.hF.string(),
    'gate-decision': inputs/* input */.hF.string(),
    'title': inputs/* input */.hF.string({ defaulted: true }),
    'comment': inputs/* input */.hF.choice(['update', 'new', 'off'], { defaulted: true }),
    'header': inputs/* input */.hF.string(),
    'token': inputs/* input */.hF.string({ secret: true }),
    'comment-author': inputs/* input */.hF.string(),
    'history-branch': inputs/* input */.hF.string({ defaulted: true }),
    'max-rows': inputs/* input */.hF.integer({ defaulted: true, min: 1, max: 1000 }),
    'mode': inputs/* input */.hF.choice(['report', 'publish'], { defaulted: true }),
};
/* harmony default export */ const metrics_report_action = ((0,action/* defineAction */.QP)({
    name: 'metrics-report',
    inputs: INPUTS,
    outputs: OUTPUTS,
    async run(context) {
        if (context.inputs.mode === 'publish')
            await publishMode(context);
        else
            await reportMode(context);
    },
}));


/***/ }),

/***/ 92386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ checkArtifactName),
/* harmony export */   bk: () => (/* binding */ downloadArtifact),
/* harmony export */   mz: () => (/* binding */ uploadArtifact),
/* harmony export */   rr: () => (/* binding */ artifactServiceProblem),
/* harmony export */   wn: () => (/* binding */ listArtifacts)
/* harmony export */ });
/* unused harmony exports isEnterpriseServer, expandPaths, findArtifact */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56518);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58382);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38590);
/**
 * Workflow artifacts (v4, through @actions/artifact): upload a set of files under a root as one named
 * artifact, find and download one by name or ID, from this run or another run of the repository.
 * Failures a user can fix (a name used twice in a run, the storage quota, GitHub Enterprise Server,
 * a step not running on a runner) become `UserError`s that say what to do.
 */




// Characters the artifact service refuses (NTFS limits), as @actions/artifact checks them.
const INVALID_PATH_CHARACTERS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n'];
const INVALID_NAME_CHARACTERS = [...INVALID_PATH_CHARACTERS, '\\', '/'];
/** GitHub Enterprise Server, as @actions/artifact and @actions/cache tell it from github.com. */
function isEnterpriseServer(serverUrl = process.env['GITHUB_SERVER_URL'] || 'https://github.com') {
    const host = new URL(serverUrl).hostname.trimEnd().toUpperCase();
    return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}
/** Why artifacts cannot be used in this step, or undefined when they can. */
function artifactServiceProblem(env = process.env) {
    if (!env['ACTIONS_RUNTIME_TOKEN'] || !env['ACTIONS_RESULTS_URL']) {
        return 'the artifact service is not available (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set): this step is not running on a GitHub Actions runner';
    }
    if (isEnterpriseServer(env['GITHUB_SERVER_URL']))
        return 'artifacts v4 are not supported on GitHub Enterprise Server';
    return undefined;
}
function checkArtifactName(name, input) {
    const where = input ? `Input "${input}": the artifact name` : 'The artifact name';
    if (name.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where} is empty`);
    const bad = INVALID_NAME_CHARACTERS.find((character) => name.includes(character));
    if (bad)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where} "${name}" contains ${JSON.stringify(bad)}; artifact names cannot contain ${INVALID_NAME_CHARACTERS.map((c) => JSON.stringify(c)).join(' ')}`);
}
/** Every file under the given paths (folders taken whole), sorted, each checked to be inside `root`. */
function expandPaths(root, paths) {
    const absoluteRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root);
    const found = new Set();
    for (const path of paths) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(absoluteRoot, path);
        if (absolute !== absoluteRoot && !absolute.startsWith(absoluteRoot + node_path__WEBPACK_IMPORTED_MODULE_0__.sep)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${path} is outside ${absoluteRoot}, the folder the artifact is made from`);
        }
        const files = (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .listFiles */ .CS)(absolute);
        if (!files)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${path}: no such file or folder to upload`, { file: absolute });
        for (const file of files)
            found.add(file);
    }
    const files = [...found].sort(_files_js__WEBPACK_IMPORTED_MODULE_3__/* .byteOrder */ .Tz);
    for (const file of files) {
        const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(absoluteRoot, file);
        const bad = INVALID_PATH_CHARACTERS.find((character) => inside.includes(character));
        if (bad)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${inside}: artifact file paths cannot contain ${JSON.stringify(bad)}`, { file });
    }
    return files;
}
function artifactPageUrl(id, env = process.env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
    return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}/artifacts/${id}` : undefined;
}
function requireService(doing) {
    const problem = artifactServiceProblem();
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot ${doing}: ${problem}`);
}
/** Turns the artifact client's failures into messages that say what to do. */
function explain(error, doing) {
    const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error);
    const name = error?.name;
    if (/already exists on the workflow run/.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot ${doing}: an artifact with that name already exists in this workflow run. Names must be unique within a run: in a matrix, put the matrix values in the name`, undefined, { cause: error });
    }
    if (name === 'UsageError')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot ${doing}: the account's artifact storage quota is used up; delete old artifacts or lower retention-days`, undefined, { cause: error });
    if (name === 'GHESNotSupportedError')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot ${doing}: artifacts v4 are not supported on GitHub Enterprise Server`, undefined, { cause: error });
    if (name === 'ArtifactNotFoundError')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot ${doing}: no such artifact (it may have expired)`, undefined, { cause: error });
    return new Error(`Cannot ${doing}: ${message}`, { cause: error });
}
async function uploadArtifact(upload) {
    checkArtifactName(upload.name);
    const doing = `upload artifact "${upload.name}"`;
    requireService(doing);
    const files = expandPaths(upload.root, upload.paths);
    if (files.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot ${doing}: there are no files to upload`);
    let result;
    try {
        result = await new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9().uploadArtifact(upload.name, files, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(upload.root), {
            retentionDays: upload.retentionDays,
            compressionLevel: upload.compressionLevel,
        });
    }
    catch (error) {
        throw explain(error, doing);
    }
    if (result.id === undefined)
        throw new Error(`Cannot ${doing}: the artifact service returned no artifact ID`);
    return {
        id: result.id,
        name: upload.name,
        size: result.size ?? 0,
        digest: result.digest ? `sha256:${result.digest}` : undefined,
        files: files.length,
        url: artifactPageUrl(result.id),
    };
}
function findOptions(run) {
    return run ? { findBy: { token: run.token, workflowRunId: run.runId, repositoryOwner: run.owner, repositoryName: run.repo } } : undefined;
}
function describe(run) {
    return run ? `run ${run.runId} of ${run.owner}/${run.repo}` : 'this workflow run';
}
function found(artifact) {
    return { id: artifact.id, name: artifact.name, size: artifact.size, digest: artifact.digest, createdAt: artifact.createdAt };
}
/** The newest artifact with this name in this run (or another), or undefined when there is none. */
async function findArtifact(name, run) {
    const doing = `look up artifact "${name}" in ${describe(run)}`;
    requireService(doing);
    try {
        return found((await new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9().getArtifact(name, findOptions(run))).artifact);
    }
    catch (error) {
        if (error?.name === 'ArtifactNotFoundError')
            return undefined;
        throw explain(error, doing);
    }
}
async function listArtifacts(run) {
    const doing = `list the artifacts of ${describe(run)}`;
    requireService(doing);
    try {
        return (await new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9().listArtifacts({ latest: true, ...findOptions(run) })).artifacts.map(found);
    }
    catch (error) {
        throw explain(error, doing);
    }
}
/**
 * Downloads an artifact, by name (the newest of that name) or by ID, into `destination`, and checks
 * the bytes against the digest the service recorded at upload.
 */
async function downloadArtifact(source, destination, run) {
    const label = 'name' in source ? `"${source.name}"` : `#${source.id}`;
    const doing = `download artifact ${label} from ${describe(run)}`;
    requireService(doing);
    const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9();
    let artifact;
    try {
        if ('name' in source) {
            artifact = await findArtifact(source.name, run);
        }
        else {
            const { artifacts } = await client.listArtifacts(findOptions(run));
            const match = artifacts.find((candidate) => candidate.id === source.id);
            artifact = match && found(match);
        }
    }
    catch (error) {
        throw error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo ? error : explain(error, doing);
    }
    if (!artifact)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot ${doing}: there is no such artifact (it may have expired, or been uploaded by another run)`);
    let result;
    try {
        result = await client.downloadArtifact(artifact.id, { path: destination, expectedHash: artifact.digest, ...findOptions(run) });
    }
    catch (error) {
        throw explain(error, doing);
    }
    if (result.digestMismatch)
        throw new Error(`Cannot ${doing}: the downloaded content does not match the digest recorded at upload (${artifact.digest})`);
    return { ...artifact, path: result.downloadPath ?? destination };
}


/***/ }),

/***/ 82291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ resolveIdentity),
/* harmony export */   m: () => (/* binding */ isAuthoredBy)
/* harmony export */ });
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36654);
/**
 * Who this token writes as on GitHub, to recognise the comments and issues it wrote earlier. A
 * personal access token can say (GET /user); an installation token (GITHUB_TOKEN, a GitHub App's)
 * cannot, and always acts as a bot, so then only bots' writing counts, and once this run has written
 * something, only that exact bot's. A configured login pins it outright.
 */

async function resolveIdentity(client, configured) {
    if (configured)
        return { login: configured, source: 'input' };
    try {
        const { data } = await client.rest.users.getAuthenticated();
        return { login: data.login, source: 'token' };
    }
    catch (error) {
        const status = (0,_github_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error);
        if (status === 403 || status === 404)
            return { source: 'installation' };
        throw error;
    }
}
/** Whether a comment or issue was written by this identity. */
function isAuthoredBy(written, identity) {
    const author = written.user;
    if (!author)
        return false;
    if (identity.login)
        return author.login.toLowerCase() === identity.login.toLowerCase();
    return author.type === 'Bot';
}


/***/ })

};
