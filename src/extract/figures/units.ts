/**
 * Unit lexicons, one per family, and the unit matcher shared by the rules.
 * Units are matched longest first; `notBefore` lists characters that turn the unit into the
 * start of another word (一次性, 名单, 位数 …).
 */
import type { Family, NumberToken, State, UnitDef, UnitHit } from "./types.js";
import { scaleFactor } from "../../numerals/index.js";
import { isSpaceCode } from "./chars.js";

const MU_M2 = 10000 / 15; // 1 亩 = 666.67 m²
const LATIN_AFTER = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/";

function defs(family: Family, list: Array<[string, string, number, Partial<UnitDef>?]>): UnitDef[] {
  return list
    .map(([text, base, factor, extra]) => ({ text, family, base, factor, ...(extra ?? {}) }))
    .sort((a, b) => b.text.length - a.text.length);
}

export const PERCENT_UNITS = defs("percent", [
  ["%", "ratio", 0.01],
  ["‰", "ratio", 0.001],
]);

export const POINTS_UNITS = defs("points", [
  ["个百分点", "ratio_points", 0.01],
  ["百分点", "ratio_points", 0.01],
]);

export const SPAN_UNITS = defs("span", [
  ["天", "days", 1, { notBefore: "然津下" }],
  ["个工作日", "working_days", 1],
  ["工作日", "working_days", 1],
  ["个月", "months", 1, { notBefore: "份" }],
  // 3个季度 is a span; 三季度 with no 个 is the third quarter (a date), so only 个季度
  ["个季度", "months", 3],
  ["个多月", "months", 1, { written: "个月", approx: true }],
  ["个余月", "months", 1, { written: "个月", approx: true }],
  ["周", "days", 7, { notBefore: "年岁末边围期转" }],
  ["星期", "days", 7],
  ["个小时", "hours", 1],
  ["小时", "hours", 1],
  ["分钟", "minutes", 1],
]);

export const MONEY_UNITS = defs("money", [
  ["元", "CNY", 1, { notBefore: "化素旦宵首老件", scalable: true }],
  ["块钱", "CNY", 1, { scalable: true }],
  ["美元", "USD", 1, { scalable: true }],
  ["欧元", "EUR", 1, { scalable: true }],
  ["港元", "HKD", 1, { scalable: true }],
  ["港币", "HKD", 1, { scalable: true }],
  ["日元", "JPY", 1, { scalable: true }],
  ["英镑", "GBP", 1, { scalable: true }],
]);

export const AREA_UNITS = defs("area", [
  ["亩", "m2", MU_M2, { scalable: true }],
  ["平方米", "m2", 1, { scalable: true }],
  ["平米", "m2", 1, { scalable: true }],
  ["㎡", "m2", 1, { scalable: true }],
  ["m²", "m2", 1, { scalable: true }],
  ["m2", "m2", 1, { scalable: true }],
  ["公顷", "m2", 1e4, { scalable: true }],
  // 2000平方 for 平方米, as often written (平方米, 平方公里 are longer and matched first)
  ["平方", "m2", 1, { scalable: true, notBefore: "米公千厘分" }],
  ["平方公里", "m2", 1e6, { scalable: true }],
  ["平方千米", "m2", 1e6, { scalable: true }],
]);

