import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CredentialsError } from "../errors/CredentialsError";
import { resolveCredentials } from "./resolveCredentials";

// The default chain reads the environment and the shared files at call time. Each test
// gets an environment with no AWS settings, files in a temporary folder, and instance
// metadata turned off so nothing leaves the machine.
const saved = { ...process.env };
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "client-credentials-"));
  for (const key of Object.keys(process.env)) if (key.startsWith("AWS_")) delete process.env[key];
  process.env["AWS_SHARED_CREDENTIALS_FILE"] = path.join(dir, "credentials");
  process.env["AWS_CONFIG_FILE"] = path.join(dir, "config");
  process.env["AWS_EC2_METADATA_DISABLED"] = "true";
});
afterEach(() => {
  process.env = { ...saved };
  rmSync(dir, { recursive: true, force: true });
});

describe("resolveCredentials", () => {
  test("uses static credentials as given", async () => {
    const get = resolveCredentials({ credentials: { accessKeyId: "AKID", secretAccessKey: "s", sessionToken: "t" } });
    await expect(get()).resolves.toEqual({ accessKeyId: "AKID", secretAccessKey: "s", sessionToken: "t" });
  });

  test("rejects static credentials without a secret", () => {
    expect(() => resolveCredentials({ credentials: { accessKeyId: "AKID", secretAccessKey: "" } })).toThrow(CredentialsError);
  });

  test("wraps a failing provider function in a CredentialsError", async () => {
    const get = resolveCredentials({
      credentials: async () => {
        throw new Error("vault sealed");
      },
    });
    await expect(get()).rejects.toThrow(/^The credentials provider failed: vault sealed\. Set AWS_ACCESS_KEY_ID/);
  });

  test("finds credentials in the environment through the default chain", async () => {
    process.env["AWS_ACCESS_KEY_ID"] = "AKIDENV";
    process.env["AWS_SECRET_ACCESS_KEY"] = "env-secret";
    await expect(resolveCredentials({})()).resolves.toMatchObject({ accessKeyId: "AKIDENV", secretAccessKey: "env-secret" });
  });

  test("reads the named profile from the shared credentials file", async () => {
    writeFileSync(
      path.join(dir, "credentials"),
      "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = d\n\n[playground]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = p\n",
    );
    await expect(resolveCredentials({ profile: "playground" })()).resolves.toMatchObject({ accessKeyId: "AKIDPROFILE" });
    await expect(resolveCredentials({})()).resolves.toMatchObject({ accessKeyId: "AKIDDEFAULT" });
  });

  test("no credentials anywhere: one sentence saying what to set", async () => {
    const error = await resolveCredentials({})().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error).toMatchObject({ name: "CredentialsError", $fault: "client" });
    expect((error as Error).message).toBe(
      "No AWS credentials found (looked in the environment, SSO cache, shared config and credentials files, container and instance metadata). " +
        "Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, set AWS_PROFILE (or the profile option), or run `aws sso login`.",
    );
  });

  test("a profile that does not exist is named in the error", async () => {
    const error = await resolveCredentials({ profile: "nope" })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as Error).message).toMatch(/^No AWS credentials found for profile nope \(.*\)\. Set .*aws sso login/);
  });
});
