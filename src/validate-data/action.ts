/**
 * validate-data: checks data files against an Open Data Contract, compares the contract with the
 * base branch's for breaking changes, and measures drift against a reference.
 */
import { join } from 'node:path';
import * as core from '@actions/core';
import { defineAction } from '../shared/action.ts';
import { plural } from '../shared/counts.ts';
import { ActionFailed, ConfigurationError } from '../shared/errors.ts';
import { resolveInWorkspace, writeFileAtomic } from '../shared/files.ts';
import { shownPath } from '../shared/input-file.ts';
import { AnnotationBudget, group } from '../shared/log.ts';
import { combineProfiles, ProfileBuilder } from '../drift/profile.ts';
import { loadBaseContract } from './base-contract.ts';
import { compareContracts, isMajorBump } from './breaking.ts';
import { ContractError, readContractFile, type Contract, type ContractObject } from './contract.ts';
import { declaredKinds, driftReport, loadReferences, mergeDrift } from './drift-step.ts';
import { validateDataInputs, validateDataOutputs } from './inputs.ts';
import { ForeignKeyChecks } from './foreign-keys.ts';
import { renderJUnit } from './junit.ts';
import { annotateChanges, annotateChecks, countVerdict } from './outcome.ts';
import { REPORT_FORMAT, type BreakingChange, type DriftReport, type ObjectReport, type ValidationReport } from './report-types.ts';
import { resolveReferences } from './reference-sources.ts';
import { resolveSources } from './sources.ts';
import { renderSummary } from './summary.ts';
import { validateObjectFiles, type DataSource } from './validate.ts';

function readContract(path: string, shownAs: string, budget: AnnotationBudget): Contract {
  try {
    return readContractFile(path, shownAs);
  } catch (error) {
    // Every problem gets its own annotation at its line; the step then fails with all of them listed.
    if (error instanceof ContractError) {
      for (const problem of error.problems) budget.add({ level: 'error', title: 'data contract', message: problem.message, location: problem.location });
      budget.finish();
    }
    throw error;
  }
}

/** Sources by schema object, in the contract's order of first appearance. */
function groupByObject(sources: readonly DataSource[]): Map<ContractObject, DataSource[]> {
  const groups = new Map<ContractObject, DataSource[]>();
  for (const source of sources) {
    const files = groups.get(source.object);
    if (files) files.push(source);
    else groups.set(source.object, [source]);
  }
  return groups;
}

