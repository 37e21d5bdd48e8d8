import type { SignatureV4 } from "@smithy/signature-v4";
import { NetworkError } from "../errors/NetworkError";
import { TimeoutError } from "../errors/TimeoutError";
import { describeRequest, type UnsignedRequest } from "../request/buildRequest";
import { signRequest } from "../signing/signRequest";
import type { ConnectionPools } from "../transport/ConnectionPools";
import { type AttemptFailure, sendOnce, type WireResponse } from "../transport/sendOnce";
import { backoffDelay, parseRetryAfter } from "./backoff";
import { isIdempotent, isRetryableStatus, type RetryOptions } from "./retryOptions";
import { sleep } from "./sleep";

export interface SendContext {
  pools: ConnectionPools;
  signer: SignatureV4;
  retry: RetryOptions;
  /** Per attempt, headers and body, in ms. */
  timeout: number;
  /** The pools' connect timeout, for messages. */
  connectTimeout: number;
  signal?: AbortSignal | undefined;
}

export interface SendResult {
  /** The last response, retryable or not. */
  response: WireResponse;
  attempts: number;
  totalRetryDelay: number;
  /** x-amz-date of the last attempt. */
  signedAt: string | undefined;
  /** The access key the last attempt was signed with. */
  accessKeyId: string | undefined;
}

/**
 * Sign and send, retrying what is worth it: 429 and 5xx but 501 (honouring Retry-After up
 * to retry.maxRetryAfter), resets and timeouts for idempotent methods (or all, with
 * retryNonIdempotent), and failed connections for every method since nothing was sent.
 * Each attempt is signed anew, so it carries a fresh x-amz-date. Returns the last
 * response; throws NetworkError or TimeoutError when no response came.
 */
export async function sendWithRetry(request: UnsignedRequest, context: SendContext): Promise<SendResult> {
  const { retry, signal } = context;
  const repeatable = retry.retryNonIdempotent || isIdempotent(request.method);
  const dispatcher = context.pools.for(request.origin);
  let totalRetryDelay = 0;
  for (let attempt = 1; ; attempt++) {
    const wire = await signRequest(context.signer, request);
    const outcome = await sendOnce(dispatcher, wire, { timeout: context.timeout, signal });
    const signedAt = wire.headers["x-amz-date"];
    const accessKeyId = /Credential=([^/]+)\//.exec(wire.headers["authorization"] ?? "")?.[1];
    const last = attempt >= retry.maxAttempts;
    let delay: number;
    if ("response" in outcome) {
      const done = { response: outcome.response, attempts: attempt, totalRetryDelay, signedAt, accessKeyId };
      if (last || !repeatable || !isRetryableStatus(outcome.response.status)) return done;
      const retryAfter = parseRetryAfter(outcome.response.headers["retry-after"]);
      if (retryAfter !== undefined && retryAfter > retry.maxRetryAfter) return done;
      delay = retryAfter ?? backoffDelay(attempt - 1, retry);
    } else {
      const { failure } = outcome;
      if (last || !canRetry(failure, repeatable)) {
        throw toError(failure, request, context, { attempts: attempt, totalRetryDelay });
      }
      delay = backoffDelay(attempt - 1, retry);
    }
    await sleep(delay, signal);
    totalRetryDelay += delay;
  }
}

function canRetry(failure: AttemptFailure, repeatable: boolean): boolean {
  switch (failure.kind) {
    case "connect":
      // A name that does not resolve will not resolve on the next try either.
      return failure.code !== "ENOTFOUND";
    case "connect-timeout":
      return true;
    case "network":
    case "timeout":
      // The request may have reached the server: repeat only what is safe to repeat.
      return repeatable;
  }
}

function toError(
  failure: AttemptFailure,
  request: UnsignedRequest,
  context: SendContext,
  metadata: { attempts: number; totalRetryDelay: number },
): Error {
  const described = describeRequest(request);
  switch (failure.kind) {
    case "timeout":
      return new TimeoutError({ phase: "request", timeout: context.timeout, request: described, metadata });
    case "connect-timeout":
      return new TimeoutError({
        phase: "connect",
        timeout: context.connectTimeout,
        request: described,
        cause: failure.cause,
        metadata,
      });
    case "connect":
    case "network":
      return new NetworkError({ code: failure.code, request: described, cause: failure.cause, metadata });
  }
}
