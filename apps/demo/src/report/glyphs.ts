/** The symbols and colours a terminal gets. */
export interface Glyphs {
  pass: string;
  fail: string;
  skip: string;
  /** Frames of the progress spinner. */
  spinner: readonly string[];
  /** Between a step's name and its detail. */
  dash: string;
  /** Request and response markers of --verbose. */
  sent: string;
  received: string;
  ellipsis: string;
  /** Text for this terminal: typographic characters of details (…, →, —) become ASCII where symbols are ASCII. */
  text(text: string): string;
  /** Wraps text in a colour (identity when colours are off). */
  green(text: string): string;
  red(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

/** What {@link chooseGlyphs} looks at. */
export interface TerminalTraits {
  isTTY?: boolean;
}

const plain = (text: string) => text;
const ASCII_FOR: Record<string, string> = { "…": "...", "→": "->", "←": "<-", "—": "-", "–": "-", "×": "x" };
const toAscii = (text: string) => text.replace(/[…→←—–×]/g, (character) => ASCII_FOR[character] ?? character);
const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

/**
 * Unicode symbols on a UTF-8 terminal, ASCII otherwise (pipes, files, CI logs, a C locale);
 * colours on a terminal unless NO_COLOR is set (no-color.org) or TERM is dumb.
 */
export function chooseGlyphs(stream: TerminalTraits, env: NodeJS.ProcessEnv = process.env): Glyphs {
  const tty = stream.isTTY === true;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || "";
  const utf8 = tty && (/utf-?8/i.test(locale) || (process.platform === "win32" && env.WT_SESSION !== undefined));
  const color = tty && env.NO_COLOR === undefined && env.TERM !== "dumb";
  const paint = (open: number, close: number) => (color ? sgr(open, close) : plain);
  return {
    ...(utf8
      ? { pass: "✔", fail: "✘", skip: "–", spinner: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"], dash: "—", sent: "→", received: "←", ellipsis: "…" }
      : { pass: "ok", fail: "FAIL", skip: "skip", spinner: ["|", "/", "-", "\\"], dash: "-", sent: ">", received: "<", ellipsis: "..." }),
    text: utf8 ? plain : toAscii,
    green: paint(32, 39),
    red: paint(31, 39),
    dim: paint(2, 22),
    bold: paint(1, 22),
  };
}
