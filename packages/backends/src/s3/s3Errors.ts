import { BackendError } from "../errors/BackendError";

// S3 error codes, statuses and messages from the S3 API reference "Error responses" list.

export function noSuchBucket(bucket: string): BackendError {
  return new BackendError("NoSuchBucket", "The specified bucket does not exist", { status: 404, details: { BucketName: bucket } });
}

export function noSuchKey(key: string): BackendError {
  return new BackendError("NoSuchKey", "The specified key does not exist.", { status: 404, details: { Key: key } });
}

export function bucketNotEmpty(bucket: string): BackendError {
  return new BackendError("BucketNotEmpty", "The bucket you tried to delete is not empty", { status: 409, details: { BucketName: bucket } });
}

export function bucketAlreadyOwnedByYou(bucket: string): BackendError {
  return new BackendError("BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you already own it.", {
    status: 409,
    details: { BucketName: bucket },
  });
}

export function invalidBucketName(bucket: string): BackendError {
  return new BackendError("InvalidBucketName", "The specified bucket is not valid.", { details: { BucketName: bucket } });
}

export function methodNotAllowed(method: string, resourceType: "SERVICE" | "BUCKET" | "OBJECT"): BackendError {
  return new BackendError("MethodNotAllowed", "The specified method is not allowed against this resource.", {
    status: 405,
    details: { Method: method, ResourceType: resourceType },
  });
}

export function notImplemented(what: string): BackendError {
  return new BackendError("NotImplemented", `A header you provided implies functionality that is not implemented (local S3 backend: ${what}).`, {
    status: 501,
    fault: "server",
  });
}

export function invalidRange(size: number): BackendError {
  return new BackendError("InvalidRange", "The requested range is not satisfiable", { status: 416, details: { ActualObjectSize: String(size) } });
}

export function badDigest(): BackendError {
  return new BackendError("BadDigest", "The Content-MD5 you specified did not match what we received.");
}

export function invalidDigest(): BackendError {
  return new BackendError("InvalidDigest", "The Content-MD5 you specified is not valid.");
}

export function invalidArgument(message: string, name: string, value: string): BackendError {
  return new BackendError("InvalidArgument", message, { details: { ArgumentName: name, ArgumentValue: value } });
}

export function malformedXml(): BackendError {
  return new BackendError("MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema");
}

export function accessDenied(): BackendError {
  return new BackendError("AccessDenied", "Access Denied", { status: 403 });
}

export function incompleteBody(): BackendError {
  return new BackendError("IncompleteBody", "You did not provide the number of bytes specified by the Content-Length HTTP header");
}
