import type { SignatureV4 } from "@smithy/signature-v4";
import type { UnsignedRequest } from "../request/buildRequest";
import { signerQuery } from "../request/encodeQuery";
import type { WireRequest } from "../transport/sendOnce";

/**
 * Sign a request for the wire, now: called before every attempt so each one carries a
 * fresh x-amz-date. The signer gets the encoded path that is sent (it encodes it once
 * more, see createSigner), the decoded query pairs (it encodes and sorts them) and the
 * `host` header with its port when non-default, as API Gateway sees it.
 */
export async function signRequest(signer: SignatureV4, request: UnsignedRequest): Promise<WireRequest> {
  const [hostname, port] = splitHost(request.host);
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: request.protocol,
      hostname,
      ...(port === undefined ? {} : { port }),
      path: request.path,
      query: signerQuery(request.query),
      headers: { ...request.headers, host: request.host },
      body: request.body,
    },
    { signingDate: new Date() },
  );
  return {
    method: request.method,
    origin: request.origin,
    path: request.queryString ? `${request.path}?${request.queryString}` : request.path,
    headers: signed.headers,
    body: request.body,
  };
}

function splitHost(host: string): [string, number | undefined] {
  const match = /^(.*):(\d+)$/.exec(host);
  return match ? [match[1]!, Number(match[2])] : [host, undefined];
}
