/**
 * Parsers for what an action leaves behind the way the runner reads it: the GITHUB_OUTPUT /
 * GITHUB_ENV / GITHUB_STATE file format, and `::command props::message` lines on stdout.
 */

/** `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks, as the runner's file commands. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) body.push(lines[i++]!);
      if (i >= lines.length) throw new Error(`file command for "${name}" has no closing delimiter ${delimiter}`);
      values[name!] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`malformed file command line: ${line}`);
    values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ParsedAnnotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  title?: string;
}

// Escaping as the runner's ActionCommand: data escapes %, CR, LF; properties also : and ,
function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProperty(text: string): string {
  return text.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-zA-Z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: match[1]!, properties, message: unescapeData(match[3] ?? '') });
  }
  return commands;
}

export function annotationsOf(commands: WorkflowCommand[]): ParsedAnnotation[] {
  return commands
    .filter((c): c is WorkflowCommand & { command: ParsedAnnotation['level'] } => ['error', 'warning', 'notice'].includes(c.command))
    .map((c) => ({
      level: c.command,
      message: c.message,
      file: c.properties['file'],
      line: c.properties['line'] ? Number(c.properties['line']) : undefined,
      endLine: c.properties['endLine'] ? Number(c.properties['endLine']) : undefined,
      col: c.properties['col'] ? Number(c.properties['col']) : undefined,
      title: c.properties['title'],
    }));
}
