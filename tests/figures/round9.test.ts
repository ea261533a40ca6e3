// Figure shapes of round 9, each on a made-up sentence: numerals and 成 inside a person's name,
// counts of work in progress written before their noun.
import { describe, expect, it } from "vitest";
import { findFigures } from "../../src/extract/figures/index.js";

/** [text, value, unit, metric] of every figure in s. */
const vum = (s: string) => findFigures(s).map((f) => [f.text, f.value, f.unit, f.metric]);

describe("成 inside a person's name is no tenths", () => {
  it("a title after 成 (张九成主任, 王八成书记, 李三成局长) or a surname before the numeral (由张九成负责, 赵九成、李四)", () => {
    expect(vum("由张九成主任牵头，王八成书记负责督办，李三成局长参加")).toEqual([]);
    expect(vum("由张九成负责，赵九成、刘二成配合")).toEqual([]);
    expect(vum("村民老九成同志")).toEqual([]);
    expect(vum("高八成检察官、周九成庭长、吴三成厂长到场")).toEqual([]);
  });
  it("still tenths after a word that leads a quantity or ends a place or a thing (达九成, 全县九成, 提高三成, 高于九成)", () => {
    expect(vum("群众满意度达九成")).toEqual([["九成", 9, "成", "群众满意度"]]);
    expect(vum("全县九成村庄完成改造")).toEqual([["九成", 9, "成", null]]);
    expect(vum("效率提高三成")).toEqual([["三成", 3, "成", "效率提高"]]);
    expect(vum("覆盖率高于九成").map((f) => f[0])).toEqual(["九成"]);
    expect(vum("张家村九成以上农户").map((f) => f[0])).toEqual(["九成以上"]);
    expect(vum("王8成").map((f) => f[0])).toEqual(["8成"]);
    expect(vum("江苏九成企业、宁夏九成村庄").map((f) => f[0])).toEqual(["九成", "九成"]);
  });
});

describe("a count of work in progress written before its noun", () => {
  it("reads as the same count after its noun: the words of progress and the noun are its metric", () => {
    expect(vum("目前正在推进2项整改任务。")).toEqual([["2项", 2, "项", "正在推进整改任务"]]);
    expect(vum("正在推进整改任务2项。")).toEqual([["2项", 2, "项", "正在推进整改任务"]]);
    expect(vum("已完成整改13个，正在整改3个问题。")).toEqual([["13个", 13, "个", "已完成整改"], ["3个", 3, "个", "正在整改问题"]]);
    expect(vum("已完成12项整改任务")).toEqual([["12项", 12, "项", "已完成整改任务"]]);
  });
  it("the rest of the work, its state after its noun (尚有2项整改任务正在推进): the noun and the state", () => {
    expect(vum("尚有2项整改任务正在推进，剩余3个问题尚未完成。")).toEqual([["2项", 2, "项", "整改任务正在推进"], ["3个", 3, "个", "问题尚未完成"]]);
    expect(vum("尚有2名干部未到岗，另有3人")).toEqual([["2名", 2, "名", null], ["3人", 3, "人", null]]);
  });
  it("other short verbs before a count and its noun give the verb and the noun (round 13: 配备专职人员), not a noun that runs on", () => {
    expect(vum("配备2名专职人员，清退2名人员")).toEqual([["2名", 2, "名", "配备专职人员"], ["2名", 2, "名", "清退人员"]]);
    expect(vum("正在推进2项整改任务的验收工作")).toEqual([["2项", 2, "项", null]]);
  });
});

describe("a span of time back to now before the metric (五年来, 近三年来, 近年来, 多年来)", () => {
  it("is no part of the metric, as 2021年以来 is not", () => {
    const mq = (s: string) => findFigures(s).map((f) => [f.metric, f.qualifier]);
    expect(mq("五年来累计投入资金2.3亿元")).toEqual([["投入资金", "累计"]]);
    expect(mq("近三年来共投入资金2.3亿元；近年来新建学校3所；多年来共清理欠款12万元")).toEqual([["投入资金", null], ["新建学校", null], ["清理欠款", null]]);
    expect(mq("五年规划投资3亿元")).toEqual([["五年规划投资", null]]);
  });
});
