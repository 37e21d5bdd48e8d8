import type { AwsCredentialIdentity } from "@smithy/types";
import { memoizeCredentials } from "./memoizeCredentials";

function counting(expiresIn: number | undefined) {
  const provider = jest.fn(
    async (): Promise<AwsCredentialIdentity> => ({
      accessKeyId: `AKID${provider.mock.calls.length}`,
      secretAccessKey: "s",
      ...(expiresIn === undefined ? {} : { expiration: new Date(Date.now() + expiresIn) }),
    }),
  );
  return provider;
}

describe("memoizeCredentials", () => {
  test("asks once for credentials without expiration", async () => {
    const provider = counting(undefined);
    const get = memoizeCredentials(provider);
    await get();
    await get();
    expect(provider).toHaveBeenCalledTimes(1);
  });

  test("keeps temporary credentials while they have more than the window left", async () => {
    const provider = counting(60 * 60_000);
    const get = memoizeCredentials(provider);
    expect((await get()).accessKeyId).toBe("AKID1");
    expect((await get()).accessKeyId).toBe("AKID1");
    expect(provider).toHaveBeenCalledTimes(1);
  });

  test("refreshes credentials that expire within 5 minutes", async () => {
    const provider = counting(4 * 60_000);
    const get = memoizeCredentials(provider);
    expect((await get()).accessKeyId).toBe("AKID1");
    expect((await get()).accessKeyId).toBe("AKID2");
  });

  test("the window is configurable", async () => {
    const provider = counting(4 * 60_000);
    const get = memoizeCredentials(provider, { refreshBefore: 60_000 });
    await get();
    await get();
    expect(provider).toHaveBeenCalledTimes(1);
  });

  test("concurrent callers share one refresh in flight", async () => {
    const provider = counting(undefined);
    const get = memoizeCredentials(provider);
    const all = await Promise.all([get(), get(), get(), get()]);
    expect(provider).toHaveBeenCalledTimes(1);
    expect(new Set(all.map((c) => c.accessKeyId))).toEqual(new Set(["AKID1"]));
  });

  test("a failed refresh is reported and the next call tries again", async () => {
    let fail = true;
    const get = memoizeCredentials(async () => {
      if (fail) throw new Error("sso down");
      return { accessKeyId: "AKID", secretAccessKey: "s" };
    });
    await expect(get()).rejects.toThrow("sso down");
    fail = false;
    await expect(get()).resolves.toMatchObject({ accessKeyId: "AKID" });
  });
});
