import { UsageError } from "../errors/UsageError";
import { parseServeArgs } from "./parseServeArgs";

describe("parseServeArgs", () => {
  it("reads --only and --port", () => {
    expect(parseServeArgs(["--only", "mock,s3", "--port", "4510"])).toEqual({ kind: "serve", only: ["mock", "s3"], port: 4510 });
    expect(parseServeArgs([])).toEqual({ kind: "serve" });
    expect(parseServeArgs(["-h"])).toEqual({ kind: "help" });
  });

  it.each([
    [["--port", "http"], '--port must be a number from 0 to 65535, got "http".'],
    [["--port", "70000"], '--port must be a number from 0 to 65535, got "70000".'],
    [["--json"], "Unknown option --json: see --help for the options."],
  ])("refuses %j in one sentence", (argv, message) => {
    expect(() => parseServeArgs(argv)).toThrow(UsageError);
    expect(() => parseServeArgs(argv)).toThrow(message);
  });
});
