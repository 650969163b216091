/**
 * A YAML file parsed with its source positions kept, so any JSON pointer into the data (from ajv, or
 * from a check built out of the contract) becomes `file:line:column`.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { UserError, type SourceLocation } from '../shared/errors.ts';

export interface YamlSource {
  file: string;
  data: unknown;
  /** Where the value at this JSON pointer starts; with `key`, where that key of the object starts. */
  locate(pointer: string, key?: string): SourceLocation;
}

export function parseYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  // The core schema keeps dates such as 2024-05-01 as strings, as JSON Schema expects.
  const document = parseDocument(text, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const messages = document.errors.map((error) => {
      const position = lineCounter.linePos(error.pos[0]);
      return `${file}:${position.line}:${position.col}: ${error.message.split('\n')[0]}`;
    });
    const first = lineCounter.linePos(document.errors[0]!.pos[0]);
    throw new UserError(`${file} is not valid YAML:\n${messages.join('\n')}`, { file, line: first.line, column: first.col });
  }
  const data = document.toJS({ maxAliasCount: 100 });
  return {
    file,
    data,
    locate(pointer: string, key?: string): SourceLocation {
      const offset = offsetOf(document, pointer, key);
      if (offset === undefined) return { file };
      const position = lineCounter.linePos(offset);
      return { file, line: position.line, column: position.col };
    },
  };
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The deepest node on the pointer's path that exists, so a missing key points at its parent. */
function offsetOf(document: Document, pointer: string, key?: string): number | undefined {
  let node: Node | null | undefined = document.contents;
  let offset = node?.range?.[0];
  const segments = pointerSegments(pointer);
  if (key !== undefined) segments.push(key);
  for (const [index, segment] of segments.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
      if (!pair) break;
      const last = index === segments.length - 1;
      // For the last segment, point at the key itself (where the reader looks), else descend.
      const keyNode = pair.key as Node;
      if (last && key !== undefined) return keyNode.range?.[0] ?? offset;
      node = pair.value as Node | null;
      offset = (node?.range?.[0] ?? keyNode.range?.[0]) ?? offset;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item) break;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return offset;
}
