export const id = 361;
export const ids = [361];
export const modules = {

/***/ 33361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ drift_action)
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
// EXTERNAL MODULE: ./src/shared/github.ts
var shared_github = __webpack_require__(36654);
// EXTERNAL MODULE: ./src/shared/input-file.ts
var input_file = __webpack_require__(22324);
// EXTERNAL MODULE: ./src/shared/log.ts
var log = __webpack_require__(21827);
// EXTERNAL MODULE: ./src/tabular/index.ts + 4 modules
var tabular = __webpack_require__(5813);
// EXTERNAL MODULE: ./src/validate-data/drift-step.ts
var drift_step = __webpack_require__(5725);
// EXTERNAL MODULE: ./src/drift/compare.ts + 1 modules
var compare = __webpack_require__(63208);
;// CONCATENATED MODULE: ./src/drift/monitor-columns.ts
/**
 * Which columns the drift monitor tests, and as what. There is no contract here, so kinds come from
 * the data (numerical when every value reads as a number), the `categorical-columns` and
 * `numerical-columns` inputs override them, and columns whose drift would say nothing are left out
 * unless named: identifiers and free text (most values distinct), dates and times (every run has
 * new ones), and row numbers (consecutive whole numbers). Each left-out column gets its reason.
 */

/** The kinds the user declared, checked for a column named as both. */
function declaredKinds(selection) {
    const kinds = new Map();
    for (const name of selection.categorical ?? [])
        kinds.set(name, 'categorical');
    for (const name of selection.numerical ?? []) {
        if (kinds.has(name))
            throw new errors/* ConfigurationError */.j1('numerical-columns', `names "${name}", which categorical-columns names too; give each column one kind`);
        kinds.set(name, 'numerical');
    }
    return kinds;
}
const SELECTION_INPUTS = [
    ['columns', 'columns'],
    ['categorical', 'categorical-columns'],
    ['numerical', 'numerical-columns'],
    ['exclude', 'exclude-columns'],
];
function describeColumns(names) {
    const shown = names.slice(0, 20).map((name) => `"${name}"`).join(', ');
    return names.length > 20 ? `${shown} and ${names.length - 20} more` : shown;
}
// ISO 8601 dates and date-times, as CSV and JSON files write them.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Fewer values than this say too little for the rules that leave columns out. */
const MIN_ROWS_FOR_RULES = 20;
/** Why a column is not worth testing, or undefined when it is. */
function ruleOut(profile) {
    if (profile.count < MIN_ROWS_FOR_RULES)
        return undefined;
    if (profile.kind === 'categorical') {
        const categories = Object.keys(profile.categories);
        if (categories.length > 0 && categories.every((value) => ISO_DATE.test(value))) {
            return 'dates and times are not tested for drift (every run brings new ones); name it in categorical-columns to test it anyway';
        }
        // The drift core's rule for identifiers: more than 20 categories, and more than one per two values.
        const distinct = profile.other > 0 ? Number.POSITIVE_INFINITY : categories.length;
        if (distinct > 20 && distinct > profile.count / 2) {
            return 'most values in the reference are distinct (an identifier or free text); name it in categorical-columns to test it anyway';
        }
        return undefined;
    }
    // A permutation of min..max has exactly this count, mean and variance: row numbers, sequential IDs.
    const { count, min, max, mean, std } = profile;
    if (!Number.isInteger(min) || !Number.isInteger(max) || max - min + 1 !== count)
        return undefined;
    const uniformVariance = (count * count - 1) / 12;
    if (Math.abs(mean - (min + max) / 2) > 1e-9 * Math.max(1, Math.abs(mean)))
        return undefined;
    if (Math.abs(std * std - uniformVariance) > 1e-6 * uniformVariance)
        return undefined;
    return 'consecutive whole numbers in the reference (a row number or sequential ID); name it in numerical-columns to test it anyway';
}
/** Every column name the selection inputs give must be in the data somewhere (`known`). */
function checkSelection(selection, known) {
    for (const [key, inputName] of SELECTION_INPUTS) {
        const unknown = (selection[key] ?? []).filter((name) => !known.has(name));
        if (unknown.length > 0) {
            throw new errors/* ConfigurationError */.j1(inputName, `names ${describeColumns(unknown)}, which neither the reference nor the current data has (columns: ${describeColumns([...known])})`);
        }
    }
}
/** The column names of a reference and its current data together. */
function columnNames(reference, current) {
    return new Set([...Object.keys(reference.columns), ...current.keys()]);
}
/**
 * What to test of one reference and its current data. With several schema objects the selection
 * inputs name columns of any of them: each object tests those of its own.
 */
function planColumns(reference, current, selection, known) {
    const referenceNames = Object.keys(reference.columns);
    const own = columnNames(reference, current);
    checkSelection(selection, known ?? own);
    const skipped = [];
    if (selection.columns && selection.columns.length > 0) {
        return { test: [...new Set(selection.columns)].filter((name) => own.has(name) && !(selection.exclude ?? []).includes(name)), skipped };
    }
    const named = new Set([...(selection.categorical ?? []), ...(selection.numerical ?? [])]);
    const excluded = new Set(selection.exclude ?? []);
    const test = [];
    const ordered = [...referenceNames, ...[...current.keys()].filter((name) => !(name in reference.columns))];
    for (const name of ordered) {
        const profile = reference.columns[name];
        if (excluded.has(name))
            skipped.push({ column: name, reason: 'excluded by exclude-columns' });
        else if (!profile)
            skipped.push({ column: name, reason: 'not in the reference' });
        else if (!current.has(name))
            skipped.push({ column: name, reason: 'not in the current data' });
        else {
            const reason = named.has(name) ? undefined : ruleOut(profile);
            if (reason)
                skipped.push({ column: name, reason });
            else
                test.push(name);
        }
    }
    return { test, skipped };
}
/** The drift core's reasons, in this action's words (it has no contract; the data is "current"). */
function monitorReason(reason) {
    if (reason === 'not in the data')
        return 'not in the current data';
    if (reason === 'no values in the data')
        return 'no values in the current data';
    if (reason.startsWith('numeric in the contract'))
        return 'numerical-columns names it, but the reference profile has it as categorical';
    return reason;
}

