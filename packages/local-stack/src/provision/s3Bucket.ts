import { acceptExisting } from "./acceptExisting";
import { ignoredProperties, type Provisioner } from "./provisioner";

/**
 * `AWS::S3::Bucket` → CreateBucket (`PUT /<bucket>`, path-style). Outside us-east-1 the region goes
 * in a `CreateBucketConfiguration` body, as S3 requires. Encryption, public-access blocks and
 * ownership controls change nothing for a local bucket and are reported as ignored.
 */
export const s3Bucket: Provisioner = {
  service: "s3",
  async provision({ resource, caller, region }) {
    const bucket = resource.physicalId;
    const body =
      region === "us-east-1"
        ? undefined
        : `<CreateBucketConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><LocationConstraint>${region}</LocationConstraint></CreateBucketConfiguration>`;
    // us-east-1 answers 200 when the bucket is already yours; other regions (and moto) answer
    // 409 BucketAlreadyOwnedByYou (S3 CreateBucket reference, "Errors").
    const result = await acceptExisting(
      () =>
        caller.send({
          service: "s3",
          action: "CreateBucket",
          method: "PUT",
          path: `/${encodeURIComponent(bucket)}`,
          ...(body === undefined ? {} : { headers: { "content-type": "application/xml" }, body }),
        }),
      ["BucketAlreadyOwnedByYou"],
    );
    return { status: result.status, serviceId: bucket, ignoredProperties: ignoredProperties(resource, ["BucketName"]) };
  },
};
