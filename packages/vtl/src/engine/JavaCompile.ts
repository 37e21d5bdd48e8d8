import { Compile, Helper, parse } from "velocityjs";
import { VtlError } from "../errors/VtlError";
import { VtlRenderError } from "../errors/VtlRenderError";
import { JavaException } from "../java/JavaException";
import { javaArithmetic, javaCompare, javaTruthy, toDouble, velocityEquals } from "../java/arithmetic";
import { callMethod, getIndex, getProperty } from "../java/callMethod";
import { toJavaString } from "../java/toJavaString";
import { VtlList, isJavaList, isJavaMap, mapPut, mapValues } from "../java/values";
import type { AstItem, AttributeNode, Block, Node, ReferenceNode } from "./ast";

/** Members velocityjs mixes into Compile at run time but does not declare. */
interface VelocityInternals {
  context: Record<string, unknown>;
  local: Record<string, Record<string, unknown>>;
  conditions: string[];
  contextId: string;
  runState: { stop: boolean; break: boolean };
  defines: Record<string, AstItem[]>;
  macrosStore: Record<string, unknown>;
  macros: Record<string, unknown>;
  getLocal(ast: ReferenceNode): { value: unknown; isLocal: boolean };
  getString(literal: Node): string;
}

// Literal nodes Velocity 1.7 cannot evaluate as a condition: `#if("text")` and `#if(0)` are false.
const NON_CONDITION_LITERALS = new Set(["string", "integer", "decimal", "array", "map"]);

const stringTemplates = new Map<string, AstItem[]>();
const STRING_CACHE_LIMIT = 1000;
let loopCounter = 0;

/** velocityjs's Compile, typed with the AST shapes this package reads. */
interface VelocityCompile {
  render(context?: Record<string, unknown>): string;
  renderAstList(asts?: AstItem[], contextId?: string): string;
  getBlock(block: Block): string;
  getMacro(ast: Node, bodyContent?: string): string;
  getReferences(ast: ReferenceNode, isVal?: boolean): unknown;
  getLiteral(literal: Node): unknown;
  getExpression(ast: Node): unknown;
  setValue(ast: Node): void;
  evalStr(str: string): string;
}
const VelocityCompile = Compile as unknown as new (asts: AstItem[]) => VelocityCompile;

/**
 * velocityjs's renderer with Velocity 1.7 / Java semantics where API Gateway differs from
 * JavaScript: null references render empty, values print as Java prints them, methods are Java's
 * (String, List, Map), arithmetic is Java's (integer division), `#set` with a null value leaves the
 * target unchanged, `$foreach` has `index`/`count`/`hasNext`/`first`/`last`.
 *
 * One instance renders one template once; parsed ASTs are shared between instances.
 */
export class JavaCompile extends VelocityCompile {
  private get vm(): VelocityInternals {
    return this as unknown as VelocityInternals;
  }

  override renderAstList(asts?: AstItem[], contextId?: string): string {
    const vm = this.vm;
    const list = asts ?? (this as unknown as { asts: AstItem[] }).asts;
    if (contextId) {
      if (contextId !== vm.contextId && !vm.conditions.includes(contextId)) vm.conditions.unshift(contextId);
      vm.contextId = contextId;
    } else vm.contextId = "";
    let out = "";
    for (const ast of list) {
      // #stop ends the template, #break the current #foreach iteration, right where they stand.
      if (vm.runState.stop || vm.runState.break) break;
      if (typeof ast === "string") {
        out += ast;
        continue;
      }
      if (Array.isArray(ast)) {
        out += this.getBlock(ast as Block);
        continue;
      }
      switch (ast.type) {
        case "references": {
          const value = this.getReferences(ast as ReferenceNode, true);
          // API Gateway renders a null or undefined reference as nothing, not as its source text.
          if (value !== null && value !== undefined) out += toJavaString(value);
          break;
        }
        case "set":
          this.setValue(ast);
          break;
        case "break":
          vm.runState.break = true;
          break;
        case "macro_call":
          out += this.getMacro(ast);
          break;
        case "comment":
          break;
        case "raw":
          out += String(ast.value);
          break;
        default:
          out += this.getBlock(ast as unknown as Block);
      }
    }
    return out;
  }

