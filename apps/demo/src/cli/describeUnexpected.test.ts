import { UsageError } from "../errors/UsageError";
import { describeUnexpected } from "./describeUnexpected";

describe("describeUnexpected", () => {
  it("keeps the demo's own errors to their sentence", () => {
    expect(describeUnexpected(new UsageError("--target must be local or aws, got \"x\"."), false)).toBe('--target must be local or aws, got "x".');
  });

  it("gives anything else one sentence and the --verbose hint, without a stack trace", () => {
    const text = describeUnexpected(new TypeError("Cannot read properties of undefined (reading 'url')"), false);
    expect(text).toBe("The demo failed unexpectedly: Cannot read properties of undefined (reading 'url'). Run again with --verbose for the stack trace.");
  });

  it("adds the stack traces of the error and its causes with --verbose", () => {
    const error = new Error("outer", { cause: new Error("inner") });
    const text = describeUnexpected(error, true);
    expect(text).toContain("Error: outer\n    at ");
    expect(text).toContain("Error: inner\n    at ");
  });
});
