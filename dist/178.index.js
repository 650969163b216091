export const id = 178;
export const ids = [178];
export const modules = {

/***/ 88178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ validate_data_action)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/shared/action.ts
var action = __webpack_require__(1771);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/files.ts
var files = __webpack_require__(38590);
// EXTERNAL MODULE: ./src/shared/log.ts
var log = __webpack_require__(21827);
// EXTERNAL MODULE: ./src/drift/profile.ts + 2 modules
var profile = __webpack_require__(31915);
// EXTERNAL MODULE: ./src/shared/context.ts
var context = __webpack_require__(50082);
// EXTERNAL MODULE: ./src/shared/github.ts
var github = __webpack_require__(36654);
// EXTERNAL MODULE: ./src/validate-data/contract.ts + 3 modules
var contract = __webpack_require__(25717);
;// CONCATENATED MODULE: ./src/validate-data/base-contract.ts
/**
 * The contract to compare with: a file given as `base-contract`, or, on a pull request, the same
 * contract file at the base commit read through the contents API (so a shallow checkout is enough).
 */





async function loadBaseContract(options) {
    if (options.input)
        return { contract: (0,contract/* readContractFile */.J_)(options.resolvedInput, options.input), source: options.input };
    const pr = (0,context/* pullRequestOf */._n)(options.run);
    if (!pr || !pr.baseSha)
        return undefined;
    const { owner, repo } = (0,context/* requireRepository */.Cc)(options.run);
    const path = (0,external_node_path_.relative)(options.run.workspace, options.contractPath).split('\\').join('/');
    if (path.startsWith('..'))
        throw new errors/* UserError */.yo(`The contract ${options.contractPath} is outside the workspace, so its base-branch version cannot be looked up: set base-contract`);
    const octokit = (0,github/* createGitHubClient */.LX)(options.token ?? '', options.run.apiUrl);
    const source = `${pr.baseSha.slice(0, 12)}:${path}`;
    let response;
    try {
        response = await octokit.rest.repos.getContent({ owner, repo, path, ref: pr.baseSha });
    }
    catch (error) {
        if ((0,github/* httpStatus */.nG)(error) === 404 && !/not accessible|permission/i.test(error.message))
            return { missing: source };
        throw (0,github/* explainPermissionError */.n_)(error, 'contents: read', `read ${path} at the base commit ${pr.baseSha.slice(0, 12)}`);
    }
    const data = response.data;
    if (Array.isArray(response.data) || data.type !== 'file' || typeof data.content !== 'string') {
        throw new errors/* UserError */.yo(`${source} on the base branch is not a file`);
    }
    const text = Buffer.from(data.content, data.encoding === 'base64' || !data.encoding ? 'base64' : 'utf8').toString('utf8');
    return { contract: (0,contract/* parseContract */.UA)(text, source), source };
}

// EXTERNAL MODULE: ./src/validate-data/values.ts
var values = __webpack_require__(43883);
;// CONCATENATED MODULE: ./src/validate-data/breaking.ts

