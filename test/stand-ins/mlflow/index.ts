// A stand-in for an MLflow tracking server's Model Registry REST API and artifact proxy.
export { startMlflow } from './server.ts';
export type { MlflowStandIn, MlflowStartOptions, MlflowState, RecordedMlflowRequest, StoredModel, StoredVersion } from './server.ts';