// EXTERNAL MODULE: ./src/drift/profile.ts + 2 modules
var drift_profile = __webpack_require__(31915);
;// CONCATENATED MODULE: ./src/drift/monitor.ts
/**
 * The drift monitor's measurement, without GitHub: read the reference (a dataset or a profile) and
 * the current data of each schema object chosen, choose the columns, and compare them with the drift
 * core, giving the same drift section validate-data writes.
 */






function dataFormat(input, file) {
    try {
        return (0,tabular/* detectFormat */.Tz)(file.shownAs);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw new errors/* ConfigurationError */.j1(input, `names ${error.message}`);
        throw error;
    }
}
async function summarizeCurrent(file, missingTokens) {
    const builder = new drift_profile/* ProfileBuilder */.bZ({ missingTokens });
    try {
        for await (const batch of (0,tabular/* readColumnBatches */.Fi)(file.path, { batchSize: 1024 }))
            builder.addColumns(batch.columns, batch.data, batch.length);
    }
    catch (error) {
        // The readers name the absolute path; say it as the user wrote it, and which input it was.
        if (error instanceof errors/* UserError */.yo)
            throw new errors/* UserError */.yo(`current: ${error.message.split(file.path).join(file.shownAs)}`, { file: file.shownAs });
        throw error;
    }
    return { summaries: builder.summaries(), rows: builder.rows };
}
function referenceOf(plan, target) {
    if (!plan.profile)
        return undefined;
    // Every target's object comes from the profile's own names; an unnamed profile is its one table.
    return { profile: target.object === undefined ? plan.profile : (0,drift_profile/* profileOfObject */.Er)(plan.profile, target.object, true), kind: 'profile' };
}
async function readSide(options, target, format, kinds, missingTokens) {
    const reference = referenceOf(options.plan, target) ?? (await (0,drift_step/* loadReference */.Qu)(options.reference.path, options.reference.shownAs, { missingTokens, kinds, read: {} }));
    const current = await summarizeCurrent(target.current, missingTokens);
    const referenceColumns = Object.keys(reference.profile.columns);
    if (!referenceColumns.some((name) => current.summaries.has(name))) {
        const list = (names) => (names.length > 10 ? `${names.slice(0, 10).join(', ')}, …` : names.join(', ')) || 'none';
        const what = target.object === undefined ? options.reference.shownAs : `${options.reference.shownAs} (schema object ${target.object})`;
        throw new errors/* UserError */.yo(`${what} and ${target.current.shownAs} have no column in common (reference: ${list(referenceColumns)}; current: ${list([...current.summaries.keys()])}): are they the same kind of data?`);
    }
    return { target, reference, current: { path: target.current.shownAs, format, rows: current.rows, summaries: current.summaries } };
}
function compareSide(side, options, kinds, known) {
    const plan = planColumns(side.reference.profile, side.current.summaries, options.selection, known);
    const result = (0,compare/* compareToReference */.CV)(side.reference.profile, side.current.summaries, {
        method: options.method,
        threshold: options.threshold,
        driftShare: options.driftShare,
        columns: plan.test,
        kinds,
    });
    return {
        reference: { path: options.reference.shownAs, kind: side.reference.kind, rows: side.reference.profile.rows },
        ...(side.target.object === undefined ? {} : { object: side.target.object }),
        method: result.method,
        share: result.share,
        drifted: result.drifted,
        drifted_columns: result.drifted_columns,
        threshold: result.threshold,
        columns: result.columns,
        skipped: [...plan.skipped, ...result.skipped.map((entry) => ({ column: entry.column, reason: monitorReason(entry.reason) }))],
        unseen_categories: result.unseen_categories,
    };
}
function currentData(sides) {
    const files = sides.map(({ current: { summaries: _summaries, ...file } }) => file);
    if (sides.length === 1)
        return files[0];
    const formats = new Set(files.map((file) => file.format));
    return {
        path: files.map((file) => file.path).join(', '),
        ...(formats.size === 1 ? { format: files[0].format } : {}),
        rows: files.reduce((total, file) => total + file.rows, 0),
        objects: files.map((file, index) => ({ object: sides[index].target.object, ...file })),
    };
}
async function measureDrift(options) {
    const missingTokens = new Set(options.missingTokens);
    const kinds = declaredKinds(options.selection);
    // Every file's format is known from its name: a wrong one fails before anything is read.
    const formats = options.plan.targets.map((target) => dataFormat('current', target.current));
    const sides = [];
    for (const [index, target] of options.plan.targets.entries())
        sides.push(await readSide(options, target, formats[index], kinds, missingTokens));
    // The selection inputs may name a column of any object; only a name none of them has is a mistake.
    const known = new Set(sides.flatMap((side) => [...columnNames(side.reference.profile, side.current.summaries)]));
    const parts = sides.map((side) => compareSide(side, options, kinds, known));
    const merged = (0,drift_step/* mergeDrift */.eh)(parts);
    const notMeasured = options.plan.notMeasured;
    return { drift: notMeasured.length > 0 ? { ...merged, not_measured: notMeasured } : merged, current: currentData(sides) };
}

// EXTERNAL MODULE: ./src/shared/markdown.ts
var markdown = __webpack_require__(11680);
;// CONCATENATED MODULE: ./src/drift/dispatch.ts
/**
 * Starts a workflow (retraining, usually) through workflow_dispatch when the data drifted. GitHub
 * answers 204 and nothing more, and refuses inputs the workflow does not declare, so its refusals
 * are turned into what to change.
 */