function matchBy(before, after) {
    const pairs = [];
    const used = new Set();
    for (const old of before) {
        const match = (old.id ? after.find((item) => item.id === old.id) : undefined) ?? after.find((item) => !used.has(item) && item.name === old.name && (!item.id || !old.id || item.id === old.id));
        if (match)
            used.add(match);
        pairs.push([old, match]);
    }
    for (const item of after)
        if (!used.has(item))
            pairs.push([undefined, item]);
    return pairs;
}
function majorOf(version) {
    const match = /^v?(\d+)/.exec(version.trim());
    return match ? Number(match[1]) : undefined;
}
function isMajorBump(before, after) {
    const old = majorOf(before);
    const next = majorOf(after);
    return old !== undefined && next !== undefined && next > old;
}
const WIDENINGS = [
    ['integer', 'number'],
    ['date', 'timestamp'],
    ['integer', 'string'],
    ['number', 'string'],
    ['boolean', 'string'],
    ['date', 'string'],
    ['timestamp', 'string'],
    ['time', 'string'],
];
function typeOf(property) {
    return property.logicalType ?? (0,values/* logicalTypeOfPhysical */.Ml)(property.physicalType);
}
function allowedValues(property) {
    for (const rule of property.quality) {
        const valid = rule.arguments['validValues'];
        if (Array.isArray(valid) && ['invalidValues', 'validValues'].includes(rule.metric))
            return { values: valid.map(String), rule };
    }
    return undefined;
}
function comparable(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string')
        return (0,values/* parseDate */._U)(value) ?? (0,values/* parseTimestamp */.EH)(value) ?? (Number.isFinite(Number(value)) ? Number(value) : undefined);
    return undefined;
}
function lowerBound(property) {
    const o = property.options;
    if (o.exclusiveMinimum !== undefined && comparable(o.exclusiveMinimum) !== undefined)
        return { value: comparable(o.exclusiveMinimum), exclusive: true, text: `> ${String(o.exclusiveMinimum)}` };
    if (o.minimum !== undefined && comparable(o.minimum) !== undefined)
        return { value: comparable(o.minimum), exclusive: false, text: `≥ ${String(o.minimum)}` };
    return undefined;
}
function upperBound(property) {
    const o = property.options;
    if (o.exclusiveMaximum !== undefined && comparable(o.exclusiveMaximum) !== undefined)
        return { value: comparable(o.exclusiveMaximum), exclusive: true, text: `< ${String(o.exclusiveMaximum)}` };
    if (o.maximum !== undefined && comparable(o.maximum) !== undefined)
        return { value: comparable(o.maximum), exclusive: false, text: `≤ ${String(o.maximum)}` };
    return undefined;
}
/** -1 looser, 0 same, 1 tighter, for a lower bound (`upper` flips the direction). */
function compareBound(before, after, upper) {
    if (!before && !after)
        return 0;
    if (!before)
        return 1;
    if (!after)
        return -1;
    const sign = upper ? -1 : 1;
    if (before.value !== after.value)
        return (after.value > before.value ? 1 : -1) * sign;
    if (before.exclusive !== after.exclusive)
        return after.exclusive ? 1 : -1;
    return 0;
}
function tightenOrLoosen(emit, kind, object, property, direction, before, after) {
    if (direction === 0)
        return;
    if (direction > 0) {
        emit({ change: `${kind}-tightened`, object, property: property.name, consumer: 'info', producer: 'error', message: `${kind} tightened from ${before} to ${after}: data valid before may now fail`, before, after, location: property.location, evidenceCheck: kind });
    }
    else {
        emit({ change: `${kind}-loosened`, object, property: property.name, consumer: 'warning', producer: 'info', message: `${kind} loosened from ${before} to ${after}: readers may now see values outside the old bounds`, before, after, location: property.location });
    }
}
function compareProperties(emit, object, old, next) {
    const at = { object, property: next.name, location: next.location };
    if (old.name !== next.name || old.column !== next.column) {
        emit({ change: 'property-renamed', ...at, consumer: 'error', producer: 'error', message: `"${old.column}" is now "${next.column}" (same id ${next.id ?? ''}): readers and writers of the old name break`, before: old.column, after: next.column });
    }
    const oldType = typeOf(old);
    const newType = typeOf(next);
    if (oldType !== newType) {
        const widening = oldType !== undefined && newType !== undefined && WIDENINGS.some(([from, to]) => from === oldType && to === newType);
        const narrowing = oldType !== undefined && newType !== undefined && WIDENINGS.some(([from, to]) => from === newType && to === oldType);
        const [consumer, producer] = widening ? ['warning', 'info'] : narrowing ? ['info', 'error'] : ['error', 'error'];
        const how = widening ? 'widened' : narrowing ? 'narrowed' : 'changed';
        emit({ change: 'type-changed', ...at, consumer, producer, message: `type ${how} from ${oldType ?? 'none'} to ${newType ?? 'none'}`, before: oldType, after: newType, evidenceCheck: narrowing ? 'type' : undefined });
    }
    else if ((old.physicalType ?? '') !== (next.physicalType ?? '')) {
        emit({ change: 'type-changed', ...at, consumer: 'warning', producer: 'warning', message: `physicalType changed from ${old.physicalType ?? 'none'} to ${next.physicalType ?? 'none'}`, before: old.physicalType, after: next.physicalType });
    }
    if (old.required !== next.required) {
        emit(next.required
            ? { change: 'required-changed', ...at, consumer: 'info', producer: 'error', message: 'now required: rows without a value no longer pass', before: false, after: true, evidenceCheck: 'required' }
            : { change: 'required-changed', ...at, consumer: 'error', producer: 'info', message: 'no longer required: readers may now get empty values', before: true, after: false });
    }
    if (old.unique !== next.unique) {
        emit(next.unique
            ? { change: 'unique-changed', ...at, consumer: 'info', producer: 'error', message: 'now unique: repeated values no longer pass', before: false, after: true, evidenceCheck: 'unique' }
            : { change: 'unique-changed', ...at, consumer: 'error', producer: 'info', message: 'no longer unique: joins and de-duplication that rely on it break', before: true, after: false });
    }
    if (old.primaryKey !== next.primaryKey || (old.primaryKey && old.primaryKeyPosition !== next.primaryKeyPosition)) {
        emit(next.primaryKey && !old.primaryKey
            ? { change: 'primary-key-changed', ...at, consumer: 'info', producer: 'error', message: 'now part of the primary key', before: false, after: true, evidenceCheck: 'primary-key' }
            : !next.primaryKey
                ? { change: 'primary-key-changed', ...at, consumer: 'error', producer: 'info', message: 'no longer part of the primary key', before: true, after: false }
                : { change: 'primary-key-changed', ...at, consumer: 'error', producer: 'error', message: `primary key position moved from ${old.primaryKeyPosition} to ${next.primaryKeyPosition}`, before: old.primaryKeyPosition, after: next.primaryKeyPosition });
    }
    const oldAllowed = allowedValues(old);
    const newAllowed = allowedValues(next);
    if (oldAllowed && newAllowed) {
        const removed = oldAllowed.values.filter((value) => !newAllowed.values.includes(value));
        const added = newAllowed.values.filter((value) => !oldAllowed.values.includes(value));
        if (removed.length)
            emit({ change: 'allowed-values-removed', ...at, consumer: 'info', producer: 'error', message: `allowed values removed: ${removed.join(', ')}`, before: oldAllowed.values, after: newAllowed.values, evidenceCheck: 'allowed-values' });
        if (added.length)
            emit({ change: 'allowed-values-added', ...at, consumer: 'warning', producer: 'info', message: `allowed values added: ${added.join(', ')} (exhaustive handling downstream may miss them)`, before: oldAllowed.values, after: newAllowed.values });
    }
    else if (!oldAllowed && newAllowed) {
        emit({ change: 'allowed-values-removed', ...at, consumer: 'info', producer: 'error', message: `values now limited to ${newAllowed.values.join(', ')}`, after: newAllowed.values, evidenceCheck: 'allowed-values' });
    }
    else if (oldAllowed && !newAllowed) {
        emit({ change: 'allowed-values-added', ...at, consumer: 'warning', producer: 'info', message: 'the list of allowed values was dropped: any value may now appear', before: oldAllowed.values });
    }
    const oldLow = lowerBound(old);
    const newLow = lowerBound(next);
    const oldHigh = upperBound(old);
    const newHigh = upperBound(next);
    const low = compareBound(oldLow, newLow, false);
    const high = compareBound(oldHigh, newHigh, true);
    const rangeText = (lowBound, highBound) => [lowBound?.text, highBound?.text].filter(Boolean).join(' and ') || 'unbounded';
    if (low > 0 || high > 0)
        tightenOrLoosen(emit, 'range', object, next, 1, rangeText(oldLow, oldHigh), rangeText(newLow, newHigh));
    else if (low < 0 || high < 0)
        tightenOrLoosen(emit, 'range', object, next, -1, rangeText(oldLow, oldHigh), rangeText(newLow, newHigh));
    const lengthCompare = (a, b, upper = false) => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : (b > a ? 1 : -1) * (upper ? -1 : 1));
    const minLength = lengthCompare(old.options.minLength, next.options.minLength);
    const maxLength = lengthCompare(old.options.maxLength, next.options.maxLength, true);
    const lengthText = (p) => `minLength ${p.options.minLength ?? '–'}, maxLength ${p.options.maxLength ?? '–'}`;
    if (minLength > 0 || maxLength > 0)
        tightenOrLoosen(emit, 'length', object, next, 1, lengthText(old), lengthText(next));
    else if (minLength < 0 || maxLength < 0)
        tightenOrLoosen(emit, 'length', object, next, -1, lengthText(old), lengthText(next));
    for (const key of ['pattern', 'format', 'multipleOf']) {
        const before = old.options[key];
        const after = next.options[key];
        if (before === after)
            continue;
        const change = key === 'pattern' ? 'pattern-changed' : key === 'format' ? 'format-changed' : 'range-tightened';
        const check = key === 'multipleOf' ? 'multiple-of' : key;
        if (after === undefined)
            emit({ change, ...at, consumer: 'warning', producer: 'info', message: `${key} ${JSON.stringify(before)} dropped: readers may now see values it rejected`, before, after });
        else
            emit({ change, ...at, consumer: before === undefined ? 'info' : 'warning', producer: 'error', message: `${key} ${before === undefined ? 'added' : `changed from ${JSON.stringify(before)}`} to ${JSON.stringify(after)}`, before, after, evidenceCheck: check });
    }
    if ((old.classification ?? '') !== (next.classification ?? '')) {
        emit({ change: 'classification-changed', ...at, consumer: 'error', producer: 'info', message: `classification changed from ${old.classification ?? 'none'} to ${next.classification ?? 'none'}: access rules and redaction downstream depend on it`, before: old.classification, after: next.classification });
    }
    compareQuality(emit, object, next.name, old.quality, next.quality, next.location);
}
function ruleKey(rule) {
    return rule.id ?? `${rule.type}:${rule.metric}:${JSON.stringify(rule.arguments['properties'] ?? '')}`;
}
function compareQuality(emit, object, property, before, after, fallback) {
    const afterByKey = new Map(after.map((rule) => [ruleKey(rule), rule]));
    const beforeKeys = new Set(before.map(ruleKey));
    for (const rule of before) {
        const next = afterByKey.get(ruleKey(rule));
        const name = rule.id ?? rule.name ?? rule.metric ?? rule.type;
        if (!next) {
            emit({ change: 'quality-removed', object, property, consumer: 'warning', producer: 'info', message: `quality rule ${name} removed`, location: fallback });
        }
        else if (JSON.stringify(strip(rule.raw)) !== JSON.stringify(strip(next.raw))) {
            emit({ change: 'quality-changed', object, property, consumer: 'warning', producer: 'warning', message: `quality rule ${name} changed`, before: strip(rule.raw), after: strip(next.raw), location: next.location });
        }
    }
    for (const rule of after) {
        if (beforeKeys.has(ruleKey(rule)))
            continue;
        const name = rule.id ?? rule.name ?? rule.metric ?? rule.type;
        // A new allowed-values rule is reported as such above.
        if (Array.isArray(rule.arguments['validValues']))
            continue;
        emit({ change: 'quality-added', object, property, consumer: 'info', producer: 'warning', message: `quality rule ${name} added`, location: rule.location });
    }
}
/** What a rule checks, without its prose and without allowed values (reported as changes of their own). */
function strip(raw) {
    const { description: _description, name: _name, tags: _tags, validValues: _validValues, ...rest } = raw;
    const args = rest['arguments'];
    if (args && typeof args === 'object' && !Array.isArray(args)) {
        const { validValues: _values, ...otherArguments } = args;
        rest['arguments'] = otherArguments;
    }
    return rest;
}
function compareObjects(emit, old, next) {
    if (old && !next) {
        emit({ change: 'object-removed', object: old.name, consumer: 'error', producer: 'info', message: `schema object "${old.name}" removed` });
        return;
    }
    if (!old && next) {
        emit({ change: 'object-added', object: next.name, consumer: 'info', producer: 'info', message: `schema object "${next.name}" added`, location: next.location });
        return;
    }
    const a = old;
    const b = next;
    if ((a.physicalName ?? a.name) !== (b.physicalName ?? b.name)) {
        emit({ change: 'object-renamed', object: b.name, consumer: 'error', producer: 'error', message: `schema object "${a.physicalName ?? a.name}" is now "${b.physicalName ?? b.name}"`, location: b.location });
    }
    for (const [oldProperty, newProperty] of matchBy(a.properties, b.properties)) {
        if (oldProperty && !newProperty) {
            emit({ change: 'property-removed', object: b.name, property: oldProperty.name, consumer: 'error', producer: 'info', message: `property "${oldProperty.name}" removed: readers that use it break`, location: b.location });
        }
        else if (!oldProperty && newProperty) {
            emit(newProperty.required || newProperty.primaryKey
                ? { change: 'property-added', object: b.name, property: newProperty.name, consumer: 'info', producer: 'error', message: `required property "${newProperty.name}" added: existing data lacks it`, location: newProperty.location, evidenceCheck: 'column-present' }
                : { change: 'property-added', object: b.name, property: newProperty.name, consumer: 'info', producer: 'info', message: `optional property "${newProperty.name}" added`, location: newProperty.location });
        }
        else {
            compareProperties(emit, b.name, oldProperty, newProperty);
        }
    }
    compareQuality(emit, b.name, undefined, a.quality, b.quality, b.location);
}
function compareContracts(before, after, objects = []) {
    const changes = [];
    const emit = ({ evidenceCheck, ...change }) => {
        const entry = { ...change, breaking: change.consumer === 'error' || change.producer === 'error' };
        if (evidenceCheck) {
            const evidence = findEvidence(objects, change.object, change.property, after, evidenceCheck);
            if (evidence)
                entry.evidence = evidence;
        }
        changes.push(entry);
    };
    for (const [old, next] of matchBy(before.objects, after.objects))
        compareObjects(emit, old, next);
    const slaKey = (sla) => `${sla.property.toLowerCase()} ${sla.element ?? ''}`;
    const oldSla = new Map(before.sla.map((sla) => [slaKey(sla), sla]));
    for (const sla of after.sla) {
        const old = oldSla.get(slaKey(sla));
        if (old && (old.value !== sla.value || old.unit !== sla.unit)) {
            changes.push({ change: 'sla-changed', consumer: 'warning', producer: 'warning', breaking: false, message: `${sla.property} on ${sla.element ?? 'the contract'} changed from ${String(old.value)}${old.unit ?? ''} to ${String(sla.value)}${sla.unit ?? ''}`, before: old.value, after: sla.value, location: sla.location });
        }
    }
    const serverKey = (server) => `${server.type}:${server.path ?? ''}:${server.format ?? ''}`;
    const oldServers = new Set(before.servers.map(serverKey));
    for (const server of after.servers) {
        if (!oldServers.has(serverKey(server)) && before.servers.length > 0) {
            changes.push({ change: 'server-changed', consumer: 'warning', producer: 'warning', breaking: false, message: `server ${server.server ?? server.type} now points at ${server.path ?? server.type}${server.format ? ` (${server.format})` : ''}`, location: after.source.locate(server.pointer) });
        }
    }
    return changes;
}
/** The PR's data checked by the new, tighter rule: the new contract's own check result. */
function findEvidence(objects, object, property, after, check) {
    const report = objects.find((o) => o.name === object);
    if (!report)
        return undefined;
    const column = after.objects.find((o) => o.name === object)?.properties.find((p) => p.name === property)?.column ?? property;
    const result = report.checks.find((c) => c.check === check && (c.column === column || c.columns?.includes(column ?? '')));
    if (!result)
        return undefined;
    const count = check === 'column-present' ? (result.result === 'passed' ? 0 : report.rows) : (result.count ?? 0);
    const rule = check === 'column-present' ? 'the new column' : `the new ${check} rule`;
    return {
        count,
        rows: report.rows,
        message: count > 0 ? `${count} of ${report.rows} rows in ${report.file} already violate ${rule}.` : `All ${report.rows} rows in ${report.file} satisfy ${rule}.`,
        ...(result.samples?.length ? { samples: result.samples } : {}),
    };
}

