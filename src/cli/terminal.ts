/**
 * Shows an action's runner output to a person at a terminal: workflow commands (`::error file=...::`,
 * groups, masks, debug lines) become readable lines, everything else passes through.
 */
import { annotationsOf, parseWorkflowCommands } from '../shared/workflow-commands.ts';

export interface TerminalStyle {
  color: boolean;
  debug: boolean;
}

const COLORS = { error: '31', warning: '33', notice: '36', group: '1', dim: '2' } as const;

function paint(style: TerminalStyle, color: keyof typeof COLORS, text: string): string {
  return style.color ? `\u001b[${COLORS[color]}m${text}\u001b[0m` : text;
}

/** One line of the action's stdout as the terminal shows it, or undefined to hide it. */
export function renderLine(line: string, style: TerminalStyle): string | undefined {
  const [command] = parseWorkflowCommands(line);
  if (!command) return line;
  switch (command.command) {
    case 'group':
      return paint(style, 'group', `▸ ${command.message}`);
    case 'endgroup':
    case 'add-mask':
    case 'add-matcher':
    case 'remove-matcher':
    case 'save-state':
    case 'set-output':
    case 'echo':
      return undefined;
    case 'debug':
      return style.debug ? paint(style, 'dim', `debug: ${command.message}`) : undefined;
    case 'error':
    case 'warning':
    case 'notice': {
      const [annotation] = annotationsOf([command]);
      const where = annotation!.file ? `${annotation!.file}${annotation!.line ? `:${annotation!.line}` : ''}${annotation!.col ? `:${annotation!.col}` : ''}: ` : '';
      return paint(style, command.command, `${command.command}: ${where}${command.message}`);
    }
    default:
      return line;
  }
}
