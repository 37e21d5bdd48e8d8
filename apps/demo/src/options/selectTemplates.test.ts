import { UsageError } from "../errors/UsageError";
import { checkNames, selectTemplates } from "./selectTemplates";

const templates = [{ name: "dynamodb" }, { name: "events" }, { name: "s3" }];

describe("selectTemplates", () => {
  it("keeps every template without --only", () => {
    expect(selectTemplates(templates, undefined)).toEqual(templates);
  });

  it("keeps the model's order, not the command line's", () => {
    expect(selectTemplates(templates, ["s3", "dynamodb"]).map((template) => template.name)).toEqual(["dynamodb", "s3"]);
  });

  it("names the unknown templates and lists the valid ones", () => {
    const select = () => selectTemplates(templates, ["s3", "nope", "dynamo"]);
    expect(select).toThrow(UsageError);
    expect(select).toThrow('Unknown templates "nope", "dynamo" in --only: the templates are dynamodb, events, s3.');
  });
});

describe("checkNames", () => {
  it("says which flag named an unknown template", () => {
    expect(() => checkNames(templates, ["sqs"], "--stack")).toThrow('Unknown template "sqs" in --stack: the templates are dynamodb, events, s3.');
  });
});
