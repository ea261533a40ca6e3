// Sign-offs by a discipline-inspection group and contact lines with no closing sentence (probe 13).
// Every line is made up.
import { describe, it, expect } from "vitest";
import { isSignoffOrg, isSignoffSeal, isContactLine } from "../../src/normalize/signoff.js";
import { items } from "../segment/helpers.js";
import { parseText } from "../../src/index.js";
import { src } from "../segment/helpers.js";

const body = "一、存在问题及整改情况\n（一）关于台账不全的问题\n整改措施：补齐台账12本。\n\n（二）关于制度缺失的问题\n整改措施：修订制度3项，建立会商机制。\n\n";

describe("a discipline-inspection group signs (纪检组, 纪检监察组, its seal 代章)", () => {
  it("is an organisation line, with or without the seal it borrows", () => {
    expect(isSignoffOrg("市纪委监委派驻第三纪检监察组（代章）")).toBe(true);
    expect(isSignoffOrg("驻某某县水利局纪检组")).toBe(true);
    expect(isSignoffOrg("中央纪委国家监委驻某某集团纪检监察组(代印)")).toBe(true);
    expect(isSignoffSeal("（代章）")).toBe(true);
  });
  it("is no name when nothing says where it is sent, or a verb leads it into a sentence", () => {
    expect(isSignoffOrg("第五纪检监察组")).toBe(false);
    expect(isSignoffOrg("会同驻局纪检组")).toBe(false);
    expect(isSignoffOrg("主动接受派驻纪检监察组")).toBe(false);
    // (a party group and a leading group still sign)
    expect(isSignoffOrg("中共某某县农业农村局党组")).toBe(true);
  });
  it("ends the last item: the sign-off and the contact sentence above it are closing", () => {
    const t = body + "欢迎干部群众监督。联系电话：0555-7654321。\n\n区纪委监委派驻第二纪检监察组（代章）\n2025年3月8日\n";
    expect(items(t).at(-1)![3]).toEqual(["修订制度3项，建立会商机制。"]);
    expect(parseText(t, src).issuer).toBe("区纪委监委派驻第二纪检监察组");
  });
  it("ends a measure with no full stop above a joint sign-off whose seal stands on a line of its own", () => {
    const t = body.replace("建立会商机制。", "建立会商机制") + "某某县水利局党组\n驻某某县水利局纪检组\n（代章）\n2025年3月8日\n";
    expect(items(t).at(-1)![3]).toEqual(["修订制度3项，建立会商机制"]);
  });
  it("leaves a sentence that names such a group mid-text in its item", () => {
    const t = body.replace("建立会商机制。", "建立会商机制，\n会同驻局纪检组\n开展回头看。") + "某某区水利局党组\n2025年3月8日\n";
    expect(items(t).at(-1)![3]).toEqual(["修订制度3项，建立会商机制，会同驻局纪检组开展回头看。"]);
  });
});

describe("contact lines right under the last measure (no closing sentence before them)", () => {
  it("are contact labels, spaced out or not", () => {
    expect(isContactLine("联系电话：0555-7654321")).toBe(true);
    expect(isContactLine("邮    箱：abc@example.com")).toBe(true);
    expect(isContactLine("联 系 人：李四")).toBe(true);
    expect(isContactLine("通讯地址:某某路8号")).toBe(true);
    expect(isContactLine("联系群众不紧密：走访12户")).toBe(false);
    expect(isContactLine("整改措施：公开邮箱：abc@example.com")).toBe(false);
  });
  it("open the closing block after a blank line, when the measure has no full stop", () => {
    const t = body.replace("建立会商机制。", "建立会商机制") + "联系电话：0555-7654321\n邮    箱：abc@example.com\n";
    expect(items(t).at(-1)![3]).toEqual(["修订制度3项，建立会商机制"]);
    const p = parseText(t, src);
    expect(p.contact.phones).toEqual(["0555-7654321"]);
    expect(p.contact.emails).toEqual(["abc@example.com"]);
  });
});