  override getReferences(ast: ReferenceNode, _isVal?: boolean): unknown {
    const vm = this.vm;
    if (ast.prue) {
      const define = vm.defines[ast.id];
      if (Array.isArray(define)) return this.renderAstList(define);
    }
    // `$name(...)` at the top level is no Velocity syntax; it has no value.
    if (ast.args !== undefined) return undefined;
    const local = vm.getLocal(ast);
    let value = local.isLocal ? local.value : vm.context[ast.id];
    for (const attribute of ast.path ?? []) {
      if (value === null || value === undefined) return undefined;
      value = this.getAttribute(attribute, value, ast);
    }
    return value;
  }

  private getAttribute(attribute: AttributeNode, target: unknown, ast: ReferenceNode): unknown {
    switch (attribute.type) {
      case "property":
        return getProperty(target, attribute.id);
      case "index":
        return getIndex(target, this.getLiteral(attribute.id));
      case "method": {
        const args = Array.isArray(attribute.args) ? attribute.args.map((arg) => this.getLiteral(arg)) : [];
        try {
          return callMethod(target, attribute.id, args);
        } catch (e) {
          if (e instanceof VtlError) throw e;
          const where = ast.pos ? ` at line ${ast.pos.first_line}, column ${ast.pos.first_column + 1}` : "";
          const what = e instanceof JavaException ? e.message : String(e);
          throw new VtlRenderError(`${Helper.getRefText(ast as never)}${where} threw ${what}`, { cause: e });
        }
      }
    }
  }

  override getLiteral(literal: Node): unknown {
    switch (literal.type) {
      case "string":
        return this.vm.getString(literal);
      case "integer": {
        const n = Number(literal.value);
        return Number.isSafeInteger(n) ? n : BigInt(String(literal.value));
      }
      case "decimal":
        return toDouble(Number.parseFloat(String(literal.value)));
      case "bool":
        return literal.value === "true" ? true : literal.value === "false" ? false : undefined;
      case "array":
        return this.getArrayLiteral(literal);
      case "map": {
        // Velocity 1.7 map literals are LinkedHashMaps: insertion order, any key.
        const map = new Map<unknown, unknown>();
        for (const [key, value] of Object.entries((literal.value ?? {}) as Record<string, Node>)) {
          map.set(key, this.getLiteral(value));
        }
        return map;
      }
      case "math":
        return this.getExpression(literal);
      default:
        return this.getReferences(literal as ReferenceNode);
    }
  }

  private getArrayLiteral(literal: Node): VtlList {
    const items = (literal.value ?? []) as unknown[];
    if (literal.isRange !== true) return VtlList.of_(items.map((item) => this.getLiteral(item as Node)));
    const [from, to] = items.map((item) =>
      typeof item === "string" ? Number.parseInt(item, 10) : typeof item === "number" ? item : this.getLiteral(item as Node),
    );
    const list = new VtlList();
    if (typeof from !== "number" || typeof to !== "number") return list;
    const step = from <= to ? 1 : -1;
    for (let i = from; step > 0 ? i <= to : i >= to; i += step) list.push(i);
    return list;
  }

  override getExpression(ast: Node): unknown {
    if (ast.type !== "math") return this.getLiteral(ast);
    const [a, b] = ast.expression as Node[];
    const operator = ast.operator as string;
    switch (operator) {
      case "+":
      case "-":
      case "*":
      case "/":
      case "%":
        return javaArithmetic(operator, this.getExpression(a as Node), this.getExpression(b as Node));
      case "<":
      case "<=":
      case ">":
      case ">=":
        return javaCompare(operator, this.getExpression(a as Node), this.getExpression(b as Node));
      case "==":
        return velocityEquals(this.getExpression(a as Node), this.getExpression(b as Node));
      case "!=":
        return !velocityEquals(this.getExpression(a as Node), this.getExpression(b as Node));
      case "&&":
        return this.condition(a as Node) && this.condition(b as Node);
      case "||":
        return this.condition(a as Node) || this.condition(b as Node);
      case "not":
        return !this.condition(a as Node);
      case "minus":
        return javaArithmetic("-", 0, this.getExpression(a as Node));
      case "parenthesis":
        return this.getExpression(a as Node);
    }
    return undefined;
  }

  /** Velocity 1.7's evaluate(): a node's truth value in #if, &&, || and !. */
  private condition(ast: Node): boolean {
    if (NON_CONDITION_LITERALS.has(ast.type)) return false;
    return javaTruthy(this.getExpression(ast));
  }

