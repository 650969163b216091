/**
 * YAML files checked against a JSON Schema, with every problem at its file:line:column. ajv reports
 * JSON pointers; the `yaml` library's nodes keep source ranges, and a LineCounter turns an offset
 * into a line. All problems are collected, so a user fixes the file in one go.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { LineCounter, isMap, isNode, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { UserError, formatLocation, type SourceLocation } from './errors.ts';

export interface FileProblem {
  message: string;
  location: SourceLocation;
}

/** A file with one or more problems; the message lists them all, the location is the first. */
export class FileProblems extends UserError {
  readonly problems: readonly FileProblem[];
  constructor(file: string, problems: FileProblem[], what = 'file') {
    const lines = problems.map((problem) => `  ${formatLocation(problem.location)}: ${problem.message}`);
    super(
      problems.length === 1
        ? `${formatLocation(problems[0]!.location)}: ${problems[0]!.message}`
        : `${file}: ${problems.length} problems in the ${what}:\n${lines.join('\n')}`,
      problems[0]?.location ?? { file },
    );
    this.name = 'FileProblems';
    this.problems = problems;
  }
}

/**
 * Compiles a schema with the toolkit's settings: all errors, formats, and `x-hint` (a plain-words
 * description of what an `anyOf` accepts, used instead of ajv's one error per alternative).
 */
export function compileSchema(schema: object): ValidateFunction {
  const ajv = new Ajv2020.default({ allErrors: true, strict: true, verbose: true });
  addFormats.default(ajv);
  ajv.addKeyword({ keyword: 'x-hint', schemaType: 'string' });
  return ajv.compile(inlineLocalRefs(schema));
}

/**
 * Replaces `#/$defs/...` references by copies of what they name. ajv restarts an error's schema
 * path at each $ref target, which hides which alternative of an anyOf an error came from; with the
 * references inlined, every error's schema path runs from the root. Recursive schemas are refused.
 */
export function inlineLocalRefs<T>(schema: T): T {
  const root = schema as Record<string, any>;
  const resolve = (node: unknown, trail: string[]): unknown => {
    if (Array.isArray(node)) return node.map((item) => resolve(item, trail));
    if (typeof node !== 'object' || node === null) return node;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.startsWith('#/')) {
      if (trail.includes(ref)) throw new Error(`schema reference ${ref} is recursive; it cannot be inlined`);
      const target = pointerSegments(ref.slice(1)).reduce<any>((value, segment) => value?.[segment], root);
      if (target === undefined) throw new Error(`schema reference ${ref} names nothing`);
      const { $ref: _ref, ...rest } = node as Record<string, unknown>;
      return { ...(resolve(target, [...trail, ref]) as object), ...(resolve(rest, trail) as object) };
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, key === '$defs' ? value : resolve(value, trail)]));
  };
  const inlined = resolve(root, []) as Record<string, unknown>;
  delete inlined['$defs'];
  return inlined as T;
}

/** A parsed YAML document and a way to find where a JSON pointer's value is written. */
export class YamlSource {
  readonly file: string;
  readonly document: Document.Parsed;
  readonly lines = new LineCounter();

  constructor(text: string, file: string) {
    this.file = file;
    this.document = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
  }

  /** Syntax errors (and duplicate keys) with their positions. */
  syntaxProblems(): FileProblem[] {
    return this.document.errors.map((error) => ({
      message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
      location: this.at(error.pos[0]),
    }));
  }

  at(offset: number): SourceLocation {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }

