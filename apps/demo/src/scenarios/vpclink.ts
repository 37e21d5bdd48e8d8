import { CheckFailedError } from "../errors/CheckFailedError";
import type { Scenario } from "./context";
import { echoOf } from "./http";

/**
 * VPC link: HTTP_PROXY routes whose connection is a VPC link to an internal load balancer, so
 * the private service (no public address) is reached through API Gateway. Locally the link's
 * connection id maps to a private upstream on 127.0.0.1.
 */
export const vpclinkScenario: Scenario = async ({ client, steps, runId }) => {
  const { pingPrivate, callPrivate } = client.vpclink;
  await steps.call("ping the private service", pingPrivate, undefined, (answer) => {
    const echo = echoOf(answer);
    if (echo.service !== "private") throw new CheckFailedError(`the private service answered ${JSON.stringify(echo).slice(0, 200)}`);
    return `the private service answered ${String(echo.method)} ${String(echo.path)} through the VPC link`;
  });
  const path = `orders/${runId}`;
  await steps.call("call a private path", callPrivate, { method: "POST", path: { proxy: path }, body: Buffer.from(JSON.stringify({ runId })), contentType: "application/json" }, (answer) => {
    const echo = echoOf(answer);
    if (echo.service !== "private" || echo.method !== "POST" || !String(echo.path).endsWith(path) || !String(echo.body ?? "").includes(runId)) {
      throw new CheckFailedError(`the private service echoed ${JSON.stringify(echo).slice(0, 200)}`);
    }
    return `the private service saw POST ${String(echo.path)} with the body`;
  });
};
