import { type CompiledTemplate, compileTemplate } from "@apigw-playground/vtl";

/**
 * Each mapping template of an API compiled once. (The VTL package also caches by text, but its
 * cache is a bounded LRU shared by everything in the process; an API's templates stay here.)
 */
export class CompiledTemplates {
  private readonly byText = new Map<string, CompiledTemplate>();

  /** @throws VtlSyntaxError when the template does not parse (the request then fails with 500). */
  get(source: string): CompiledTemplate {
    let compiled = this.byText.get(source);
    if (compiled === undefined) {
      compiled = compileTemplate(source);
      this.byText.set(source, compiled);
    }
    return compiled;
  }
}
