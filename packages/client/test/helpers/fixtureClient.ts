import { definePlaygroundClient } from "../../src/client/definePlaygroundClient";
import type { PlaygroundClientOptions } from "../../src/client/options";
import { createFixtureOperations } from "../fixtures/fixtureOperations";
import { localCredentials, type TestServer } from "./testServer";

/** The PlaygroundClient class of a registry holding the hand-written fixture template. */
export const FixtureClient = definePlaygroundClient({ fixture: createFixtureOperations });

/** A client whose `fixture` template points at `server` (stage v1), with 1 ms backoff so retries are quick. */
export function fixtureClient(server: Pick<TestServer, "origin">, options: Partial<PlaygroundClientOptions<"fixture">> = {}) {
  return new FixtureClient({
    region: "us-east-1",
    credentials: localCredentials,
    endpoints: { fixture: `${server.origin}/v1` },
    ...options,
    retry: { baseDelay: 1, ...options.retry },
  });
}
