/**
 * Filter: a single Chinese digit, a unit and a place suffix are a name, not a figure: 三元里,
 * 三台县, 九台区, 四平市 read like 3 元 / 3 台 but name a place. Place names are written with a
 * digit character, so Arabic numerals (购置3台设备, 补助500元村级) stay figures, and so do larger
 * numerals (三十元). Measure words that count people, places or events (三名村干部, 两个乡镇,
 * 三次县委常委会) are real counts before a place word and are left alone. An administrative suffix
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
/** counters of people, places and events, which a place word may follow in a real count */
const COUNTERS = new Set("个名人位户家次项座条处所场轮批类件份起期种组支队部本".split(""));

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
    if (cand.end !== tok.end + cand.def.text.length || cand.def.text.length !== 1 || COUNTERS.has(cand.def.text)) return false;
    const next = t.charCodeAt(cand.end + 1);
    if (admin) return next !== JI;
    return !isHanCode(next) || ADMIN(next) || NAME_END(next);
  },
};
