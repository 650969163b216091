/**
 * A container image deployed to an Elastic Beanstalk Docker environment: EB takes a bundle holding
 * a `Dockerrun.aws.json` (version 1) that names the image and the port the server listens on.
 */
import { ConfigurationError } from '../../../shared/errors.ts';
import { bundleFromFiles, type SourceBundle } from '../source-bundle.ts';

export function dockerBundle(image: string, containerPort: number): SourceBundle {
  if (!/^[a-z0-9]+([._/:@-][a-zA-Z0-9_.-]+)*$/.test(image)) throw new ConfigurationError('image', `"${image}" is not a container image reference`);
  const descriptor = {
    AWSEBDockerrunVersion: '1',
    Image: { Name: image, Update: 'true' },
    Ports: [{ ContainerPort: containerPort, HostPort: containerPort }],
  };
  return bundleFromFiles(`image ${image}`, { 'Dockerrun.aws.json': `${JSON.stringify(descriptor, null, 2)}\n` });
}
