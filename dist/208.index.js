export const id = 208;
export const ids = [208];
export const modules = {

/***/ 83208:
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
// EXTERNAL MODULE: ./src/shared/counts.ts
var counts = __webpack_require__(77341);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/files.ts
var files = __webpack_require__(38590);
// EXTERNAL MODULE: ./src/shared/input-file.ts
var input_file = __webpack_require__(22324);
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

// EXTERNAL MODULE: ./src/validate-data/relationships.ts
var relationships = __webpack_require__(93290);
// EXTERNAL MODULE: ./src/validate-data/values.ts
var validate_data_values = __webpack_require__(43883);
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
    return property.logicalType ?? (0,validate_data_values/* logicalTypeOfPhysical */.Ml)(property.physicalType);
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
        return (0,validate_data_values/* parseDate */._U)(value) ?? (0,validate_data_values/* parseTimestamp */.EH)(value) ?? (Number.isFinite(Number(value)) ? Number(value) : undefined);
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
function breaks(change, compatibility) {
    return (compatibility !== 'producer' && change.consumer === 'error') || (compatibility !== 'consumer' && change.producer === 'error');
}
function compareContracts(before, after, objects = [], compatibility = 'full') {
    const changes = [];
    const emit = ({ evidenceCheck, evidenceOf, ...change }) => {
        const entry = { ...change, breaking: breaks(change, compatibility) };
        if (evidenceCheck) {
            const evidence = findEvidence(objects, change.object, change.property, after, evidenceCheck, evidenceOf);
            if (evidence)
                entry.evidence = evidence;
        }
        changes.push(entry);
    };
    for (const [old, next] of matchBy(before.objects, after.objects))
        compareObjects(emit, old, next);
    compareRelationships(emit, before.relationships, after.relationships);
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
/** A foreign key by what it joins: objects and properties by id where they have one, else by name. */
function relationshipKey(relationship) {
    const side = (object, properties) => `${object.id ?? object.name}(${properties.map((p) => p.id ?? p.name).join(',')})`;
    const to = relationship.to ? side(relationship.to.object, relationship.to.properties) : relationship.written.to.join(',');
    return `${side(relationship.from.object, relationship.from.properties)}->${to}`;
}
function compareRelationships(emit, before, after) {
    const target = (relationship) => (relationship.to ? (0,relationships/* describeKey */.Rx)(relationship.to) : relationship.written.to.join(', '));
    const columns = (relationship) => relationship.from.properties.map((p) => p.name);
    const afterKeys = new Set(after.map(relationshipKey));
    const beforeKeys = new Set(before.map(relationshipKey));
    for (const relationship of before) {
        if (afterKeys.has(relationshipKey(relationship)))
            continue;
        const what = columns(relationship).join(', ');
        emit({ change: 'foreign-key-removed', object: relationship.from.object.name, property: what, consumer: 'warning', producer: 'info', message: `${what} no longer references ${target(relationship)}: readers may now get values with no match there`, before: target(relationship) });
    }
    for (const relationship of after) {
        if (beforeKeys.has(relationshipKey(relationship)))
            continue;
        const what = columns(relationship).join(', ');
        const dataColumns = relationship.from.properties.map((p) => p.column);
        emit({
            change: 'foreign-key-added',
            object: relationship.from.object.name,
            property: what,
            consumer: 'info',
            producer: 'error',
            message: `${what} now references ${target(relationship)}: rows whose value is not there no longer pass`,
            after: target(relationship),
            location: relationship.location,
            evidenceCheck: 'foreign-key',
            evidenceOf: (check) => check.expected === target(relationship) && JSON.stringify(check.columns ?? [check.column]) === JSON.stringify(dataColumns),
        });
    }
}
/** The PR's data checked by the new, tighter rule: the new contract's own check result. */
function findEvidence(objects, object, property, after, check, matches) {
    const report = objects.find((o) => o.name === object);
    if (!report)
        return undefined;
    const column = after.objects.find((o) => o.name === object)?.properties.find((p) => p.name === property)?.column ?? property;
    const result = report.checks.find((c) => c.check === check && (matches ? matches(c) : c.column === column || c.columns?.includes(column ?? '')));
    // A check that could not count (not run, or its columns absent) is no evidence either way.
    if (!result || (result.count === undefined && check !== 'column-present'))
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
    'compatibility': inputs/* input */.hF.choice(['full', 'consumer', 'producer'], { defaulted: true }),
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
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
;// CONCATENATED MODULE: ./src/validate-data/key-join.ts
/**
 * Exact foreign-key lookup in bounded memory: which referencing keys have no equal among the
 * referenced keys. Referenced keys are held as bytes in typed arrays (held-keys.ts); referencing keys
 * are looked up at once when the referenced side is complete and in memory, and otherwise wait as
 * records in a buffer. Both share one budget in bytes. Past it, the waiting keys go to hash-partitioned
 * temporary files (spill-files.ts) first, so that the referenced keys stay in memory as long as they
 * fit; past it again, the referenced keys go too. At the end, each partition of the referenced keys is
 * loaded alone (split again when too large) and the same partition of the referencing keys is streamed
 * past it, so the answer stays exact.
 *
 * Keys are numbers (one numeric column) or texts (one text column, or a composite key as JSON); a
 * number and a text are never equal. Referencing keys carry their file's index (`source`) and line.
 */








class KeyJoin {
    /** The referenced keys while they fit in memory. */
    held = new held_keys/* HeldKeys */.SV();
    sealed = false;
    /** Referencing keys that came before the referenced side was complete, while they fit in memory. */
    waiting = new spill_files/* RecordBuffer */.Cz();
    encoder = new key_bytes/* KeyEncoder */.s3();
    spillDir;
    referenced;
    referencing;
    splits = 0;
    shares = [];
    values = 0;
    result;
    memoryBytes;
    sampleLimit;
    temp;
    /** `memoryBytes`: most bytes the keys in memory may take, both sides together (default DEFAULT_MEMORY_BYTES). */
    constructor(options) {
        this.memoryBytes = options.memoryBytes ?? held_keys/* DEFAULT_MEMORY_BYTES */.S2;
        this.sampleLimit = options.samples;
        this.temp = options.temp ?? (0,external_node_os_.tmpdir)();
    }
    addReferenced(key) {
        if (this.sealed)
            throw new Error('referenced keys added after the referenced side was sealed');
        if (this.referenced) {
            this.held.write(this.referenced, key, 0);
            return;
        }
        if (this.held.placeOrAdd(key, 0, this.memoryBytes - this.waiting.bytes) !== held_keys/* FULL */.eW)
            return;
        // Referenced keys in memory let referencing keys be looked up as they stream past: the waiting ones make room first.
        if (this.waiting.bytes > 0) {
            this.spillWaiting();
            if (this.held.placeOrAdd(key, 0, this.memoryBytes) !== held_keys/* FULL */.eW)
                return;
        }
        this.referenced = new spill_files/* PartitionWriter */.UE(this.dir(), 'to-');
        this.held.spillTo(this.referenced);
        this.held.write(this.referenced, key, 0);
    }
    /** Every referenced key is in: referencing keys can be looked up as they come. */
    sealReferenced() {
        this.sealed = true;
    }
    addReferencing(key, line, source = 0) {
        this.values++;
        const share = this.share(source);
        share.values++;
        const place = (0,key_places/* placeOf */.$t)(source, line);
        if (this.sealed && !this.referenced) {
            if (!this.held.has(key))
                this.orphan(place, () => key);
            return;
        }
        const length = this.encoder.encode(key);
        const bytes = this.encoder.bytes;
        if (!this.referencing && this.held.bytes + this.waiting.bytes + this.waiting.growthFor(length) > this.memoryBytes)
            this.spillWaiting();
        if (this.referencing)
            this.referencing.add(bytes, 0, length, place);
        else
            this.waiting.add(bytes, 0, length, place);
    }
    finish() {
        this.result ??= this.join();
        return this.result;
    }
    /** Removes what went to disk, for a join whose result is not wanted. */
    discard() {
        try {
            this.referenced?.close();
            this.referencing?.close();
        }
        finally {
            if (this.spillDir)
                (0,external_node_fs_.rmSync)(this.spillDir, { recursive: true, force: true });
            this.held.release();
            this.waiting.release();
        }
    }
    share(source) {
        for (let index = this.shares.length; index <= source; index++)
            this.shares[index] = { values: 0, orphans: 0, samples: new earliest_samples/* EarliestSamples */.l(this.sampleLimit) };
        return this.shares[source];
    }
    orphan(place, key) {
        const share = this.share((0,key_places/* sourceAt */.Pf)(place));
        share.orphans++;
        if (share.samples.wants(place))
            share.samples.add(place, { key: key(), line: (0,key_places/* lineAt */.mh)(place) });
    }
    dir() {
        this.spillDir ??= (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(this.temp, 'validate-data-fk-'));
        return this.spillDir;
    }
    spillWaiting() {
        const writer = (this.referencing ??= new spill_files/* PartitionWriter */.UE(this.dir(), 'from-'));
        this.waiting.forEach((bytes, at, length, place) => writer.add(bytes, at, length, place));
        this.waiting.release();
    }
    join() {
        const spilled = this.spillDir !== undefined;
        try {
            if (!this.referenced) {
                // The referenced keys fit in memory: look up what waited, then whatever went to disk.
                const lookUp = (bytes, at, length, place) => {
                    if (!this.held.hasEncoded(bytes, at, length))
                        this.orphan(place, () => (0,key_bytes/* decodeKey */.y3)(bytes, at));
                };
                this.waiting.forEach(lookUp);
                if (this.referencing) {
                    this.referencing.close();
                    const reader = new spill_files/* PartitionReader */._Z();
                    for (const path of this.referencing.paths)
                        reader.read(path, lookUp);
                }
            }
            else {
                this.spillWaiting();
                this.referenced.close();
                this.referencing.close();
                const pass = new spill_files/* PartitionPass */.me();
                const from = this.referencing.paths;
                this.referenced.paths.forEach((to, partition) => this.joinPartition(to, from[partition], pass, 0));
            }
        }
        finally {
            this.discard();
        }
        return {
            values: this.values,
            orphans: this.shares.reduce((total, share) => total + share.orphans, 0),
            spilled,
            sources: this.shares.map((share) => ({ values: share.values, orphans: share.orphans, samples: share.samples.earliest() })),
        };
    }
    /** Loads one partition of the referenced keys and streams the same partition of the referencing keys past it. */
    joinPartition(to, from, pass, splits) {
        const bits = (0,spill_files/* splitBitsFor */.y1)(to, this.memoryBytes, splits);
        if (bits > 0) {
            // Both sides split alike, so each part of one still meets its namesake in the other.
            const split = ++this.splits;
            const toParts = pass.split(to, split, bits, 'to-');
            const fromParts = pass.split(from, split, bits, 'from-');
            toParts.forEach((part, index) => this.joinPartition(part, fromParts[index], pass, splits + 1));
            return;
        }
        const table = pass.table;
        table.clear();
        pass.reader.read(to, (bytes, at, length) => table.placeOrAdd(bytes, at, length, (0,key_bytes/* hashBytes */.yi)(bytes, at, length), 0));
        pass.reader.read(from, (bytes, at, length, place) => {
            if (table.find(bytes, at, length, (0,key_bytes/* hashBytes */.yi)(bytes, at, length)) < 0)
                this.orphan(place, () => (0,key_bytes/* decodeKey */.y3)(bytes, at));
        });
        (0,external_node_fs_.rmSync)(to);
        (0,external_node_fs_.rmSync)(from);
    }
}

// EXTERNAL MODULE: ./src/validate-data/object-validator.ts + 2 modules
var object_validator = __webpack_require__(95547);
;// CONCATENATED MODULE: ./src/validate-data/foreign-keys.ts
/**
 * The `foreign-key` check: every referencing key (one column, or a composite tuple) with no missing
 * part must occur among the referenced object's keys. Both objects' data must be part of the run;
 * their batches are fed in as they are read, and each referencing file gets its own result once all
 * data has been read. Keys compare as uniqueness compares them: numeric columns by number (7 and 7.0
 * agree), ISO dates and timestamps by instant, everything else by text.
 */





function foreign_keys_typeOf(property) {
    return property.logicalType ?? (0,validate_data_values/* logicalTypeOfPhysical */.Ml)(property.physicalType);
}
/** The date format a property declares, when it is not plain ISO. */
function customFormat(property, type) {
    const format = property.options.format;
    if (typeof format !== 'string' || !TEMPORAL.has(type))
        return undefined;
    return type === 'date' && format === 'yyyy-MM-dd' ? undefined : format;
}
const NUMERIC = new Set(['integer', 'number']);
const TEMPORAL = new Set(['date', 'timestamp']);
/**
 * How the two columns of one key part are read so that equal values give equal keys: each by its own
 * type when both have the same type (ISO dates and timestamps by instant), both as numbers when either
 * is numeric, else both as text. Dates in two different custom formats cannot be compared.
 */
function partReading(from, to) {
    const a = foreign_keys_typeOf(from);
    const b = foreign_keys_typeOf(to);
    if (TEMPORAL.has(a) && TEMPORAL.has(b)) {
        const formats = [customFormat(from, a), customFormat(to, b)];
        if (formats[0] === undefined && formats[1] === undefined)
            return { parsers: [(0,validate_data_values/* typeParser */.i1)(a), (0,validate_data_values/* typeParser */.i1)(b)] };
        if (formats[0] === formats[1])
            return { parsers: [undefined, undefined] };
        return { incomparable: `${from.column} is written ${formats[0] ?? 'as ISO dates'} and ${to.column} ${formats[1] ?? 'as ISO dates'}, so their values cannot be compared` };
    }
    if (a !== undefined && a === b)
        return { parsers: [(0,validate_data_values/* typeParser */.i1)(a), (0,validate_data_values/* typeParser */.i1)(b)] };
    if (NUMERIC.has(a) || NUMERIC.has(b)) {
        const number = (0,validate_data_values/* typeParser */.i1)('number');
        return { parsers: [number, number] };
    }
    return { parsers: [undefined, undefined] };
}
class ForeignKeyChecks {
    keys = [];
    missingTokens;
    /** `inRun`: the schema objects whose data this run reads. */
    constructor(contract, inRun, options) {
        this.missingTokens = new Set(options.missingTokens);
        for (const relationship of contract.relationships) {
            // Without data of the referencing object there is no report to put a result in.
            if (!inRun.has(relationship.from.object))
                continue;
            const to = relationship.to;
            const fromProperties = relationship.from.properties;
            const redact = [...fromProperties, ...(to?.properties ?? [])].some(object_validator/* isClassified */.OR);
            const entry = { relationship, from: { columns: fromProperties.map((p) => p.column), parsers: [] }, fromMissing: new Map(), toMissing: new Map(), redact };
            if (!to) {
                entry.notRun = `not run: ${relationship.unchecked ?? 'the referenced columns are not in this contract'}`;
            }
            else if (!inRun.has(to.object)) {
                entry.notRun = `not run: ${to.object.name} has no data in this run; give "${to.object.name}: <path>" in data to look ${fromProperties.map((p) => p.column).join(', ')} up in ${(0,relationships/* describeKey */.Rx)(to)}`;
            }
            else {
                const readings = fromProperties.map((property, index) => partReading(property, to.properties[index]));
                const incomparable = readings.find((reading) => 'incomparable' in reading);
                if (incomparable && 'incomparable' in incomparable) {
                    entry.notRun = `not run: ${incomparable.incomparable}`;
                }
                else {
                    const parsers = readings.map((reading) => reading.parsers);
                    entry.from.parsers = parsers.map(([from]) => from);
                    entry.to = { columns: to.properties.map((p) => p.column), parsers: parsers.map(([, parser]) => parser) };
                    entry.join = new KeyJoin({ memoryBytes: options.memoryBytes, samples: options.samples, temp: options.temp });
                    entry.temporal = fromProperties.map((property, index) => TEMPORAL.has(foreign_keys_typeOf(property)) && TEMPORAL.has(foreign_keys_typeOf(to.properties[index])));
                }
            }
            this.keys.push(entry);
        }
    }
    /**
     * The objects in the order to read them: referenced objects before those that reference them where
     * possible, so referencing keys are looked up as they stream past instead of waiting.
     */
    order(objects) {
        const needs = new Map(objects.map((object) => [object, new Set()]));
        for (const key of this.keys) {
            const target = key.relationship.to?.object;
            if (key.join && target && target !== key.relationship.from.object)
                needs.get(key.relationship.from.object)?.add(target);
        }
        const ordered = [];
        const remaining = [...objects];
        while (remaining.length > 0) {
            // A cycle has no object whose targets are all read: then the first left goes next.
            const ready = remaining.findIndex((object) => [...needs.get(object)].every((target) => ordered.includes(target)));
            ordered.push(...remaining.splice(Math.max(ready, 0), 1));
        }
        return ordered;
    }
    /** Takes one batch of an object's file `file` (its index among the object's files, shown as `shownAs`). */
    watch(object, batch, file, shownAs) {
        for (const key of this.keys) {
            if (!key.join)
                continue;
            if (key.relationship.to.object === object) {
                const join = key.join;
                const missing = this.readKeys(key.to, batch, (value) => join.addReferenced(value), true);
                if (missing)
                    key.toMissing.set(shownAs, missing);
            }
            if (key.relationship.from.object === object) {
                const join = key.join;
                const missing = this.readKeys(key.from, batch, (value, row) => join.addReferencing(value, (0,object_validator/* lineOf */.cA)(batch, row), file));
                if (missing)
                    key.fromMissing.set(file, missing);
            }
        }
    }
    /** All files of `object` are read: relationships that reference it can look keys up at once. */
    done(object) {
        for (const key of this.keys)
            if (key.join && key.relationship.to.object === object)
                key.join.sealReferenced();
    }
    /** The foreign-key results of one file of `object` (by index), once every object has been read. */
    results(object, file, rows) {
        const results = [];
        for (const key of this.keys) {
            const relationship = key.relationship;
            if (relationship.from.object !== object)
                continue;
            const columns = key.from.columns;
            const target = relationship.to ? (0,relationships/* describeKey */.Rx)(relationship.to) : relationship.written.to.join(', ');
            const base = { check: 'foreign-key', ...(columns.length === 1 ? { column: columns[0] } : { columns }), expected: target, contract_location: relationship.location };
            if (key.notRun) {
                results.push({ ...base, result: 'warning', message: key.notRun });
                continue;
            }
            const lacking = key.fromMissing.get(file);
            if (lacking) {
                results.push({ ...base, result: 'warning', message: `not run: key ${lacking.length === 1 ? 'column' : 'columns'} ${lacking.join(', ')} ${lacking.length === 1 ? 'is' : 'are'} not in the data` });
                continue;
            }
            if (key.toMissing.size > 0) {
                const files = [...key.toMissing].map(([shown, missing]) => `${shown} has no ${missing.join(', ')}`).join('; ');
                results.push({ ...base, result: 'error', message: `cannot look keys up in ${target}: ${files}` });
                continue;
            }
            const share = key.join.finish().sources[file] ?? { values: 0, orphans: 0, samples: [] };
            const what = columns.length === 1 ? columns[0] : `(${columns.join(', ')})`;
            const count = share.orphans;
            results.push({
                ...base,
                result: count > 0 ? 'failed' : 'passed',
                count,
                percent: (0,counts/* percentOf */.p)(count, rows),
                message: count > 0
                    ? `${(0,counts/* plural */.L)(count, 'row has', 'rows have')} a ${what} not found in ${target}`
                    : share.values === 0
                        ? `no ${what} values to look up in ${target}`
                        : `every ${what} is found in ${target} (${(0,counts/* plural */.L)(share.values, 'row')} looked up)`,
                ...(count > 0 && share.samples.length > 0 ? { samples: share.samples.map((orphan) => sampleOf(orphan, columns.length > 1, key.temporal ?? [], key.redact)) } : {}),
            });
        }
        return results;
    }
    /** Removes temporary files of joins whose result was not asked for. */
    discard() {
        for (const key of this.keys)
            key.join?.discard();
    }
    keyOfPart(value, parser) {
        return parser ? (0,validate_data_values/* uniqueKey */.fl)(value, parser(value)) : (0,validate_data_values/* keyOf */.TN)(value);
    }
    /**
     * Calls `each` with every row's key that has no missing part; returns the key columns the batch lacks,
     * if any. `distinct`: a dictionary-coded column gives each of its values once, at the first row that
     * holds it, for a side where only which keys occur matters.
     */
    readKeys(reader, batch, each, distinct = false) {
        const indexes = reader.columns.map((column) => batch.columns.indexOf(column));
        const lacking = reader.columns.filter((_, index) => indexes[index] < 0);
        if (lacking.length > 0)
            return lacking;
        const length = batch.length;
        if (indexes.length === 1) {
            const index = indexes[0];
            const parser = reader.parsers[0];
            const dictionary = batch.dictionaries?.[index];
            if (dictionary && distinct) {
                const seen = new Uint8Array(dictionary.values.length);
                for (let row = 0; row < length; row++) {
                    const code = dictionary.codes[row];
                    if (code < 0 || seen[code] === 1)
                        continue;
                    seen[code] = 1;
                    const value = dictionary.values[code];
                    if (!(0,validate_data_values/* isMissingValue */.yA)(value, this.missingTokens))
                        each(this.keyOfPart(value, parser), row);
                }
                return undefined;
            }
            if (dictionary) {
                // Each distinct value is keyed once.
                reader.dictionaryKeys ??= new WeakMap();
                let keys = reader.dictionaryKeys.get(dictionary.values);
                if (!keys) {
                    keys = Array.from({ length: dictionary.values.length }, (_, code) => ((0,validate_data_values/* isMissingValue */.yA)(dictionary.values[code], this.missingTokens) ? undefined : this.keyOfPart(dictionary.values[code], parser)));
                    reader.dictionaryKeys.set(dictionary.values, keys);
                }
                for (let row = 0; row < length; row++) {
                    const code = dictionary.codes[row];
                    const key = code < 0 ? undefined : keys[code];
                    if (key !== undefined)
                        each(key, row);
                }
                return undefined;
            }
            const values = batch.data[index];
            for (let row = 0; row < length; row++) {
                const value = values[row];
                if (!(0,validate_data_values/* isMissingValue */.yA)(value, this.missingTokens))
                    each(this.keyOfPart(value, parser), row);
            }
            return undefined;
        }
        const columns = indexes.map((index) => batch.data[index]);
        const parts = new Array(columns.length);
        rows: for (let row = 0; row < length; row++) {
            for (let part = 0; part < columns.length; part++) {
                const value = columns[part][row];
                // A key with a missing part references nothing (SQL's MATCH SIMPLE).
                if ((0,validate_data_values/* isMissingValue */.yA)(value, this.missingTokens))
                    continue rows;
                parts[part] = this.keyOfPart(value, reader.parsers[part]);
            }
            each(JSON.stringify(parts), row);
        }
        return undefined;
    }
}
function sampleOf(orphan, composite, temporal, redact) {
    if (redact)
        return { line: orphan.line, value: null, redacted: true };
    const parts = composite ? JSON.parse(orphan.key) : [orphan.key];
    // Dates were compared as instants: shown as dates again. A composite key is its parts joined by commas.
    const shown = parts.map((part, index) => (temporal[index] && typeof part === 'number' ? showInstant(part) : String(part))).join(', ');
    return { line: orphan.line, value: shown.slice(0, 200) };
}
function showInstant(ms) {
    const iso = new Date(ms).toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

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

// EXTERNAL MODULE: ./src/shared/object-lines.ts
var object_lines = __webpack_require__(77364);
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
/** The names a `name: path` line may give a schema object: its name or its physical name. */
function objectNames(contract) {
    return new Set(contract.objects.flatMap((o) => [o.name, o.physicalName].filter(Boolean)));
}
async function resolveSources(contract, contractPath, data, workspace) {
    const sources = [];
    const add = async (object, pattern, input) => {
        for (const path of await expand(pattern, workspace, input))
            sources.push({ object, path, shownAs: shown(path, workspace) });
    };
    if (data && data.trim() !== '') {
        const mapping = (0,object_lines/* parseObjectLines */.ws)(data, objectNames(contract), workspace);
        if (mapping) {
            for (const { name, path } of mapping)
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

;// CONCATENATED MODULE: ./src/validate-data/reference-sources.ts
/**
 * Which file is each schema object's drift reference: the `reference` input as one path (a profile
 * covering every object, or a dataset for the first object checked) or as `name: path` lines, the
 * same forms `data` takes. Resolved before any data is read, so a wrong name fails at once.
 */




function referenceFile(raw, workspace) {
    const file = (0,input_file/* inputFile */.xm)(raw, workspace);
    (0,input_file/* requireInputFile */.UA)('reference', file);
    return file;
}
/** `checked` are the schema objects whose data this run reads. */
function resolveReferences(contract, raw, workspace, checked) {
    const lines = (0,object_lines/* parseObjectLines */.ws)(raw, objectNames(contract), workspace);
    if (!lines) {
        const paths = (0,object_lines/* meaningfulLines */.KV)(raw);
        if (paths.length !== 1) {
            throw new errors/* ConfigurationError */.j1('reference', `gives ${paths.length} lines that are not all \`name: path\`: give one path, or one \`name: path\` line per schema object (${contract.objects.map((o) => o.name).join(', ')})`);
        }
        return { kind: 'one', file: referenceFile(paths[0], workspace) };
    }
    const named = lines.map((line) => ({ object: findObject(contract, line.name, 'reference'), path: line.path }));
    const twice = (0,object_lines/* repeatedName */.OC)(named.map(({ object }) => object.name));
    if (twice)
        throw new errors/* ConfigurationError */.j1('reference', `names schema object "${twice}" twice: give each object one reference`);
    const files = new Map();
    for (const { object, path } of named) {
        if (!checked.includes(object)) {
            throw new errors/* ConfigurationError */.j1('reference', `names schema object "${object.name}", whose data this run does not check (data covers ${checked.map((o) => o.name).join(', ')})`);
        }
        files.set(object, referenceFile(path, workspace));
    }
    return { kind: 'per-object', files };
}

// EXTERNAL MODULE: ./src/validate-data/summary.ts
var summary = __webpack_require__(21909);
// EXTERNAL MODULE: ./src/tabular/index.ts + 4 modules
var tabular = __webpack_require__(5813);
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
    try {
        for (const [index, source] of sources.entries()) {
            const format = (0,tabular/* detectFormat */.Tz)(source.shownAs);
            const validator = new object_validator/* ObjectValidator */.ol(source.object, contract, { ...options, locator: format === 'parquet' || format === 'json' ? 'row' : 'line', uniqueness: { counters, source: index, files } });
            validator.isDelimited = format === 'csv' || format === 'tsv';
            done.push({ source, validator, format, columns: await readInto(source, index, validator, format, read, watch) });
        }
        return done.map(({ source, validator, format, columns }) => ({ name: source.object.name, file: source.shownAs, format, rows: validator.rows, columns, checks: validator.finish(), path: source.path }));
    }
    finally {
        // A file that cannot be read leaves the counters unfinished, their keys perhaps spilled; finished ones have nothing left.
        for (const counter of counters.values())
            counter.discard();
    }
}
async function readInto(source, file, validator, format, read, watch) {
    let columns = [];
    try {
        for await (const batch of (0,tabular/* readColumnBatches */.Fi)(source.path, { batchSize: BATCH_ROWS, format, delimiter: read.delimiter, quote: read.quote, header: read.header, onIssue: (issue) => validator.noteIssue(issue) })) {
            columns = batch.columns;
            validator.add(batch);
            watch?.(source.object, batch, file, source);
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
/* harmony default export */ const validate_data_action = ((0,action/* defineAction */.QP)({
    name: 'validate-data',
    inputs: validateDataInputs,
    outputs: validateDataOutputs,
    async run({ inputs, run, setOutput }) {
        const workspace = run.workspace;
        const budget = new log/* AnnotationBudget */.TL(inputs['max-annotations']);
        const contractPath = (0,files/* resolveInWorkspace */.z1)(inputs.contract, workspace);
        const contract = readContract(contractPath, (0,input_file/* shownPath */.pS)(inputs.contract), budget);
        const missingTokens = inputs['missing-values'].split(',').map((token) => token.trim()).filter((token) => token !== '');
        const read = { delimiter: inputs.delimiter === undefined ? undefined : inputs.delimiter.replace(/^\\t$/, '\t'), quote: inputs.quote, header: inputs.header };
        if (read.delimiter !== undefined && read.delimiter.length !== 1)
            throw new errors/* ConfigurationError */.j1('delimiter', `must be one character (\\t for tab), got "${inputs.delimiter}"`);
        const sources = await resolveSources(contract, contractPath, inputs.data, workspace);
        const groups = groupByObject(sources);
        const referencePlan = inputs.reference ? resolveReferences(contract, inputs.reference, workspace, [...groups.keys()]) : undefined;
        // The base contract first: a bad token or a missing permission should fail before minutes of reading.
        const base = await (0,log/* group */.Os)('Base contract', () => loadBaseContract({ input: inputs['base-contract'], resolvedInput: inputs['base-contract'] ? (0,files/* resolveInWorkspace */.z1)(inputs['base-contract'], workspace) : undefined, contractPath, run, token: inputs.token }));
        // Each schema object's files are checked together (uniqueness spans them) and profiled together.
        const wantsProfile = Boolean(referencePlan || inputs['profile-out']);
        const profileOptions = { missingTokens: new Set(['', ...missingTokens]) };
        // Profiles keep the contract's order whatever order the objects are read in: the first is the top-level one.
        const builders = new Map();
        if (wantsProfile)
            for (const object of groups.keys())
                builders.set(object, new profile/* ProfileBuilder */.bZ(profileOptions));
        const foreignKeys = new ForeignKeyChecks(contract, new Set(groups.keys()), { samples: inputs.samples, temp: run.temp, missingTokens });
        const objects = [];
        try {
            const reportsOf = new Map();
            for (const object of foreignKeys.order([...groups.keys()])) {
                const files = groups.get(object);
                const builder = builders.get(object);
                reportsOf.set(object, await (0,log/* group */.Os)(`Checking ${files.map((file) => file.shownAs).join(', ')} against ${object.name}`, () => validateObjectFiles(contract, files, { samples: inputs.samples, missingTokens, extraColumns: inputs['extra-columns'], missingColumns: inputs['missing-columns'], temp: run.temp, now: Date.now() }, read, (_, batch, file, source) => {
                    builder?.addColumns(batch.columns, batch.data, batch.length);
                    foreignKeys.watch(object, batch, file, source.shownAs);
                })));
                foreignKeys.done(object);
            }
            // Foreign keys are looked up once every object is read; each referencing file gets its own result.
            for (const object of groups.keys()) {
                for (const [file, report] of reportsOf.get(object).entries()) {
                    report.checks.push(...foreignKeys.results(object, file, report.rows));
                    core/* info */.pq(`${report.file}: ${report.rows} rows, ${report.checks.filter((c) => c.result !== 'passed').length} of ${report.checks.length} checks not passed`);
                    objects.push(report);
                }
            }
        }
        finally {
            // A file that cannot be read leaves joins unfinished, their keys perhaps spilled; finished ones have nothing left.
            foreignKeys.discard();
        }
        let changes = [];
        let baseInfo;
        if (base && 'contract' in base) {
            changes = compareContracts(base.contract, contract, objects, inputs.compatibility);
            baseInfo = { source: base.source, version: base.contract.version, major_bumped: isMajorBump(base.contract.version, contract.version) };
        }
        else if (base && 'missing' in base) {
            core/* info */.pq(`${base.missing} does not exist on the base branch: a new contract, nothing to compare.`);
        }
        const profiles = [...builders].map(([object, builder]) => ({ object: object.name, profile: builder.build((0,drift_step/* declaredKinds */.MM)(object).kinds, groups.get(object).map((file) => file.shownAs).join(', ')) }));
        const currentProfile = profiles.length > 0 ? (0,profile/* combineProfiles */.yY)(profiles) : undefined;
        let drift;
        if (referencePlan && builders.size > 0) {
            const driftOptions = { method: inputs['drift-method'], threshold: inputs['drift-threshold'], driftShare: inputs['drift-share'], columns: inputs['drift-columns'] };
            drift = await (0,log/* group */.Os)('Drift', async () => {
                const references = await (0,drift_step/* loadReferences */.dp)(referencePlan, [...builders.keys()], { missingTokens: profileOptions.missingTokens, read });
                const merged = (0,drift_step/* mergeDrift */.eh)(references.found.map(({ object, reference }) => (0,drift_step/* driftReport */.CP)(reference, builders.get(object).summaries(), object, driftOptions)));
                return merged && references.notMeasured.length > 0 ? { ...merged, not_measured: references.notMeasured } : merged;
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
            contract: { path: (0,input_file/* shownPath */.pS)(inputs.contract), id: contract.id, version: contract.version, api_version: contract.apiVersion, ...(contract.name ? { name: contract.name } : {}) },
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
            const parts = [(0,counts/* plural */.L)(verdict.errors, 'error')];
            if (inputs['fail-on'] === 'warning')
                parts.push((0,counts/* plural */.L)(verdict.warnings, 'warning'));
            if (breaking && !majorBumped)
                parts.push(`${(0,counts/* plural */.L)(breaking, 'breaking contract change')} without a major version bump (${baseInfo?.version} → ${contract.version})`);
            throw new errors/* ActionFailed */.ij(`data contract ${contract.id} failed: ${parts.join(', ')}; see the job summary and ${reportPath}`);
        }
    },
}));


/***/ })

};
