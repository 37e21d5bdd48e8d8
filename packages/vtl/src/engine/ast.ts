/**
 * The parts of velocityjs's AST this package reads (velocityjs does not export its AST types).
 * Positions are velocityjs's: 1-based lines, 0-based columns.
 */
export interface Position {
  first_line: number;
  first_column: number;
}

export interface Node {
  type: string;
  id?: string;
  pos?: Position;
  [key: string]: unknown;
}

export interface ReferenceNode extends Node {
  type: "references";
  id: string;
  prue?: boolean;
  leader?: string;
  args?: Node[];
  path?: AttributeNode[];
}

export type AttributeNode =
  | { type: "property"; id: string }
  | { type: "method"; id: string; args?: Node[] }
  | { type: "index"; id: Node };

/** A block: its opening directive node, then its body. */
export type Block = [Node, ...AstItem[]];

/** One item of a parsed template: text, a node, or a nested block. */
export type AstItem = string | Node | Block;
