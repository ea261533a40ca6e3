/**
 * Filter: a single Chinese digit, a unit and a place suffix are a name, not a figure: 三元里,
 * 三台县, 九台区, 四平市 read like 3 元 / 3 台 but name a place. Place names are written with a
 * digit character, so Arabic numerals (购置3台设备, 补助500元村级) stay figures, and so do larger
 * numerals (三十元). Only the few units that names are made of (元 台 平 门) are read so; other
 * measure words before a place word are real counts (三名村干部, 两辆乡镇执法车). An administrative suffix
 * followed by 级 is a modifier (三套村级账簿); a natural feature (山 河 路 …) names a place only when
 * the word ends there (两盏路灯 is a count).
 *
 * Names are also made of a numeral, a measure word and the noun it would count (三眼井, 九眼桥,
 * 五棵松, 三间房, 十七孔桥): a name when a place's own word follows the noun (三眼井片区, 五棵松体育馆,
 * 九眼桥附近, 三间房乡). Without one it is the count it reads as (新打三眼井, 修建两座桥), and a
 * word that runs on from the noun (两座桥梁, 三口井盖) is no name either.
 */
import { charSet, isHanCode } from "../chars.js";
import type { FilterRule } from "../types.js";

const ADMIN = charSet("县区镇乡村街市州屯庄寨堡峡铺");
const NATURE = charSet("里山河湖桥路岭沟湾岛");
/** after a natural feature: the name ends (、 , 的 …) or goes on to an administrative suffix */
const NAME_END = charSet("的等和及与下旁边");
const JI = "级".charCodeAt(0);
/** units that place names are made of: 三元里, 三台县, 四平市, 三门峡 */
const PLACE_UNITS = new Set("元台平门".split(""));
/** measure words that such names are made of with the noun they count (三眼井, 五棵松, 十七孔桥) */
const NAMING_MEASURES = new Set("眼棵孔间道座口株张家块条".split(""));
/** nouns such names end in */
const NAME_NOUN = charSet("井村路街桥河山湾屯庄镇岭港门松柏槐柳树房棚石沟坡塘营堡寨铺店渠峪坝滩泉池湖塔楼庙寺岗洞");
/** a place's own word after the name: 三眼井片区, 五棵松体育馆, 九眼桥附近, 三间房乡, 八道湾胡同 */
const PLACE_WORD = /片区|社区|街道|小区|地区|区域|一带|附近|周边|周围|体育|公园|广场|市场|景区|地铁|车站|胡同|[村镇乡街路巷区站市县旗]/y;
/** nouns that make a common word with a one-character place word (村路, 村镇, 街区, 路段): after them only a longer one counts */
const COMPOUNDING = charSet("村镇乡街路巷区");

/** 三眼井片区: a Chinese numeral (no more than 99), a naming measure word, a name's noun, a place word. */
function namedFeature(t: string, tok: { value: number; end: number }, unit: string, end: number): boolean {
  if (!(tok.value < 100) || end !== tok.end + 1 || !NAMING_MEASURES.has(unit) || !NAME_NOUN(t.charCodeAt(end))) return false;
  PLACE_WORD.lastIndex = end + 1;
  if (!PLACE_WORD.test(t)) return false;
  // 硬化两条村路 is a count of village roads; 五条街社区 is a name
  return PLACE_WORD.lastIndex - (end + 1) > 1 || !COMPOUNDING(t.charCodeAt(end));
}

export const placeName: FilterRule = {
  name: "place-name",
  kind: "filter",
  reject(state, cand) {
    const tok = cand.tokens[0];
    if (tok.script !== "chinese" || cand.range || cand.scale !== "") return false;
    const t = state.text;
    if (cand.def.family === "count" && namedFeature(t, tok, cand.def.text, cand.end)) return true;
    if (tok.raw.length !== 1) return false;
    const c = t.charCodeAt(cand.end);
    const admin = ADMIN(c);
    if (!admin && !NATURE(c)) return false; // most figures stop here
    if (cand.end !== tok.end + cand.def.text.length || cand.def.text.length !== 1 || !PLACE_UNITS.has(cand.def.text)) return false;
    const next = t.charCodeAt(cand.end + 1);
    if (admin) return next !== JI;
    return !isHanCode(next) || ADMIN(next) || NAME_END(next);
  },
};
