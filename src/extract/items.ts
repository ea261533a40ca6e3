// Items: every problem, suggestion and immediate fix the notice reports on, with its fields.
import type { Item, TextEntry } from "../schema/index.js";
import { matchFieldLabel, type HeadingNode } from "../segment/index.js";
import type { SourceText } from "../normalize/index.js";
import { writtenText, spanPosition, cleanText, squeeze, type Span } from "../normalize/span.js";
import { roleOf, statusOf, DEFICIENCY, ACTION_START, MEASURE_START, SUGGESTION, IMMEDIATE, type Role, type Status } from "./roles.js";
import { splitFields, splitEntries, type Field } from "./fields.js";
import { parseDeadline } from "./dates.js";
import { foldString } from "../normalize/fold.js";

/** A heading that states a problem in words that find fault (组织领导不力, 违规发放津补贴). */
const findsFault = (t: string) => t.length >= 4 && DEFICIENCY.test(t) && !ACTION_START.test(t);

/** Headings phrased as one problem: 关于“…”问题, 在…方面, 问题1：… */
const ITEM_SHAPE = /^关于.{2,}(?:问题|方面|整改)|^关于.{2,}的(?:意见)?建议$|^在.{2,}方面|问题[”"’」]?(?:的整改)?(?:情况)?$|^问题\s*\d/;

export interface ItemRecord {
  item: Item;
  node: HeadingNode;
  /** Every span the item covers (heading line and body), for tying figures to it. */
  spans: Span[];
}

export interface ItemContext {
  source: SourceText;
  roles: Map<HeadingNode, Role>;
  allDone: boolean;
}

/** Assigns every heading its role: its own words, inherited under organisation/plan sections. */
export function assignRoles(headings: HeadingNode[], title: (h: HeadingNode) => string): Map<HeadingNode, Role> {
  const roles = new Map<HeadingNode, Role>();
  for (const h of headings) {
    const parentRole = h.parent ? roles.get(h.parent)! : null;
    let role = roleOf(title(h), parentRole === "rectification" || parentRole === "status" || parentRole === "category");
    if (parentRole === "organisation" || parentRole === "plan") role = role === "plan" ? "plan" : parentRole;
    else if (role === "other" && parentRole && parentRole !== "other") role = "category";
    roles.set(h, role);
  }
  return roles;
}

const inExcluded = (h: HeadingNode, roles: Map<HeadingNode, Role>) => {
  for (let p: HeadingNode | null = h; p; p = p.parent) {
    const r = roles.get(p);
    if (r === "organisation" || r === "plan") return true;
  }
  return false;
};
const inRectification = (h: HeadingNode, roles: Map<HeadingNode, Role>) => {
  for (let p: HeadingNode | null = h.parent; p; p = p.parent) if (roles.get(p) === "rectification" || roles.get(p) === "status") return true;
  return false;
};

/**
 * Which headings are items. Headings shaped like one problem (关于…问题, 在…方面) are items,
 * unless a heading below them is too (then they are categories). Without such headings, the
 * leaves of the rectification sections are. Organisation and plan sections hold no items.
 */
export function findItemNodes(headings: HeadingNode[], roles: Map<HeadingNode, Role>, title: (h: HeadingNode) => string): HeadingNode[] {
  const usable = headings.filter((h) => !inExcluded(h, roles) && roles.get(h) !== "status");
  const byShape = (h: HeadingNode) => ITEM_SHAPE.test(squeeze(title(h))) || h.style === "labelled-problem" || h.style === "table-row";
  const shaped = new Set(usable.filter((h) => byShape(h) || findsFault(squeeze(title(h)))));
  // Below a problem, a heading that finds fault only in passing and counts or acts
  // (（1）对存在隐患的12处点位完成整改) is one of its measures.
  for (const h of [...shaped]) if (!byShape(h) && h.parent && shaped.has(h.parent) && measureLike(h, title)) shaped.delete(h);
  // Below a 关于…的问题 heading, a heading with a body of its own (1.班子建设有短板。一是…) that
  // does not read like a measure is a problem: the heading above is its category.
  for (const h of usable) {
    if (!shaped.has(h) && h.parent && byShape(h.parent) && !measureLike(h, title) && h.body.some((s) => s.end > s.start)) shaped.add(h);
  }
  const hasShapedBelow = (h: HeadingNode): boolean => h.children.some((c) => shaped.has(c) || hasShapedBelow(c));
  // 在…方面 / 关于…方面 names an area: with headings below it, it is their category.
  const area = (h: HeadingNode) => h.children.length > 0 && /方面[。.]?$/.test(squeeze(title(h)));
  let items = usable.filter((h) => shaped.has(h) && !hasShapedBelow(h) && !area(h));
  // Leaves of rectification sections that are not shaped as problems are items too, when the
  // shaped ones are their siblings' kind (same style under a rectification section).
  // So are the leaves beside a shaped one under the same heading (1.…不够深入 / 2.…有差距).
  const shapedParents = new Set(items.map((h) => h.parent));
  const leaves = usable.filter((h) => h.children.length === 0 && (inRectification(h, roles) || shapedParents.has(h.parent)) && roles.get(h) !== "rectification");
  if (items.length === 0) items = leaves;
  if (items.length === 0) {
    // No rectification section named as such (二、政治建设方面 / 1.某问题): the leaves below the
    // top level are the items; a notice with one level only has its leaves as items.
    const all = usable.filter((h) => h.children.length === 0);
    const deep = all.filter((h) => h.level >= 2);
    items = deep.length ? deep : all.length >= 2 ? all : [];
  }
  else {
    const itemStyles = new Set(items.map((h) => `${h.style}@${h.level}`));
    const extra = leaves.filter((h) => !shaped.has(h) && itemStyles.has(`${h.style}@${h.level}`));
    if (extra.length) {
      const set = new Set([...items, ...extra]);
      items = usable.filter((h) => set.has(h));
    }
  }
  items = byFieldLevel(items, usable, title);
  for (const h of items) {
    roles.set(h, "item");
    // Headings under an item are parts of it (its numbered measures), not categories.
    const mark = (n: HeadingNode) => n.children.forEach((c) => (roles.set(c, "other"), mark(c)));
    mark(h);
  }
  return items;
}

/**
 * A heading that reads like a measure: it acts (建立…, 对…, 完成…), counts (改造项目27个) or
 * reports a thing done (违规发放的津补贴已全部清退); problems below a category do none of these.
 */
function measureLike(h: HeadingNode, title: (h: HeadingNode) => string): boolean {
  const t = squeeze(title(h));
  return ACTION_START.test(t) || MEASURE_START.test(t) || /\d/.test(t) || /已(?:全部|经)?(?:完成|清退|整改|落实|追回|收回|建立|修订|制定)/.test(t);
}

// Sections that report on the work rather than on one problem, wherever they stand.
const NOT_ITEM = /^(?:其他|其它)|需要说明|主要成效|取得的?(?:主要)?成效|整改成效$|差距和不足|不足和差距|存在的不足|下一步|体会|经验做法/;
const ITEM_FIELDS = new Set(["measures", "outcomes", "deadline", "status"]);
const holdsFields = (h: HeadingNode): boolean =>
  h.cells !== undefined || h.body.some((s) => {
    const l = matchFieldLabel(s.line.text.slice(s.start));
    return l !== null && ITEM_FIELDS.has(l.field);
  });

/**
 * Headings that hold an item's own fields (整改措施：…) show where items stand: their siblings in
 * the same style are items too (1.…推进缓慢 with （1）（2） measures below it, beside 2.… with
 * 整改措施：), and headings below an item are its parts, never items of their own.
 */
function byFieldLevel(items: HeadingNode[], usable: HeadingNode[], title: (h: HeadingNode) => string): HeadingNode[] {
  const holders = usable.filter(holdsFields);
  const set = new Set(items.filter((h) => !NOT_ITEM.test(squeeze(title(h)))));
  if (holders.length >= 1) {
    const holderSet = new Set(holders);
    const holderBelow = (h: HeadingNode): boolean => h.children.some((c) => holderSet.has(c) || holderBelow(c));
    const kinds = new Set(holders.map((h) => `${h.style}@${h.level}`));
    const parents = new Set(holders.map((h) => h.parent));
    for (const h of usable) {
      if (kinds.has(`${h.style}@${h.level}`) && parents.has(h.parent) && !holderBelow(h) && 2 * h.children.filter((c) => measureLike(c, title)).length >= h.children.length && !/方面[。.]?$/.test(squeeze(title(h))) && !NOT_ITEM.test(squeeze(title(h)))) set.add(h);
    }
  }
  const underItem = (h: HeadingNode): boolean => {
    for (let p = h.parent; p; p = p.parent) if (set.has(p)) return true;
    return false;
  };
  return usable.filter((h) => set.has(h) && !underItem(h));
}

export function buildItem(node: HeadingNode, index: number, ctx: ItemContext): ItemRecord {
  const { source, roles } = ctx;
  const heading = squeeze(writtenText(source, node.title));
  const body = collectBody(node);
  // A table row's cells are its fields already.
  const fields: Field[] = node.cells ? node.cells.map((c) => ({ field: c.field, label: c.label, spans: [c.span] })) : splitFields(body);
  const byName = (name: string) => fields.filter((f) => f.field === name);
  const measuresField = byName("measures");
  const unlabelled = byName("unlabelled");
  // Unlabelled text is the measures when the item has no 整改措施 label; otherwise it describes the problem.
  const measureFields = measuresField.length ? measuresField : unlabelled;
  const outcomeFields = byName("outcomes");
  // Each field is its own list: a second field never runs on into the first one's last entry.
  const toEntries = (fs: Field[]): TextEntry[] =>
    fs.flatMap((f) => splitEntries(f.spans)).map((e) => {
      const pos = spanPosition(source, e.span);
      return { text: stripEntryMarker(e.spans.map((s) => writtenText(source, s)).join("").trim()), line: pos.line, column: pos.column };
    }).filter((e) => e.text !== "");
  const fieldText = (name: string) => {
    const f = byName(name);
    if (!f.length) return null;
    // Two fields of one kind (a deadline under each measure) are kept apart by a ； where the
    // first does not end with punctuation of its own.
    let t = "";
    for (const x of f) {
      const part = x.spans.map((s) => writtenText(source, s)).join("").trim();
      if (part === "") continue;
      t += t === "" || /[。；;，,]$/.test(t) ? part : `；${part}`;
    }
    t = t.replace(/[。；;]+$/, "");
    return t || null;
  };

  let status: Status = "unknown";
  for (let p = node.parent; p; p = p.parent) {
    if (roles.get(p) === "status") {
      status = statusOf(squeeze(cleanText(p.title))) ?? "unknown";
      break;
    }
  }
  // Read only when a status section above has not settled it.
  if (status === "unknown") {
    // `整改状态：已完成`, or a progress field that is nothing but a status (`完成情况：已完成`),
    // or a field that opens with a status of its own: `整改情况：已完成。一是…`.
    const progress = fieldText("outcomes");
    // A deadline field that says it is done (`整改时限：已完成`) states the status (长期坚持 is a time).
    const deadlineStatus = doneInstead(fieldText("deadline"));
    const statusField = fieldText("status") ?? (progress && progress.length <= 12 ? progress : null) ?? deadlineStatus ?? openingStatus(fieldText("measures")) ?? openingStatus(progress);
    const folded = statusField && foldString(statusField);
    if (folded) status = statusOf(folded) ?? (/完成|办结|销号|到位/.test(folded) ? "completed" : "unknown");
  }
  const headingStatus = status === "unknown" ? STATUS_NOTE.exec(heading) : null;
  if (headingStatus) status = statusOf(headingStatus[1]) ?? "unknown";
  if (status === "unknown" && ctx.allDone) status = "completed";

  let kind: Item["kind"] = "issue";
  for (let p: HeadingNode | null = node; p; p = p.parent) {
    const t = squeeze(cleanText(p.title));
    if (IMMEDIATE.test(t)) { kind = "immediate"; break; }
    if (SUGGESTION.test(t) && p !== node) { kind = "suggestion"; break; }
  }

  let category: string | null = null;
  for (let p = node.parent; p; p = p.parent) {
    if (roles.get(p) !== "status") {
      category = squeeze(writtenText(source, p.title)).replace(/[。；;]+$/, "") || null;
      break;
    }
  }

  const problemField = fieldText("problem");
  let problem = writtenProblem(heading, squeeze(cleanText(node.title)));
  if ((!problem || node.style === "labelled-problem" && problem.length < 4) && problemField) problem = squeeze(problemField);
  const deadlineText = fieldText("deadline");
  const deadline = doneInstead(deadlineText) ? null : deadlineText;
  const pos = spanPosition(source, node.marker);
  const item: Item = {
    id: `i${index + 1}`,
    number: String(node.number),
    kind,
    status,
    category,
    problem,
    heading,
    line: pos.line,
    column: pos.column,
    measures: toEntries(measureFields),
    // `整改结果：已完成。` states the status, not a result.
    outcomes: toEntries(outcomeFields).filter((e) => !onlyStatus(e.text)),
    deadline,
    deadline_date: parseDeadline(deadline),
    difficulties: fieldText("difficulties"),
  };
  return { item, node, spans: [node.marker, node.title, ...body] };
}

/** The text when it is nothing but a status (已完成。 / 正在推进), else null. */
function onlyStatus(text: string | null): string | null {
  if (!text) return null;
  const t = text.replace(/[\s。.；;！!]/g, "");
  return t.length <= 8 && statusOf(t) !== null && !/\d/.test(t) ? t : null;
}

const doneInstead = (text: string | null): string | null => {
  const t = onlyStatus(text);
  return t && statusOf(t) === "completed" ? t : null;
};

/** An item's body, with the headings below it (if any) read as part of it. */
function collectBody(node: HeadingNode): Span[] {
  const out = [...node.body];
  for (const c of node.children) out.push({ line: c.marker.line, start: 0, end: c.marker.line.text.length }, ...collectBody(c).filter((s) => s.line !== c.marker.line));
  return out;
}

function stripEntryMarker(s: string): string {
  // 1. and 1、 are markers, 8.7 is a number; 第一， is one, 第一时间 is not. （1）、 is one marker.
  return s.replace(/^(?:[①-⑳]|[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、：:]|[(（]\s*\d{1,2}\s*[)）]\s*、?|\d{1,2}(?:[)）、]|[．.](?!\d))|[一二三四五六七八九十]{1,3}[)）])\s*/, "").trim();
}

