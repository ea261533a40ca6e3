import { describe, expect, it } from "vitest";
import { isSpaceUnit } from "../../src/normalize/fold.js";

describe("isSpaceUnit", () => {
  it("answers as /\\s/ does for every UTF-16 code unit", () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpaceUnit(c), `U+${c.toString(16)}`).toBe(/\s/.test(String.fromCharCode(c)));
  });
});