  override setValue(ast: Node): void {
    const vm = this.vm;
    const [ref, valueAst] = ast.equal as [ReferenceNode, Node];
    const value = this.getExpression(valueAst);
    // Velocity 1.7: "If the RHS is a property or method reference that evaluates to null, it will
    // not be assigned to the LHS" - the target keeps its old value (a classic #foreach pitfall).
    if (value === null || value === undefined) return;
    const path = ref.path ?? [];
    const last = path[path.length - 1];
    if (last === undefined) {
      const scope = vm.contextId.startsWith("macro:") ? vm.context : this.scopeOf(ref.id);
      scope[ref.id] = value;
      return;
    }
    const target = this.getReferences({ ...ref, path: path.slice(0, -1) });
    const key = last.type === "property" ? last.id : last.type === "index" ? this.getLiteral(last.id) : undefined;
    if (key === undefined) return;
    if (isJavaMap(target)) mapPut(target, key, value);
    else if (isJavaList(target) && typeof key === "number" && key >= 0 && key < target.length) target[key] = value;
  }

  /** The innermost #foreach / macro scope that defines `id`, else the template context. */
  private scopeOf(id: string): Record<string, unknown> {
    const vm = this.vm;
    for (const contextId of vm.conditions) {
      const scope = vm.local[contextId];
      if (scope !== undefined && Object.hasOwn(scope, id)) return scope;
    }
    return vm.context;
  }

  getBlockIf(block: Block): string {
    const chosen: AstItem[] = [];
    let taken = false;
    for (const item of block) {
      const node = item as Node;
      const isBranch = node.type === "if" || node.type === "elseif" || node.type === "else";
      if (!isBranch) {
        if (taken) chosen.push(item);
        continue;
      }
      if (taken) break;
      taken = node.type === "else" ? true : this.condition(node.condition as Node);
    }
    return this.renderAstList(chosen, this.vm.contextId);
  }

  getBlockEach(block: Block): string {
    const vm = this.vm;
    const head = block[0];
    const source = this.getLiteral({ ...(head.from as Node), pos: head.pos } as Node);
    // Velocity iterates lists and the values of maps; anything else renders nothing.
    const items = isJavaList(source) ? [...source] : isJavaMap(source) ? mapValues(source) : [];
    if (items.length === 0) return "";
    const body = block.slice(1) as AstItem[];
    const name = head.to as string;
    const outer = vm.getLocal({ type: "references", id: "foreach" } as ReferenceNode);
    const contextId = `foreach:${++loopCounter}`;
    const scope: Record<string, unknown> = Object.create(null);
    vm.local[contextId] = scope;
    let out = "";
    for (let i = 0; i < items.length; i++) {
      scope[name] = items[i];
      scope["foreach"] = {
        index: i,
        count: i + 1,
        hasNext: i + 1 < items.length,
        first: i === 0,
        last: i + 1 === items.length,
        parent: outer.isLocal ? outer.value : undefined,
      };
      scope["velocityCount"] = i + 1;
      out += this.renderAstList(body, contextId);
      if (vm.runState.break || vm.runState.stop) break;
    }
    vm.runState.break = false;
    delete vm.local[contextId];
    const at = vm.conditions.indexOf(contextId);
    if (at >= 0) vm.conditions.splice(at, 1);
    vm.contextId = vm.conditions[0] ?? "";
    return out;
  }

  override getMacro(ast: Node, bodyContent?: string): string {
    const vm = this.vm;
    const id = ast.id as string;
    // Velocity prints a call of an unknown macro (`#abc()`) as the text it is.
    if (!(id in vm.macrosStore) && typeof vm.macros[id] !== "function") return Helper.getRefText(ast as never);
    return super.getMacro(ast, bodyContent);
  }

  /** Interpolated string literals ("$a and $b") are parsed once per distinct text, not per render. */
  override evalStr(str: string): string {
    let asts = stringTemplates.get(str);
    if (asts === undefined) {
      asts = parse(str) as AstItem[];
      if (stringTemplates.size >= STRING_CACHE_LIMIT) stringTemplates.delete(stringTemplates.keys().next().value as string);
      stringTemplates.set(str, asts);
    }
    return this.renderAstList(asts, this.vm.contextId);
  }
}
