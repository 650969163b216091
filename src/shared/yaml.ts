/** YAML (and so JSON) documents read from files, with syntax errors pointing at file:line:column. */
import { parse as parseYaml } from 'yaml';
import { UserError } from './errors.ts';

/** Parses JSON or YAML text; `shownAs` names the file in messages and annotations. */
export function parseYamlText(text: string, shownAs: string, what = 'JSON or YAML'): unknown {
  try {
    return parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const position = (error as { linePos?: Array<{ line: number; col: number }> }).linePos?.[0];
    const where = position ? `:${position.line}:${position.col}` : '';
    throw new UserError(`${shownAs}${where}: not valid ${what}: ${(error as Error).message.split('\n')[0]}`, {
      file: shownAs,
      line: position?.line,
      column: position?.col,
    });
  }
}
