import * as client from "../test/fixtures/clientErrors";
import * as gateway from "../test/fixtures/gatewayErrors";
import { PlaygroundError } from "./PlaygroundError";

type Copy = { root: typeof PlaygroundError; client: typeof client; gateway: typeof gateway };

/** A second, separately loaded copy of this package and of the two packages built on it. */
function loadAnotherCopy(): Copy {
  let copy: Copy | undefined;
  jest.isolateModules(() => {
    copy = { root: require("./PlaygroundError").PlaygroundError, client: require("../test/fixtures/clientErrors"), gateway: require("../test/fixtures/gatewayErrors") };
  });
  return copy!;
}

describe("PlaygroundError", () => {
  test("carries the name, fault, metadata and cause it is given", () => {
    const error = new client.NetworkError("GET http://x failed", new Error("reset"));
    expect(error).toMatchObject({ name: "NetworkError", message: "GET http://x failed", $fault: "client", $metadata: { attempts: 1 } });
    expect(error.cause).toEqual(new Error("reset"));
    expect(new gateway.GatewayError("boom")).toMatchObject({ name: "GatewayError", $fault: "server", $metadata: { httpStatusCode: 500 } });
    expect("cause" in new client.GatewayError("no")).toBe(false);
  });

  test("keeps the brand out of the enumerable properties", () => {
    expect(Object.keys(new gateway.ServerError("InternalFailure", "x"))).toEqual(["name", "$fault", "$metadata"]);
    expect(JSON.parse(JSON.stringify(new gateway.ServerError("InternalFailure", "x", 502)))).toEqual({ name: "InternalFailure", $fault: "server", $metadata: { httpStatusCode: 502 } });
  });

  test("is an instance of its class, its package base, the root and Error, not of a sibling", () => {
    const error = new client.NetworkError("x");
    expect(error).toBeInstanceOf(client.NetworkError);
    expect(error).toBeInstanceOf(client.ClientError);
    expect(error).toBeInstanceOf(PlaygroundError);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(client.GatewayError);
  });

  test("never takes an error of one package for a same-named class of another", () => {
    const fromClient = new client.GatewayError("Forbidden");
    const fromGateway = new gateway.GatewayError("boom");
    expect(client.GatewayError.name).toBe(gateway.GatewayError.name);
    expect(fromClient).not.toBeInstanceOf(gateway.GatewayError);
    expect(fromClient).not.toBeInstanceOf(gateway.ServerError);
    expect(fromGateway).not.toBeInstanceOf(client.GatewayError);
    expect(fromGateway).not.toBeInstanceOf(client.ClientError);
    expect(fromClient).toBeInstanceOf(PlaygroundError);
    expect(fromGateway).toBeInstanceOf(PlaygroundError);
  });

  test("recognises errors of a separately loaded copy, both ways, still per package", () => {
    const other = loadAnotherCopy();
    expect(other.client.NetworkError).not.toBe(client.NetworkError);
    expect(other.root).not.toBe(PlaygroundError);

    const foreign = new other.client.NetworkError("x");
    expect(foreign).toBeInstanceOf(client.NetworkError);
    expect(foreign).toBeInstanceOf(client.ClientError);
    expect(foreign).toBeInstanceOf(PlaygroundError);
    expect(foreign).not.toBeInstanceOf(client.GatewayError);
    expect(foreign).not.toBeInstanceOf(gateway.GatewayError);

    const local = new gateway.GatewayError("boom");
    expect(local).toBeInstanceOf(other.gateway.GatewayError);
    expect(local).toBeInstanceOf(other.root);
    expect(local).not.toBeInstanceOf(other.client.GatewayError);
  });

  test("matches a class by its kind when a bundler renamed it", () => {
    const renamed = new gateway.RenamedGatewayError("boom");
    expect(gateway.RenamedGatewayError.name).toBe("GatewayError2");
    expect(renamed).toBeInstanceOf(gateway.GatewayError);
    expect(new gateway.GatewayError("boom")).toBeInstanceOf(gateway.RenamedGatewayError);
    expect(renamed).not.toBeInstanceOf(client.GatewayError);
  });

  test("plain errors, look-alikes and non-objects are not instances", () => {
    expect(new Error("x")).not.toBeInstanceOf(PlaygroundError);
    expect(Object.assign(new Error("x"), { name: "NetworkError", $fault: "client", $metadata: { attempts: 1 } })).not.toBeInstanceOf(client.NetworkError);
    expect({ name: "GatewayError" }).not.toBeInstanceOf(gateway.GatewayError);
    expect(null).not.toBeInstanceOf(PlaygroundError);
    expect("GatewayError").not.toBeInstanceOf(gateway.GatewayError);
  });
});
