import { GatewayOptionsError } from "../errors/GatewayOptionsError";
import { parseCliArgs } from "./parse-args";

describe("parseCliArgs", () => {
  it("reads templates and every option", () => {
    expect(
      parseCliArgs(["mock", "templates/http", "--port", "4010", "--param", "A=1", "--param", "B=x=y", "--region", "eu-west-1", "--stage-variable", "k=v", "--connection", "abc=http://127.0.0.1:9"]),
    ).toEqual({
      help: false,
      templates: ["mock", "templates/http"],
      port: 4010,
      region: "eu-west-1",
      parameters: { A: "1", B: "x=y" },
      stageVariables: { k: "v" },
      connections: { abc: "http://127.0.0.1:9" },
    });
  });
  it("asks for help without templates", () => {
    expect(parseCliArgs(["--help"]).help).toBe(true);
  });
  const bad: [string[], RegExp][] = [
    [[], /Name at least one template/],
    [["mock", "--port", "x"], /--port must be a number/],
    [["mock", "--port", "70000"], /--port must be a number/],
    [["mock", "--param", "novalue"], /--param expects Key=Value, got "novalue"/],
    [["mock", "--connection", "id=not a url"], /is not a URL/],
    [["mock", "--what"], /Unknown option '--what'/],
  ];
  for (const [argv, message] of bad) {
    it(`refuses ${argv.join(" ") || "no arguments"} with one clear line`, () => {
      expect(() => parseCliArgs(argv)).toThrow(message);
      expect(() => parseCliArgs(argv)).toThrow(GatewayOptionsError);
    });
  }
});
