import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { silentLogger } from "@apigw-playground/gateway";
import { TemplateProblemsError } from "@apigw-playground/routes";
import { LocalStackOptionsError, ProvisioningError, startLocalStack } from "../src";
import { callApi } from "./helpers/callApi";

describe("when a backend is down", () => {
  it("answers 500 Internal server error", async () => {
    const stack = await startLocalStack({ templates: ["dynamodb"], logger: silentLogger, env: {} });
    try {
      await stack.backends!.backends.dynamodb!.stop();
      const res = await callApi(stack, "dynamodb", "/items/1");
      expect(res.status).toBe(500);
      expect(res.json()).toEqual({ message: "Internal server error" });
    } finally {
      await stack.stop();
    }
  });
});

describe("when a backend never answers", () => {
  let silent: Server;
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    // Accepts connections and never writes a byte: a service that hangs.
    silent = createServer((socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it("answers 504 once the integration's timeout passes", async () => {
    const endpoint = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const stack = await startLocalStack({
      templates: ["dynamodb"],
      endpoints: { dynamodb: endpoint },
      provision: false,
      // The templates keep API Gateway's 29 s default; a test shortens it on the route model.
      transformTemplate: (model) => {
        for (const api of model.apis) for (const route of api.routes) route.integration.timeoutInMillis = 300;
        return model;
      },
      logger: silentLogger,
      env: {},
    });
    try {
      const res = await callApi(stack, "dynamodb", "/items/1");
      expect(res.status).toBe(504);
      expect(res.json()).toEqual({ message: "Endpoint request timed out" });
    } finally {
      await stack.stop();
    }
  });

  it("fails provisioning with a timeout naming the template and resource", async () => {
    const endpoint = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const started = startLocalStack({ templates: ["dynamodb"], endpoints: { dynamodb: endpoint }, provisionTimeoutMs: 200, logger: silentLogger, env: {} });
    await expect(started).rejects.toThrow(ProvisioningError);
    await expect(started).rejects.toThrow(/Could not provision Table \(AWS::DynamoDB::Table\) of template "dynamodb": dynamodb CreateTable at http:\/\/127\.0\.0\.1:\d+ could not be reached: no answer within 200 ms/);
  });
});

describe("options and templates that cannot work", () => {
  it("names the unknown template and lists those there are", async () => {
    await expect(startLocalStack({ templates: ["dynamo"], env: {} })).rejects.toThrow(LocalStackOptionsError);
    await expect(startLocalStack({ templates: ["dynamo"], env: {} })).rejects.toThrow(/No template named "dynamo" in .*; there are: dynamodb, events, http, mock, s3, sfn, sns, vpclink\./);
  });

  it("refuses an endpoint for a service it does not run", async () => {
    await expect(startLocalStack({ templates: ["mock"], endpoints: { lambda: "http://x" } as never, env: {} })).rejects.toThrow(/endpoints names "lambda"/);
  });

  it("reports template problems from bad parameter overrides, leaving nothing running", async () => {
    await expect(startLocalStack({ templates: ["http"], parameters: { http: { UpstreamBaseUrl: "ftp://nope" } }, logger: silentLogger, env: {} })).rejects.toThrow(TemplateProblemsError);
    // Here the local httpbin had started before the template failed to load: it must be closed again.
    let httpbin: string | undefined;
    const failed = startLocalStack({
      templates: ["http"],
      parameters: { http: { StageName: "not a stage!" } },
      onProgress: (event) => {
        if (event.type === "upstream-started") httpbin = event.url;
      },
      logger: silentLogger,
      env: {},
    });
    await expect(failed).rejects.toThrow(/StageName/);
    expect(httpbin).toBeDefined();
    await expect(fetch(httpbin!)).rejects.toThrow();
  });

  it("takes external endpoints from AWS_ENDPOINT_URL_<SERVICE> and starts no backend for them", async () => {
    const stack = await startLocalStack({ templates: ["sns"], provision: false, logger: silentLogger, env: { AWS_ENDPOINT_URL_SNS: "http://127.0.0.1:9/" } });
    try {
      expect(stack.endpoints).toEqual({ sns: "http://127.0.0.1:9" });
      expect(stack.backends).toBeUndefined();
    } finally {
      await stack.stop();
    }
  });
});

describe("resources the stack has no provisioner for", () => {
  it("reports them as not provisioned and warns in the log that routes needing them will fail", async () => {
    const warnings: string[] = [];
    const events: string[] = [];
    const stack = await startLocalStack({
      templates: ["mock"],
      transformTemplate: (model) => {
        model.resources["Stream"] = { logicalId: "Stream", type: "AWS::Kinesis::Stream", properties: {}, physicalId: "s", attributes: {}, dependsOn: [] };
        return model;
      },
      logger: { ...silentLogger, warn: (message) => warnings.push(message) },
      onProgress: (event) => {
        if (event.type === "resource-not-provisioned") events.push(`${event.logicalId}: ${event.reason}`);
      },
      env: {},
    });
    await stack.stop();
    expect(events).toContain("Stream: no local provisioner for AWS::Kinesis::Stream: routes that need it will fail");
    expect(warnings).toEqual(["local stack: mock/Stream: not provisioned: no local provisioner for AWS::Kinesis::Stream: routes that need it will fail"]);
  });
});
