/**
 * A tiny layout printer for the generated source: a bracketed list stays on one line when it
 * fits in {@link lineWidth} columns and has no comments, otherwise it puts one member per line
 * with a trailing separator (the prettier/biome style: 2-space indent, trailing commas).
 */

/** The line width the printer aims for (the repository's biome width). */
export const lineWidth = 120;

/** Source to lay out: plain text (no newlines), a bracketed list, a sequence, or a type union. */
export type Doc = string | Group | Concat | Union;

/** A JSDoc comment, formatted when its indentation is known. */
export interface Comment {
  /** Paragraphs of text; each is wrapped on its own, with a blank comment line between them. */
  paragraphs: string[];
}

/** One entry of a {@link Group}, with its comment. */
export interface Member {
  doc: Doc;
  comment?: Comment | undefined;
}

/** `{ a: 1, b: 2 }`, `[x, y]`, `<A, B>`, `(a, b)`: members between brackets. */
export interface Group {
  kind: "group";
  open: string;
  close: string;
  /** `;` between type members, `,` between values, elements and arguments. */
  separator: ";" | ",";
  /** A space inside the brackets on one line: `{ a }` rather than `[a]`. */
  padded: boolean;
  members: Member[];
  /** Always one member per line. */
  broken?: boolean;
}

/** Docs printed one after another on the same line (until a group breaks). */
export interface Concat {
  kind: "concat";
  parts: Doc[];
}

/** `A | B`; when too long, one `| member` per line. */
export interface Union {
  kind: "union";
  members: Doc[];
}

export function group(
  open: string,
  close: string,
  members: Member[],
  options: { separator: ";" | ","; padded?: boolean; broken?: boolean },
): Group {
  return { kind: "group", open, close, members, separator: options.separator, padded: options.padded ?? false, broken: options.broken ?? false };
}

/** `{ a: string; b?: number }` */
export function typeLiteral(members: Member[]): Group {
  return group("{", "}", members, { separator: ";", padded: true });
}

/** `{ a: 1, b: "x" }` */
export function objectLiteral(members: Member[], broken = false): Group {
  return group("{", "}", members, { separator: ",", padded: true, broken });
}

/**
 * `[a, b]`. Like prettier and biome, an array of two or more objects that each have two or
 * more members is always one element per line.
 */
export function arrayLiteral(members: Doc[]): Group {
  const objects = members.length > 1 && members.every((doc) => typeof doc !== "string" && doc.kind === "group" && doc.open === "{" && doc.members.length > 1);
  return group("[", "]", members.map((doc) => ({ doc })), { separator: ",", broken: objects });
}

export function concat(...parts: Doc[]): Concat {
  return { kind: "concat", parts };
}

export function union(members: Doc[]): Union {
  return { kind: "union", members };
}

/** The doc on one line, or `undefined` when it cannot be (a comment or a forced break inside). */
export function flat(doc: Doc): string | undefined {
  if (typeof doc === "string") return doc;
  switch (doc.kind) {
    case "concat": {
      const parts = doc.parts.map(flat);
      return parts.every((part) => part !== undefined) ? parts.join("") : undefined;
    }
    case "union": {
      const members = doc.members.map(flat);
      return members.every((member) => member !== undefined) ? members.join(" | ") : undefined;
    }
    case "group": {
      if (doc.broken || doc.members.some((member) => member.comment !== undefined)) return undefined;
      const members = doc.members.map((member) => flat(member.doc));
      if (!members.every((member) => member !== undefined)) return undefined;
      if (members.length === 0) return doc.open + doc.close;
      const pad = doc.padded ? " " : "";
      return `${doc.open}${pad}${members.join(`${doc.separator} `)}${pad}${doc.close}`;
    }
  }
}

/**
 * Lay a doc out starting at `column` of a line indented by `indent`, with `trail` more
 * characters to follow it on its last line (a `;`, `,` or ` as const`).
 */