  /** The node a pointer names, or the deepest existing ancestor; `key` gives the key's position instead of the value's. */
  locate(path: readonly (string | number)[], key = false): SourceLocation {
    let node: unknown = this.document.contents;
    let position = this.rangeStart(node) ?? 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && String(isScalar(item.key) ? item.key.value : item.key) === String(segment));
        if (!pair) break;
        const keyStart = this.rangeStart(pair.key);
        position = keyStart ?? position;
        node = pair.value;
        if (!key || segment !== path[path.length - 1]) position = this.rangeStart(node) ?? position;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item === undefined) break;
        node = item;
        position = this.rangeStart(node) ?? position;
      } else {
        break;
      }
    }
    return this.at(position);
  }

  private rangeStart(node: unknown): number | undefined {
    return isNode(node) ? ((node as Node).range?.[0] ?? undefined) : undefined;
  }
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `metrics.accuracy.min`, `slices[0].by`: how a path reads in a message. */
export function displayPath(segments: readonly (string | number)[]): string {
  let text = '';
  for (const segment of segments) {
    if (typeof segment === 'number' || /^\d+$/.test(segment)) text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text || 'the top level';
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`;
  return String(value);
}

function messageOf(error: ErrorObject): string {
  const params = error.params as Record<string, any>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter((name) => name !== '$schema');
      return `unknown key "${params.additionalProperty}"${allowed.length ? ` (expected one of: ${allowed.join(', ')})` : ''}`;
    }
    case 'required':
      return `missing "${params.missingProperty}"`;
    case 'type':
      return `must be ${params.type === 'integer' ? 'a whole number' : `a ${params.type === 'object' ? 'mapping' : params.type === 'array' ? 'list' : params.type}`}, got ${describeValue(error.data)}`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}, got ${describeValue(error.data)}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}, got ${describeValue(error.data)}`;
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const words = { minimum: 'at least', exclusiveMinimum: 'more than', maximum: 'at most', exclusiveMaximum: 'less than' }[error.keyword];
      return `must be ${words} ${params.limit}, got ${describeValue(error.data)}`;
    }
    case 'minProperties':
      return 'must not be empty';
    case 'anyOf':
    case 'oneOf': {
      const hint = (error.parentSchema as { 'x-hint'?: string } | undefined)?.['x-hint'];
      return `must be ${hint ?? 'one of the allowed forms'}, got ${describeValue(error.data)}`;
    }
    default:
      return `${error.message ?? 'is not valid'}${error.data !== undefined && typeof error.data !== 'object' ? `, got ${describeValue(error.data)}` : ''}`;
  }
}

// Schema paths restart at "#" inside a $ref, so an alternative's errors are told by position too.
function within(error: ErrorObject, choice: ErrorObject, prefix: string): boolean {
  const inside = error.instancePath === choice.instancePath || error.instancePath.startsWith(`${choice.instancePath}/`);
  return inside && error.schemaPath.startsWith(prefix);
}

/**
 * ajv reports every failed alternative of an anyOf. Keep what helps: when one alternative has the
 * right shape (its failures are inside the value, not about its type), its errors; otherwise one
 * message saying what the value may be.
 */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  let remaining = [...errors];
  const alternatives = remaining
    .filter((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf')
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const choice of alternatives) {
    if (!remaining.includes(choice)) continue;
    const prefix = `${choice.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const error of remaining) {
      if (!within(error, choice, prefix)) continue;
      const index = error.schemaPath.slice(prefix.length).split('/')[0]!;
      branches.set(index, [...(branches.get(index) ?? []), error]);
    }
    const shapeErrors = new Set(['type', 'const', 'enum', 'pattern']);
    const fitting = [...branches.values()].filter(
      (branch) => !branch.some((error) => error.instancePath === choice.instancePath && shapeErrors.has(error.keyword)),
    );
    const keep = fitting.length > 0 ? fitting.sort((a, b) => a.length - b.length)[0]! : [];
    remaining = remaining.filter((error) => !within(error, choice, prefix) || keep.includes(error));
    if (fitting.length > 0) remaining = remaining.filter((error) => error !== choice);
  }
  return remaining;
}

/** Checks a parsed document against a compiled schema; returns every problem with its position. */
export function schemaProblems(source: YamlSource, data: unknown, validate: ValidateFunction): FileProblem[] {
  if (validate(data)) return [];
  const problems: FileProblem[] = [];
  const seen = new Set<string>();
  for (const error of simplify(validate.errors ?? [])) {
    const path = pointerSegments(error.instancePath);
    let location: SourceLocation;
    let where = path;
    if (error.keyword === 'additionalProperties') {
      where = [...path, String((error.params as { additionalProperty: string }).additionalProperty)];
      location = source.locate(where, true);
    } else {
      location = source.locate(path);
    }
    const message = `${displayPath(error.keyword === 'additionalProperties' ? path : where)}: ${messageOf(error)}`;
    const key = `${formatLocation(location)} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ message, location });
  }
  return problems.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0));
}

const compiledSchemas = new WeakMap<object, ValidateFunction>();

/**
 * Parses YAML (or JSON) text and checks it against a schema; throws `FileProblems` listing every
 * syntax or schema problem at its file:line:column. `what` names the kind of file in the message.
 */
export function parseSchemaFile<T>(text: string, file: string, schema: object, what = 'file'): T {
  const source = new YamlSource(text, file);
  const syntax = source.syntaxProblems();
  if (syntax.length > 0) throw new FileProblems(file, syntax, what);
  const data = source.document.toJS() as unknown;
  let validate = compiledSchemas.get(schema);
  if (!validate) compiledSchemas.set(schema, (validate = compileSchema(schema)));
  const problems = schemaProblems(source, data, validate);
  if (problems.length > 0) throw new FileProblems(file, problems, what);
  return data as T;
}
