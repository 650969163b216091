/**
 * The results service's message shapes, taken from the protobuf code generated into @actions/artifact and
 * @actions/cache themselves (protobuf-ts). Requests are read with unknown fields rejected, the way a strict
 * Twirp server built from the same .proto files would; answers are written by the same types, so every
 * field name (snake_case), int64-as-string and Timestamp encoding is what the clients expect.
 */

/** The part of a protobuf-ts MessageType the stand-in uses. */
export interface MessageType {
  readonly typeName: string;
  readonly fields: ReadonlyArray<{ name: string; jsonName: string; localName: string }>;
  fromJson(json: unknown, options?: { ignoreUnknownFields?: boolean }): Record<string, any>;
  toJson(message: object, options?: { useProtoFieldName?: boolean; emitDefaultValues?: boolean }): unknown;
  create(value?: object): Record<string, any>;
}

async function generated(packageName: string, file: string): Promise<Record<string, MessageType>> {
  // The packages export only their entry point; the generated files sit beside it.
  return (await import(new URL(file, import.meta.resolve(packageName)).href)) as Record<string, MessageType>;
}

const artifact = await generated('@actions/artifact', './generated/index.js');
const cache = await generated('@actions/cache', './generated/results/api/v1/cache.js');

export const Timestamp = artifact['Timestamp'] as MessageType & { fromDate(date: Date): object };

export interface MethodShape {
  service: string;
  method: string;
  request: MessageType;
  response: MessageType;
  /** Fields (proto names) the service cannot work without: absent or empty is an invalid_argument. */
  required: string[];
}

export const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';
export const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService';

function shape(service: string, types: Record<string, MessageType>, method: string, required: string[]): MethodShape {
  const request = types[`${method}Request`];
  const response = types[`${method}Response`];
  if (!request || !response) throw new Error(`the generated client has no ${method} messages`);
  return { service, method, request, response, required };
}

const BACKEND_IDS = ['workflow_run_backend_id', 'workflow_job_run_backend_id'];

export const METHODS: MethodShape[] = [
  shape(ARTIFACT_SERVICE, artifact, 'CreateArtifact', [...BACKEND_IDS, 'name', 'version']),
  shape(ARTIFACT_SERVICE, artifact, 'FinalizeArtifact', [...BACKEND_IDS, 'name', 'size']),
  shape(ARTIFACT_SERVICE, artifact, 'ListArtifacts', BACKEND_IDS),
  shape(ARTIFACT_SERVICE, artifact, 'GetSignedArtifactURL', [...BACKEND_IDS, 'name']),
  shape(ARTIFACT_SERVICE, artifact, 'DeleteArtifact', [...BACKEND_IDS, 'name']),
  shape(CACHE_SERVICE, cache, 'CreateCacheEntry', ['key', 'version']),
  shape(CACHE_SERVICE, cache, 'FinalizeCacheEntryUpload', ['key', 'version', 'size_bytes']),
  shape(CACHE_SERVICE, cache, 'GetCacheEntryDownloadURL', ['key', 'version']),
];

/** Whether a JSON body gives a field a non-empty value, under its proto or JSON name. */
export function hasField(body: Record<string, unknown>, type: MessageType, protoName: string): boolean {
  const field = type.fields.find((candidate) => candidate.name === protoName);
  if (!field) throw new Error(`${type.typeName} has no field ${protoName}`);
  const value = body[field.name] ?? body[field.jsonName];
  return value !== undefined && value !== null && value !== '' && value !== '0';
}
