import type { Scenario } from "./context";
import { dynamodbScenario } from "./dynamodb";
import { eventsScenario } from "./events";
import { httpScenario } from "./http";
import { mockScenario } from "./mock";
import { s3Scenario } from "./s3";
import { sfnScenario } from "./sfn";
import { snsScenario } from "./sns";
import { vpclinkScenario } from "./vpclink";

/**
 * The scenario of each template, by template name. Which templates exist comes from the route
 * model (templates/); a template without an entry here is reported as a failure, so a new
 * template cannot go unexercised.
 */
export const scenarios: Readonly<Record<string, Scenario>> = {
  dynamodb: dynamodbScenario,
  events: eventsScenario,
  http: httpScenario,
  mock: mockScenario,
  s3: s3Scenario,
  sfn: sfnScenario,
  sns: snsScenario,
  vpclink: vpclinkScenario,
};

export type { LocalRecords, Scenario, ScenarioContext } from "./context";
