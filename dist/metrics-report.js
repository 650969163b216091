import { runAction } from './index.js';
await runAction("metrics-report");
