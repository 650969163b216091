/**
 * A YAML (or JSON) configuration file checked against a JSON Schema, with every mistake reported at
 * its file and line, the way a reviewer would point at it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { UserError } from './errors.ts';

const compiled = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = addFormats.default(new Ajv2020({ allErrors: true, strict: false })).compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** Parses YAML text and validates it; `shownAs` is the name used in messages (workspace-relative). */
export function parseValidatedYaml<T>(text: string, shownAs: string, schema: object): T {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true });
  const [syntax] = document.errors;
  if (syntax) {
    const position = syntax.linePos?.[0];
    throw new UserError(`${shownAs}${position ? `:${position.line}:${position.col}` : ''}: not valid YAML or JSON: ${syntax.message.split('\n')[0]}`, {
      file: shownAs,
      line: position?.line,
      column: position?.col,
    });
  }
  const data = document.toJS() as unknown;
  const validate = validatorFor(schema);
  if (!validate(data)) {
    const errors = validate.errors ?? [];
    const first = errors[0]!;
    const line = lineOf(document, lineCounter, first.instancePath);
    const messages = errors.slice(0, 5).map((error) => describe(error, document, lineCounter, shownAs));
    const more = errors.length > 5 ? `\n  … and ${errors.length - 5} more` : '';
    throw new UserError(`${shownAs}${line ? `:${line}` : ''}: ${errors.length === 1 ? messages[0] : `${errors.length} problems:\n  ${messages.join('\n  ')}${more}`}`, {
      file: shownAs,
      line,
    });
  }
  return data as T;
}

export function readValidatedYaml<T>(path: string, shownAs: string, schema: object): T {
  if (!existsSync(path)) throw new UserError(`${shownAs}: file not found`, { file: shownAs });
  return parseValidatedYaml<T>(readFileSync(path, 'utf8'), shownAs, schema);
}

function pathSegments(instancePath: string): string[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function lineOf(document: Document, lineCounter: LineCounter, instancePath: string): number | undefined {
  const segments: unknown[] = pathSegments(instancePath).map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  // The deepest node that exists: a missing property is reported at its parent.
  for (let length = segments.length; length >= 0; length--) {
    const node = document.getIn(segments.slice(0, length), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

function describe(error: ErrorObject, document: Document, lineCounter: LineCounter, shownAs: string): string {
  const where = error.instancePath === '' ? 'the file' : pathSegments(error.instancePath).join('.');
  const line = lineOf(document, lineCounter, error.instancePath);
  let message = error.message ?? 'is not valid';
  if (error.keyword === 'additionalProperties') message = `has an unknown key "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  if (error.keyword === 'enum') message = `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where} ${message}${line ? ` (${shownAs}:${line})` : ''}`;
}