// EXTERNAL MODULE: ./src/validate-data/drift-step.ts
var drift_step = __webpack_require__(5725);
// EXTERNAL MODULE: ./src/shared/inputs.ts
var inputs = __webpack_require__(93876);
;// CONCATENATED MODULE: ./src/validate-data/inputs.ts
/** The inputs validate-data declares; action.yml says the same (a test checks they agree). */

const DRIFT_METHODS = ['auto', 'ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi'];
const validateDataInputs = {
    'contract': inputs/* input */.hF.string({ required: true }),
    'data': inputs/* input */.hF.string(),
    'reference': inputs/* input */.hF.string(),
    'profile-out': inputs/* input */.hF.string(),
    'base-contract': inputs/* input */.hF.string(),
    'fail-on': inputs/* input */.hF.choice(['error', 'warning', 'never'], { defaulted: true }),
    'max-annotations': inputs/* input */.hF.integer({ defaulted: true, min: 0 }),
    'samples': inputs/* input */.hF.integer({ defaulted: true, min: 0, max: 100 }),
    'report': inputs/* input */.hF.string(),
    'junit': inputs/* input */.hF.string(),
    'extra-columns': inputs/* input */.hF.choice(['allow', 'warn', 'fail'], { defaulted: true }),
    'missing-columns': inputs/* input */.hF.choice(['fail', 'optional'], { defaulted: true }),
    'missing-values': inputs/* input */.hF.string({ defaulted: true }),
    'delimiter': inputs/* input */.hF.string(),
    'quote': inputs/* input */.hF.string({ defaulted: true }),
    'header': inputs/* input */.hF.boolean({ defaulted: true }),
    'drift-method': inputs/* input */.hF.choice(DRIFT_METHODS, { defaulted: true }),
    'drift-threshold': inputs/* input */.hF.number({ min: 0 }),
    'drift-share': inputs/* input */.hF.number({ defaulted: true, min: 0, max: 1 }),
    'drift-columns': inputs/* input */.hF.list(),
    'token': inputs/* input */.hF.string({ secret: true }),
};
const validateDataOutputs = ['passed', 'errors', 'warnings', 'rows', 'report', 'breaking-changes', 'drifted-columns', 'dataset-drift', 'profile'];

