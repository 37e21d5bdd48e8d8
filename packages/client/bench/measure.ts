/** Median of the samples. */
export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Load {
  /** Requests per measured round. */
  total: number;
  /** Requests in flight at once. */
  concurrency: number;
  rounds: number;
  /** Requests sent before measuring, per contender. */
  warmup: number;
}

/** Seconds to send `count` requests with `concurrency` in flight. */
async function timeRequests(send: () => Promise<unknown>, count: number, concurrency: number): Promise<number> {
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started += 1;
      await send();
    }
  };
  const begin = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return Number(process.hrtime.bigint() - begin) / 1e9;
}

/**
 * Requests per second of each contender. After a warm-up, the rounds run the contenders
 * one after the other in a rotating order, so a change in machine load during the run
 * falls on all of them alike; each gets the median of its rounds, and each round's
 * rate relative to the first contender is kept too.
 */
export async function interleavedThroughput(
  senders: Array<() => Promise<unknown>>,
  load: Load,
): Promise<Array<{ rate: number; relative: number }>> {
  for (const send of senders) await timeRequests(send, load.warmup, load.concurrency);
  const rates: number[][] = senders.map(() => []);
  for (let round = 0; round < load.rounds; round++) {
    for (let k = 0; k < senders.length; k++) {
      const index = (round + k) % senders.length;
      rates[index]!.push(load.total / (await timeRequests(senders[index]!, load.total, load.concurrency)));
    }
  }
  return rates.map((own) => ({
    rate: median(own),
    // Per-round ratios against the baseline, whose round ran close in time.
    relative: median(own.map((rate, round) => rate / rates[0]![round]!)),
  }));
}

/** Milliseconds per call of a synchronous-or-async function, median of rounds. */
export async function timePerCall(fn: () => Promise<unknown> | unknown, { iterations, rounds }: { iterations: number; rounds: number }): Promise<number> {
  for (let i = 0; i < Math.max(1, iterations / 4); i++) await fn();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const begin = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) await fn();
    samples.push(Number(process.hrtime.bigint() - begin) / 1e6 / iterations);
  }
  return median(samples);
}

/** A plain text table, columns padded. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