/** `ml-release.yml`, `.github/workflows/ml-release.yml` or a workflow ID, as the API takes it. */
function workflowId(workflow) {
    const trimmed = workflow.trim();
    return /^\d+$/.test(trimmed) ? Number(trimmed) : (0,external_node_path_.basename)(trimmed);
}
/** The branch to run on when `ref` is not given: the repository's default branch. */
async function defaultBranch(client, repository, fromEvent) {
    if (typeof fromEvent === 'string' && fromEvent !== '')
        return fromEvent;
    try {
        return (await client.rest.repos.get({ ...repository })).data.default_branch;
    }
    catch (error) {
        throw (0,shared_github/* explainPermissionError */.n_)(error, 'contents: read', `read the default branch of ${repository.owner}/${repository.repo}`);
    }
}
async function dispatchWorkflow(client, repository, dispatch) {
    const id = workflowId(dispatch.workflow);
    const where = `workflow ${id} on ${dispatch.ref} in ${repository.owner}/${repository.repo}`;
    try {
        await client.rest.actions.createWorkflowDispatch({ ...repository, workflow_id: id, ref: dispatch.ref, inputs: dispatch.inputs });
    }
    catch (error) {
        const status = (0,shared_github/* httpStatus */.nG)(error);
        const message = error.message ?? '';
        if (status === 404 && !/not accessible by integration/i.test(message)) {
            throw new errors/* UserError */.yo(`GitHub did not find ${where} (404). Check that the \`workflow\` input names a file in .github/workflows on that branch, ` +
                'and that the job grants `permissions: actions: write`.', undefined, { cause: error });
        }
        if (status === 422) {
            throw new errors/* UserError */.yo(`GitHub refused to start ${where} (422: ${message}). The workflow needs an \`on: workflow_dispatch\` trigger that declares every input passed ` +
                `(${Object.keys(dispatch.inputs).join(', ')}), and \`ref\` must be a branch or tag.`, undefined, { cause: error });
        }
        throw (0,shared_github/* explainPermissionError */.n_)(error, 'actions: write', `start ${where}`);
    }
}

// EXTERNAL MODULE: ./src/shared/identity.ts
var identity = __webpack_require__(82291);
;// CONCATENATED MODULE: ./src/drift/issue-marker.ts
/**
 * The hidden first line of a drift issue's body: which monitor it belongs to (`issue-key`, so that
 * several monitors in one repository keep one issue each). Versioned, so a later format still finds
 * the issues an earlier one opened.
 */