;// CONCATENATED MODULE: ./src/validate-data/junit.ts
function xml(text) {
    // Characters XML 1.0 cannot hold at all are dropped; the rest are escaped.
    return String(text ?? '')
        .replace(/[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
        .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
}
function renderJUnit(report) {
    const suites = [];
    let tests = 0;
    let failures = 0;
    let errors = 0;
    for (const object of report.objects) {
        const cases = [];
        let suiteFailures = 0;
        let suiteErrors = 0;
        for (const check of object.checks) {
            const name = `${check.check}${check.column ? ` ${check.column}` : check.columns ? ` ${check.columns.join(',')}` : ''}`;
            const samples = (check.samples ?? []).map((s) => `${s.line !== undefined ? `line ${s.line}: ` : ''}${s.redacted ? '(redacted)' : (s.value ?? '(missing)')}`).join('\n');
            const body = `${check.message}${samples ? `\n${samples}` : ''}`;
            let inner = '';
            // Warnings fail the test case only when they fail the step; otherwise they are passing cases with output.
            if (check.result === 'failed' || (check.result === 'warning' && report.fail_on === 'warning')) {
                suiteFailures++;
                inner = `<failure message="${xml(check.message)}" type="${check.result}">${xml(body)}</failure>`;
            }
            else if (check.result === 'error') {
                suiteErrors++;
                inner = `<error message="${xml(check.message)}" type="error">${xml(body)}</error>`;
            }
            else if (check.result === 'warning') {
                inner = `<system-out>${xml(`warning: ${body}`)}</system-out>`;
            }
            cases.push(`    <testcase classname="${xml(`${object.name}`)}" name="${xml(name)}" file="${xml(object.file)}">${inner}</testcase>`);
        }
        tests += object.checks.length;
        failures += suiteFailures;
        errors += suiteErrors;
        suites.push(`  <testsuite name="${xml(`${object.name} (${object.file})`)}" tests="${object.checks.length}" failures="${suiteFailures}" errors="${suiteErrors}">\n${cases.join('\n')}\n  </testsuite>`);
    }
    if (report.breaking_changes.length) {
        const cases = report.breaking_changes.map((change) => {
            const name = `${change.change} ${[change.object, change.property].filter(Boolean).join('.')}`;
            const failing = change.breaking && !report.base_contract?.major_bumped;
            if (failing)
                failures++;
            tests++;
            return `    <testcase classname="contract-changes" name="${xml(name)}">${failing ? `<failure message="${xml(change.message)}" type="breaking-change">${xml(change.evidence?.message ?? change.message)}</failure>` : ''}</testcase>`;
        });
        suites.push(`  <testsuite name="contract changes" tests="${cases.length}" failures="${cases.filter((c) => c.includes('<failure')).length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`);
    }
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="validate-data" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`;
}

;// CONCATENATED MODULE: ./src/validate-data/outcome.ts
function countVerdict(objects, changes, majorBumped, drift, failOn) {
    let errors = 0;
    let warnings = 0;
    for (const object of objects) {
        for (const check of object.checks) {
            if (check.result === 'failed' || check.result === 'error')
                errors++;
            else if (check.result === 'warning')
                warnings++;
        }
    }
    for (const change of changes) {
        if (change.breaking && !majorBumped)
            errors++;
        else if (change.breaking || change.consumer === 'warning' || change.producer === 'warning')
            warnings++;
    }
    if (drift) {
        // Each drifted schema object is a warning of its own.
        warnings += drift.objects ? drift.objects.filter((object) => object.drifted).length : drift.drifted ? 1 : 0;
        warnings += drift.unseen_categories.length;
    }
    const passed = errors === 0 && (failOn !== 'warning' || warnings === 0);
    return { errors, warnings, passed };
}
function checkTitle(object, check) {
    const where = check.column ?? check.columns?.join(', ');
    return `${check.check} · ${object.name}${where ? `.${where}` : ''}`;
}
/** One annotation per check that did not pass: at the first bad line of a text file, else at the contract. */
function annotateChecks(objects, budget) {
    for (const object of objects) {
        const hasLines = object.format !== 'parquet' && object.format !== 'json';
        for (const check of object.checks) {
            if (check.result === 'passed')
                continue;
            const firstLine = check.samples?.find((sample) => sample.line !== undefined)?.line;
            const location = hasLines && firstLine !== undefined ? { file: object.file, line: firstLine } : (check.contract_location ?? { file: object.file });
            const shown = (check.samples ?? [])
                .slice(0, 3)
                .map((sample) => `${sample.line !== undefined ? `${hasLines ? 'line' : 'row'} ${sample.line}` : ''}${sample.redacted ? ' (redacted)' : sample.value === null ? ' (missing)' : `: ${JSON.stringify(sample.value.slice(0, 80))}`}`)
                .join('; ');
            budget.add({
                level: check.result === 'warning' ? 'warning' : 'error',
                title: checkTitle(object, check),
                message: `${check.message}${check.percent !== undefined && check.count ? ` (${check.percent}% of ${object.rows} rows)` : ''}${shown ? `. ${shown}` : ''}`,
                location,
            });
        }
    }
}
function annotateChanges(changes, majorBumped, budget) {
    for (const change of changes) {
        if (!change.breaking && change.consumer !== 'warning' && change.producer !== 'warning')
            continue;
        budget.add({
            level: change.breaking && !majorBumped ? 'error' : 'warning',
            title: `contract change: ${change.change}`,
            message: `${change.message}${change.evidence ? ` ${change.evidence.message}` : ''}`,
            location: change.location,
        });
    }
}

;// CONCATENATED MODULE: ./src/validate-data/report-types.ts
const REPORT_FORMAT = 'ml-actions/validation-report@1';

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(42377);
;// CONCATENATED MODULE: ./src/validate-data/sources.ts
/** Which file holds each schema object's data: the `data` input, or the contract's local server. */




function shown(path, workspace) {
    const relativePath = (0,external_node_path_.relative)(workspace, path);
    return relativePath.startsWith('..') || (0,external_node_path_.isAbsolute)(relativePath) ? path : relativePath.split('\\').join('/');
}
async function expand(pattern, workspace, input) {
    if (!/[*?[{]/.test(pattern))
        return [(0,external_node_path_.isAbsolute)(pattern) ? pattern : (0,external_node_path_.resolve)(workspace, pattern)];
    const globber = await glob/* create */.v((0,external_node_path_.isAbsolute)(pattern) ? pattern : (0,external_node_path_.resolve)(workspace, pattern), { matchDirectories: false });
    const files = (await globber.glob()).sort();
    if (files.length === 0)
        throw new errors/* ConfigurationError */.j1(input, `matches no file: ${pattern}`);
    return files;
}
function findObject(contract, name, input) {
    const object = contract.objects.find((o) => o.name === name || o.physicalName === name);
    if (!object)
        throw new errors/* ConfigurationError */.j1(input, `names schema object "${name}", which ${contract.file} does not declare (it has ${contract.objects.map((o) => o.name).join(', ') || 'none'})`);
    return object;
}
/** `name: path` lines, told apart from one plain path by their names being schema objects. */
function parseMapping(raw, contract, workspace) {
    const lines = raw.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
    const pairs = lines.map((line) => /^([^:=\s][^:=]*?)\s*[:=]\s*(.+)$/.exec(line));
    if (pairs.some((pair) => pair === null))
        return undefined;
    const names = new Set(contract.objects.flatMap((o) => [o.name, o.physicalName].filter(Boolean)));
    // One line that names no schema object may still be a path with a colon in it.
    if (lines.length === 1 && !names.has(pairs[0][1]) && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(workspace, lines[0])))
        return undefined;
    return pairs.map((pair) => [pair[1], pair[2].trim()]);
}
async function resolveSources(contract, contractPath, data, workspace) {
    const sources = [];
    const add = async (object, pattern, input) => {
        for (const path of await expand(pattern, workspace, input))
            sources.push({ object, path, shownAs: shown(path, workspace) });
    };
    if (data && data.trim() !== '') {
        const mapping = parseMapping(data, contract, workspace);
        if (mapping) {
            for (const [name, path] of mapping)
                await add(findObject(contract, name, 'data'), path, 'data');
            return sources;
        }
        if (contract.objects.length !== 1) {
            throw new errors/* ConfigurationError */.j1('data', `gives one path, but ${contract.file} has ${contract.objects.length} schema objects: give \`name: path\` lines, one per object (${contract.objects.map((o) => o.name).join(', ')})`);
        }
        for (const pattern of data.split('\n').map((line) => line.trim()).filter(Boolean))
            await add(contract.objects[0], pattern, 'data');
        return sources;
    }
    const local = contract.servers.filter((server) => server.type === 'local' && server.path);
    if (local.length === 0) {
        throw new errors/* UserError */.yo(`No data to check: set the \`data\` input, or give ${contract.file} a server of type local with a path`, contract.source.locate(''));
    }
    const server = local[0];
    if (contract.objects.length !== 1) {
        throw new errors/* ConfigurationError */.j1('data', `is needed: ${contract.file} has ${contract.objects.length} schema objects and one local server; give \`name: path\` lines`);
    }
    // ODCS says the path is relative or absolute; relative to the workspace, or else to the contract's folder.
    let pattern = server.path;
    if (!(0,external_node_path_.isAbsolute)(pattern) && !/[*?[{]/.test(pattern) && !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(workspace, pattern))) {
        const besideContract = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(contractPath), pattern);
        if ((0,external_node_fs_.existsSync)(besideContract))
            pattern = besideContract;
    }
    await add(contract.objects[0], pattern, 'data');
    return sources;
}

