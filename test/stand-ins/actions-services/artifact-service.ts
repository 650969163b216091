/**
 * The results service's ArtifactService (artifacts v4): an artifact is created for a workflow run and
 * job, its content uploaded to the signed blob URL it is handed, then finalized with its size and
 * SHA-256; only finalized artifacts are listed and downloadable. Names are unique within a run.
 */
import { createHash } from 'node:crypto';
import type { BlobStorage } from './blob-storage.ts';
import { ARTIFACT_SERVICE, Timestamp } from './messages.ts';
import type { Recorder } from './recorder.ts';
import type { RuntimeClaims } from './runtime-token.ts';
import { TwirpError, serviceMethods, type TwirpMethod } from './twirp.ts';

export interface StoredArtifact {
  /** The database ID clients see as the artifact's `id`. */
  id: number;
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  mimeType: string;
  createdAt: Date;
  expiresAt?: Date;
  finalized: boolean;
  /** Bytes stored (the zip, or the raw file of an unarchived upload); set when finalized. */
  bytes?: Buffer;
  size: number;
  /** `sha256:<hex>` as the client reported it at finalize. */
  digest?: string;
  /** Where the content sits in blob storage. */
  blobPath: string;
}

export class ArtifactService {
  readonly artifacts: StoredArtifact[] = [];
  readonly #blobs: BlobStorage;
  readonly #recorder: Recorder;
  #nextId = 1_000_001;

  constructor(blobs: BlobStorage, recorder: Recorder) {
    this.#blobs = blobs;
    this.#recorder = recorder;
  }

  methods(): Map<string, TwirpMethod> {
    return serviceMethods(ARTIFACT_SERVICE, {
      CreateArtifact: (request, caller) => this.#create(request, caller),
      FinalizeArtifact: (request, caller) => this.#finalize(request, caller),
      ListArtifacts: (request, caller) => this.#list(request, caller),
      GetSignedArtifactURL: (request, caller) => this.#signedUrl(request, caller),
      DeleteArtifact: (request, caller) => this.#delete(request, caller),
    });
  }

  /** A signed URL to read a finalized artifact, as the REST API's download redirect gives one. */
  downloadUrl(artifact: StoredArtifact): string {
    return this.#blobs.sign(artifact.blobPath, 'r', { downloadName: downloadName(artifact) });
  }

