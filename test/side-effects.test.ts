/**
 * The build tells webpack which modules of some packages run code when imported
 * (scripts/side-effects.ts); a module left off that list is dropped from the bundle when nothing
 * uses its exports. These tests keep the list true to the installed packages, and check that the
 * committed bundle got the benefit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../scripts/generated-docs.ts';
import { SIDE_EFFECTS, packageJsonPath } from '../scripts/side-effects.ts';

function modulesOf(packageRoot: string): string[] {
  return readdirSync(packageRoot, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.[cm]?js$/.test(file) && !file.split(/[\\/]/).includes('node_modules'))
    .map((file) => `./${file.split(/[\\/]/).join('/')}`)
    .sort();
}

/**
 * Top-level statements that do something beyond declaring. Imports, exports, functions, classes,
 * variables and assignments to a static of a class of the same file count as declaring; variable
 * initializers are not looked into (the generated code builds lookup tables there).
 */
function topLevelEffects(source: string, file: string): string[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const classes = new Set(sourceFile.statements.filter(ts.isClassDeclaration).map((declaration) => declaration.name?.text));
  const staticOfOwnClass = (statement: ts.Statement) =>
    ts.isExpressionStatement(statement) &&
    ts.isBinaryExpression(statement.expression) &&
    statement.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    ts.isPropertyAccessExpression(statement.expression.left) &&
    ts.isIdentifier(statement.expression.left.expression) &&
    classes.has(statement.expression.left.expression.text);
  return sourceFile.statements
    .filter(
      (statement) =>
        !ts.isImportDeclaration(statement) &&
        !ts.isExportDeclaration(statement) &&
        !ts.isFunctionDeclaration(statement) &&
        !ts.isClassDeclaration(statement) &&
        !ts.isVariableStatement(statement) &&
        !ts.isEmptyStatement(statement) &&
        !staticOfOwnClass(statement),
    )
    .map((statement) => statement.getText(sourceFile).split('\n')[0]!);
}

for (const [name, listed] of Object.entries(SIDE_EFFECTS)) {
  test(`every module of ${name} that runs code when imported is declared to`, () => {
    const packageRoot = dirname(packageJsonPath(ROOT, name));
    const modules = modulesOf(packageRoot);
    assert.ok(modules.length > 0, `no modules found under ${packageRoot}`);
    for (const module of listed) assert.ok(modules.includes(module), `${module} is declared but not in ${name}`);
    const undeclared = modules.flatMap((module) => {
      const effects = topLevelEffects(readFileSync(join(packageRoot, module), 'utf8'), module);
      return effects.length > 0 && !listed.includes(module) ? [`${module}: ${effects.join(' | ')}`] : [];
    });
    assert.deepEqual(undeclared, [], `add these to SIDE_EFFECTS in scripts/side-effects.ts if they must run:\n${undeclared.join('\n')}`);
  });
}

test('the Kubernetes chunk holds client-node and its models but none of its generated API classes', () => {
  const chunks = readdirSync(join(ROOT, 'dist'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, code: readFileSync(join(ROOT, 'dist', file), 'utf8') }))
    .filter(({ code }) => code.includes('// CONCATENATED MODULE: ./node_modules/@kubernetes/client-node/dist/config.js'));
  assert.equal(chunks.length, 1, `client-node's config.js is in ${chunks.map(({ file }) => file).join(', ') || 'no file'} of dist/`);
  const { code } = chunks[0]!;
  // Used: the models ObjectSerializer builds responses from, and the File polyfill index.js runs.
  assert.match(code, /^class V1Deployment \{/m);
  assert.match(code, /globalThis\.File = /);
  // Unused: the request factories, response processors and typed wrappers of every API group.
  assert.doesNotMatch(code, /class \w+ApiRequestFactory\b/);
  assert.doesNotMatch(code, /class \w+ApiResponseProcessor\b/);
  assert.doesNotMatch(code, /class Object\w+Api\b/);
});
