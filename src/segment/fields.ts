// Labelled fields inside an item: `整改措施：` `整改成效：` `整改时限：` … Each label is declared once
// here with the field it fills; both the segmenter (a field's lines are not headings) and the
// extractor (which list a line belongs to) read this table.

export type FieldName = "problem" | "measures" | "outcomes" | "deadline" | "difficulties" | "status" | "category" | "responsible" | "other";

export const FIELD_LABELS: ReadonlyArray<readonly [FieldName, readonly string[]]> = [
  ["problem", ["问题描述", "存在问题", "问题表现", "具体表现", "主要表现", "反馈问题", "问题内容", "具体问题", "问题"]],
  ["measures", ["整改措施", "落实措施", "整改举措", "主要措施", "采取措施", "采取的措施", "工作措施", "具体措施", "落实举措", "整改落实情况", "整改情况", "落实情况", "办理情况", "整改", "措施"]],
  ["outcomes", ["整改成效", "落实成效", "整改进展情况", "整改进展", "整改结果", "整改效果", "工作成效", "取得成效", "整改完成情况", "完成情况", "进展情况", "落实结果", "工作进展", "成效"]],
  ["deadline", ["整改时限", "完成时限", "整改期限", "时限要求", "完成时间", "整改时间", "完成期限", "办结时限", "办结时间", "计划完成时间", "整改完成时限", "整改完成时间", "时间节点"]],
  ["difficulties", ["存在的困难", "存在困难", "困难和问题", "存在的困难和问题", "遇到的困难", "存在问题和困难", "问题和困难", "困难", "存在不足", "存在的不足"]],
  // (是否完成 asks: a table's answer 是/否 is the status too)
  ["status", ["整改状态", "完成状态", "整改进度", "状态", "当前状态", "目前状态", "办理状态", "是否完成", "是否整改完成", "是否完成整改", "是否办结", "是否销号"]],
  // The kind of rectification an item is (长期坚持类, 立行立改类): its category, not its status.
  ["category", ["整改类别", "问题类别", "整改类型", "问题类型", "类别"]],
  // Who answers for it: 责任单位, 牵头科室, 责任处室, 配合部门, 责任主体, 第一责任人 — every role word
  // with every kind of unit a county office, hospital, school or enterprise names.
  ["responsible", combine(
    ["责任", "整改责任", "具体责任", "直接责任", "主要责任", "第一责任", "牵头", "整改牵头", "配合", "协办", "协助", "主责", "督办", "分管", "包保"],
    ["单位", "部门", "领导", "人", "人员", "科室", "处室", "股室", "部室", "站所", "主体"],
  )],
  // Labels of what no output field holds: they end the field before them and are not read.
  ["other", ["整改目标", "整改要求", "整改依据", "下步打算", "下一步打算", "下一步措施", "下步措施", "下一步计划", "下步计划", "下一步工作", "备注"]],
];

/** Every role word joined with every noun: the labels of one field written in many ways. */
function combine(roles: readonly string[], nouns: readonly string[]): string[] {
  return roles.flatMap((r) => nouns.map((n) => r + n));
}

const byLabel = new Map<string, FieldName>();
for (const [field, labels] of FIELD_LABELS) for (const l of labels) byLabel.set(l, field);
// One-word labels (整改：, 措施：, 成效：) label a field only with their colon or brackets: alone
// on a line, or as a table's column name, 整改 is half of a name wrapped onto two lines (整改 / 时限).
const WITH_COLON_ONLY = new Set(["整改", "措施", "成效"]);
// Longest label first so 整改进展情况 wins over 整改进展. A label may be set with a space between its
// characters, as a PDF spaces them out (整 改 措 施：); folded, every space is one ' '.
const spaced = (labels: string[]): string => labels.sort((a, b) => b.length - a.length).map((l) => [...l].join(" ?")).join("|");
const alternation = spaced([...byLabel.keys()]);
// Labels of an item's parts, which may stand alone on a line with the part below (整改措施 / 1.…):
// not the problem labels, whose value is the item's own words.
const bare = spaced([...byLabel.keys()].filter((l) => byLabel.get(l) !== "problem" && !WITH_COLON_ONLY.has(l)));
// A label is followed by a colon, or stands in brackets (【整改措施】 with or without one), or is
// the whole line.
const LABEL_RE = new RegExp(`^(?:[【\\[](${alternation})[】\\]]\\s*[:：]?|(${alternation})\\s*[:：]|(${bare})\\s*$)\\s*`);

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

// The characters a label can open with: most lines open with none of them, and LABEL_RE, an
// alternation of every label, costs a try of each before it fails (it was 2% of a batch's time).
const OPENERS = new Set<number>([0x3010 /* 【 */, 0x5b /* [ */, ...[...byLabel.keys()].map((l) => l.charCodeAt(0))]);

/** The field label that opens the line (after folding, `：` is `:`), or null. */
export function matchFieldLabel(line: string): FieldLabel | null {
  if (!OPENERS.has(line.charCodeAt(0))) return null;
  const m = LABEL_RE.exec(line);
  if (!m) return null;
  const label = (m[1] ?? m[2] ?? m[3]).replace(/ /g, "");
  return { field: byLabel.get(label)!, label, valueStart: m[0].length, bare: m[3] !== undefined };
}
