import { stripVTControlCharacters } from "node:util";

/** A column of {@link renderTable}. */
export interface Column {
  header: string;
  /** @default "left" */
  align?: "left" | "right";
}

/** How many cells `text` takes on a terminal (colour codes take none). */
export function visibleWidth(text: string): number {
  return [...stripVTControlCharacters(text)].length;
}

/** Pads `text` to `width` visible cells. */
export function pad(text: string, width: number, align: "left" | "right" = "left"): string {
  const fill = " ".repeat(Math.max(0, width - visibleWidth(text)));
  return align === "right" ? fill + text : text + fill;
}

/** A plain-text table: a header row, a rule, then the rows; columns two spaces apart. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], rule = "-"): string[] {
  const widths = columns.map((column, index) => Math.max(visibleWidth(column.header), ...rows.map((row) => visibleWidth(row[index] ?? ""))));
  const line = (cells: readonly string[]) =>
    columns
      .map((column, index) => pad(cells[index] ?? "", widths[index] ?? 0, column.align))
      .join("  ")
      .trimEnd();
  return [line(columns.map((column) => column.header)), widths.map((width) => rule.repeat(width)).join("  "), ...rows.map(line)];
}