export default defineAction({
  name: 'validate-data',
  inputs: validateDataInputs,
  outputs: validateDataOutputs,
  async run({ inputs, run, setOutput }) {
    const workspace = run.workspace;
    const budget = new AnnotationBudget(inputs['max-annotations']);
    const contractPath = resolveInWorkspace(inputs.contract, workspace);
    const contract = readContract(contractPath, shownPath(inputs.contract), budget);
    const missingTokens = inputs['missing-values'].split(',').map((token) => token.trim()).filter((token) => token !== '');
    const read = { delimiter: inputs.delimiter === undefined ? undefined : inputs.delimiter.replace(/^\\t$/, '\t'), quote: inputs.quote, header: inputs.header };
    if (read.delimiter !== undefined && read.delimiter.length !== 1) throw new ConfigurationError('delimiter', `must be one character (\\t for tab), got "${inputs.delimiter}"`);

    const sources = await resolveSources(contract, contractPath, inputs.data, workspace);
    const groups = groupByObject(sources);
    const referencePlan = inputs.reference ? resolveReferences(contract, inputs.reference, workspace, [...groups.keys()]) : undefined;
    // The base contract first: a bad token or a missing permission should fail before minutes of reading.
    const base = await group('Base contract', () =>
      loadBaseContract({ input: inputs['base-contract'], resolvedInput: inputs['base-contract'] ? resolveInWorkspace(inputs['base-contract'], workspace) : undefined, contractPath, run, token: inputs.token }),
    );

    // Each schema object's files are checked together (uniqueness spans them) and profiled together.
    const wantsProfile = Boolean(referencePlan || inputs['profile-out']);
    const profileOptions = { missingTokens: new Set(['', ...missingTokens]) };
    // Profiles keep the contract's order whatever order the objects are read in: the first is the top-level one.
    const builders = new Map<ContractObject, ProfileBuilder>();
    if (wantsProfile) for (const object of groups.keys()) builders.set(object, new ProfileBuilder(profileOptions));
    const foreignKeys = new ForeignKeyChecks(contract, new Set(groups.keys()), { samples: inputs.samples, temp: run.temp, missingTokens });
    const objects: ObjectReport[] = [];
    try {
      const reportsOf = new Map<ContractObject, ObjectReport[]>();
      for (const object of foreignKeys.order([...groups.keys()])) {
        const files = groups.get(object)!;
        const builder = builders.get(object);
        reportsOf.set(
          object,
          await group(`Checking ${files.map((file) => file.shownAs).join(', ')} against ${object.name}`, () =>
            validateObjectFiles(
              contract,
              files,
              { samples: inputs.samples, missingTokens, extraColumns: inputs['extra-columns'], missingColumns: inputs['missing-columns'], temp: run.temp, now: Date.now() },
              read,
              (_, batch, file, source) => {
                builder?.addColumns(batch.columns, batch.data, batch.length);
                foreignKeys.watch(object, batch, file, source.shownAs);
              },
            ),
          ),
        );
        foreignKeys.done(object);
      }
      // Foreign keys are looked up once every object is read; each referencing file gets its own result.
      for (const object of groups.keys()) {
        for (const [file, report] of reportsOf.get(object)!.entries()) {
          report.checks.push(...foreignKeys.results(object, file, report.rows));
          core.info(`${report.file}: ${report.rows} rows, ${report.checks.filter((c) => c.result !== 'passed').length} of ${report.checks.length} checks not passed`);
          objects.push(report);
        }
      }
    } finally {
      // A file that cannot be read leaves joins unfinished, their keys perhaps spilled; finished ones have nothing left.
      foreignKeys.discard();
    }

    let changes: BreakingChange[] = [];
    let baseInfo: ValidationReport['base_contract'];
    if (base && 'contract' in base) {
      changes = compareContracts(base.contract, contract, objects, inputs.compatibility);
      baseInfo = { source: base.source, version: base.contract.version, major_bumped: isMajorBump(base.contract.version, contract.version) };
    } else if (base && 'missing' in base) {
      core.info(`${base.missing} does not exist on the base branch: a new contract, nothing to compare.`);
    }

    const profiles = [...builders].map(([object, builder]) => ({ object: object.name, profile: builder.build(declaredKinds(object).kinds, groups.get(object)!.map((file) => file.shownAs).join(', ')) }));
    const currentProfile = profiles.length > 0 ? combineProfiles(profiles) : undefined;
    let drift: DriftReport | undefined;
    if (referencePlan && builders.size > 0) {
      const driftOptions = { method: inputs['drift-method'], threshold: inputs['drift-threshold'], driftShare: inputs['drift-share'], columns: inputs['drift-columns'] };
      drift = await group('Drift', async () => {
        const references = await loadReferences(referencePlan, [...builders.keys()], { missingTokens: profileOptions.missingTokens, read });
        const merged = mergeDrift(references.found.map(({ object, reference }) => driftReport(reference, builders.get(object)!.summaries(), object, driftOptions)));
        return merged && references.notMeasured.length > 0 ? { ...merged, not_measured: references.notMeasured } : merged;
      });
    }

    const majorBumped = baseInfo?.major_bumped ?? false;
    const verdict = countVerdict(objects, changes, majorBumped, drift, inputs['fail-on']);
    const rows = objects.reduce((total, object) => total + object.rows, 0);
    const truncated = objects.some((object) => object.checks.some((check) => (check.samples?.length ?? 0) < (check.count ?? 0) && check.result !== 'passed'));
    const report: ValidationReport = {
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
    const reportPath = inputs.report ? resolveInWorkspace(inputs.report, workspace) : join(run.temp, 'validation-report.json');
    writeFileAtomic(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    if (inputs.junit) writeFileAtomic(resolveInWorkspace(inputs.junit, workspace), renderJUnit(report));
    let profilePath: string | undefined;
    if (inputs['profile-out'] && currentProfile) {
      profilePath = resolveInWorkspace(inputs['profile-out'], workspace);
      writeFileAtomic(profilePath, `${JSON.stringify(currentProfile)}\n`);
    }
    await core.summary.addRaw(renderSummary(report, { annotationsLeftOut: leftOut })).write();

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
      const parts = [plural(verdict.errors, 'error')];
      if (inputs['fail-on'] === 'warning') parts.push(plural(verdict.warnings, 'warning'));
      if (breaking && !majorBumped) parts.push(`${plural(breaking, 'breaking contract change')} without a major version bump (${baseInfo?.version} → ${contract.version})`);
      throw new ActionFailed(`data contract ${contract.id} failed: ${parts.join(', ')}; see the job summary and ${reportPath}`);
    }
  },
});
