import { RecordLog } from "./RecordLog";

describe("RecordLog", () => {
  it("resolves a waiter with a record appended later", async () => {
    const log = new RecordLog<number>("number");
    const waiting = log.waitFor((n) => n > 1);
    log.append(1);
    log.append(2);
    await expect(waiting).resolves.toBe(2);
  });

  it("resolves at once with a record already appended", async () => {
    const log = new RecordLog<string>("string");
    log.append("a");
    await expect(log.waitFor((s) => s === "a")).resolves.toBe("a");
  });

  it("rejects a waiter when nothing matches in time and names what it waited for", async () => {
    const log = new RecordLog<number>("request to sqs");
    await expect(log.waitFor(() => false, 10)).rejects.toThrow(/request to sqs/);
  });

  it("stops calling a listener after it unsubscribes", () => {
    const log = new RecordLog<number>("number");
    const seen: number[] = [];
    const off = log.on((n) => seen.push(n));
    log.append(1);
    off();
    log.append(2);
    expect(seen).toEqual([1]);
  });
});
