/** How long {@link RecordLog.waitFor} waits by default, in milliseconds. */
export const defaultWaitTimeoutMs = 5000;

/**
 * An append-only list of records with listeners: what a backend received, or what an event bus
 * delivered. Listeners run synchronously after each append, so a waiter sees every record.
 */
export class RecordLog<T> {
  readonly #records: T[] = [];
  readonly #listeners = new Set<(record: T) => void>();
  readonly #what: string;

  /** @param what names the records in timeout messages ("request to sqs"). */
  constructor(what: string) {
    this.#what = what;
  }

  append(record: T): T {
    this.#records.push(record);
    for (const listener of [...this.#listeners]) listener(record);
    return record;
  }

  entries(): readonly T[] {
    return [...this.#records];
  }

  on(listener: (record: T) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Resolves with the first record, past or future, that matches `predicate`. */
  waitFor(predicate: (record: T) => boolean, timeoutMs = defaultWaitTimeoutMs): Promise<T> {
    const found = this.#records.find(predicate);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`No matching ${this.#what} was recorded within ${timeoutMs} ms (${this.#records.length} recorded).`));
      }, timeoutMs);
      const off = this.on((record) => {
        if (!predicate(record)) return;
        clearTimeout(timer);
        off();
        resolve(record);
      });
    });
  }
}