const ISSUE_MARKER_VERSION = 1;
const PREFIX = '<!-- ml-actions:drift';
/** `%`-encoding keeps `-->`, spaces and newlines of a key out of the comment syntax. */
function encode(text) {
    return encodeURIComponent(text).replace(/-/g, '%2D');
}
function formatIssueMarker(key) {
    return `${PREFIX} v=${ISSUE_MARKER_VERSION} key=${encode(key) || '-'} -->`;
}
// Only at the start of a line: a quote of the body ("> <!-- …") is not a drift issue.
const MARKER_LINE = /^<!-- ml-actions:drift v=(\d+) key=(\S+) -->$/m;
/** The monitor key a body's marker names, or undefined when the body has no (readable) marker. */
function issueMarkerKey(body) {
    if (!body || !body.includes(PREFIX))
        return undefined;
    const match = MARKER_LINE.exec(body);
    if (!match)
        return undefined;
    if (match[2] === '-')
        return '';
    try {
        return decodeURIComponent(match[2]);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/drift/issue.ts
/**
 * The one open drift issue per monitor: found again through every page of open issues with the
 * monitor's label, by the hidden marker in its body and by its author; updated (body and a short
 * comment) while the data stays drifted, commented on and closed when it no longer is.
 *
 * The author check stops anyone from hijacking the issue by pasting the marker into their own. A
 * personal access token says who it is; an installation token (GITHUB_TOKEN, a GitHub App's) cannot,
 * so then issues by bots count (see shared/identity.ts). `issue-author` pins the author outright.
 */




/** This monitor's open drift issues, oldest first. */
async function findDriftIssues(target) {
    const found = [];
    const pages = target.client.paginate.iterator(target.client.rest.issues.listForRepo, { ...target.repository, state: 'open', labels: target.label, per_page: 100 });
    try {
        for await (const page of pages) {
            for (const issue of page.data) {
                if (issue.pull_request || issueMarkerKey(issue.body) !== target.key)
                    continue;
                if (!(0,identity/* isAuthoredBy */.m)(issue, target.author)) {
                    core/* info */.pq(`Issue #${issue.number} by ${issue.user?.login ?? 'someone'} carries the drift marker but was not opened by this monitor: leaving it alone`);
                    continue;
                }
                found.push(issue);
            }
        }
    }
    catch (error) {
        throw (0,shared_github/* explainPermissionError */.n_)(error, 'issues: read', 'list the open issues labelled "' + target.label + '"');
    }
    return found.sort((a, b) => a.number - b.number);
}
function writeFailure(doing) {
    return (error) => {
        throw (0,shared_github/* explainPermissionError */.n_)(error, 'issues: write', doing);
    };
}
async function refresh(target, issue, content) {
    const { client, repository } = target;
    await client.rest.issues.update({ ...repository, issue_number: issue.number, body: content.body }).catch(writeFailure(`update drift issue #${issue.number}`));
    await client.rest.issues.createComment({ ...repository, issue_number: issue.number, body: content.comment }).catch(writeFailure(`comment on drift issue #${issue.number}`));
    return { outcome: 'updated', number: issue.number, url: issue.html_url };
}
/**
 * Opens the issue; when a concurrent run opened one too, the older issue stays: this one is closed
 * as its duplicate and the older one is updated instead.
 */
async function issue_open(target, content) {
    const { client, repository } = target;
    const labels = [...new Set([target.label, ...content.labels])];
    const { data: created } = await client.rest.issues
        .create({ ...repository, title: content.title, body: content.body, labels })
        .catch(writeFailure('open the drift issue'));
    const learned = target.author.login ? target.author : { login: created.user?.login, source: target.author.source };
    if (target.author.source === 'input' && created.user && created.user.login.toLowerCase() !== target.author.login.toLowerCase()) {
        core/* warning */.$e(`issue-author is ${target.author.login}, but this token opens issues as ${created.user.login}: later runs will not find issue #${created.number} again. Set issue-author to ${created.user.login}, or leave it out.`);
    }
    const all = await findDriftIssues({ ...target, author: learned });
    const oldest = all[0];
    if (oldest && oldest.number < created.number) {
        await client.rest.issues.createComment({ ...repository, issue_number: created.number, body: content.duplicateComment(oldest.number) }).catch(writeFailure(`comment on drift issue #${created.number}`));
        await client.rest.issues.update({ ...repository, issue_number: created.number, state: 'closed', state_reason: 'duplicate' }).catch(writeFailure(`close duplicate drift issue #${created.number}`));
        return refresh(target, oldest, content);
    }
    return { outcome: 'created', number: created.number, url: created.html_url };
}
/** Drifted: open the issue or update the one that is open. */
async function reportDriftIssue(target, content) {
    const found = await findDriftIssues(target);
    if (found.length === 0)
        return issue_open(target, content);
    if (found.length > 1)
        core/* info */.pq(`${found.length} open drift issues for this monitor (${found.map((issue) => `#${issue.number}`).join(', ')}); updating the oldest`);
    return refresh(target, found[0], content);
}
/** No longer drifted: comment on and close every open issue of this monitor. */
async function closeDriftIssues(target, comment) {
    const found = await findDriftIssues(target);
    const { client, repository } = target;
    for (const issue of found) {
        await client.rest.issues.createComment({ ...repository, issue_number: issue.number, body: comment }).catch(writeFailure(`comment on drift issue #${issue.number}`));
        await client.rest.issues.update({ ...repository, issue_number: issue.number, state: 'closed', state_reason: 'completed' }).catch(writeFailure(`close drift issue #${issue.number}`));
    }
    const first = found[0];
    return first ? { outcome: 'closed', number: first.number, url: first.html_url } : { outcome: 'none' };
}

;// CONCATENATED MODULE: ./src/drift/monitor-github.ts
/**
 * What the drift monitor does on GitHub after measuring: keep the drift issue and start the
 * retraining workflow. Without a token or a repository (the CLI, a local demo) both are printed to
 * the log instead, with a notice that says so.
 */






async function keepDriftIssue(report, github, settings) {
    const drifted = report.drift.drifted;
    if (!github) {
        if (drifted) {
            core/* info */.pq(`The drift issue, printed instead of opened:\nTitle: ${settings.content.title}\nLabels: ${settings.content.labels.join(', ')}\n\n${settings.content.body}`);
        }
        else {
            core/* info */.pq('No drift: an open drift issue would be commented on and closed (printed only: no GitHub access).');
        }
        return { outcome: 'printed' };
    }
    try {
        const author = await (0,identity/* resolveIdentity */.X)(github.client, settings.author);
        const target = { client: github.client, repository: github.repository, label: settings.labels[0], key: settings.key, author };
        const outcome = drifted ? await reportDriftIssue(target, settings.content) : await closeDriftIssues(target, settings.recovered);
        if (outcome.outcome === 'created')
            core/* info */.pq(`Opened drift issue #${outcome.number}: ${outcome.url}`);
        if (outcome.outcome === 'updated')
            core/* info */.pq(`Updated drift issue #${outcome.number}: ${outcome.url}`);
        if (outcome.outcome === 'closed')
            core/* info */.pq(`No longer drifted: closed drift issue #${outcome.number}`);
        return outcome;
    }
    catch (error) {
        return { outcome: 'failed', error: (0,errors/* errorMessage */.gJ)(error) };
    }
}
async function startWorkflow(github, settings) {
    const workflow = String(workflowId(settings.workflow));
    const shownInputs = Object.entries(settings.inputs).map(([name, value]) => `  ${name}: ${value}`).join('\n');
    if (!github) {
        core/* info */.pq(`Workflow dispatch (printed, not made): ${workflow} on ${settings.ref ?? 'the default branch'} with inputs\n${shownInputs}`);
        return { outcome: 'printed', workflow, ...(settings.ref ? { ref: settings.ref } : {}), inputs: settings.inputs };
    }
    let ref = settings.ref;
    try {
        ref ??= await defaultBranch(github.client, github.repository, settings.eventDefaultBranch);
        await dispatchWorkflow(github.client, github.repository, { workflow, ref, inputs: settings.inputs });
        core/* info */.pq(`Started ${workflow} on ${ref} with inputs\n${shownInputs}`);
        return { outcome: 'dispatched', workflow, ref, inputs: settings.inputs };
    }
    catch (error) {
        return { outcome: 'failed', workflow, ...(ref ? { ref } : {}), inputs: settings.inputs, error: (0,errors/* errorMessage */.gJ)(error) };
    }
}
function issueLink(outcome) {
    return outcome.url ? `[#${outcome.number}](${outcome.url})` : `#${outcome.number}`;
}
/** One summary line per thing done on GitHub (or not done, and why). */
function actionLines(report, workflowPage) {
    const lines = [];
    const issue = report.issue;
    if (issue?.outcome === 'created')
        lines.push(`Opened drift issue ${issueLink(issue)}.`);
    if (issue?.outcome === 'updated')
        lines.push(`Updated drift issue ${issueLink(issue)} and commented on it.`);
    if (issue?.outcome === 'closed')
        lines.push(`Closed drift issue ${issueLink(issue)}: the data no longer drifts.`);
    if (issue?.outcome === 'printed') {
        lines.push(report.drift.drifted
            ? 'The drift issue was printed in the log, not opened: no GitHub token or repository.'
            : 'No GitHub token or repository: an open drift issue, if there is one, was not looked for or closed.');
    }
    if (issue?.outcome === 'failed')
        lines.push(`❌ The drift issue could not be kept: ${(0,markdown/* escapeMarkdown */.FV)(issue.error, 500)}`);
    const dispatch = report.dispatch;
    if (dispatch) {
        const where = `${(0,markdown/* codeSpan */.SS)(dispatch.workflow)} on ${dispatch.ref ? (0,markdown/* codeSpan */.SS)(dispatch.ref) : 'the default branch'}`;
        if (dispatch.outcome === 'dispatched')
            lines.push(`Started ${where}${workflowPage ? ` ([its runs](${workflowPage}))` : ''}.`);
        if (dispatch.outcome === 'printed')
            lines.push(`The dispatch of ${where} was printed in the log, not made: no GitHub token or repository.`);
        if (dispatch.outcome === 'failed')
            lines.push(`❌ Could not start ${where}: ${(0,markdown/* escapeMarkdown */.FV)(dispatch.error, 500)}`);
    }
    if (report.drift.drifted && report.on_drift.includes('fail'))
        lines.push('The step fails because the data drifted (on-drift: fail).');
    return lines;
}

// EXTERNAL MODULE: ./src/shared/inputs.ts
var inputs = __webpack_require__(93876);
;// CONCATENATED MODULE: ./src/drift/monitor-inputs.ts
/** The drift action's inputs and outputs; action.yml declares the same (a test checks they agree). */



const DRIFT_METHODS = ['auto', ...compare/* DRIFT_TESTS */.qx];
const ON_DRIFT_ACTIONS = ['fail', 'issue', 'dispatch', 'none'];
/** `issue,dispatch` and the like: each word once, `none` only alone. */
function parseOnDrift(raw, name) {
    const words = (0,inputs/* parseList */.E1)(raw.toLowerCase());
    const known = ON_DRIFT_ACTIONS;
    const unknown = words.filter((word) => !known.includes(word));
    if (unknown.length > 0) {
        throw new errors/* ConfigurationError */.j1(name, `has ${unknown.map((word) => `"${word}"`).join(', ')}, which is not one of ${ON_DRIFT_ACTIONS.join(', ')} (combine several with commas, e.g. issue,dispatch)`);
    }
    if (words.includes('none')) {
        if (words.length > 1)
            throw new errors/* ConfigurationError */.j1(name, `combines "none" with ${words.filter((word) => word !== 'none').join(', ')}; use "none" alone`);
        return [];
    }
    return [...new Set(words)];
}
const driftInputs = {
    'reference': inputs/* input */.hF.string({ required: true }),
    'current': inputs/* input */.hF.string({ required: true }),
    'object': inputs/* input */.hF.list(),
    'columns': inputs/* input */.hF.list(),
    'categorical-columns': inputs/* input */.hF.list(),
    'numerical-columns': inputs/* input */.hF.list(),
    'exclude-columns': inputs/* input */.hF.list(),
    'missing-values': inputs/* input */.hF.list({ defaulted: true }),
    'drift-method': inputs/* input */.hF.choice(DRIFT_METHODS, { defaulted: true }),
    'drift-threshold': inputs/* input */.hF.number({ min: 0 }),
    'drift-share': inputs/* input */.hF.number({ defaulted: true, min: 0, max: 1 }),
    'on-drift': { ...inputs/* input */.hF.string({ defaulted: true }), kind: 'on-drift', parse: parseOnDrift },
    'report': inputs/* input */.hF.string(),
    'token': inputs/* input */.hF.string({ secret: true }),
    'issue-title': inputs/* input */.hF.string({ defaulted: true }),
    'issue-labels': inputs/* input */.hF.list({ defaulted: true }),
    'issue-author': inputs/* input */.hF.string(),
    'issue-key': inputs/* input */.hF.string(),
    'workflow': inputs/* input */.hF.string({ defaulted: true }),
    'ref': inputs/* input */.hF.string(),
    'dispatch-inputs': inputs/* input */.hF.keyValues(),
};
const driftOutputs = ['drifted', 'share', 'drifted-columns', 'drifted-column-names', 'report', 'issue-number', 'issue-url'];

// EXTERNAL MODULE: ./src/shared/counts.ts
var counts = __webpack_require__(77341);
// EXTERNAL MODULE: ./src/validate-data/summary.ts
var summary = __webpack_require__(21909);
;// CONCATENATED MODULE: ./src/drift/monitor-report.ts
const DRIFT_REPORT_FORMAT = 'ml-actions/drift-report@1';
/** A column as messages name it: `object.column` when the report covers several schema objects. */
function columnName(drift, entry) {
    return drift.objects && entry.object !== undefined ? `${entry.object}.${entry.column}` : entry.column;
}
/** Columns that drifted, in the report's order, named as columnName names them. */
function driftedColumnNames(drift) {
    return drift.columns.filter((column) => column.drifted).map((column) => columnName(drift, column));
}

;// CONCATENATED MODULE: ./src/drift/monitor-markdown.ts
/**
 * What the drift monitor writes for people: the job summary, the drift issue's body, the short
 * comments on that issue, and the plain-text reason handed to the dispatched workflow. Column names
 * and category values come from the data, so they are escaped before they reach markdown.
 */





/** GitHub refuses issue bodies over 65,536 characters; stay well below. */
const MAX_ISSUE_BODY = 60_000;
function formatShare(share) {
    return share.toFixed(2);
}
/** The schema objects that drifted: every drifted one of several, or the one measured. */
function driftedObjects(drift) {
    if (drift.objects)
        return drift.objects.filter((part) => part.drifted).map((part) => part.object);
    return drift.object !== undefined && drift.drifted ? [drift.object] : [];
}
function headline(drift) {
    const counted = `${drift.drifted_columns} of ${(0,counts/* plural */.L)(drift.columns.length, 'column')} drifted`;
    if (drift.columns.length === 0)
        return 'ℹ️ No column could be tested for drift';
    const objects = driftedObjects(drift);
    const where = objects.length > 0 ? ` in ${objects.map((name) => (0,markdown/* escapeMarkdown */.FV)(name)).join(', ')}` : '';
    return drift.drifted ? `⚠️ Data drift${where}: ${counted}` : `✅ No data drift: ${counted}`;
}
/**
 * How many columns drifted against drift-share: `3 of 4 columns (share 0.75, drift-share 0.5)`, or
 * with several schema objects each one's count and share, since each is judged on its own.
 */
function driftCounts(drift, shown, wording = {}) {
    const threshold = `${wording.below ? 'below ' : ''}drift-share ${drift.threshold}`;
    if (!drift.objects)
        return `${drift.drifted_columns} of ${(0,counts/* plural */.L)(drift.columns.length, 'column')}${wording.drifted ? ' drifted' : ''} (share ${formatShare(drift.share)}, ${threshold})`;
    const parts = drift.objects.map((part) => `${shown(part.object)} ${part.drifted_columns} of ${(0,counts/* plural */.L)(part.tested_columns, 'column')} (share ${formatShare(part.share)})`);
    return wording.below ? `${parts.join(', ')}, each ${threshold}` : `${parts.join(', ')}; ${threshold}`;
}
function referenceText(report) {
    const reference = report.drift.reference;
    return reference ? `${(0,markdown/* escapeMarkdown */.FV)(reference.path)} (${reference.kind === 'profile' ? 'profile of' : 'dataset,'} ${(0,counts/* plural */.L)(reference.rows, 'row')})` : 'the reference';
}
function sources(report) {
    const objects = report.current.objects;
    if (!objects) {
        const of = report.drift.object !== undefined ? `, schema object ${(0,markdown/* escapeMarkdown */.FV)(report.drift.object)}` : '';
        return (`Current data ${(0,markdown/* escapeMarkdown */.FV)(report.current.path)} (${(0,counts/* plural */.L)(report.current.rows, 'row')}) against reference ${referenceText(report)}${of} · ` +
            `share of drifted columns ${formatShare(report.drift.share)}, drift-share ${report.drift.threshold} · method ${(0,markdown/* escapeMarkdown */.FV)(report.drift.method)}`);
    }
    const files = objects.map((file) => `${(0,markdown/* escapeMarkdown */.FV)(file.path)} for ${(0,markdown/* escapeMarkdown */.FV)(file.object)} (${(0,counts/* plural */.L)(file.rows, 'row')})`);
    return `Current data ${files.join(', ')} against reference ${referenceText(report)} · drift-share ${report.drift.threshold} for each schema object · method ${(0,markdown/* escapeMarkdown */.FV)(report.drift.method)}`;
}
function runLine(run) {
    return `Checked ${run.time}${run.url ? ` in [this workflow run](${run.url})` : ''}.`;
}
function unseenTable(drift) {
    const rows = drift.unseen_categories.map((finding) => {
        const shown = finding.categories.slice(0, 10).map((category) => `${category.value === null ? '<em>redacted</em>' : (0,markdown/* codeSpan */.SS)(category.value, 40)} (${category.count})`);
        const more = finding.categories.length > 10 ? `, and ${finding.categories.length - 10} more` : '';
        return [(0,markdown/* codeSpan */.SS)(finding.column), String(finding.count), `${finding.percent}%`, `${shown.join(', ')}${more}`];
    });
    return (0,markdown/* table */.tp)(['Column', 'Rows', '%', 'Categories the reference never had'], rows, ['l', 'r', 'r', 'l']);
}
function skippedList(drift) {
    return (0,markdown/* details */.zH)(`${(0,counts/* plural */.L)(drift.skipped.length, 'column')} not tested for drift`, drift.skipped.map((entry) => `- ${(0,markdown/* codeSpan */.SS)(entry.column)}: ${(0,markdown/* escapeMarkdown */.FV)(entry.reason, 300)}`).join('\n'));
}
/** One table's findings: the drift table of `shown` columns, unseen categories, untested columns. */
function tableFindings(drift, columns, shown, unseen, skipped) {
    const parts = [];
    if (shown.length > 0)
        parts.push((0,summary/* driftTable */.I)({ ...drift, columns: shown }));
    if (shown.length < columns.length)
        parts.push(`_${columns.length - shown.length} more columns are in the JSON report and the job summary._`);
    if (unseen.length > 0)
        parts.push('#### Categories the reference never had', unseenTable({ ...drift, unseen_categories: unseen }));
    if (skipped.length > 0)
        parts.push(skippedList({ ...drift, skipped }));
    return parts;
}
/**
 * The drift table, unseen categories and untested columns, a section per schema object when there
 * are several; at most `limit` table rows in all, drifted ones first.
 */
function findings(drift, limit = drift.columns.length) {
    const ordered = [...drift.columns.filter((c) => c.drifted), ...drift.columns.filter((c) => !c.drifted)];
    // Cut tables show their drifted columns first.
    const kept = limit < ordered.length ? ordered.slice(0, limit) : undefined;
    const shownOf = (columns) => (kept ? kept.filter((c) => columns.includes(c)) : columns);
    const parts = [];
    if (!drift.objects) {
        parts.push(...tableFindings(drift, drift.columns, shownOf(drift.columns), drift.unseen_categories, drift.skipped));
    }
    else {
        for (const part of drift.objects) {
            const mine = (entries) => entries.filter((entry) => entry.object === part.object);
            const columns = mine(drift.columns);
            parts.push(`### ${(0,markdown/* escapeMarkdown */.FV)(part.object)}: ${part.drifted ? '⚠️ dataset drift' : 'no dataset drift'} ` +
                `(${part.drifted_columns} of ${(0,counts/* plural */.L)(part.tested_columns, 'column')}, share ${formatShare(part.share)})`);
            parts.push(...tableFindings(drift, columns, shownOf(columns), mine(drift.unseen_categories), mine(drift.skipped)));
        }
    }
    for (const entry of drift.not_measured ?? [])
        parts.push(`### ${(0,markdown/* escapeMarkdown */.FV)(entry.object)}: not measured`, (0,markdown/* escapeMarkdown */.FV)(entry.reason, 300));
    return parts;
}
function renderSummary(report, run, actions) {
    const parts = [`## ${headline(report.drift)}`, sources(report), ...findings(report.drift)];
    if (actions.length > 0)
        parts.push(actions.map((line) => `- ${line}`).join('\n'));
    parts.push(runLine(run));
    return `${parts.join('\n\n')}\n`;
}
/** The drift issue's body: marker, verdict, the current table. Long tables are cut to fit GitHub's limit. */
function renderIssueBody(report, key, run) {
    const footer = '_The drift monitor keeps this issue up to date: it updates this table while the data stays drifted, and closes the issue when it no longer is._';
    const render = (limit) => [formatIssueMarker(key), `## ${headline(report.drift)}`, sources(report), runLine(run), ...findings(report.drift, limit), footer].join('\n\n') + '\n';
    let limit = report.drift.columns.length;
    let body = render(limit);
    while (body.length > MAX_ISSUE_BODY && limit > 0) {
        limit = Math.floor(limit / 2);
        body = render(limit);
    }
    return body.length > MAX_ISSUE_BODY ? `${body.slice(0, MAX_ISSUE_BODY - 40)}\n\n_(cut to fit GitHub's size limit)_\n` : body;
}
function columnList(names, limit = 10) {
    const shown = names.slice(0, limit).map((name) => (0,markdown/* codeSpan */.SS)(name, 60)).join(', ');
    return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}
function runLink(run) {
    return run.url ? ` ([workflow run](${run.url}))` : '';
}
function stillDriftedComment(report, run) {
    return `Still drifted on ${run.time}${runLink(run)}: ${driftCounts(report.drift, (text) => (0,markdown/* escapeMarkdown */.FV)(text))}: ${columnList(driftedColumnNames(report.drift))}. The table above is updated.`;
}
function recoveredComment(report, run) {
    const drift = report.drift;
    const counts = driftCounts(drift, (text) => (0,markdown/* escapeMarkdown */.FV)(text), { drifted: true, below: true });
    return `No longer drifted on ${run.time}${runLink(run)}: ${counts}${drift.objects ? ',' : ''} in ${(0,markdown/* escapeMarkdown */.FV)(report.current.path)}. Closing this issue; the drift monitor opens a new one if the data drifts again.`;
}
function duplicateComment(kept) {
    return `Duplicate of #${kept}: two drift checks ran at the same time and both opened an issue. #${kept} is kept up to date.`;
}
/** Plain text for the dispatched workflow's `reason` input: one line, no control characters, bounded. */
function dispatchReason(report, run, maxLength = 1000) {
    const drift = report.drift;
    const names = driftedColumnNames(drift);
    const shownNames = names.slice(0, 10).join(', ') + (names.length > 10 ? ` and ${names.length - 10} more` : '');
    const counts = driftCounts(drift, (text) => text, { drifted: true });
    const text = `Data drift in ${report.current.path}: ${counts}${names.length ? `: ${shownNames}` : ''}.${run.url ? ` ${run.url}` : ''}`;
    const clean = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
    return clean.length > maxLength ? `${clean.slice(0, maxLength - 1)}…` : clean;
}

// EXTERNAL MODULE: ./src/shared/object-lines.ts
var object_lines = __webpack_require__(77364);
;// CONCATENATED MODULE: ./src/drift/monitor-targets.ts
/**
 * What the drift monitor compares with what. A dataset, or a profile of one unnamed dataset, is one
 * table and `current` is one file. A profile validate-data wrote for a contract names its schema
 * objects: `object` chooses among them (default: all), and `current` gives one file for a single
 * object or `name: path` lines, one per object, as validate-data's `data` does.
 */




function quoted(names) {
    return names.map((name) => `"${name}"`).join(', ');
}
function fromLines(lines, names, choice, reference, workspace) {
    const unknown = lines.filter((line) => !names.includes(line.name)).map((line) => line.name);
    if (unknown.length > 0)
        throw new errors/* ConfigurationError */.j1('current', `names schema object ${quoted(unknown)}, which reference ${reference.shownAs} does not profile (it has ${names.join(', ')})`);
    const twice = (0,object_lines/* repeatedName */.OC)(lines.map((line) => line.name));
    if (twice)
        throw new errors/* ConfigurationError */.j1('current', `names schema object "${twice}" twice: give each object one file`);
    const given = new Map(lines.map((line) => [line.name, (0,input_file/* inputFile */.xm)(line.path, workspace)]));
    if (choice.length > 0) {
        const unchosen = lines.filter((line) => !choice.includes(line.name)).map((line) => line.name);
        if (unchosen.length > 0)
            throw new errors/* ConfigurationError */.j1('current', `gives data for ${quoted(unchosen)}, which object does not choose (object: ${choice.join(', ')})`);
        const missing = choice.filter((name) => !given.has(name));
        if (missing.length > 0)
            throw new errors/* ConfigurationError */.j1('object', `chooses ${quoted(missing)}, but current gives no data for it: add a \`name: path\` line for each`);
        return { targets: choice.map((name) => ({ object: name, current: given.get(name) })), notMeasured: [] };
    }
    return {
        targets: names.filter((name) => given.has(name)).map((name) => ({ object: name, current: given.get(name) })),
        notMeasured: names.filter((name) => !given.has(name)).map((name) => ({ object: name, reason: `current gives no data for schema object ${name}` })),
    };
}
/** `choice` is the `object` input: schema objects of the reference profile, none for all. */
function planTargets(reference, currentRaw, choice, workspace) {
    (0,input_file/* requireInputFile */.UA)('reference', reference);
    const plan = chooseTargets(reference, currentRaw, choice, workspace);
    for (const target of plan.targets)
        (0,input_file/* requireInputFile */.UA)('current', target.current);
    return plan;
}
function chooseTargets(reference, currentRaw, choice, workspace) {
    const profile = (0,drift_profile/* looksLikeProfile */.hE)(reference.path) ? (0,drift_profile/* readProfile */.er)(reference.path, reference.shownAs) : undefined;
    const names = profile ? (0,drift_profile/* profileObjects */.y5)(profile).filter((name) => name !== undefined) : [];
    const lines = (0,object_lines/* parseObjectLines */.ws)(currentRaw, new Set(names), workspace);
    const paths = lines ? [] : (0,object_lines/* meaningfulLines */.KV)(currentRaw);
    if (!lines && paths.length !== 1) {
        throw new errors/* ConfigurationError */.j1('current', `gives ${paths.length} lines that are not all \`name: path\`: give one file, or one \`name: path\` line per schema object of a reference profile`);
    }
    const chosen = [...new Set(choice)];
    if (names.length === 0) {
        const what = profile ? `${reference.shownAs} profiles one unnamed dataset` : `${reference.shownAs} is a dataset (one table)`;
        if (chosen.length > 0)
            throw new errors/* ConfigurationError */.j1('object', `names ${quoted(chosen)}, but reference ${what}: object chooses among the schema objects of a profile that covers several`);
        if (lines)
            throw new errors/* ConfigurationError */.j1('current', `gives \`name: path\` lines, but reference ${what}: give one file`);
        return { profile, targets: [{ current: (0,input_file/* inputFile */.xm)(paths[0], workspace) }], notMeasured: [] };
    }
    const unknown = chosen.filter((name) => !names.includes(name));
    if (unknown.length > 0)
        throw new errors/* ConfigurationError */.j1('object', `names ${quoted(unknown)}, which reference ${reference.shownAs} does not profile (it has ${names.join(', ')})`);
    if (lines)
        return { profile, ...fromLines(lines, names, chosen, reference, workspace) };
    const objects = chosen.length > 0 ? chosen : names;
    if (objects.length === 1)
        return { profile, targets: [{ object: objects[0], current: (0,input_file/* inputFile */.xm)(paths[0], workspace) }], notMeasured: [] };
    if (chosen.length > 0) {
        throw new errors/* ConfigurationError */.j1('current', `gives one file for the ${chosen.length} schema objects object chooses (${chosen.join(', ')}): give one \`name: path\` line per object`);
    }
    throw new errors/* ConfigurationError */.j1('object', `is needed: reference ${reference.shownAs} profiles ${names.length} schema objects (${names.join(', ')}) and current gives one file; set object to the one that file holds, or give current as \`name: path\` lines, one per object`);
}

;// CONCATENATED MODULE: ./src/drift/action.ts
/**
 * drift: scheduled monitoring of fresh data against the training data (a dataset or the profile
 * validate-data wrote). Measures per-column drift, writes a JSON report and the job summary, and
 * when the data drifted keeps one issue up to date, starts retraining, or fails the step.
 */














/* harmony default export */ const drift_action = ((0,action/* defineAction */.QP)({
    name: 'drift',
    inputs: driftInputs,
    outputs: driftOutputs,
    async run({ inputs, run, setOutput }) {
        const onDrift = inputs['on-drift'];
        const labels = inputs['issue-labels'];
        if (onDrift.includes('issue') && labels.length === 0)
            throw new errors/* ConfigurationError */.j1('issue-labels', 'needs at least one label: the drift issue is found again by its first label');
        const reference = (0,input_file/* inputFile */.xm)(inputs.reference, run.workspace);
        const plan = planTargets(reference, inputs.current, inputs.object ?? [], run.workspace);
        const measurement = await (0,log/* group */.Os)('Drift', async () => {
            const result = await measureDrift({
                reference,
                plan,
                selection: { columns: inputs.columns, categorical: inputs['categorical-columns'], numerical: inputs['numerical-columns'], exclude: inputs['exclude-columns'] },
                method: inputs['drift-method'],
                threshold: inputs['drift-threshold'],
                driftShare: inputs['drift-share'],
                missingTokens: inputs['missing-values'],
            });
            for (const entry of result.drift.not_measured ?? [])
                core/* warning */.$e(`${entry.reason}: its drift is not measured`);
            for (const column of result.drift.columns) {
                const p = column.p_value === undefined ? '' : `, p-value ${column.p_value.toPrecision(3)}`;
                core/* info */.pq(`${columnName(result.drift, column)}: ${column.test} ${column.statistic === null ? '∞' : column.statistic.toPrecision(4)}${p}, threshold ${column.threshold}: ${column.drifted ? 'drifted' : 'no drift'}`);
            }
            for (const entry of result.drift.skipped)
                core/* info */.pq(`${columnName(result.drift, entry)}: not tested (${entry.reason})`);
            return result;
        });
        const drift = measurement.drift;
        if (drift.columns.length === 0)
            core/* warning */.$e('No column was tested for drift; see the job summary for why each was left out.');
        const runInfo = { time: new Date().toISOString(), url: run.runUrl };
        const report = {
            format: DRIFT_REPORT_FORMAT,
            generated_at: runInfo.time,
            current: measurement.current,
            drift,
            on_drift: onDrift,
            ...(run.runUrl ? { run_url: run.runUrl } : {}),
        };
        const wantsGitHub = onDrift.includes('issue') || (onDrift.includes('dispatch') && drift.drifted);
        let github;
        if (wantsGitHub && inputs.token && run.repository) {
            github = { client: (0,shared_github/* createGitHubClient */.LX)(inputs.token, run.apiUrl), repository: run.repository };
        }
        else if (wantsGitHub) {
            const missing = [inputs.token ? undefined : 'no token (the `token` input, or GITHUB_TOKEN outside a workflow)', run.repository ? undefined : 'no repository (GITHUB_REPOSITORY)'];
            const message = `Not connected to GitHub: ${missing.filter(Boolean).join(' and ')}. What on-drift asks of GitHub is printed in the log instead of done.`;
            if (process.env['GITHUB_ACTIONS'] === 'true')
                core/* warning */.$e(message);
            else
                core/* notice */.lm(message);
        }
        if (onDrift.includes('issue')) {
            report.issue = await (0,log/* group */.Os)('Drift issue', () => keepDriftIssue(report, github, {
                labels,
                key: inputs['issue-key'] ?? '',
                author: inputs['issue-author'],
                content: {
                    title: inputs['issue-title'],
                    labels,
                    body: renderIssueBody(report, inputs['issue-key'] ?? '', runInfo),
                    comment: stillDriftedComment(report, runInfo),
                    duplicateComment: duplicateComment,
                },
                recovered: recoveredComment(report, runInfo),
            }));
        }
        if (onDrift.includes('dispatch') && drift.drifted) {
            const given = inputs['dispatch-inputs'] ?? {};
            report.dispatch = await (0,log/* group */.Os)('Workflow dispatch', () => startWorkflow(github, {
                workflow: inputs.workflow,
                ref: inputs.ref,
                eventDefaultBranch: run.event['repository']?.['default_branch'],
                inputs: { ...given, reason: given['reason'] ?? dispatchReason(report, runInfo) },
            }));
        }
        // The report and the summary are written whole, once everything has run, whatever failed.
        const reportPath = inputs.report ? (0,files/* resolveInWorkspace */.z1)(inputs.report, run.workspace) : (0,external_node_path_.join)(run.temp, 'drift-report.json');
        (0,files/* writeFileAtomic */.Zf)(reportPath, `${JSON.stringify(report, null, 2)}\n`);
        const workflowPage = report.dispatch && run.repository ? `${run.serverUrl}/${run.repository.owner}/${run.repository.repo}/actions/workflows/${encodeURIComponent(report.dispatch.workflow)}` : undefined;
        await core/* summary */.z.addRaw(renderSummary(report, runInfo, actionLines(report, workflowPage))).write();
        setOutput('drifted', drift.drifted);
        setOutput('share', drift.share);
        setOutput('drifted-columns', drift.drifted_columns);
        setOutput('drifted-column-names', driftedColumnNames(drift));
        setOutput('report', reportPath);
        setOutput('issue-number', report.issue?.number ?? '');
        setOutput('issue-url', report.issue?.url ?? '');
        const problems = [];
        if (report.issue?.outcome === 'failed')
            problems.push(`could not keep the drift issue: ${report.issue.error}`);
        if (report.dispatch?.outcome === 'failed')
            problems.push(`could not start ${report.dispatch.workflow}: ${report.dispatch.error}`);
        if (problems.length > 0)
            throw new errors/* UserError */.yo(problems.join('; '));
        if (drift.drifted && onDrift.includes('fail')) {
            throw new errors/* ActionFailed */.ij(`the data drifted: ${driftCounts(drift, (text) => text)}; see the job summary and ${reportPath}`);
        }
    },
}));


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
