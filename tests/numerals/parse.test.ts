import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  CN_DIGIT_CLASS,
  CN_NUMERAL_CLASS,
  parseChineseNumber,
  scaleFactor,
  scaleNumber,
  splitScale,
} from "../../src/numerals/index.js";

const DIGITS: Array<[string, number]> = [
  ["零", 0], ["〇", 0], ["一", 1], ["二", 2], ["两", 2], ["三", 3], ["四", 4],
  ["五", 5], ["六", 6], ["七", 7], ["八", 8], ["九", 9],
];

describe("parseChineseNumber: digits", () => {
  it.each(DIGITS)("%s = %d", (s, v) => expect(parseChineseNumber(s)).toBe(v));
  it.each([
    ["壹", 1], ["贰", 2], ["叁", 3], ["肆", 4], ["伍", 5], ["陆", 6], ["柒", 7], ["捌", 8], ["玖", 9],
  ] as Array<[string, number]>)("financial %s = %d", (s, v) => expect(parseChineseNumber(s)).toBe(v));
});

describe("parseChineseNumber: units", () => {
  it.each([
    ["十", 10], ["一十", 10], ["十五", 15], ["二十", 20], ["二十五", 25], ["九十九", 99],
    ["一百", 100], ["一百二十", 120], ["一百零五", 105], ["一百一十五", 115], ["两百", 200],
    ["一千", 1000], ["一千零五", 1005], ["一千零五十", 1050], ["两千", 2000], ["三千二百一十", 3210],
    ["一万", 10000], ["三万五千", 35000], ["一万零五十", 10050], ["十万", 100000], ["一百万", 1e6],
    ["两千万", 2e7], ["一亿", 1e8], ["十亿", 1e9], ["一亿五千万", 1.5e8], ["一万亿", 1e12],
    ["五万亿", 5e12], ["三亿零五百万", 305000000], ["九千九百九十九万九千九百九十九", 99999999],
    ["拾", 10], ["壹佰贰拾", 120], ["叁仟", 3000], ["伍萬", 50000], ["壹億", 1e8],
  ] as Array<[string, number]>)("%s = %d", (s, v) => expect(parseChineseNumber(s)).toBe(v));

  it("every digit times every unit", () => {
    for (const [d, v] of DIGITS) {
      if (v === 0) continue;
      expect(parseChineseNumber(`${d}十`)).toBe(v * 10);
      expect(parseChineseNumber(`${d}百`)).toBe(v * 100);
      expect(parseChineseNumber(`${d}千`)).toBe(v * 1000);
      expect(parseChineseNumber(`${d}万`)).toBe(v * 1e4);
      expect(parseChineseNumber(`${d}亿`)).toBe(v * 1e8);
      expect(parseChineseNumber(`${d}万亿`)).toBe(v * 1e12);
    }
  });
});

describe("parseChineseNumber: 零 and 两", () => {
  it("零 as a placeholder", () => {
    expect(parseChineseNumber("一千零五")).toBe(1005);
    expect(parseChineseNumber("一万零五")).toBe(10005);
    expect(parseChineseNumber("一万零五百")).toBe(10500);
    expect(parseChineseNumber("一亿零五万")).toBe(100050000);
    expect(parseChineseNumber("两千零二十四")).toBe(2024);
  });
  it("零 alone is zero; leading or trailing 零 is invalid", () => {
    expect(parseChineseNumber("零")).toBe(0);
    expect(parseChineseNumber("零五")).toBeNull();
    expect(parseChineseNumber("一百零")).toBeNull();
    expect(parseChineseNumber("一千零零五")).toBeNull();
  });
  it("两 works wherever 二 does", () => {
    expect(parseChineseNumber("两")).toBe(2);
    expect(parseChineseNumber("两千万")).toBe(2e7);
    expect(parseChineseNumber("两亿")).toBe(2e8);
    expect(parseChineseNumber("两万两千")).toBe(22000);
  });
});

