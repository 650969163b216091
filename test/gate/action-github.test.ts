// The gate as GitHub runs it (the bundled action in a child process) against the GitHub REST
// stand-in: first model, champion comparison with alias moves, a blocked gate, the override label,
// dry runs, bad policies and missing metrics. Build first: the harness runs dist/.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runAction, type ActionResult } from '../harness/run-action.ts';
import { octokitFor, startGitHub, type GitHubStandIn } from '../stand-ins/github/index.ts';
import { unzipFiles } from '../stand-ins/github/zip.ts';
import type { Account } from '../stand-ins/github/index.ts';
import { GitHubRegistry } from '../../src/registry/github.ts';
import { aliasAt, promotionOf } from '../../src/registry/types.ts';
import type { AliasDocument } from '../../src/registry/alias-document.ts';
import type { GateDecision } from '../../src/gate/decision.ts';
import { assertValidDecision, registrationOf } from './helpers.ts';

const POLICY = ['metrics:', '  accuracy:', '    min: 0.9', '    max_regression: 0.01', '    non_inferior: { margin: 0.02 }', 'require:', '  eval_rows: { min: 100 }', ''].join('\n');

function workspace(options: { policy?: string; accuracy?: number; difference?: [number, number]; metrics?: boolean } = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'gate-ws-'));
  mkdirSync(join(folder, 'ml'));
  mkdirSync(join(folder, 'model', 'assets'), { recursive: true });
  writeFileSync(join(folder, 'ml', 'policy.yaml'), options.policy ?? POLICY);
  const accuracy = options.accuracy ?? 0.95;
  const difference = options.difference ?? [-0.004, 0.012];
  if (options.metrics !== false) {
    writeFileSync(
      join(folder, 'metrics.json'),
      JSON.stringify({
        format: 'ml-actions/metrics@1',
        rows: 150,
        confidence: 0.95,
        metrics: { accuracy: { value: accuracy, ci: [accuracy - 0.03, accuracy + 0.02], difference: { value: (difference[0] + difference[1]) / 2, ci: difference } } },
        no_skill: { accuracy: 0.333 },
      }),
    );
  }
  writeFileSync(join(folder, 'model', 'model.json'), JSON.stringify({ weights: [1, 2, 3] }));
  writeFileSync(join(folder, 'model', 'assets', 'labels.txt'), 'setosa\nversicolor\nvirginica\n');
  return folder;
}

async function gate(github: GitHubStandIn, ws: string, inputs: Record<string, string> = {}, extra: { event?: Record<string, unknown>; eventName?: string; sha?: string } = {}): Promise<ActionResult> {
  return runAction({
    action: 'gate',
    workspace: ws,
    apiUrl: github.url,
    serverUrl: github.serverUrl,
    sha: extra.sha ?? github.state.headOf('main'),
    eventName: extra.eventName ?? 'push',
    event: extra.event,
    inputs: { policy: 'ml/policy.yaml', metrics: 'metrics.json', model: 'model/', 'model-name': 'iris', ...inputs },
  });
}

/** Registers v1 as champion straight through the registry (a fast client: no write pacing). */
async function seedChampion(github: GitHubStandIn, accuracy: number): Promise<void> {
  const registry = new GitHubRegistry(octokitFor(github), { owner: github.owner, repo: github.repo, commit: github.state.headOf('main')! });
  const { version } = await registry.register(await registrationOf('iris', { accuracy }));
  await registry.moveAliases('iris', [promotionOf('champion', version)], { at: '2026-11-10T09:00:00.000Z', by: 'seed', reason: 'first model' });
}

/** People who label pull requests; none of them is the workflow's token. */
const PEOPLE: Record<string, Account> = {
  'data-scientist': { login: 'data-scientist', id: 7001, type: 'User' },
  reviewer: { login: 'reviewer', id: 7002, type: 'User' },
  'release-manager': { login: 'release-manager', id: 7003, type: 'User' },
};

function person(login: keyof typeof PEOPLE): Account {
  return PEOPLE[login]!;
}

