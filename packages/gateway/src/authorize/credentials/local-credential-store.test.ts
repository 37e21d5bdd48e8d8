import { createLocalCredentialStore, DEFAULT_LOCAL_CREDENTIAL } from "./local-credential-store";

describe("createLocalCredentialStore", () => {
  test("knows the default local user when given no credentials", () => {
    const lookup = createLocalCredentialStore();
    expect(lookup("AKIDLOCALPLAYGROUND")).toMatchObject({ secretAccessKey: "local-playground-secret" });
    expect(lookup("AKIDUNKNOWN")).toBeUndefined();
  });

  test("knows exactly the credentials it is given", () => {
    const lookup = createLocalCredentialStore([{ accessKeyId: "AKIDA", secretAccessKey: "a" }]);
    expect(lookup("AKIDA")).toEqual({ accessKeyId: "AKIDA", secretAccessKey: "a" });
    expect(lookup("AKIDLOCALPLAYGROUND")).toBeUndefined();
  });

  test("refuses two credentials with one access key id", () => {
    expect(() => createLocalCredentialStore([DEFAULT_LOCAL_CREDENTIAL, { ...DEFAULT_LOCAL_CREDENTIAL }])).toThrow(
      "Two local credentials use the access key id AKIDLOCALPLAYGROUND",
    );
  });
});