describe("parseChineseNumber: abbreviations and decimals", () => {
  it.each([
    ["三万五", 35000], ["一百五", 150], ["两千三", 2300], ["一亿五", 150000000], ["3万5", 35000],
    ["三点五", 3.5], ["二十点五", 20.5], ["十二点零五", 12.05], ["三点五万", 35000],
  ] as Array<[string, number]>)("%s = %d", (s, v) => expect(parseChineseNumber(s)).toBe(v));
  it("digit-by-digit readings", () => {
    expect(parseChineseNumber("二〇二四")).toBe(2024);
    expect(parseChineseNumber("一九九八")).toBe(1998);
  });
});

describe("parseChineseNumber: Arabic and mixed forms", () => {
  it.each([
    ["6000", 6000], ["948.191724", 948.191724], ["1,234", 1234], ["1,234,567.5", 1234567.5],
    ["２０２４", 2024], ["３５．６", 35.6],
    ["3万5千", 35000], ["1.393亿", 139300000], ["2万", 20000], ["1亿2000万", 120000000],
    ["2000万", 2e7], ["5千", 5000], ["3千5百", 3500], ["1.5万亿", 1.5e12], ["8984万", 89840000],
    ["10.5万", 105000], ["3万五千", 35000], ["1万2000", 12000],
  ] as Array<[string, number]>)("%s = %d", (s, v) => expect(parseChineseNumber(s)).toBe(v));
});

describe("parseChineseNumber: invalid input", () => {
  it.each([
    "", " ", "abc", "万", "亿", "万亿", "百", "千", "千万", "百万", "十十", "一百一千", "五五万",
    "一二百", "两两", "万一", "十四五", "1.2.3", "1,23", "-5", "5个", "三点", "点五", "一万万万万",
    "一".repeat(100),
  ])("%j → null", (s) => expect(parseChineseNumber(s)).toBeNull());
});

describe("splitScale and helpers", () => {
  it("splits a trailing big scale", () => {
    expect(splitScale("两千万")).toEqual({ coef: 2000, scale: "万" });
    expect(splitScale("1.393亿")).toEqual({ coef: 1.393, scale: "亿" });
    expect(splitScale("5万亿")).toEqual({ coef: 5, scale: "万亿" });
    expect(splitScale("3万5千")).toEqual({ coef: 35000, scale: "" });
    expect(splitScale("十五")).toEqual({ coef: 15, scale: "" });
    expect(splitScale("万")).toBeNull();
  });
  it("scale factors", () => {
    expect(scaleFactor("")).toBe(1);
    expect(scaleFactor("万")).toBe(1e4);
    expect(scaleFactor("亿")).toBe(1e8);
    expect(scaleFactor("万亿")).toBe(1e12);
  });
  it("character classes compile and match", () => {
    expect(new RegExp(`^${CN_NUMERAL_CLASS}+$`).test("一百二十万")).toBe(true);
    expect(new RegExp(`^${CN_DIGIT_CLASS}$`).test("两")).toBe(true);
    expect(new RegExp(`^${CN_DIGIT_CLASS}$`).test("十")).toBe(false);
  });
});

/** Write n (0 < n < 1e12) the standard way: 一千零五, 三万五千, 十五. */
function toChinese(n: number): string {
  const D = "零一二三四五六七八九";
  const section = (x: number, leadingTen: boolean): string => {
    let s = "";
    let zero = false;
    const units: Array<[number, string]> = [[1000, "千"], [100, "百"], [10, "十"], [1, ""]];
    for (const [u, name] of units) {
      const d = Math.floor(x / u) % 10;
      if (d === 0) {
        if (s !== "") zero = true;
        continue;
      }
      if (zero) s += "零";
      zero = false;
      s += u === 10 && d === 1 && s === "" && leadingTen ? "十" : D[d] + name;
    }
    return s;
  };
  const parts: Array<[number, string]> = [[1e8, "亿"], [1e4, "万"], [1, ""]];
  let out = "";
  let rest = n;
  let needZero = false;
  for (const [scale, name] of parts) {
    const x = Math.floor(rest / scale);
    rest -= x * scale;
    if (x === 0) {
      if (out !== "") needZero = true;
      continue;
    }
    if (out !== "" && (needZero || x < 1000)) out += "零";
    needZero = false;
    out += section(x, out === "") + name;
  }
  return out;
}

