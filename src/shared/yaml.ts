/** YAML (and so JSON) documents read from files, with syntax errors pointing at file:line:column. */
import { parse as parseYaml } from 'yaml';
import { UserError } from './errors.ts';

/** Parses JSON or YAML text; `shownAs` names the file in messages and annotations. */
export function parseYamlText(text: string, shownAs: string, what = 'JSON or YAML'): unknown {
  try {
    const data = parseYaml(text, { prettyErrors: true });
    // `shownAs` may be "metrics.json at 1a2b3c4" for a file read at a commit.
    if (/\.json$/i.test(shownAs.replace(/ at [0-9a-f]+$/i, ''))) rejectLenientJson(text, shownAs);
    return data;
  } catch (error) {
    if (error instanceof UserError) throw error;
    const position = (error as { linePos?: Array<{ line: number; col: number }> }).linePos?.[0];
    const where = position ? `:${position.line}:${position.col}` : '';
    throw new UserError(`${shownAs}${where}: not valid ${what}: ${(error as Error).message.split('\n')[0]}`, {
      file: shownAs,
      line: position?.line,
      column: position?.col,
    });
  }
}

/**
 * The YAML reader accepts text that is not JSON, such as `{"a": 1, "b": }` (b = null): in a `.json`
 * file that would lose a value without a word.
 */
function rejectLenientJson(text: string, shownAs: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /\(line (\d+) column (\d+)\)/.exec(message);
    const line = position ? Number(position[1]) : undefined;
    const column = position ? Number(position[2]) : undefined;
    const reason = message.split('\n')[0]!.replace(/ in JSON at position.*$/, '');
    throw new UserError(`${shownAs}${line ? `:${line}:${column}` : ''}: not valid JSON: ${reason}`, { file: shownAs, line, column });
  }
}
