import { Pool } from "undici";
import { ConfigurationError } from "../errors/ConfigurationError";

export interface PoolSettings {
  /** Milliseconds to establish a connection (TCP, and TLS for https). */
  connectTimeout: number;
  /** Milliseconds an idle keep-alive connection stays open. */
  keepAliveTimeout: number;
}

/**
 * One keep-alive undici Pool per origin, created on first use and reused by every
 * call to that origin until `close()`.
 */
export class ConnectionPools {
  private readonly pools = new Map<string, Pool>();
  private closed = false;

  constructor(private readonly settings: PoolSettings) {}

  for(origin: string): Pool {
    if (this.closed) throw new ConfigurationError("This PlaygroundClient is closed: create a new one.");
    let pool = this.pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, {
        connect: { timeout: this.settings.connectTimeout },
        keepAliveTimeout: this.settings.keepAliveTimeout,
        // The client sets its own total deadline per attempt (sendOnce); undici's
        // per-phase inactivity timers would only race it.
        headersTimeout: 0,
        bodyTimeout: 0,
      });
      this.pools.set(origin, pool);
    }
    return pool;
  }

  /** Close every pool, letting requests in flight finish. */
  async close(): Promise<void> {
    this.closed = true;
    const pools = [...this.pools.values()];
    this.pools.clear();
    await Promise.all(pools.map((pool) => pool.close()));
  }
}
