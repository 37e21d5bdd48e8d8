import type { BackendError } from "../errors/BackendError";
import { escapeXml, xmlElement } from "../http/xml";

/** S3's REST error document: `<Error><Code/><Message/>…details…<RequestId/><HostId/></Error>`. */
export function s3ErrorXml(error: BackendError, requestId: string, hostId: string): string {
  const details = Object.entries(error.details ?? {})
    .map(([name, value]) => xmlElement(name, value))
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${escapeXml(error.name)}</Code><Message>${escapeXml(error.message)}</Message>` +
    `${details}<RequestId>${escapeXml(requestId)}</RequestId><HostId>${escapeXml(hostId)}</HostId></Error>`
  );
}