export function render(doc: Doc, indent = 0, column = indent, trail = 0): string {
  if (typeof doc === "string") return doc;
  const oneLine = flat(doc);
  if (oneLine !== undefined && column + oneLine.length + trail <= lineWidth) return oneLine;
  switch (doc.kind) {
    case "concat":
      return renderConcat(doc, indent, column, trail);
    case "union": {
      const inner = indent + 2;
      const lines = doc.members.map(
        (member, i) => `${spaces(inner)}| ${render(member, inner, inner + 2, i === doc.members.length - 1 ? trail : 0)}`,
      );
      return `\n${lines.join("\n")}`;
    }
    case "group": {
      if (doc.members.length === 0) return doc.open + doc.close;
      const inner = indent + 2;
      const lines: string[] = [];
      for (const member of doc.members) {
        if (member.comment) lines.push(...formatComment(member.comment, inner));
        lines.push(`${spaces(inner)}${render(member.doc, inner, inner, 1)}${doc.separator}`);
      }
      return `${doc.open}\n${lines.join("\n")}\n${spaces(indent)}${doc.close}`;
    }
  }
}

// A part stays on one line when it fits up to where the rest could break: as prettier does
// with `f<A, B>(` + arguments, the last group breaks first.
function renderConcat(doc: Concat, indent: number, column: number, trail: number): string {
  let out = "";
  let col = column;
  doc.parts.forEach((part, i) => {
    const rest = doc.parts.slice(i + 1);
    const text = render(part, indent, col, rest.length === 0 ? trail : leadWidth(rest, trail));
    out += text;
    const newline = text.lastIndexOf("\n");
    col = newline === -1 ? col + text.length : text.length - newline - 1;
  });
  return out;
}

/** How much of `docs` (then `trail`) must follow on the same line: up to the first place that can break. */
function leadWidth(docs: Doc[], trail: number): number {
  let width = 0;
  for (const doc of docs) {
    if (typeof doc === "string") {
      width += doc.length;
      continue;
    }
    if (doc.kind === "group") return width + doc.open.length;
    if (doc.kind === "union") return width;
    return width + leadWidth(doc.parts, trail);
  }
  return width + trail;
}

/** A statement at the top level: its comment, then the doc, trailing spaces removed. */
export function renderStatement(doc: Doc, comment?: Comment): string {
  const lines = comment ? formatComment(comment, 0) : [];
  lines.push(render(doc));
  return trimLineEnds(lines.join("\n"));
}

/** A union broken after `=` or `:` leaves a space at the end of that line. */
export function trimLineEnds(text: string): string {
  return text.replace(/[ \t]+$/gm, "");
}

/**
 * A JSDoc comment at `indent`: `/** text *\/` when it is one short line, otherwise one
 * ` * ` line per wrapped line with a blank ` *` line between paragraphs.
 */
export function formatComment(comment: Comment, indent: number): string[] {
  const pad = spaces(indent);
  const paragraphs = comment.paragraphs.map((text) => escapeComment(text.trim())).filter((text) => text !== "");
  if (paragraphs.length === 0) return [];
  const single = paragraphs.length === 1 && !paragraphs[0]!.includes("\n") ? `/** ${paragraphs[0]} */` : undefined;
  if (single !== undefined && indent + single.length <= lineWidth) return [pad + single];
  const lines = [`${pad}/**`];
  paragraphs.forEach((paragraph, i) => {
    if (i > 0) lines.push(`${pad} *`);
    for (const line of wrap(paragraph, lineWidth - indent - 3)) lines.push(line === "" ? `${pad} *` : `${pad} * ${line}`);
  });
  lines.push(`${pad} */`);
  return lines;
}

/** Words of each line of `text`, filled into lines of at most `width` (a longer word stays whole). */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const source of text.split("\n")) {
    let line = "";
    for (const word of source.split(/\s+/).filter((w) => w !== "")) {
      if (line === "") line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        out.push(line);
        line = word;
      }
    }
    out.push(line);
  }
  return out;
}

// Text from a template must not end the comment early.
function escapeComment(text: string): string {
  return text.replaceAll("*/", "*\\/");
}

function spaces(count: number): string {
  return " ".repeat(count);
}
