import type { AstItem, Node } from "./ast";

const BLANK = /^[ \t]+$/;

/**
 * Velocity 1.7 lexes `#set` together with the spaces and tabs in front of it when a reference or
 * directive ends right there, so `$a #set($b = 1)` prints `$a` with no trailing space. velocityjs
 * keeps the blank text; this drops it, in place, throughout the parsed template.
 */
export function gobbleSetWhitespace(items: AstItem[]): AstItem[] {
  for (let i = items.length - 1; i >= 1; i--) {
    const item = items[i];
    if (Array.isArray(item)) gobbleSetWhitespace(item);
    const previous = items[i - 1];
    const next = items[i + 1];
    if (
      typeof item === "string" &&
      BLANK.test(item) &&
      previous !== undefined &&
      typeof previous !== "string" &&
      isSet(next)
    ) {
      items.splice(i, 1);
    }
  }
  const first = items[0];
  if (Array.isArray(first)) gobbleSetWhitespace(first);
  return items;
}

function isSet(item: AstItem | undefined): boolean {
  return typeof item === "object" && !Array.isArray(item) && (item as Node).type === "set";
}