/** Runs a seeding step with the stand-in's clock pinned, so events carry a known time. */
function atTime<T>(github: GitHubStandIn, iso: string, step: () => T): T {
  const clock = github.state.now;
  github.state.now = () => new Date(iso);
  try {
    return step();
  } finally {
    github.state.now = clock;
  }
}

function decisionOf(result: ActionResult): GateDecision {
  const decision = JSON.parse(readFileSync(result.outputs['decision']!, 'utf8')) as GateDecision;
  assertValidDecision(decision);
  return decision;
}

function aliasesOf(github: GitHubStandIn): AliasDocument {
  return JSON.parse(github.state.readFile('models/iris/aliases.json', 'ml-registry') ?? 'null') as AliasDocument;
}

function failureMessage(result: ActionResult): string {
  return result.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message).join('\n');
}

describe('gate action against the GitHub stand-in', { concurrency: true }, () => {
  test('first model: registered as a release with model, card and metadata; champion alias set; check run green', async () => {
    const github = await startGitHub();
    try {
      const ws = workspace();
      const result = await gate(github, ws, { 'override-label': 'accept-regression' });
      assert.equal(result.exitCode, 0, result.stdout);
      assert.equal(result.outputs['passed'], 'true');
      assert.equal(result.outputs['model-version'], '1');
      assert.equal(result.outputs['previous-version'], '');
      assert.equal(result.outputs['champion-version'], '');
      assert.equal(result.outputs['decision'], join(ws, 'gate-decision.json'));
      assert.match(result.outputs['release-url']!, /\/acme\/iris\/releases\/tag\/model%2Firis%2Fv1$/);

      const decision = decisionOf(result);
      assert.equal(decision.headline, 'Promote iris v1: 4 passed');
      assert.deepEqual(decision.rules.map((rule) => rule.line), [
        'accuracy 0.95 [0.92, 0.97] ≥ min 0.9 ✓',
        'accuracy 0.95 [0.92, 0.97]: no champion yet (first model) → passes ✓',
        'accuracy 0.95 [0.92, 0.97]: no champion yet (first model) → passes ✓',
        'evaluated on 150 rows ≥ min 100 ✓',
      ]);
      assert.deepEqual(decision.registry?.aliases, [{ alias: 'champion', version: '1', from: null }]);

      const release = github.state.releases.find((candidate) => candidate.tagName === 'model/iris/v1');
      assert.ok(release && !release.draft, 'published');
      assert.equal(github.state.latestRelease(), undefined, 'a model release never becomes the repository\'s latest release');
      assert.equal(github.state.git.refs.get('refs/tags/model/iris/v1'), github.state.headOf('main'), 'tagged on the commit that produced it');
      const assets = new Map(github.state.assetsOf(release.id).map((asset) => [asset.name, asset.data]));
      assert.deepEqual([...assets.keys()].sort(), ['iris-v1.zip', 'metadata.json', 'model-card.md']);
      const zipped = unzipFiles(assets.get('iris-v1.zip')!);
      assert.deepEqual(Object.keys(zipped).sort(), ['assets/labels.txt', 'model.json']);
      const metadata = JSON.parse(assets.get('metadata.json')!.toString());
      assert.equal(metadata.version, '1');
      assert.equal(metadata.model.digest, decision.model.digest);
      assert.equal(metadata.metrics.accuracy.value, 0.95);
      assert.equal(metadata.lineage.commit, github.state.headOf('main'));
      const card = assets.get('model-card.md')!.toString();
      assert.match(card, /^# iris v1\n/);
      assert.match(card, /\| `?<code>accuracy<\/code>`? +\| +0\.95 \[0\.92, 0\.97\] \| +0\.333 \|/);
      assert.match(card, /## Gate decision\n\n- accuracy 0\\\.95/);
      assert.equal(release.body, card, 'the release text is the model card');

      const aliases = aliasesOf(github);
      assert.deepEqual(aliases.aliases['champion']?.version, '1');
      assert.deepEqual(aliases.history.map((event) => [event.alias, event.version, event.from, event.by]), [['champion', '1', null, 'octocat']]);
      assert.equal(aliases.history[0]!.run_url, `${github.serverUrl}/acme/iris/actions/runs/1000`);

      const check = github.state.checkRuns.find((run) => run.name === 'model gate');
      assert.equal(check?.conclusion, 'success');
      assert.equal(check?.headSha, github.state.headOf('main'));
      assert.match(check?.output.summary ?? '', /Promote iris v1: 4 passed/);
      assert.match(result.summary, /✅ Promote iris v1: 4 passed/);
    } finally {
      await github.close();
    }
  });

  test('champion comparison: a better model becomes champion, the old one keeps previous, with history', async () => {
    const github = await startGitHub();
    try {
      await seedChampion(github, 0.94);
      const result = await gate(github, workspace({ accuracy: 0.95 }));
      assert.equal(result.exitCode, 0, result.stdout);
      assert.equal(result.outputs['model-version'], '2');
      assert.equal(result.outputs['previous-version'], '1');
      assert.equal(result.outputs['champion-version'], '1');
      const decision = decisionOf(result);
      assert.deepEqual(decision.champion, { alias: 'champion', version: '1', commit: 'c'.repeat(40), registered_at: '2026-11-20T10:00:00.000Z' });
      assert.equal(decision.rules[1]!.line, 'accuracy 0.95 vs champion 0.94 (v1): change +0.01, allowed down to −0.01 → within allowed regression ✓');
      assert.equal(decision.rules[2]!.line, 'accuracy 0.95 [0.92, 0.97] vs champion 0.94: change +0.004 [−0.004, +0.012], margin 0.02 → non-inferior ✓');
      assert.deepEqual(decision.registry?.aliases, [
        { alias: 'champion', version: '2', from: '1' },
        { alias: 'previous', version: '1', from: null },
      ]);
      const aliases = aliasesOf(github);
      assert.equal(aliases.aliases['champion']?.version, '2');
      assert.equal(aliases.aliases['previous']?.version, '1');
      assert.deepEqual(aliases.history.map((event) => [event.alias, event.version, event.from]), [
        ['champion', '1', null],
        ['champion', '2', '1'],
        ['previous', '1', null],
      ]);
      assert.equal(aliasAt(aliases.history, 'champion', new Date('2026-11-11T00:00:00Z')), '1', 'what was in production then');
      assert.equal(aliasAt(aliases.history, 'champion', new Date()), '2');
    } finally {
      await github.close();
    }
  });

  test('a regression blocks: outputs and decision written, check run red, nothing registered, the step fails', async () => {
    const github = await startGitHub();
    try {
      await seedChampion(github, 0.97);
      const result = await gate(github, workspace({ accuracy: 0.95, difference: [-0.045, -0.005] }));
      assert.equal(result.exitCode, 1);
      assert.equal(result.outputs['passed'], 'false');
      assert.equal(result.outputs['model-version'], '');
      assert.equal(result.outputs['champion-version'], '1');
      const decision = decisionOf(result);
      assert.equal(decision.passed, false);
      assert.equal(decision.headline, 'Block iris: 2 rules failed, 2 passed');
      assert.equal(decision.rules[1]!.line, 'accuracy 0.95 vs champion 0.97 (v1): change −0.02, allowed down to −0.01 → regressed ✗');
      assert.equal(decision.rules[2]!.line, 'accuracy 0.95 [0.92, 0.97] vs champion 0.97: change −0.025 [−0.045, −0.005], margin 0.02 → may be inferior ✗');
      assert.match(failureMessage(result), /^gate: Block iris: 2 rules failed, 2 passed\n {2}accuracy 0\.95 vs champion 0\.97/);
      assert.equal(github.state.releases.length, 1, 'only the champion');
      assert.equal(aliasesOf(github).aliases['champion']?.version, '1');
      assert.equal(github.state.checkRuns.find((run) => run.name === 'model gate')?.conclusion, 'failure');
      assert.match(result.summary, /❌ Block iris/);
    } finally {
      await github.close();
    }
  });

  test('override label on the pull request, read through the API, accepts the regression and records who added it last and when', async () => {
    const github = await startGitHub();
    try {
      await seedChampion(github, 0.97);
      const pull = github.state.addPullRequest({ head: 'retrain', title: 'Retrain on fresh data' });
      const headSha = pull.pull!.head.sha;
      // The payload predates the label: only the API knows it is there. Someone added it, a
      // reviewer took it off, and the release manager put it back: the last adder is the one on record.
      const event = { pull_request: { number: pull.number, head: { sha: headSha, ref: 'retrain' }, base: { ref: 'main', sha: github.state.headOf('main') }, labels: [] } };
      atTime(github, '2026-11-21T08:00:00Z', () => github.state.addLabels(pull.number, ['accept-regression'], person('data-scientist')));
      atTime(github, '2026-11-21T08:05:00Z', () => github.state.removeLabel(pull.number, 'accept-regression', person('reviewer')));
      atTime(github, '2026-11-21T09:30:00Z', () => github.state.addLabels(pull.number, ['accept-regression'], person('release-manager')));
      const result = await gate(github, workspace({ accuracy: 0.95, difference: [-0.045, -0.005] }), { 'override-label': 'accept-regression' }, { event, eventName: 'pull_request', sha: headSha });
      assert.equal(result.exitCode, 0, result.stdout);
      assert.equal(result.outputs['passed'], 'true');
      assert.equal(result.outputs['model-version'], '2');
      assert.ok(github.requests.some((request) => request.operationId === 'issues/list-events'), 'the adder comes from the issue events');
      const decision = decisionOf(result);
      assert.deepEqual(decision.override, {
        label: 'accept-regression',
        pull_request: pull.number,
        by: 'release-manager',
        at: '2026-11-21T09:30:00Z',
        applied: true,
        accepted: ['metrics.accuracy.max_regression', 'metrics.accuracy.non_inferior'],
      });
      assert.match(decision.rules[1]!.line, /→ regressed ✗ \(accepted: label "accept-regression" added by release-manager\)$/);
      assert.match(decision.headline, /^Promote iris v2: 2 rules failed, 2 passed, regression accepted by label "accept-regression"$/);
      const overrideLine = `Override label <code>accept-regression</code> on #${pull.number} (added by release\\-manager at 2026\\-11\\-21T09:30:00Z): accepted 2 failed comparisons.`;
      assert.ok(result.summary.includes(overrideLine), result.summary);
      const check = github.state.checkRuns.find((run) => run.name === 'model gate');
      assert.equal(check?.conclusion, 'neutral');
      assert.equal(check?.headSha, headSha, 'the check run is on the pull request head');
      assert.ok(check?.output.summary?.includes(overrideLine), 'the check run says so too');
      const history = aliasesOf(github).history;
      assert.equal(history.at(-2)!.reason, 'gate passed with the regression accepted by label "accept-regression" (added by release-manager)');
      const release = github.state.releases.find((candidate) => candidate.tagName === 'model/iris/v2')!;
      assert.match(release.body ?? '', /Regression accepted through the label <code>accept-regression<\/code> added by release\\-manager at 2026\\-11\\-21T09:30:00Z\./);
    } finally {
      await github.close();
    }
  });

  test('on a push after the merge, the label is read from the pull request merged as that commit', async () => {
    const github = await startGitHub();
    try {
      await seedChampion(github, 0.97);
      const merged = github.state.commit('main', { 'ml/notes.txt': 'retrained\n' }, { message: 'Merge pull request #1' });
      const pull = atTime(github, '2026-11-21T07:45:00Z', () => github.state.addPullRequest({ head: 'retrain', labels: ['accept-regression'], user: person('data-scientist') }));
      github.state.setIssueState(pull, 'closed');
      Object.assign(pull.pull!, { merged: true, mergedAt: github.state.timestamp(), mergeCommitSha: merged });
      const result = await gate(github, workspace({ accuracy: 0.95, difference: [-0.045, -0.005] }), { 'override-label': 'accept-regression' }, { sha: merged });
      assert.equal(result.exitCode, 0, result.stdout);
      const decision = decisionOf(result);
      assert.equal(decision.override?.pull_request, pull.number);
      assert.equal(decision.override?.applied, true);
      assert.equal(decision.override?.by, 'data-scientist', 'labels given when the pull request was opened were added by its author');
      assert.equal(decision.override?.at, '2026-11-21T07:45:00Z');
      assert.match(result.summary, /\(added by data\\-scientist at 2026\\-11\\-21T07:45:00Z\)/);
      assert.equal(github.state.git.refs.get('refs/tags/model/iris/v2'), merged);
    } finally {
      await github.close();
    }
  });

  test('dry run: decides and reports, registers nothing', async () => {
    const github = await startGitHub();
    try {
      const ws = workspace();
      const result = await gate(github, ws, { 'dry-run': 'true', model: '' });
      assert.equal(result.exitCode, 0, result.stdout);
      assert.equal(result.outputs['passed'], 'true');
      assert.equal(result.outputs['model-version'], '');
      const decision = decisionOf(result);
      assert.equal(decision.dry_run, true);
      assert.equal(decision.headline, 'Would promote iris: 4 passed');
      assert.deepEqual(decision.registry, { type: 'github' });
      assert.equal(github.state.releases.length, 0);
      assert.equal(github.state.headOf('ml-registry'), undefined);
      assert.equal(github.state.checkRuns[0]?.conclusion, 'success');
    } finally {
      await github.close();
    }
  });

  test('a failed upload leaves no half-made version: the draft release is deleted and the step fails', async () => {
    const github = await startGitHub();
    try {
      github.fault({ operationId: 'repos/upload-release-asset', kind: 'validation-failed' });
      const result = await gate(github, workspace());
      assert.equal(result.exitCode, 1);
      assert.equal(result.outputs['passed'], 'false');
      assert.equal(github.state.releases.length, 0, 'the draft is gone');
      assert.equal(github.state.headOf('ml-registry'), undefined, 'no alias moved');
      const decision = decisionOf(result);
      assert.match(decision.notes.at(-1) ?? '', /^Registration failed: /);
      assert.match(failureMessage(result), /^gate: Registering model\/iris\/v1 failed, and its draft release was removed: Validation Failed/);
    } finally {
      await github.close();
    }
  });

  test('bad policy: the step fails with every problem at its file and line, before any registry call', async () => {
    const github = await startGitHub();
    try {
      const ws = workspace({ policy: 'metrics:\n  accuracy:\n    min: high\n    max_regresion: 0.01\n' });
      const result = await gate(github, ws);
      assert.equal(result.exitCode, 1);
      const error = result.annotations.find((annotation) => annotation.level === 'error')!;
      assert.equal(error.file, 'ml/policy.yaml');
      assert.equal(error.line, 3);
      assert.equal(error.col, 10);
      assert.match(error.message, /ml\/policy\.yaml:3:10: metrics\.accuracy\.min: must be a number/);
      assert.match(error.message, /ml\/policy\.yaml:4:5: metrics\.accuracy: unknown key "max_regresion"/);
      assert.deepEqual(result.outputs, {});
      assert.equal(github.requests.length, 0);
      assert.ok(!existsSync(join(ws, 'gate-decision.json')));
    } finally {
      await github.close();
    }
  });

  test('a missing metrics file is an error, never a pass', async () => {
    const github = await startGitHub();
    try {
      const result = await gate(github, workspace({ metrics: false }));
      assert.equal(result.exitCode, 1);
      assert.match(failureMessage(result), /^gate: metrics\.json: metrics file not found$/);
      assert.equal(result.outputs['passed'], undefined);
      assert.equal(github.requests.length, 0);
    } finally {
      await github.close();
    }
  });

  test('inputs are checked before anything runs', async () => {
    const github = await startGitHub();
    try {
      const noModel = await gate(github, workspace(), { model: '' });
      assert.equal(noModel.exitCode, 1);
      assert.match(failureMessage(noModel), /Input "model" is required to register the model/);
      const reserved = await gate(github, workspace(), { alias: 'latest' });
      assert.match(failureMessage(reserved), /Input "alias" "latest" is reserved/);
      assert.equal(github.requests.length, 0);
    } finally {
      await github.close();
    }
  });
});
