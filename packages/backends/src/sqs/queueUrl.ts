/** The account and queue name a queue URL addresses. */
export interface QueueAddress {
  accountId: string;
  name: string;
}

/**
 * Reads `<scheme>://<host>/<account>/<name>`. Any host is accepted, so the local URL
 * (`http://127.0.0.1:<port>/…`) and the AWS form (`https://sqs.<region>.amazonaws.com/…`, which
 * templates resolve `!GetAtt Queue.QueueUrl` / `!Ref Queue` to) both address the same queue.
 */
export function parseQueueUrl(queueUrl: string): QueueAddress | undefined {
  let path: string;
  try {
    path = new URL(queueUrl).pathname;
  } catch {
    // Not a URL at all: SQS answers that as a missing queue, and so do we (undefined).
    return undefined;
  }
  const segments = path.split("/").filter(Boolean);
  if (segments.length !== 2) return undefined;
  const [accountId, name] = segments as [string, string];
  return { accountId, name: decodeURIComponent(name) };
}

/** Reads `arn:aws:sqs:<region>:<account>:<name>`. */
export function parseQueueArn(arn: string): QueueAddress | undefined {
  const match = /^arn:aws[\w-]*:sqs:[\w-]+:(\d{12}):([\w.-]+)$/.exec(arn);
  if (!match) return undefined;
  return { accountId: match[1]!, name: match[2]! };
}
