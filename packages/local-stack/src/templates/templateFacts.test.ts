import { findTemplatesDir, loadTemplates } from "@apigw-playground/routes";
import { apiKeysOf } from "./apiKeysOf";
import { declaresParameter } from "./declaresParameter";
import { isSlowToProvision, likelyServices } from "./likelyServices";
import { readStackTemplates } from "./loadStackTemplates";
import { servicesUsed } from "./servicesUsed";
import { vpcLinkIds } from "./vpcLinkConnections";

// What the stack reads off the repository's real templates.
const dir = findTemplatesDir();
const models = loadTemplates(dir);
const sources = readStackTemplates(dir, undefined);
const model = (name: string) => models.find((m) => m.name === name)!;
const source = (name: string) => sources.find((s) => s.name === name)!;

describe("facts read off the real templates", () => {
  it.each(models.map((m) => m.name))("foresees from the text of %s every service its model uses", (name) => {
    const foreseen = likelyServices([source(name)]);
    for (const service of servicesUsed([model(name)])) expect(foreseen).toContain(service);
  });

  it("knows which services each template uses", () => {
    expect(Object.fromEntries(models.map((m) => [m.name, [...servicesUsed([m])].sort()]))).toEqual({
      dynamodb: ["dynamodb"],
      events: ["events", "sqs"],
      http: [],
      mock: [],
      s3: ["s3"],
      sfn: ["states"],
      sns: ["sns"],
      vpclink: [],
    });
  });

  it("finds the http template's upstream parameter and no other's", () => {
    expect(sources.filter((s) => declaresParameter(s.source, "UpstreamBaseUrl")).map((s) => s.name)).toEqual(["http"]);
  });

  it("puts the state machines' template first", () => {
    expect(sources.filter(isSlowToProvision).map((s) => s.name)).toEqual(["sfn"]);
  });

  it("gives the mock template's enabled API key, as its usage plan has it", () => {
    const keys = apiKeysOf(models);
    expect(Object.keys(keys)).toEqual(["mock"]);
    expect(keys["mock"]).toEqual([model("mock").resources["ApiKey"]!.properties["Value"]]);
  });

  it("maps the vpclink template's VPC link (resource and routes agree)", () => {
    expect(vpcLinkIds(models)).toEqual([model("vpclink").resources["VpcLink"]!.physicalId]);
  });
});