describe("parseChineseNumber: round trip", () => {
  it("reads back every integer written the standard way", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
        expect(parseChineseNumber(toChinese(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
  it("reads Arabic numbers as themselves", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseChineseNumber(String(n))).toBe(n);
      }),
    );
  });
  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."零一二两三十百千万亿点1234.,a "), maxLength: 30 }), (s) => {
        const v = parseChineseNumber(s);
        expect(v === null || Number.isFinite(v)).toBe(true);
      }),
    );
  });
});

describe("parseChineseNumber: Arabic literals", () => {
  it.each([
    ["1,234", 1234], ["12,345,678.9", 12345678.9], ["007", 7], ["0.1", 0.1], ["１，２３４", 1234],
    ["1234567890123456", 1234567890123456], ["12345678901234567890", 12345678901234567000],
  ] as Array<[string, number]>)("%s = %d", (s, v) => expect(parseChineseNumber(s)).toBe(v));
  it.each(["1,23", "1234,567", "1,2345", ",123", "1,", "1.", ".5", "1..5", "1.2.3"])("%s is not a number", (s) => {
    expect(parseChineseNumber(s)).toBeNull();
  });
  it("with small units and scales", () => {
    expect(parseChineseNumber("3千5百")).toBe(3500);
    expect(parseChineseNumber("3.5千")).toBe(3500);
    expect(splitScale("1,234万")).toEqual({ coef: 1234, scale: "万" });
    expect(splitScale("3億")).toEqual({ coef: 3, scale: "亿" });
  });
});

describe("scaleNumber: the fast path gives what toPrecision(15) gives", () => {
  const reference = (x: number, f: number): number =>
    Number.isInteger(x) && Number.isInteger(f) ? x * f : Number((x * f).toPrecision(15));
  const FACTORS = [0.01, 0.001, 1e4, 1e8, 1e12, 1e4 * 0.01, 1e8 * (10000 / 15), 10000 / 15, 1e4 * 1e6, 0.5, 1e-3 * 1e4, 7, 1];
  const bad: string[] = [];
  const same = (x: number, f: number) => {
    if (!Object.is(scaleNumber(x, f), reference(x, f))) bad.push(`${x} × ${f}`);
  };
  it("decimals as written in notices", () => {
    for (const f of FACTORS) {
      for (let i = 0; i < 20000; i++) {
        same(i / 10, f);
        same(Number((i * 1.37).toFixed(3)), f);
        same(Number(`${i}.${(i * 7919) % 1000}`), f);
      }
    }
    expect(bad).toEqual([]);
  });
  it("edge values", () => {
    for (const x of [0, -0, 1e-7, 3e-6, 0.30000000000000004, 999999999.9999999, 1e9, 1e15 - 0.5, 1e15, 1e300, -26.9, NaN, Infinity, -Infinity]) {
      for (const f of FACTORS) same(x, f);
    }
    expect(bad).toEqual([]);
  });
  it("arbitrary doubles", () => {
    fc.assert(fc.property(fc.double(), fc.double(), (x, f) => Object.is(scaleNumber(x, f), reference(x, f))), { numRuns: 20000 });
    fc.assert(fc.property(fc.double({ min: -1e16, max: 1e16 }), fc.constantFrom(...FACTORS), (x, f) => Object.is(scaleNumber(x, f), reference(x, f))), { numRuns: 20000 });
  });
});
