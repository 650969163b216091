import { runCommand } from './index.js';
await runCommand();
