import { escapeXml } from "../http/xml";

/** S3's REST error document: `<Error><Code/><Message/><RequestId/><HostId/></Error>`. */
export function s3ErrorXml(code: string, message: string, requestId: string, hostId: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message>` +
    `<RequestId>${escapeXml(requestId)}</RequestId><HostId>${escapeXml(hostId)}</HostId></Error>`
  );
}
