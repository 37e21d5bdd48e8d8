import { callerIdentity } from "./caller-identity";

describe("callerIdentity", () => {
  test("applies the account and user name defaults", () => {
    const identity = callerIdentity({ accessKeyId: "AKIDX", secretAccessKey: "s" });
    expect(identity).toMatchObject({
      accessKey: "AKIDX",
      accountId: "123456789012",
      userArn: "arn:aws:iam::123456789012:user/local-playground",
    });
    expect(identity.caller).toBe(identity.user);
  });

  test("gives each user a stable IAM-style unique id", () => {
    const alice = callerIdentity({ accessKeyId: "AKID1", secretAccessKey: "s", userName: "alice", accountId: "111111111111" });
    const again = callerIdentity({ accessKeyId: "AKID2", secretAccessKey: "t", userName: "alice", accountId: "111111111111" });
    const bob = callerIdentity({ accessKeyId: "AKID1", secretAccessKey: "s", userName: "bob", accountId: "111111111111" });
    expect(alice.user).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(again.user).toBe(alice.user);
    expect(bob.user).not.toBe(alice.user);
    expect(alice.userArn).toBe("arn:aws:iam::111111111111:user/alice");
  });
});