export const PHYSICAL_UNITS = defs("physical", [
  ["吨", "kg", 1000, { scalable: true }],
  ["千克", "kg", 1, { scalable: true }],
  ["公斤", "kg", 1, { scalable: true }],
  ["克", "kg", 0.001, { notBefore: "服难隆拉" }],
  ["斤", "kg", 0.5, { scalable: true }],
  ["公里", "m", 1000, { scalable: true }],
  ["千米", "m", 1000, { scalable: true }],
  ["米", "m", 1, { scalable: true, notBefore: "面粮" }],
  ["厘米", "m", 0.01],
  ["毫米", "m", 0.001],
  ["立方米", "m3", 1, { scalable: true }],
  // 清淤3000立方: 立方 for 立方米
  ["立方", "m3", 1, { scalable: true, notBefore: "米厘分" }],
  ["升", "L", 1, { notBefore: "级学值格华温高" }],
  ["千瓦时", "kWh", 1, { scalable: true }],
  ["度电", "kWh", 1, { scalable: true, written: "度" }],
  ["千瓦", "kW", 1, { scalable: true }],
  ["兆瓦", "kW", 1000, { scalable: true }],
  ["千伏安", "kVA", 1, { scalable: true }],
  ["千伏", "kV", 1],
  // 度 alone is also degrees and a word (一度, 温度 30 度): a kWh only with 万/亿 (8万度)
  ["度", "kWh", 1, { scalable: true, scaledOnly: true, notBefore: "电" }],
  ["微克/立方米", "ug/m3", 1],
  ["毫克/立方米", "mg/m3", 1],
  ["毫克/升", "mg/L", 1],
  // Latin symbols, not when more letters or digits follow (3min, 5m3 …: another symbol or a code)
  ["km", "m", 1000, { scalable: true, notBefore: LATIN_AFTER }],
  ["m", "m", 1, { scalable: true, notBefore: LATIN_AFTER + "²³" }],
  ["cm", "m", 0.01, { notBefore: LATIN_AFTER }],
  ["mm", "m", 0.001, { notBefore: LATIN_AFTER }],
  ["kg", "kg", 1, { scalable: true, notBefore: LATIN_AFTER }],
  ["kWh", "kWh", 1, { scalable: true, notBefore: LATIN_AFTER }],
]);

export const MULTIPLE_UNITS = defs("multiple", [
  ["倍", "times", 1, { notBefore: "增" }],
  // 2倍多: "a little over twice"; not 多 that starts a word (2倍多次, 多项, 多方 …)
  ["倍多", "times", 1, { written: "倍", approx: true, notBefore: "次项个种名人家方年元样渠措部层条批件户数少" }],
]);

/** Measure words (量词) for counts: [word, characters that must not follow]. */
const MEASURE_WORDS: Array<[string, string?]> = [
  ["个", "别"], ["项", "目"], ["家", "庭属长乡园人"], ["名", "单称次额誉义列"], ["人", "员民均口才大"],
  ["位", "数置于"], ["户", "籍口型外"], ["次", "性序级要日"], ["期", "间限末中初满工项货刊"],
  ["批", "复示准评"], ["批次"], ["人次"], ["家次"], ["户次"], ["场次"], ["轮次"], ["期次"], ["频次"], ["车次"], ["架次"], ["班次"], ["个次"], ["间次"], ["台次"], ["辆次"], ["艘次"], ["件次"],
  ["条", "件例款文"], ["份", "额子"], ["块"], ["支", "出持付撑部"], ["笔", "记试"], ["件"],
  ["台", "账阶风"], ["套"], ["辆"], ["座", "谈"], ["所", "有以属在得谓"], ["栋"], ["幢"],
  ["间", "接隔断"], ["处", "分置理罚长"], ["场", "所景地合"], ["轮"], ["起", "草"], ["宗", "旨教"],
  ["篇"], ["本", "级地部年月次科人单"], ["册", "子"], ["张"], ["封", "存闭"], ["类", "别似型"],
  ["种", "类子植"], ["组", "织建成长"], ["队", "伍员"], ["只", "要有是能"], ["头"], ["棵"], ["株"],
  ["例", "如"], ["幅"], ["盏"], ["枚"], ["门", "户类诊槛"], ["堂"], ["节", "约能点日假庆期"],
  ["课时"], ["学时"], ["部门"], ["部", "署分门长委"], ["艘"], ["架", "构"], ["岁"], ["周岁"], ["分", "之钟别类期批管局队工析布散配"],
  ["方面"],
  // 案卷85卷, 机井5口/5眼, 药品36瓶, 12箱, 跑了3趟, 学习3遍 (not 卷烟/卷宗, 一口气, 一眼望去 …)
  ["卷", "烟宗入起轴帘尺心"], ["口", "气价径号岸罩头碑子语述吻"], ["眼", "光前界里睛中神看望"],
  ["箱", "包"], ["袋"], ["瓶", "颈"], ["盒"], ["趟"], ["遍", "及布地历"],
];

