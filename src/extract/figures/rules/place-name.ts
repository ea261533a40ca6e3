/**
 * Filter: a single Chinese digit, a unit and a place suffix are a name, not a figure: 三元里,
 * 三台县, 九台区, 四平市 read like 3 元 / 3 台 but name a place. Place names are written with a
 * digit character, so Arabic numerals (购置3台设备, 补助500元村级) stay figures, and so do larger
 * numerals (三十元). Only the few units that names are made of (元 台 平 门) are read so; other
 * measure words before a place word are real counts (三名村干部, 两辆乡镇执法车). An administrative suffix
 * followed by 级 is a modifier (三套村级账簿); a natural feature (山 河 路 …) names a place only when
 * the word ends there (两盏路灯 is a count).
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

export const placeName: FilterRule = {
  name: "place-name",
  kind: "filter",
  reject(state, cand) {
    const tok = cand.tokens[0];
    if (tok.script !== "chinese" || tok.raw.length !== 1 || cand.range || cand.scale !== "") return false;
    const t = state.text;
    const c = t.charCodeAt(cand.end);
    const admin = ADMIN(c);
    if (!admin && !NATURE(c)) return false; // most figures stop here
    if (cand.end !== tok.end + cand.def.text.length || cand.def.text.length !== 1 || !PLACE_UNITS.has(cand.def.text)) return false;
    const next = t.charCodeAt(cand.end + 1);
    if (admin) return next !== JI;
    return !isHanCode(next) || ADMIN(next) || NAME_END(next);
  },
};
