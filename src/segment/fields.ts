// Labelled fields inside an item: `整改措施：` `整改成效：` `整改时限：` … Each label is declared once
// here with the field it fills; both the segmenter (a field's lines are not headings) and the
// extractor (which list a line belongs to) read this table.

import { isSpaceUnit } from "../normalize/fold.js";

export type FieldName = "problem" | "measures" | "outcomes" | "deadline" | "difficulties" | "status" | "category" | "responsible" | "other";

export const FIELD_LABELS: ReadonlyArray<readonly [FieldName, readonly string[]]> = [
  ["problem", ["问题描述", "存在问题", "问题表现", "具体表现", "主要表现", "反馈问题", "问题内容", "具体问题", "问题"]],
  ["measures", ["整改措施", "落实措施", "整改举措", "主要措施", "采取措施", "采取的措施", "工作措施", "具体措施", "落实举措", "整改落实情况", "整改情况",
    // (a label that names the measures and their results, 整改措施及成效, heads what was done: measures)
    "整改措施及成效", "整改措施和成效", "整改措施及进展", "整改措施和进展", "整改落实情况及成效", "整改情况及成效", "措施及成效", "落实情况", "办理情况", "整改", "措施"]],
  ["outcomes", ["整改成效", "落实成效", "整改进展情况", "整改进展", "整改结果", "整改效果", "工作成效", "取得成效", "整改完成情况", "完成情况", "进展情况", "落实结果", "整改成果", "落实成果", "办理结果", "工作进展", "目前进展", "当前进展", "最新进展", "成效", "结果", "进展"]],
  ["deadline", ["整改时限", "完成时限", "整改期限", "时限要求", "完成时间", "整改时间", "完成期限", "办结时限", "办结时间", "计划完成时间", "整改完成时限", "整改完成时间", "时间节点", "时限", "销号时间"]],
  ["difficulties", ["存在的困难", "存在困难", "困难和问题", "存在的困难和问题", "遇到的困难", "存在问题和困难", "问题和困难", "困难", "存在不足", "存在的不足"]],
  // (是否完成 asks: a table's answer 是/否 is the status too)
  ["status", ["整改状态", "完成状态", "整改进度", "状态", "当前状态", "目前状态", "办理状态", "是否完成", "是否整改完成", "是否完成整改", "是否办结", "是否销号", "办结情况"]],
  // The kind of rectification an item is (长期坚持类, 立行立改类): its category, not its status.
  ["category", ["整改类别", "问题类别", "整改类型", "问题类型", "类别"]],
  // Who answers for it: 责任单位, 牵头科室, 责任处室, 配合部门, 责任主体, 第一责任人 — every role word
  // with every kind of unit a county office, hospital, school or enterprise names.
  ["responsible", combine(
    ["责任", "整改责任", "具体责任", "直接责任", "主要责任", "第一责任", "牵头", "整改牵头", "配合", "协办", "协助", "主责", "督办", "分管", "包保"],
    ["单位", "部门", "领导", "人", "人员", "科室", "处室", "股室", "部室", "站所", "主体"],
  )],
  // Labels of what no output field holds: they end the field before them and are not read.
  ["other", ["整改目标", "整改要求", "整改依据", "下步打算", "下一步打算", "下一步措施", "下步措施", "下一步计划", "下步计划", "下一步工作", "下一步", "下步", "备注"]],
];

/** Every role word joined with every noun: the labels of one field written in many ways. */
function combine(roles: readonly string[], nouns: readonly string[]): string[] {
  return roles.flatMap((r) => nouns.map((n) => r + n));
}

const byLabel = new Map<string, FieldName>();
for (const [field, labels] of FIELD_LABELS) for (const l of labels) byLabel.set(l, field);
// One-word labels (整改：, 措施：, 成效：) label a field only with their colon or brackets: alone
// on a line, or as a table's column name, 整改 is half of a name wrapped onto two lines (整改 / 时限).
// (时限 likewise: the second half of 整改 / 时限.) 结果：, 进展：, 下一步： are common words too: with
// their colon they label a field only where a label may stand, at a line's start or after a
// sentence (…。结果：已完成); after a comma (检查结果：) or inside words they are none, as callers
// try labels only at those places (matchFieldLabel reads from its start).
const WITH_COLON_ONLY = new Set(["整改", "措施", "成效", "时限", "结果", "进展", "下一步", "下步"]);
// A label may be set with a space between its characters, as a PDF spaces them out (整 改 措 施：);
// folded, every space is one ' '. Labels of an item's parts (not the problem labels, whose value is
// the item's own words) may also stand alone on a line with the part below (整改措施 / 1.…).
const BARE = new Set([...byLabel.keys()].filter((l) => byLabel.get(l) !== "problem" && !WITH_COLON_ONLY.has(l)));