/** Measure words that group things and may take 大 before them: 3大类, 5大方面, 两大类, 四大项. */
const GROUP_WORDS: ReadonlySet<string> = new Set(["类", "方面", "项", "块"]);

export const COUNT_UNITS = defs(
  "count",
  MEASURE_WORDS.flatMap(([w, nb]) => {
    const plain = [w, w, 1, { notBefore: nb, scalable: !w.endsWith("岁") }] as [string, string, number, Partial<UnitDef>];
    // 大类 is the unit 类 written with 大: the figure's text keeps it, its unit does not.
    return GROUP_WORDS.has(w) ? [plain, [`大${w}`, w, 1, { notBefore: nb, written: w }] as [string, string, number, Partial<UnitDef>]] : [plain];
  }),
);

export const UNITS_BY_FAMILY: Readonly<Record<Family, UnitDef[]>> = {
  percent: PERCENT_UNITS,
  points: POINTS_UNITS,
  span: SPAN_UNITS,
  money: MONEY_UNITS,
  area: AREA_UNITS,
  physical: PHYSICAL_UNITS,
  multiple: MULTIPLE_UNITS,
  count: COUNT_UNITS,
  scale: [],
};

/**
 * Lookups run at every number of a line, most of them after characters that start no unit at all
 * (年, 是, 、): UNIT_START rejects those with one typed-array read; the rest find the units by
 * the code of their first character, longest first.
 */
const UNIT_START = new Uint8Array(0x10000);

/** Units indexed by the code of their first character (longest first), so a lookup costs a few comparisons. */
function byFirstChar(units: UnitDef[]): Map<number, UnitDef[]> {
  const m = new Map<number, UnitDef[]>();
  for (const u of units) {
    const k = u.text.charCodeAt(0);
    UNIT_START[k] = 1;
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(u);
  }
  for (const list of m.values()) list.sort((a, b) => b.text.length - a.text.length);
  return m;
}

const INDEX = new Map<UnitDef[], Map<number, UnitDef[]>>();
for (const list of Object.values(UNITS_BY_FAMILY)) INDEX.set(list, byFirstChar(list));
const ALL_INDEX = byFirstChar(Object.values(UNITS_BY_FAMILY).flat());

/** True when some unit of any family starts at `pos` (used to stop 5千米 from reading 5千 + 米). */
export function unitStartsAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos); // NaN past the end
  if (UNIT_START[c] !== 1) return false;
  const list = ALL_INDEX.get(c);
  if (!list) return false;
  for (const u of list) if (text.startsWith(u.text, pos)) return true;
  return false;
}

/** Skip at most a few spaces (spaces between number and unit: `20 余次`, `943 家次`). */
export function skipSpaces(text: string, pos: number, max = 3): number {
  let p = pos;
  while (p < text.length && p - pos < max && isSpaceCode(text.charCodeAt(p))) p++;
  return p;
}

function lookupUnit(text: string, pos: number, units: UnitDef[]): UnitDef | null {
  const c = text.charCodeAt(pos); // NaN past the end
  if (UNIT_START[c] !== 1) return null;
  let index = INDEX.get(units);
  if (!index) {
    index = byFirstChar(units);
    INDEX.set(units, index);
  }
  const list = index.get(c);
  if (!list) return null;
  for (const u of list) {
    if (!text.startsWith(u.text, pos)) continue;
    const next = text[pos + u.text.length];
    if (u.notBefore && next !== undefined && u.notBefore.includes(next)) continue;
    return u;
  }
  return null;
}

