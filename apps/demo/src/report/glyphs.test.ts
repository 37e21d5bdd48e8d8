import { chooseGlyphs } from "./glyphs";

describe("chooseGlyphs", () => {
  it("uses ticks and crosses on a UTF-8 terminal", () => {
    const glyphs = chooseGlyphs({ isTTY: true }, { LANG: "en_US.UTF-8" });
    expect([glyphs.pass, glyphs.fail, glyphs.skip]).toEqual(["✔", "✘", "–"]);
  });

  it("falls back to ASCII on a terminal whose locale is not UTF-8", () => {
    const glyphs = chooseGlyphs({ isTTY: true }, { LANG: "C" });
    expect([glyphs.pass, glyphs.fail, glyphs.dash]).toEqual(["ok", "FAIL", "-"]);
  });

  it("falls back to ASCII without colours when the output is not a terminal", () => {
    const glyphs = chooseGlyphs({ isTTY: false }, { LC_ALL: "C.UTF-8" });
    expect(glyphs.pass).toBe("ok");
    expect(glyphs.green("text")).toBe("text");
  });

  it("colours on a terminal unless NO_COLOR is set", () => {
    expect(chooseGlyphs({ isTTY: true }, { LANG: "C.UTF-8" }).red("x")).toBe("\u001b[31mx\u001b[39m");
    expect(chooseGlyphs({ isTTY: true }, { LANG: "C.UTF-8", NO_COLOR: "1" }).red("x")).toBe("x");
  });
});

describe("Glyphs.text", () => {
  it("spells typographic characters of details in ASCII where the symbols are ASCII", () => {
    expect(chooseGlyphs({ isTTY: false }, {}).text("event 0f59e3e5… rule → queue — delivered")).toBe("event 0f59e3e5... rule -> queue - delivered");
    expect(chooseGlyphs({ isTTY: true }, { LANG: "en_US.UTF-8" }).text("rule → queue")).toBe("rule → queue");
  });
});