// EXTERNAL MODULE: ./src/validate-data/summary.ts
var summary = __webpack_require__(21909);
// EXTERNAL MODULE: ./src/tabular/index.ts + 3 modules
var tabular = __webpack_require__(27539);
// EXTERNAL MODULE: ./src/validate-data/object-validator.ts + 5 modules
var object_validator = __webpack_require__(15276);
;// CONCATENATED MODULE: ./src/validate-data/validate.ts
/**
 * Runs a contract's checks over the data files of a schema object: one streaming pass per file, every batch
 * handed to the object's validator and to whoever else watches (the profile and drift accumulators).
 */



// Small batches die young: far less garbage-collector work than batches that outlive a scavenge.
const BATCH_ROWS = 1024;
/**
 * Checks every file of one schema object. Each file gets its own report, but uniqueness and keys are
 * counted across all of them, so a value repeated in another file is a duplicate too; those checks
 * finish only after the last file is read.
 */
async function validateObjectFiles(contract, sources, options, read, watch) {
    const counters = new Map();
    const files = sources.map((source) => source.shownAs);
    const done = [];
    for (const [index, source] of sources.entries()) {
        const format = (0,tabular/* detectFormat */.Tz)(source.shownAs);
        const validator = new object_validator/* ObjectValidator */.ol(source.object, contract, { ...options, locator: format === 'parquet' || format === 'json' ? 'row' : 'line', uniqueness: { counters, source: index, files } });
        validator.isDelimited = format === 'csv' || format === 'tsv';
        done.push({ source, validator, format, columns: await readInto(source, validator, format, read, watch) });
    }
    return done.map(({ source, validator, format, columns }) => ({ name: source.object.name, file: source.shownAs, format, rows: validator.rows, columns, checks: validator.finish(), path: source.path }));
}
async function readInto(source, validator, format, read, watch) {
    let columns = [];
    try {
        for await (const batch of (0,tabular/* readColumnBatches */.Fi)(source.path, { batchSize: BATCH_ROWS, format, delimiter: read.delimiter, quote: read.quote, header: read.header, onIssue: (issue) => validator.noteIssue(issue) })) {
            columns = batch.columns;
            validator.add(batch);
            watch?.(source.object, batch);
        }
    }
    catch (error) {
        // The reader names the path on disk; the report names the file as the user wrote it.
        if (error instanceof errors/* UserError */.yo) {
            throw new errors/* UserError */.yo(error.message.split(source.path).join(source.shownAs), { ...(error.location ?? {}), file: source.shownAs });
        }
        throw error;
    }
    return columns;
}
/** One file checked alone. */
async function validateObject(contract, source, options, read, watch) {
    return (await validateObjectFiles(contract, [source], options, read, watch))[0];
}

