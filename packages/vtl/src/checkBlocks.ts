/** A block directive without its #end, or an #end without a block. */
export interface BlockProblem {
  message: string;
  line: number;
  column: number;
}

const OPENERS = new Set(["if", "foreach", "macro", "define", "noescape"]);
// Comments and unparsed blocks first, so directives inside them are skipped; then escaped directives.
const TOKEN = /#\*[\s\S]*?\*#|##[^\n]*|#\[\[[\s\S]*?\]\]#|\\+#|#\{?([a-zA-Z]+)\}?/g;

/**
 * Checks that block directives (#if, #foreach, #macro, #define) and #end pair up. Velocity rejects
 * a template where they do not; velocityjs accepts it silently (an unclosed block runs to the end
 * of the template, a stray #end cuts the template short), so this check restores Velocity's error.
 */
export function checkBlocks(source: string): BlockProblem | undefined {
  const open: { name: string; index: number }[] = [];
  for (const m of source.matchAll(TOKEN)) {
    const name = m[1];
    if (name === undefined) continue;
    if (OPENERS.has(name)) open.push({ name, index: m.index });
    else if (name === "end" && open.pop() === undefined) {
      return { message: "#end without a matching #if, #foreach, #macro or #define", ...position(source, m.index) };
    }
  }
  const unclosed = open.pop();
  if (unclosed === undefined) return undefined;
  return { message: `#${unclosed.name} has no matching #end`, ...position(source, unclosed.index) };
}

function position(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index);
  const line = before.split("\n").length;
  return { line, column: index - before.lastIndexOf("\n") };
}
