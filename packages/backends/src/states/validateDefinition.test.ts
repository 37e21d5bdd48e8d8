import { DefinitionValidator } from "./validateDefinition";

// The worker shares one Ajv across validations: results must not leak from one call to the next.
describe("DefinitionValidator", () => {
  const validator = new DefinitionValidator();
  afterAll(() => validator.close());

  const valid = { StartAt: "A", States: { A: { Type: "Pass", End: true } } };
  const badType = { StartAt: "A", States: { A: { Type: "Pasz", End: true } } };
  const badPath = { StartAt: "A", States: { A: { Type: "Pass", OutputPath: "not a path", End: true } } };
  const missingTarget = { StartAt: "A", States: { A: { Type: "Pass", Next: "B" } } };

  it("reports each definition's own problems, in any order of valid and invalid ones", async () => {
    expect(await validator.validate(badType)).toEqual(expect.arrayContaining([expect.stringMatching(/^SCHEMA_VALIDATION_FAILED: \/States\/A\/Type is invalid/)]));
    expect(await validator.validate(valid)).toEqual([]);
    expect(await validator.validate(badPath)).toEqual(expect.arrayContaining([expect.stringMatching(/^SCHEMA_VALIDATION_FAILED: \/States\/A\/OutputPath is invalid/)]));
    expect(await validator.validate(missingTarget)).toContain("MISSING_TRANSITION_TARGET: Missing 'StartAt'|'Next'|'Default' target: B");
    expect(await validator.validate(valid)).toEqual([]);
  });

  it("validates concurrent definitions independently", async () => {
    const results = await Promise.all([valid, badType, valid, missingTarget].map((definition) => validator.validate(definition)));
    expect(results.map((problems) => problems.length > 0)).toEqual([false, true, false, true]);
  });
});