;// CONCATENATED MODULE: ./src/validate-data/action.ts
/**
 * validate-data: checks data files against an Open Data Contract, compares the contract with the
 * base branch's for breaking changes, and measures drift against a reference.
 */


















function readContract(path, shownAs, budget) {
    try {
        return (0,contract/* readContractFile */.J_)(path, shownAs);
    }
    catch (error) {
        // Every problem gets its own annotation at its line; the step then fails with all of them listed.
        if (error instanceof contract/* ContractError */.Vl) {
            for (const problem of error.problems)
                budget.add({ level: 'error', title: 'data contract', message: problem.message, location: problem.location });
            budget.finish();
        }
        throw error;
    }
}
/** Sources by schema object, in the contract's order of first appearance. */
function groupByObject(sources) {
    const groups = new Map();
    for (const source of sources) {
        const files = groups.get(source.object);
        if (files)
            files.push(source);
        else
            groups.set(source.object, [source]);
    }
    return groups;
}
function shownPath(input) {
    return input.replace(/^\.\//, '');
}
/* harmony default export */ const validate_data_action = ((0,action/* defineAction */.QP)({
    name: 'validate-data',
    inputs: validateDataInputs,
    outputs: validateDataOutputs,
    async run({ inputs, run, setOutput }) {
        const workspace = run.workspace;
        const budget = new log/* AnnotationBudget */.TL(inputs['max-annotations']);
        const contractPath = (0,files/* resolveInWorkspace */.z1)(inputs.contract, workspace);
        const contract = readContract(contractPath, shownPath(inputs.contract), budget);
        const missingTokens = inputs['missing-values'].split(',').map((token) => token.trim()).filter((token) => token !== '');
        const read = { delimiter: inputs.delimiter === undefined ? undefined : inputs.delimiter.replace(/^\\t$/, '\t'), quote: inputs.quote, header: inputs.header };
        if (read.delimiter !== undefined && read.delimiter.length !== 1)
            throw new errors/* ConfigurationError */.j1('delimiter', `must be one character (\\t for tab), got "${inputs.delimiter}"`);
        const sources = await resolveSources(contract, contractPath, inputs.data, workspace);
        // The base contract first: a bad token or a missing permission should fail before minutes of reading.
        const base = await (0,log/* group */.Os)('Base contract', () => loadBaseContract({ input: inputs['base-contract'], resolvedInput: inputs['base-contract'] ? (0,files/* resolveInWorkspace */.z1)(inputs['base-contract'], workspace) : undefined, contractPath, run, token: inputs.token }));
        // Each schema object's files are checked together (uniqueness spans them) and profiled together.
        const groups = groupByObject(sources);
        const wantsProfile = Boolean(inputs.reference || inputs['profile-out']);
        const profileOptions = { missingTokens: new Set(['', ...missingTokens]) };
        const builders = new Map();
        const objects = [];
        for (const [object, files] of groups) {
            const builder = wantsProfile ? new profile/* ProfileBuilder */.bZ(profileOptions) : undefined;
            if (builder)
                builders.set(object, builder);
            const reports = await (0,log/* group */.Os)(`Checking ${files.map((file) => file.shownAs).join(', ')} against ${object.name}`, () => validateObjectFiles(contract, files, { samples: inputs.samples, missingTokens, extraColumns: inputs['extra-columns'], missingColumns: inputs['missing-columns'], temp: run.temp, now: Date.now() }, read, builder ? (_, batch) => builder.addColumns(batch.columns, batch.data, batch.length) : undefined));
            for (const report of reports) {
                core/* info */.pq(`${report.file}: ${report.rows} rows, ${report.checks.filter((c) => c.result !== 'passed').length} of ${report.checks.length} checks not passed`);
                objects.push(report);
            }
        }
        let changes = [];
        let baseInfo;
        if (base && 'contract' in base) {
            changes = compareContracts(base.contract, contract, objects);
            baseInfo = { source: base.source, version: base.contract.version, major_bumped: isMajorBump(base.contract.version, contract.version) };
        }
        else if (base && 'missing' in base) {
            core/* info */.pq(`${base.missing} does not exist on the base branch: a new contract, nothing to compare.`);
        }
        const profiles = [...builders].map(([object, builder]) => ({ object: object.name, profile: builder.build((0,drift_step/* declaredKinds */.MM)(object).kinds, groups.get(object).map((file) => file.shownAs).join(', ')) }));
        const currentProfile = profiles.length > 0 ? (0,profile/* combineProfiles */.yY)(profiles) : undefined;
        let drift;
        if (inputs.reference && builders.size > 0) {
            const referenceShown = shownPath(inputs.reference);
            const driftOptions = { method: inputs['drift-method'], threshold: inputs['drift-threshold'], driftShare: inputs['drift-share'], columns: inputs['drift-columns'] };
            drift = await (0,log/* group */.Os)('Drift', async () => {
                const references = await (0,drift_step/* loadReferences */.dp)((0,files/* resolveInWorkspace */.z1)(inputs.reference, workspace), referenceShown, [...builders.keys()], { missingTokens: profileOptions.missingTokens, read });
                return (0,drift_step/* mergeDrift */.eh)(references.map(({ object, reference }) => (0,drift_step/* driftReport */.CP)({ ...reference, shownAs: referenceShown }, builders.get(object).summaries(), object, driftOptions)));
            });
        }
        const majorBumped = baseInfo?.major_bumped ?? false;
        const verdict = countVerdict(objects, changes, majorBumped, drift, inputs['fail-on']);
        const rows = objects.reduce((total, object) => total + object.rows, 0);
        const truncated = objects.some((object) => object.checks.some((check) => (check.samples?.length ?? 0) < (check.count ?? 0) && check.result !== 'passed'));
        const report = {
            format: REPORT_FORMAT,
            passed: verdict.passed,
            errors: verdict.errors,
            warnings: verdict.warnings,
            rows,
            fail_on: inputs['fail-on'],
            generated_at: new Date().toISOString(),
            contract: { path: shownPath(inputs.contract), id: contract.id, version: contract.version, api_version: contract.apiVersion, ...(contract.name ? { name: contract.name } : {}) },
            objects: objects.map(({ path: _path, ...object }) => object),
            breaking_changes: changes,
            ...(baseInfo ? { base_contract: baseInfo } : {}),
            ...(drift ? { drift } : {}),
            ...(truncated ? { truncated: { samples_per_check: inputs.samples } } : {}),
        };
        annotateChecks(objects, budget);
        annotateChanges(changes, majorBumped, budget);
        const leftOut = budget.dropped;
        budget.finish();
        // Files are written whole or not at all, and only once every check has run.
        const reportPath = inputs.report ? (0,files/* resolveInWorkspace */.z1)(inputs.report, workspace) : (0,external_node_path_.join)(run.temp, 'validation-report.json');
        (0,files/* writeFileAtomic */.Zf)(reportPath, `${JSON.stringify(report, null, 2)}\n`);
        if (inputs.junit)
            (0,files/* writeFileAtomic */.Zf)((0,files/* resolveInWorkspace */.z1)(inputs.junit, workspace), renderJUnit(report));
        let profilePath;
        if (inputs['profile-out'] && currentProfile) {
            profilePath = (0,files/* resolveInWorkspace */.z1)(inputs['profile-out'], workspace);
            (0,files/* writeFileAtomic */.Zf)(profilePath, `${JSON.stringify(currentProfile)}\n`);
        }
        await core/* summary */.z.addRaw((0,summary/* renderSummary */.B)(report, { annotationsLeftOut: leftOut })).write();
        const breaking = changes.filter((change) => change.breaking).length;
        setOutput('passed', verdict.passed);
        setOutput('errors', verdict.errors);
        setOutput('warnings', verdict.warnings);
        setOutput('rows', rows);
        setOutput('report', reportPath);
        setOutput('breaking-changes', breaking);
        setOutput('drifted-columns', drift?.drifted_columns ?? 0);
        setOutput('dataset-drift', drift?.drifted ?? false);
        setOutput('profile', profilePath ?? '');
        if (!verdict.passed && inputs['fail-on'] !== 'never') {
            const parts = [`${verdict.errors} ${verdict.errors === 1 ? 'error' : 'errors'}`];
            if (inputs['fail-on'] === 'warning')
                parts.push(`${verdict.warnings} ${verdict.warnings === 1 ? 'warning' : 'warnings'}`);
            if (breaking && !majorBumped)
                parts.push(`${breaking} breaking contract ${breaking === 1 ? 'change' : 'changes'} without a major version bump (${baseInfo?.version} → ${contract.version})`);
            throw new errors/* ActionFailed */.ij(`data contract ${contract.id} failed: ${parts.join(', ')}; see the job summary and ${reportPath}`);
        }
    },
}));


/***/ })

};
