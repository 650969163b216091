/**
 * Validation of applied objects against the Kubernetes OpenAPI schemas, as compiled by the
 * `kubernetes-models` package (core and apps, from the Kubernetes OpenAPI spec) and
 * `@kubernetes-models/gateway-api` (from the Gateway API CRDs' schemas).
 */
import { validate as validateDeployment } from 'kubernetes-models/_schemas/IoK8sApiAppsV1Deployment';
import { validate as validateService } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Service';
import { validate as validateConfigMap } from 'kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMap';
import { validate as validateHttpRoute } from '@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRoute';

type Validator = ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string; params: Record<string, unknown>; message?: string }[] | null };

const VALIDATORS: Record<string, Validator> = {
  'apps/v1/Deployment': validateDeployment as Validator,
  'v1/Service': validateService as Validator,
  'v1/ConfigMap': validateConfigMap as Validator,
  'gateway.networking.k8s.io/v1/HTTPRoute': validateHttpRoute as Validator,
};

/** Schema problems of an object ([] when valid); undefined when no schema is known for its kind. */
export function schemaProblems(object: { apiVersion?: string; kind?: string }): string[] | undefined {
  const validate = VALIDATORS[`${object.apiVersion}/${object.kind}`];
  if (!validate) return undefined;
  if (validate(object)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? `${e.keyword} ${JSON.stringify(e.params)}`}`);
}
