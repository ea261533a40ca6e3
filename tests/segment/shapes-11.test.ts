// Outline shapes of probe 11. Every line is made up.
import { describe, it, expect } from "vitest";
import { items } from "./helpers.js";

describe("一是… entries, each with its own 整改措施： (一是河道保洁推进滞缓。整改措施：…)", () => {
  it("are items whatever words state the fault", () => {
    const t = "二、反馈问题整改情况\n（一）作风建设方面\n一是会议文件仍有反弹。整改措施：精简会议12个。整改状态：已完成。\n二是河道保洁推进滞缓。整改措施：新增保洁员8名。整改状态：已完成。\n三、下一步打算\n持续推进。";
    expect(items(t)).toEqual([
      ["1", "作风建设方面", "会议文件仍有反弹", ["精简会议12个。"]],
      ["2", "作风建设方面", "河道保洁推进滞缓", ["新增保洁员8名。"]],
    ]);
  });
  it("are items under a part (第二部分) as under a heading", () => {
    const t = "第一部分 整改工作开展情况\n召开会议3次。\n第二部分 反馈问题整改落实情况\n一是档案移交进度迟缓。整改措施：移交档案40卷。\n二是制度执行不严。整改措施：修订制度2项。\n第三部分 下一步工作打算\n持续推进。";
    expect(items(t).map((i) => i[2])).toEqual(["档案移交进度迟缓", "制度执行不严"]);
  });
  it("are not items when the first sentence acts (一是压实责任。整改措施：…): one item's enumeration", () => {
    const t = "二、整改情况\n1.学习不深入。\n一是建立学习台账。整改措施：每月通报。\n二是开展专题研讨。整改措施：每季度一次。\n三、下一步打算\n持续推进。";
    expect(items(t).map((i) => i[2])).toEqual(["学习不深入"]);
  });
});