/** The first clause of a field when it is a short status of its own (已完成。一是… → 已完成). */
function openingStatus(text: string | null): string | null {
  const opening = text === null ? "" : /^[^。；;，,]*/.exec(text)![0];
  return opening.length <= 8 && statusOf(opening) ? opening : null;
}

/** A note after a heading, in brackets: （已完成） (正在整改) 【已办结】. */
const STATUS_NOTE = /[(（【]([^()（）【】]{2,10})[)）】]$/;

/**
 * problemOf read on the folded heading (關於…問題 is 关于…问题) and cut from the heading as written,
 * which has the same length; the written heading alone where the two differ in length.
 */
function writtenProblem(heading: string, folded: string): string {
  if (folded === heading || folded.length !== heading.length) return problemOf(heading);
  const p = problemOf(folded);
  const at = folded.indexOf(p);
  return at < 0 ? problemOf(heading) : heading.slice(at, at + p.length);
}

/** The problem statement: the quoted text of 关于“…”问题, else the heading without its wrappers. */
export function problemOf(heading: string): string {
  // A status noted after the heading (（已完成）) is not part of the problem.
  const h = heading.trim().replace(STATUS_NOTE, (all, inner: string) => (statusOf(inner) || /完成|整改|办结|销号/.test(inner) ? "" : all));
  const quoted = /^关于\s*[“"「『]([\s\S]+)[”"」』]\s*(?:的)?(?:问题|方面|意见建议|建议)?(?:的)?(?:整改(?:落实)?(?:情况)?)?[。.]?$/.exec(h);
  let p: string;
  if (quoted) p = quoted[1];
  else {
    p = h
      .replace(/^在(.+)方面[。.]?$/, "$1")
      // 在安全生产方面，责任制落实层层递减 / 在财务管理方面存在违规列支问题: the area goes.
      .replace(/^在[^，,。]{2,20}?方面[，,]\s*(.+)$/, "$1")
      .replace(/^在[^，,。]{2,20}?方面存在(.+?)(?:的)?问题[。.]?$/, "$1")
      .replace(/^关于(.+?)(?:的)?问题(?:的)?(?:整改(?:落实)?(?:情况)?)?[。.]?$/, "$1")
      .replace(/^关于(.+?)(?:的)?(?:整改(?:落实)?(?:情况)?)[。.]?$/, "$1")
      .replace(/^(.+?)方面(?:的)?问题$/, "$1")
      // A suggestion heading: 关于加强监管的建议 → 加强监管.
      .replace(/^关于(.+?)(?:的)?(?:意见)?建议(?:的)?(?:办理|落实)?(?:情况)?[。.]?$/, "$1")
      .replace(/^(.{4,}?)的(?:意见)?建议$/, "$1");
  }
  return p.replace(/[。.；;]+$/, "").trim();
}
