// A benchmark target in its own process: prints `READY <url>` and serves until killed.
//   tsx bench/targets.ts gateway   → the local gateway with GET /v1/mock (MOCK) and GET /v1/signed (MOCK + AWS_IAM)
//   tsx bench/targets.ts bare <base64 of the answer's JSON>  → node:http answering those exact bytes
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { RouteModel } from "@apigw-playground/routes";
import { apiModel, integrationModel, integrationResponse, routeModel } from "@apigw-playground/routes/testing";
import { silentLogger, startGateway } from "../src";

/** The MOCK of templates/mock's GET /hello: a request template, a response template with $context. */
const hello = integrationModel({
  requestTemplates: { "application/json": '{"statusCode": 200}' },
  passthroughBehavior: "NEVER",
  responses: [
    integrationResponse({
      responseParameters: { "method.response.header.Access-Control-Allow-Origin": "'*'" },
      responseTemplates: {
        "application/json":
          '{\n  "message": "Hello from API Gateway",\n  "integration": "MOCK",\n  "requestId": "$context.requestId",\n  "stage": "$context.stage",\n  "path": "$context.resourcePath"\n}\n',
      },
    }),
  ],
});

function route(path: string, auth: RouteModel["auth"]["type"]): RouteModel {
  return routeModel({ operationId: path, path, auth: { type: auth, apiKeyRequired: false }, integration: hello });
}

const api = apiModel({ restApiId: "bench00000", title: "bench", routes: [route("/mock", "NONE"), route("/signed", "AWS_IAM")] });

async function main(): Promise<void> {
  const [kind, answer] = process.argv.slice(2);
  if (kind === "gateway") {
    const gateway = await startGateway({ apis: [{ templateName: "bench", api }], logger: silentLogger });
    console.log(`READY ${gateway.urlFor("bench")}`);
    return;
  }
  const { headers, body } = JSON.parse(Buffer.from(answer ?? "", "base64").toString()) as { headers: Record<string, string>; body: string };
  const bytes = Buffer.from(body);
  const server = createServer({ keepAlive: true }, (req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, headers);
      res.end(bytes);
    });
  });
  server.listen(0, "127.0.0.1", () => console.log(`READY http://127.0.0.1:${(server.address() as AddressInfo).port}`));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
