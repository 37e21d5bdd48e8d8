import { pad, renderTable, visibleWidth } from "./renderTable";

describe("renderTable", () => {
  it("pads columns to their widest cell and right-aligns where asked", () => {
    expect(renderTable([{ header: "route" }, { header: "status", align: "right" }], [["getItem", "200"], ["listItemsByOwner", "404"]])).toEqual([
      "route             status",
      "----------------  ------",
      "getItem              200",
      "listItemsByOwner     404",
    ]);
  });

  it("measures cells without their colour codes", () => {
    expect(visibleWidth("\u001b[32m✔\u001b[39m")).toBe(1);
    expect(pad("\u001b[32mok\u001b[39m", 4)).toBe("\u001b[32mok\u001b[39m  ");
  });
});