/**
 * Every label in a trie of code units, walked once along the line: a label is found where its
 * last unit is (the longest first), in one pass, where an alternation of ~170 labels was tried one
 * label at a time on every line that opens with a label's first character.
 */
interface TrieNode {
  next: Map<number, TrieNode>;
  label: string | null;
}
const ROOT: TrieNode = { next: new Map(), label: null };
for (const l of byLabel.keys()) {
  let n = ROOT;
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    let m = n.next.get(c);
    if (!m) n.next.set(c, (m = { next: new Map(), label: null }));
    n = m;
  }
  n.label = l;
}
const SPACE = 0x20;
const COLON = 0x3a; // ':' (： folds to it; both are accepted)
const FULL_COLON = 0xff1a;
const isColon = (c: number) => c === COLON || c === FULL_COLON;

/** The labels that open `line` at `from`, as [label, end] from the longest to the shortest. */
function labelsAt(line: string, from: number): Array<[string, number]> {
  const found: Array<[string, number]> = [];
  let n = ROOT.next.get(line.charCodeAt(from));
  let i = from + 1;
  while (n) {
    if (n.label !== null) found.push([n.label, i]);
    let c = line.charCodeAt(i);
    let m = n.next.get(c);
    // one space between two of a label's characters
    if (!m && c === SPACE) {
      c = line.charCodeAt(i + 1);
      m = n.next.get(c);
      if (m) i++;
    }
    n = m;
    i++;
  }
  return found.reverse();
}

const skipSpaces = (t: string, i: number): number => {
  while (i < t.length && isSpaceUnit(t.charCodeAt(i))) i++;
  return i;
};

export interface FieldLabel {
  field: FieldName;
  label: string;
  /** Offset in the line where the field's value starts. */
  valueStart: number;
  /** Written without a colon or brackets, alone on its line (整改措施). */
  bare: boolean;
}

/** The field a label names (a table's column name), or null. */
export function labelField(name: string): FieldName | null {
  return WITH_COLON_ONLY.has(name) ? null : (byLabel.get(name) ?? null);
}

// The characters a label can open with: most lines open with none of them.
const OPENERS = new Set<number>([0x3010 /* 【 */, 0x5b /* [ */, ...[...byLabel.keys()].map((l) => l.charCodeAt(0))]);

/** Whether a label can open with this code unit: callers that try many places skip the rest cheaply. */
export const opensLabel = (c: number): boolean => OPENERS.has(c);

/**
 * The field label that opens the line (after folding, `：` is `:`), or null. A label is followed by
 * a colon, or stands in brackets (【整改措施】 with or without a colon after), or is the whole line
 * (bare: a part's label, not a one-word one). The longest label that fits wins.
 */
export function matchFieldLabel(line: string): FieldLabel | null {
  const first = line.charCodeAt(0);
  if (!OPENERS.has(first)) return null;
  if (first === 0x3010 /* 【 */ || first === 0x5b /* [ */) {
    for (const [label, end] of labelsAt(line, 1)) {
      const close = line.charCodeAt(end);
      if (close !== 0x3011 /* 】 */ && close !== 0x5d /* ] */) continue;
      let v = skipSpaces(line, end + 1);
      if (isColon(line.charCodeAt(v))) v++;
      return { field: byLabel.get(label)!, label, valueStart: skipSpaces(line, v), bare: false };
    }
    return null;
  }
  const found = labelsAt(line, 0);
  for (const [label, end] of found) {
    const v = skipSpaces(line, end);
    if (isColon(line.charCodeAt(v))) return { field: byLabel.get(label)!, label, valueStart: skipSpaces(line, v + 1), bare: false };
  }
  for (const [label, end] of found) {
    if (BARE.has(label) && skipSpaces(line, end) === line.length) return { field: byLabel.get(label)!, label, valueStart: line.length, bare: true };
  }
  return null;
}
