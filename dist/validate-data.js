import { runAction } from './index.js';
await runAction("validate-data");
