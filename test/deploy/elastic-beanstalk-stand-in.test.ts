/**
 * The AWS stand-in itself refuses what AWS refuses, so the target tests above can fail: requests
 * outside the Elastic Beanstalk model, bad signatures, signatures scoped to another service.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateApplicationVersionCommand, DescribeEnvironmentsCommand, ElasticBeanstalkClient } from '@aws-sdk/client-elastic-beanstalk';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AwsStandIn } from '../stand-ins/aws/index.ts';

test('a request signed with the wrong secret, or for another region, is refused and recorded', async () => {
  const aws = await AwsStandIn.start();
  try {
    const endpoint = aws.ebEndpoint.url;
    const wrongSecret = new ElasticBeanstalkClient({ region: 'us-east-1', endpoint, credentials: { ...aws.credentials, secretAccessKey: 'not-the-secret' }, maxAttempts: 1 });
    await assert.rejects(wrongSecret.send(new DescribeEnvironmentsCommand({})), { name: 'SignatureDoesNotMatch' });
    const wrongRegion = new ElasticBeanstalkClient({ region: 'eu-west-1', endpoint, credentials: aws.credentials, maxAttempts: 1 });
    await assert.rejects(wrongRegion.send(new DescribeEnvironmentsCommand({})), (error: Error) => error.name === 'SignatureDoesNotMatch' && /scoped to a valid region: 'us-east-1'/.test(error.message));
    const s3 = new S3Client({ region: 'us-east-1', endpoint: aws.s3Endpoint.url, forcePathStyle: true, credentials: { ...aws.credentials, secretAccessKey: 'nope' }, maxAttempts: 1 });
    await assert.rejects(s3.send(new PutObjectCommand({ Bucket: aws.eb.storageBucket, Key: 'k', Body: 'x' })), { name: 'SignatureDoesNotMatch' });
    assert.equal(aws.problems.length, 3);
    const right = new ElasticBeanstalkClient({ region: 'us-east-1', endpoint, credentials: aws.credentials });
    assert.deepEqual((await right.send(new DescribeEnvironmentsCommand({}))).Environments, []);
  } finally {
    await aws.close();
  }
});

test('members the Elastic Beanstalk model does not have, or required members left out, are refused', async () => {
  const aws = await AwsStandIn.start();
  try {
    const client = new ElasticBeanstalkClient({ region: 'us-east-1', endpoint: aws.ebEndpoint.url, credentials: aws.credentials, maxAttempts: 1 });
    // The SDK itself never sends these; a hand-rolled client (or a stand-in bug) would.
    await assert.rejects(client.send(new CreateApplicationVersionCommand({ ApplicationName: 'iris' } as never)), (error: Error) => error.name === 'MissingParameter' && /VersionLabel/.test(error.message));
    const response = await fetch(aws.ebEndpoint.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'Action=DescribeEnvironments&Version=2010-12-01&Colour=blue' });
    assert.equal(response.status, 400);
    assert.match(await response.text(), /<Code>InvalidParameterValue<\/Code><Message>Unknown parameter Colour<\/Message>/);
    assert.equal(aws.problems.length, 2);
  } finally {
    await aws.close();
  }
});
