import { GatewayError } from "../../src/errors/GatewayError";
import { PlaygroundClientError } from "../../src/errors/PlaygroundClientError";
import { RouteError } from "../../src/errors/RouteError";
import { UnexpectedResponseError } from "../../src/errors/UnexpectedResponseError";
import { isRouteError } from "../../src/runtime/defineOperation";
import { fixtureClient } from "../helpers/fixtureClient";
import { startTestServer, type TestServer } from "../helpers/testServer";

let server: TestServer;
afterEach(() => server.close());

const ids = { "x-amzn-requestid": "0c3b6b9f-1111-2222-3333-444455556666", "x-amz-apigw-id": "Abc=" };

async function answer(status: number, body: string, headers: Record<string, string>) {
  server = await startTestServer((_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  });
  return fixtureClient(server, { retry: { maxAttempts: 1 } });
}

async function failure(status: number, body: string, headers: Record<string, string>, call = "getItem"): Promise<unknown> {
  const client = await answer(status, body, headers);
  const result =
    call === "getItem" ? client.fixture.getItem({ path: { id: "42" } }) : client.fixture.deleteItem({ path: { id: "42" } });
  const error = await result.catch((e: unknown) => e);
  await client.close();
  return error;
}

describe("response mapping", () => {
  test("a declared 2xx gives the parsed JSON", async () => {
    const client = await answer(200, '{"id":"42","name":"x"}', { "content-type": "application/json" });
    await expect(client.fixture.getItem({ path: { id: "42" } })).resolves.toEqual({ id: "42", name: "x" });
    await client.close();
  });

  test("a declared empty 204 gives undefined", async () => {
    const client = await answer(204, "", {});
    await expect(client.fixture.deleteItem({ path: { id: "42" } })).resolves.toBeUndefined();
    await client.close();
  });

  test("a declared error status becomes a RouteError with the typed body", async () => {
    const error = await failure(404, '{"message":"no item 42"}', { "content-type": "application/json", ...ids });
    expect(error).toBeInstanceOf(RouteError);
    expect(error).toBeInstanceOf(PlaygroundClientError);
    expect(error).toMatchObject({
      name: "RouteError",
      status: 404,
      body: { message: "no item 42" },
      template: "fixture",
      operationId: "getItem",
      $fault: "client",
      $metadata: { httpStatusCode: 404, requestId: ids["x-amzn-requestid"], extendedRequestId: "Abc=", attempts: 1 },
    });
    expect((error as Error).message).toBe(`fixture.getItem answered 404 to GET ${server.origin}/v1/items/42: no item 42`);
  });

  test("isRouteError narrows to the operation and status", async () => {
    const client = await answer(404, '{"message":"gone"}', { "content-type": "application/json" });
    const error = await client.fixture.getItem({ path: { id: "42" } }).catch((e: unknown) => e);
    await client.close();
    expect(isRouteError(error, client.fixture.getItem, 404)).toBe(true);
    expect(isRouteError(error, client.fixture.getObject, 404)).toBe(false);
    if (isRouteError(error, client.fixture.getItem, 404)) expect(error.body.message).toBe("gone");
  });

  test("an answer with x-amzn-ErrorType is API Gateway's own: GatewayError, even on a declared status", async () => {
    const error = await failure(404, '{"message":"Not Found"}', {
      "content-type": "application/json",
      "x-amzn-errortype": "NotFoundException:http://internal.amazon.com/coral/com.amazon.coral.service/",
      ...ids,
    });
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ name: "NotFoundException", errorType: "NotFoundException", status: 404, gatewayMessage: "Not Found" });
    expect(error).toMatchObject({ $metadata: { requestId: ids["x-amzn-requestid"] } });
  });

  test("Missing Authentication Token tells the user to check the path, method and stage", async () => {
    const error = await failure(403, '{"message":"Missing Authentication Token"}', { "x-amzn-errortype": "MissingAuthenticationTokenException" });
    expect((error as Error).message).toMatch(/^API Gateway answered 403 MissingAuthenticationTokenException to GET http:.*\/v1\/items\/42: Missing Authentication Token\. .*path or method.*stage/);
  });

  test("a signature mismatch names region, credentials and clock as the usual causes", async () => {
    const error = await failure(
      403,
      '{"message":"The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method."}',
      { "x-amzn-errortype": "InvalidSignatureException" },
    );
    expect(error).toMatchObject({ name: "InvalidSignatureException", $fault: "client" });
    expect((error as Error).message).toMatch(/not in us-east-1.*access key AKIDLOCALPLAYGROUND.*clock/);
  });

  test("an expired signature points at the clock", async () => {
    const error = await failure(
      403,
      '{"Message":"Signature expired: 20240101T000000Z is now earlier than 20240101T000600Z (20240101T001100Z - 5 min.)"}',
      { "x-amzn-errortype": "InvalidSignatureException" },
    );
    expect((error as GatewayError).gatewayMessage).toMatch(/^Signature expired/);
    expect((error as Error).message).toMatch(/signed at \d{8}T\d{6}Z: check this machine's clock/);
  });

  test("an undeclared status without x-amzn-ErrorType is an UnexpectedResponseError with the body", async () => {
    const error = await failure(418, "I'm a teapot", { "content-type": "text/plain" });
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ status: 418, contentType: "text/plain", text: "I'm a teapot" });
    expect((error as Error).message).toContain("does not declare");
  });

  test("a declared JSON response that is not JSON is an UnexpectedResponseError", async () => {
    const error = await failure(200, "<html>proxy</html>", { "content-type": "text/html" });
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toMatch(/not the JSON fixture\.getItem declares/);
  });
});