  #ownRun(request: Record<string, any>, caller: RuntimeClaims): void {
    if (request.workflowRunBackendId !== caller.workflowRunBackendId) {
      this.#recorder.violation(`ArtifactService: workflow_run_backend_id ${request.workflowRunBackendId} is not the token's run ${caller.workflowRunBackendId}`);
      throw new TwirpError('permission_denied', 'the runtime token does not grant access to this workflow run');
    }
  }

  #create(request: Record<string, any>, caller: RuntimeClaims): object {
    this.#ownRun(request, caller);
    if (request.workflowJobRunBackendId !== caller.workflowJobRunBackendId) {
      this.#recorder.violation('ArtifactService/CreateArtifact: workflow_job_run_backend_id is not the token\'s job');
      throw new TwirpError('permission_denied', 'the runtime token does not grant access to this job');
    }
    if (request.version < 4) throw new TwirpError('invalid_argument', `artifact version ${request.version} is not supported by this service`);
    const name = request.name as string;
    const existing = this.artifacts.find((artifact) => artifact.workflowRunBackendId === request.workflowRunBackendId && artifact.name === name);
    if (existing?.finalized) throw new TwirpError('already_exists', 'an artifact with this name already exists on the workflow run');
    if (existing) this.artifacts.splice(this.artifacts.indexOf(existing), 1);
    const expiresAt = request.expiresAt ? new Date(Number(request.expiresAt.seconds) * 1000) : undefined;
    if (expiresAt && expiresAt.getTime() < Date.now()) throw new TwirpError('invalid_argument', 'expires_at is in the past');
    const mimeType = request.mimeType?.value || 'application/zip';
    const artifact: StoredArtifact = {
      id: this.#nextId++,
      name,
      workflowRunBackendId: request.workflowRunBackendId,
      workflowJobRunBackendId: request.workflowJobRunBackendId,
      mimeType,
      createdAt: new Date(),
      expiresAt,
      finalized: false,
      size: 0,
      blobPath: `actions-results/${request.workflowRunBackendId}/workflow-job-run-${request.workflowJobRunBackendId}/artifacts/${createHash('sha256').update(name).digest('hex')}${mimeType === 'application/zip' ? '.zip' : ''}`,
    };
    this.artifacts.push(artifact);
    return { ok: true, signedUploadUrl: this.#blobs.sign(artifact.blobPath, 'cw') };
  }

  #finalize(request: Record<string, any>, caller: RuntimeClaims): object {
    this.#ownRun(request, caller);
    const artifact = this.artifacts.find(
      (candidate) => !candidate.finalized && candidate.workflowRunBackendId === request.workflowRunBackendId && candidate.name === request.name,
    );
    if (!artifact) throw new TwirpError('not_found', `no artifact named ${request.name} is being uploaded in this run`);
    const bytes = this.#blobs.read(artifact.blobPath);
    if (!bytes) {
      this.#recorder.violation(`ArtifactService/FinalizeArtifact: ${request.name} was finalized before its content was uploaded`);
      throw new TwirpError('failed_precondition', 'the artifact has no uploaded content');
    }
    const size = Number(request.size ?? 0);
    if (size !== bytes.length) {
      this.#recorder.violation(`ArtifactService/FinalizeArtifact: size ${size} does not match the ${bytes.length} bytes uploaded`);
      throw new TwirpError('invalid_argument', `size ${size} does not match the uploaded content (${bytes.length} bytes)`);
    }
    const actual = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    if (request.hash && request.hash.value !== actual) {
      this.#recorder.violation(`ArtifactService/FinalizeArtifact: hash ${request.hash.value} does not match the uploaded content (${actual})`);
      throw new TwirpError('invalid_argument', 'hash does not match the uploaded content');
    }
    Object.assign(artifact, { finalized: true, bytes, size, digest: request.hash?.value ?? actual });
    return { ok: true, artifactId: String(artifact.id) };
  }

  #visible(runBackendId: string): StoredArtifact[] {
    const now = Date.now();
    return this.artifacts.filter((artifact) => artifact.finalized && artifact.workflowRunBackendId === runBackendId && !(artifact.expiresAt && artifact.expiresAt.getTime() < now));
  }

  #list(request: Record<string, any>, caller: RuntimeClaims): object {
    this.#ownRun(request, caller);
    let artifacts = this.#visible(request.workflowRunBackendId);
    if (request.nameFilter) artifacts = artifacts.filter((artifact) => artifact.name === request.nameFilter.value);
    if (request.idFilter) artifacts = artifacts.filter((artifact) => String(artifact.id) === String(request.idFilter.value));
    return {
      artifacts: artifacts.map((artifact) => ({
        workflowRunBackendId: artifact.workflowRunBackendId,
        workflowJobRunBackendId: artifact.workflowJobRunBackendId,
        databaseId: String(artifact.id),
        name: artifact.name,
        size: String(artifact.size),
        createdAt: Timestamp.fromDate(artifact.createdAt),
        digest: artifact.digest ? { value: artifact.digest } : undefined,
      })),
    };
  }

  #find(request: Record<string, any>, caller: RuntimeClaims): StoredArtifact {
    this.#ownRun(request, caller);
    const artifact = this.#visible(request.workflowRunBackendId).find((candidate) => candidate.name === request.name);
    if (!artifact) throw new TwirpError('not_found', `artifact ${request.name} not found`);
    return artifact;
  }

  #signedUrl(request: Record<string, any>, caller: RuntimeClaims): object {
    return { signedUrl: this.downloadUrl(this.#find(request, caller)) };
  }

  #delete(request: Record<string, any>, caller: RuntimeClaims): object {
    const artifact = this.#find(request, caller);
    this.artifacts.splice(this.artifacts.indexOf(artifact), 1);
    this.#blobs.delete(artifact.blobPath);
    return { ok: true, artifactId: String(artifact.id) };
  }
}

/** The file name a download is saved under: the zip for archives, the file itself otherwise. */
function downloadName(artifact: StoredArtifact): string {
  return artifact.mimeType === 'application/zip' ? `${artifact.name}.zip` : artifact.name;
}
