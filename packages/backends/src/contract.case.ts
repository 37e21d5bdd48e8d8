import { createServer } from "node:net";
import type { Backend, ServiceName } from "./types";

/** What the shared contract suite needs to know about one backend (hono's `runTest({ newRouter })` idea). */
export interface BackendContract {
  service: ServiceName;
  start(): Promise<Backend>;
  /** Sends a well-formed request the backend must accept (2xx); `unsigned` drops the SigV4 Authorization. */
  sendValid(endpoint: string, options?: { unsigned?: boolean }): Promise<Response>;
  /** The action the backend must record for `sendValid`. */
  validAction: string;
  /** Sends a signed request for an action the service does not have. */
  sendUnknownAction(endpoint: string): Promise<Response>;
  /** Asserts AWS's answer to an unknown action in this protocol (status, error code and shape). */
  checkUnknownAction(response: Response): Promise<void>;
  /** Asserts AWS's answer to a request without credentials in this protocol. */
  checkMissingAuthentication(response: Response): Promise<void>;
}

/** Runs the behaviour every local backend shares against one backend. */
export function runBackendContract(contract: BackendContract): void {
  describe(`${contract.service} backend contract`, () => {
    let backend: Backend;

    beforeEach(async () => {
      backend = await contract.start();
    });

    afterEach(async () => {
      await backend.stop();
    });

    it("starts on an OS-chosen port on 127.0.0.1", () => {
      expect(backend.service).toBe(contract.service);
      expect(backend.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(portOf(backend.endpoint)).toBeGreaterThan(0);
    });

    it("answers a signed request and records action and status", async () => {
      const response = await contract.sendValid(backend.endpoint);
      expect(response.status).toBeLessThan(300);
      await response.arrayBuffer();
      const recorded = await backend.waitForReceived((request) => request.action === contract.validAction);
      expect(recorded).toMatchObject({ service: contract.service, action: contract.validAction, status: response.status });
      expect(Number.isNaN(Date.parse(recorded.at))).toBe(false);
    });

    it("tells listeners about each recorded request and stops after unsubscribe", async () => {
      const seen: string[] = [];
      const off = backend.onReceived((request) => seen.push(request.action));
      await (await contract.sendValid(backend.endpoint)).arrayBuffer();
      await backend.waitForReceived(() => seen.length === 1);
      off();
      await (await contract.sendValid(backend.endpoint)).arrayBuffer();
      await backend.waitForReceived((_request) => backend.received().length >= 2);
      expect(seen).toEqual([contract.validAction]);
    });

    it("answers an unknown action with the protocol's error", async () => {
      const response = await contract.sendUnknownAction(backend.endpoint);
      await contract.checkUnknownAction(response);
    });

    it("rejects a request without credentials the way AWS does", async () => {
      const response = await contract.sendValid(backend.endpoint, { unsigned: true });
      await contract.checkMissingAuthentication(response);
      const recorded = await backend.waitForReceived((request) => request.status === response.status);
      expect(recorded.status).toBeGreaterThanOrEqual(400);
    });

    it("stops cleanly and frees its port", async () => {
      await (await contract.sendValid(backend.endpoint)).arrayBuffer();
      const port = portOf(backend.endpoint);
      await backend.stop();
      await expect(fetch(`${backend.endpoint}/`)).rejects.toThrow();
      await expect(canListenOn(port)).resolves.toBe(true);
    });
  });
}

function portOf(endpoint: string): number {
  return Number(new URL(endpoint).port);
}

function canListenOn(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}
