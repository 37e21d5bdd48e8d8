import { runBackendContract } from "../contract.case";
import { signedFetch } from "../testing/signedFetch";
import { startS3 } from "./startS3";

runBackendContract({
  service: "s3",
  start: () => startS3(),
  validAction: "ListBuckets",
  sendValid: (endpoint, options) => signedFetch({ service: "s3", url: `${endpoint}/`, method: "GET", ...(options?.unsigned ? { unsigned: true } : {}) }),
  // S3 has no action names on the wire; an operation it does not have is a method it does not allow.
  sendUnknownAction: (endpoint) => signedFetch({ service: "s3", url: `${endpoint}/bucket/key`, method: "PATCH" }),
  checkUnknownAction: async (response) => {
    expect(response.status).toBe(405);
    expect(await response.text()).toContain("<Code>MethodNotAllowed</Code>");
  },
  checkMissingAuthentication: async (response) => {
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/<Error><Code>AccessDenied<\/Code><Message>Access Denied<\/Message><RequestId>[0-9A-F]{16}<\/RequestId><HostId>.+<\/HostId><\/Error>$/);
  },
});