/** What lies between a number and a unit after it. */
interface Probe {
  /** where a unit would start */
  pos: number;
  infixScale: string;
  approx: boolean;
}

const C_YU = 0x4f59; // 余
const C_DUO = 0x591a; // 多
const C_WAN = 0x4e07; // 万
const C_YI = 0x4ebf; // 亿

function probe(t: string, tok: NumberToken, from: number): Probe {
  let p = skipSpaces(t, from);
  let approx = false;
  let infixScale = "";
  let c = t.charCodeAt(p);
  if (c === C_YU || c === C_DUO) {
    approx = true;
    p = skipSpaces(t, p + 1);
    c = t.charCodeAt(p);
  }
  if (tok.scale === "" && (c === C_WAN || c === C_YI)) {
    let q = p + 1; // at most two scale characters: 万, 亿, 万亿
    const c2 = t.charCodeAt(q);
    if (c2 === C_WAN || c2 === C_YI) q++;
    infixScale = t.slice(p, q);
    p = q;
    c = t.charCodeAt(p);
    if (c === C_YU || c === C_DUO) {
      approx = true;
      p++;
    }
    p = skipSpaces(t, p);
  }
  return { pos: p, infixScale, approx };
}

/** One bit per family (see unitFamiliesAfter). */
const FAMILY_BITS: Readonly<Record<Family, number>> = {
  percent: 1, points: 2, span: 4, money: 8, area: 16, physical: 32, multiple: 64, count: 128, scale: 256,
};
export const familyBit = (family: Family): number => FAMILY_BITS[family];

/**
 * The families that have a unit starting with a character, by code. Most numbers are followed by
 * a unit of at most one or two families: trying every lexicon in turn (a Map lookup each) was a
 * third of the range rule's time.
 */
const FAMILIES_AT = new Uint16Array(0x10000);
for (const [family, list] of Object.entries(UNITS_BY_FAMILY) as Array<[Family, UnitDef[]]>) {
  for (const u of list) FAMILIES_AT[u.text.charCodeAt(0)] |= FAMILY_BITS[family];
}

/** Bits (familyBit) of the families with a unit that starts where a unit after `tok` would; 0 for none. */
export function unitFamiliesAfter(state: State, tok: NumberToken): number {
  return FAMILIES_AT[state.text.charCodeAt(probeAfter(state, tok).pos)];
}

/** What follows a number before any unit: spaces, 余/多, a 万/亿 scale (see matchUnit). */
export function probeAfter(state: State, tok: NumberToken): { pos: number; infixScale: string; approx: boolean } {
  return (tok.probe ??= probe(state.text, tok, tok.end));
}

/**
 * Match a unit of `units` after the number `tok` (or after offset `from`, when the caller has
 * already consumed something). Handles spaces, the 余/多 infix and a 万/亿 scale before the unit
 * (600余万元, 3万余元, 2万美元).
 */
export function matchUnit(state: State, tok: NumberToken, units: UnitDef[], from = tok.end): UnitHit | null {
  const t = state.text;
  let pr: Probe | undefined;
  if (from === tok.end) {
    // the part between a number and its unit (spaces, 余/多, a 万/亿 scale) is computed once per number
    pr = tok.probe ??= probe(t, tok, from);
  } else {
    pr = probe(t, tok, from);
  }
  const def = lookupUnit(t, pr.pos, units);
  if (!def) return null;
  const scale = tok.scale + pr.infixScale;
  if (scale !== "" && !def.scalable) return null;
  if (scale === "" && def.scaledOnly) return null;
  if (scaleFactor(scale) > 1e12) return null;
  return {
    def,
    end: pr.pos + def.text.length,
    unit: scale + (def.written ?? def.text),
    scale,
    approx: pr.approx || def.approx === true,
  };
}
