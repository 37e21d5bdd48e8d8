import { environmentCredentials, integrationCredentials, localRoleCredentials } from "./role-credentials";

const ROLE = "arn:aws:iam::123456789012:role/reader";

describe("localRoleCredentials", () => {
  it("derives temporary-looking credentials, the same every time for a role", () => {
    const credentials = localRoleCredentials(ROLE);
    expect(credentials.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(credentials.secretAccessKey).toHaveLength(40);
    expect(credentials.sessionToken.length).toBeGreaterThan(0);
    expect(localRoleCredentials(ROLE)).toEqual(credentials);
  });

  it("gives each role its own access key", () => {
    expect(localRoleCredentials(`${ROLE}2`).accessKeyId).not.toBe(localRoleCredentials(ROLE).accessKeyId);
  });
});

describe("integrationCredentials", () => {
  const env = { AWS_ACCESS_KEY_ID: "AKIDENV", AWS_SECRET_ACCESS_KEY: "env-secret", AWS_SESSION_TOKEN: "token" };

  it("asks the integrationCredentials option first", () => {
    const custom = { accessKeyId: "AKIDCUSTOM", secretAccessKey: "s" };
    expect(integrationCredentials(ROLE, () => custom, true, env)).toBe(custom);
  });

  it("signs real AWS calls with the environment's credentials", () => {
    expect(integrationCredentials(ROLE, undefined, true, env)).toEqual({ accessKeyId: "AKIDENV", secretAccessKey: "env-secret", sessionToken: "token" });
  });

  it("signs local calls with the role's local credentials, whatever the environment says", () => {
    expect(integrationCredentials(ROLE, undefined, false, env)).toEqual(localRoleCredentials(ROLE));
  });

  it("uses local credentials for real AWS when the environment has none", () => {
    expect(integrationCredentials(ROLE, undefined, true, {})).toEqual(localRoleCredentials(ROLE));
  });
});

describe("environmentCredentials", () => {
  it("needs both keys", () => {
    expect(environmentCredentials({ AWS_ACCESS_KEY_ID: "AKID" })).toBeUndefined();
    expect(environmentCredentials({ AWS_ACCESS_KEY_ID: "AKID", AWS_SECRET_ACCESS_KEY: "s" })).toEqual({ accessKeyId: "AKID", secretAccessKey: "s" });
  });
});
