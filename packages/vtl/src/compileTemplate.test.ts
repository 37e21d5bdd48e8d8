import { checkTemplate, compileTemplate } from "./compileTemplate";
import { VtlSyntaxError } from "./errors/VtlSyntaxError";
import { VtlError } from "./errors/VtlError";

describe("compileTemplate", () => {
  test("returns the cached template for the same text", () => {
    const source = `{"id": "$input.params('id')"}`;
    expect(compileTemplate(source)).toBe(compileTemplate(source));
  });

  test("reports a syntax error with its line and column", () => {
    let error: unknown;
    try {
      compileTemplate("a\nb\n#set($a = )");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(VtlSyntaxError);
    expect(error).toBeInstanceOf(VtlError);
    expect(error).toMatchObject({ line: 3, name: "InternalServerErrorException", $fault: "server" });
  });

  test("rejects a block without #end and a stray #end, as Velocity does", () => {
    expect(checkTemplate("x\n  #foreach($a in $b)x")).toEqual({ message: "#foreach has no matching #end", line: 2, column: 3 });
    expect(checkTemplate("ok #end")).toMatchObject({ message: expect.stringContaining("#end without") });
  });

  test("ignores directives inside comments", () => {
    expect(checkTemplate("## #if(\n#* #foreach *#ok")).toBeUndefined();
  });

  test("checkTemplate accepts a valid template", () => {
    expect(checkTemplate("#if($a)x#else y#end")).toBeUndefined();
  });
});
