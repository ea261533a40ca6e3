// Items: every problem, suggestion and immediate fix the notice reports on, with its fields.
import type { Item, TextEntry } from "../schema/index.js";
import { matchFieldLabel, matchMarker, type HeadingNode } from "../segment/index.js";
import type { SourceText, CleanLine } from "../normalize/index.js";
import { writtenText, spanPosition, cleanText, squeeze, type Span } from "../normalize/span.js";
import { roleOf, statusOf, statusClause, subjectBefore, UNIT_SUBJECT, RECOVERY_VERBS, PLAN, PLAN_VERB, PLANS, FINISH, DONE_WORD, KIND_LABEL, DEFICIENCY, ACTION_START, MEASURE_START, SUGGESTION, IMMEDIATE, KEPT_UP, immediateOnly, pointsBack, referredNumber, type Role, type Status } from "./roles.js";
import { splitFields, splitEntries, cellFields, answeredStatus, wholeLabel, MARK_ONLY, type Field } from "./fields.js";
import { parseDeadline } from "./dates.js";
import { foldString } from "../normalize/fold.js";
import { charSet } from "./figures/chars.js";
import { HAN } from "../text/han.js";
import { labelledProblem } from "../segment/rules/labelled-problem.js";

/** A heading that states a problem in words that find fault (组织领导不力, 违规发放津补贴). */
const findsFault = (t: string) => t.length >= 4 && DEFICIENCY.test(t) && !ACTION_START.test(t);

/** Headings phrased as one problem: 关于“…”问题, 在…方面, 问题1：… */
const ITEM_SHAPE = /^关于.{2,}(?:问题|方面|整改)|^关于.{2,}的(?:意见)?建议$|^在.{2,}方面|问题[”"’」』]?(?:的整改)?(?:情况)?$|^问题\s*\d/;

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
  /** Unnumbered status and kind sub-headings (see findSectionLines). */
  sectionLines?: Map<CleanLine, SectionLine>;
}

/** A sub-heading without a marker: the status or the kind of the items after it. */
export interface SectionLine {
  status: Status | null;
  /** A kind of rectification (长期坚持类): the items' category. */
  kind: boolean;
  /**
   * The section it speaks for: the parent of the heading after it (null at the top level). An
   * unnumbered line stands at the level of what follows it, so 正在整改的问题 after an item's
   * measures and before （二）财务方面 speaks for （二） and its siblings, not for that item's section.
   */
  scope: HeadingNode | null;
  /** It sums up the items before it (以上问题均已整改完成 after a section's last item), not those after. */
  after?: boolean;
  /** It closes the section (已整改到位。 under its last item): only items that state no status of their own take it. */
  fallback?: boolean;
}

// A status sub-heading names a group of items: 已完成整改的问题, 正在整改的事项（3个）.
const STATUS_GROUP = /(?:问题|事项|任务)(?:[(（][^()（）]*[)）]|(?:共计|共|计)?\d+[个项条])?$/;

/**
 * Sub-headings without a marker: a short line of its own in a section's body that names a status
 * and a group of items (已完成整改的问题 / 正在整改的问题 / 需要长期坚持的问题), or a kind of
 * rectification (立行立改类 / 长期坚持类问题). Like a numbered one, it sets the status (or the
 * category) of the items after it in the same section.
 */
export function findSectionLines(headings: HeadingNode[]): Map<CleanLine, SectionLine> {
  const out = new Map<CleanLine, SectionLine>();
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    const next = headings[i + 1];
    const scope = next && next.marker.line.line > h.marker.line.line ? next.parent : h;
    for (const s of h.body) {
      const t = s.line.text;
      if (s.start !== 0 || t.length > 30 || t.length < 4) continue;
      // It may end with a colon: 已完成整改的问题：
      const sq = squeeze(t).replace(/[:：]$/, "");
      if (/[。；;：:，,]/.test(sq)) continue;
      if (sq.length <= 16 && KIND_LABEL.test(sq) && sq.indexOf("类") >= 2) out.set(s.line, { status: null, kind: true, scope });
      else if (STATUS_GROUP.test(sq) && roleOf(sq) === "status") out.set(s.line, { status: statusOf(sq)!, kind: false, scope });
    }
    // The last line under a section's last heading that sums up the problems above (以上问题均已整改
    // 完成。/ 上述问题正在整改中。) states their status, the section's items', and is no measure of the last.
    const last = h.body[h.body.length - 1];
    if (last && last.start === 0 && h.parent && h.parent.children[h.parent.children.length - 1] === h && h.children.length === 0) {
      const t = last.line.text;
      const c = t.charCodeAt(0);
      // (以 上: cheap before the regexes)
      if ((c === 0x4ee5 || c === 0x4e0a) && t.length <= 30 && SUMS_UP.test(t) && !COUNTED.test(t)) {
        const st = statusOf(t);
        if (st) out.set(last.line, { status: st, kind: false, scope: h.parent, after: true });
      } else if (h.body.length > 1 && t.length <= 16 && closesSection(h, t)) {
        // A bare status line there (已整改到位。 / 整改已完成。) closes the whole section when no sibling
        // before closes with one of its own: it is the status of every item of the section that states none.
        out.set(last.line, { status: statusOf(t)!, kind: false, scope: h.parent, after: true, fallback: true });
      }
    }
  }
  return out;
}
/** Whether `t`, the last line under the last of its siblings, is a bare status that none of them closes with. */
function closesSection(h: HeadingNode, t: string): boolean {
  if (!statusWordsOnly(t) || statusOf(t) === null) return false;
  // (a section of two items or more; not the value of a label on the line above, 整改状态： / 正在整改, nor
  // under a part named by a label, （1）存在问题)
  if (h.parent!.children.length < 2 || wholeLabel(cleanText(h.title)) !== null) return false;
  const above = h.body[h.body.length - 2];
  const a = above.line.text.slice(above.start, above.end).trim();
  const rest = a.length <= 16 ? a.slice(matchMarker(a)?.textStart ?? 0) : "";
  const label = rest === "" ? null : matchFieldLabel(rest);
  if (label && label.valueStart >= rest.length) return false;
  // (only a section that groups its items, 关于党建工作方面: under the rectification section itself, 二、整改情况,
  // the items are the notice's whole list, and the line after the last is that item's own)
  if (roleOf(squeeze(cleanText(h.parent!.title))) === "rectification") return false;
  for (const sib of h.parent!.children) {
    if (sib === h) continue;
    const body = collectBody(sib);
    const end = body[body.length - 1];
    if (!end) continue;
    const e = end.line.text.slice(end.start, end.end).trim();
    if (e.length <= 16 && statusWordsOnly(e) && statusOf(e) !== null) return false;
  }
  return true;
}
const SUMS_UP = /^(?:以上|上述)(?:各项|几个)?(?:问题|事项|整改任务|任务)/;
// (a count in it, 以上问题已完成整改3个，正在整改1个, is a total, read with the stated totals)
const COUNTED = /\d|[一二三四五六七八九十两][个项条]/;

/**
 * The last sub-heading of a sort above an item in a section that holds it, or null; for a status,
 * else the first line below it that sums up the section's items (以上问题均已整改完成).
 */
function sectionLineAbove(node: HeadingNode, lines: Map<CleanLine, SectionLine>, kind: boolean): CleanLine | null {
  const at = node.marker.line.line;
  const holds = (scope: HeadingNode | null): boolean => {
    for (let p = node.parent; scope && p; p = p.parent) if (p === scope) return true;
    return scope === null;
  };
  let best: CleanLine | null = null;
  let below: CleanLine | null = null;
  for (const [l, v] of lines) {
    if (v.kind !== kind || !holds(v.scope)) continue;
    if (v.after) {
      if (l.line > at && (!below || l.line < below.line)) below = l;
    } else if (l.line < at && (!best || l.line > best.line)) best = l;
  }
  return best ?? below;
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
  const byShape = (h: HeadingNode) => ITEM_SHAPE.test(squeeze(title(h))) || h.style === "labelled-problem" || h.style === "led-problem" || h.style === "table-row" || problemLabelled(title(h)) || referredNumber(title(h)) !== null;
  // A marker alone on its line over fields (（一）关于…的问题⏎1.⏎整改措施：…⏎整改状态：…), under a heading
  // that states the problem or names it inside a rectification section (not an area: 党建方面),
  // numbers that problem's fields: no item of its own without a problem.
  const numbersFields = (h: HeadingNode): boolean => {
    const p = h.parent;
    if (h.children.length > 0 || p === null || h.body.length === 0 || h.title.end - h.title.start > 4 || title(h).trim() !== "" || !opensItemField(h.body[0])) return false;
    const t = squeeze(title(p));
    return byShape(p) || findsFault(t) || (inRectification(p, roles) && t !== "" && !AREA.test(t));
  };
  // …and so does a numbered heading that is only a field's label (（一）关于…的问题⏎1.存在问题⏎…⏎2.整改情况⏎…):
  // a part of the problem above, its text on the lines below.
  const namesField = (h: HeadingNode): boolean => {
    const p = h.parent;
    if (h.children.length > 0 || p === null || h.body.length === 0 || wholeLabel(title(h)) === null) return false;
    const t = squeeze(title(p));
    return byShape(p) || findsFault(t) || (inRectification(p, roles) && t !== "" && !AREA.test(t));
  };
  const numbering = new Set(headings.filter((h) => numbersFields(h) || namesField(h)));
  const usable = numbering.size ? headings.filter((h) => !inExcluded(h, roles) && roles.get(h) !== "status" && !numbering.has(h)) : headings.filter((h) => !inExcluded(h, roles) && roles.get(h) !== "status");
  // (a heading over such markers only is a leaf)
  const leaf = (h: HeadingNode): boolean => h.children.length === 0 || (numbering.size > 0 && h.children.every((c) => numbering.has(c)));
  const shaped = new Set(usable.filter((h) => byShape(h) || findsFault(squeeze(title(h)))));
  // Below a problem, a heading that finds fault only in passing and counts or acts
  // (（1）对存在隐患的12处点位完成整改) is one of its measures; not one with a measures field of its own
  // (（1）对讲座论坛阵地管理不严。整改措施：…: a measure has no measures).
  for (const h of [...shaped]) if (!byShape(h) && h.parent && shaped.has(h.parent) && measureLike(h, title) && !(h.body.length > 0 && opensMeasures(h.body[0]))) shaped.delete(h);
  // Below a 关于…的问题 heading, a heading with a body of its own (1.班子建设有短板。一是…) that
  // does not read like a measure is a problem: the heading above is its category.
  for (const h of usable) {
    if (!shaped.has(h) && h.parent && byShape(h.parent) && !measureLike(h, title) && h.body.some((s) => s.end > s.start)) shaped.add(h);
  }
  // A heading below one that finds fault, numbered as a sibling section's problems are ((一)…不够有力 over
  // 1.…不足 2.…不够, then (二)…存在漏洞 over 3.…不审慎), is a problem too, though its own words find
  // none: the heading above is its category, as the sibling is theirs. Not a measure, unless it has
  // an item's own fields (3.对外投资决策不审慎。整改措施：…: a measure has no measures of its own).
  const shapedUnder = new Set<string>();
  for (const h of shaped) if (h.parent && shaped.has(h.parent)) shapedUnder.add(`${h.parent.style}@${h.parent.level}>${h.style}@${h.level}`);
  if (shapedUnder.size) {
    for (const h of usable) {
      const p = h.parent;
      if (!shaped.has(h) && p && shaped.has(p) && shapedUnder.has(`${p.style}@${p.level}>${h.style}@${h.level}`) && h.body.some((s) => s.end > s.start) && (!measureLike(h, title) || opensMeasures(h.body[0]))) shaped.add(h);
    }
  }
  const hasShapedBelow = (h: HeadingNode): boolean => h.children.some((c) => shaped.has(c) || hasShapedBelow(c));
  // 在…方面 / 关于…方面 names an area: with headings below it, it is their category. So does a
  // heading that names a kind of item (即知即改问题, 关于巡察建议的整改情况) over two or more.
  const area = (h: HeadingNode) => {
    if (leaf(h)) return false;
    const t = squeeze(title(h));
    return /方面[。.]?$/.test(t) || (h.children.length >= 2 && (IMMEDIATE.test(t) || SUGGESTION.test(t)));
  };
  let items = usable.filter((h) => shaped.has(h) && !hasShapedBelow(h) && !area(h));
  // Leaves of rectification sections that are not shaped as problems are items too, when the
  // shaped ones are their siblings' kind (same style under a rectification section).
  // So are the leaves beside a shaped one under the same heading (1.…不够深入 / 2.…有差距).
  const shapedParents = new Set(items.map((h) => h.parent));
  const leaves = usable.filter((h) => leaf(h) && (inRectification(h, roles) || shapedParents.has(h.parent)) && roles.get(h) !== "rectification");
  if (items.length === 0) items = leaves;
  if (items.length === 0) {
    // No rectification section named as such (二、政治建设方面 / 1.某问题): the leaves below the
    // top level are the items; a notice with one level only has its leaves as items.
    const all = usable.filter(leaf);
    const deep = all.filter((h) => h.level >= 2);
    items = deep.length ? deep : all.length >= 2 ? all : [];
  }
  else {
    const itemStyles = new Set(items.map((h) => `${h.style}@${h.level}`));
    const extra = leaves.filter((h) => !shaped.has(h) && itemStyles.has(`${h.style}@${h.level}`));
    // A leaf beside categories whose items lie below them (（一）项目方面 / 1.… 2.… and （二）作风方面
    // with a paragraph of its own) is an item itself, not an empty category: its text is not lost.
    // (sets: a ledger's table gives hundreds of leaves)
    const leafSet = new Set(leaves);
    const taken = new Set([...items, ...extra]);
    const holding = new Set<HeadingNode | null>();
    for (const h of items) if (h.parent && !leafSet.has(h.parent)) holding.add(h.parent.parent);
    for (const h of leaves) {
      if (!taken.has(h) && holding.has(h.parent) && h.children.length === 0 && bodyLength(h) >= 8) extra.push(h);
    }
    if (extra.length) {
      const set = new Set([...items, ...extra]);
      items = usable.filter((h) => set.has(h));
    }
  }
  items = byFieldLevel(items, usable, title);
  for (const h of items) {
    // A rectification section inside another, right over items (（二）关于…方面问题的整改情况 under
    // 二、巡察反馈问题整改落实情况), is their category, as a sibling that names a fault is.
    const p = h.parent;
    if (p && roles.get(p) === "rectification" && p.parent && inRectification(p, roles)) roles.set(p, "category");
    // A section of no named role right over items (一、关于政治建设方面 / ①…) is their category.
    else if (p && roles.get(p) === "other") roles.set(p, "category");
    roles.set(h, "item");
    // Headings under an item are parts of it (its numbered measures), not categories.
    const mark = (n: HeadingNode) => n.children.forEach((c) => (roles.set(c, "other"), mark(c)));
    mark(h);
  }
  return items;
}

/** A heading that opens with a problem label (1.问题：… / （一）存在问题：…) states one problem. */
const problemLabelled = (t: string): boolean => t.indexOf("问题") >= 0 && matchFieldLabel(t.trim())?.field === "problem";

/**
 * A heading that reads like a measure: it acts (建立…, 对…, 完成…), counts (改造项目27个) or
 * reports a thing done (违规发放的津补贴已全部清退); problems below a category do none of these.
 */
function measureLike(h: HeadingNode, title: (h: HeadingNode) => string): boolean {
  // A status noted after a problem (违规吃喝屡禁不止（已完成）) reports on it; the problem does not act.
  const t = squeeze(title(h)).replace(STATUS_NOTE, (all, inner: string) => (statusOf(inner) ? "" : all));
  return ACTION_START.test(t) || MEASURE_START.test(t) || /\d/.test(t) || /已(?:全部|经)?(?:完成|清退|整改|落实|追回|收回|建立|修订|制定)/.test(t);
}

/** A heading that names an area (（一）党的建设方面): with headings below, it is their category. */
const AREA = /方面[。.]?$/;
// …or an area's problems (关于党建引领基层治理方面的问题, 在…方面存在的问题)
const AREA_PROBLEMS = /^(?:关于|在)?.{2,}?方面(?:存在)?的?(?:主要)?问题(?:的?整改(?:落实|进展)?(?:情况)?)?[。.：:]?$/;
/**
 * A heading that names no problem of its own, so that a problem field under it states the problem: an area
 * (（一）党的建设方面, 关于…方面的问题) or a measure (1.健全制度机制 / 存在问题：…), which acts and finds no fault.
 */
function namesNoProblem(heading: string): boolean {
  const h = heading.trim();
  if (AREA.test(h) || AREA_PROBLEMS.test(h)) return true;
  return (ACTION_START.test(h) || MEASURE_START.test(h)) && !DEFICIENCY.test(h) && h.indexOf("问题") < 0;
}

// Sections that report on the work rather than on one problem, wherever they stand.
const NOT_ITEM = /^(?:其他|其它)|需要说明|主要成效|取得的?(?:主要)?成效|整改成效$|差距和不足|不足和差距|存在的不足|下一步|体会|经验做法/;
const ITEM_FIELDS = new Set(["measures", "outcomes", "deadline", "status"]);
/** The field a body line opens with (整改措施： 整改状态：…), or null. */
const openingField = (s: Span): string | null => matchFieldLabel(s.line.text.slice(s.start, s.start + 16).trimStart())?.field ?? null;
/** A body line that opens with a measures field (整改措施：…). */
const opensMeasures = (s: Span): boolean => openingField(s) === "measures";
/** A body line that opens with an item's own field (整改措施： 整改状态： 整改时限：…). */
const opensItemField = (s: Span): boolean => ITEM_FIELDS.has(openingField(s) ?? "");
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
/** Characters of text in a heading's body. */
const bodyLength = (h: HeadingNode): number => h.body.reduce((n, s) => n + s.end - s.start, 0);

function byFieldLevel(items: HeadingNode[], usable: HeadingNode[], title: (h: HeadingNode) => string): HeadingNode[] {
  const holders = usable.filter(holdsFields);
  const set = new Set(items.filter((h) => !NOT_ITEM.test(squeeze(title(h)))));
  if (holders.length >= 1) {
    const holderSet = new Set(holders);
    const holderBelow = (h: HeadingNode): boolean => h.children.some((c) => holderSet.has(c) || holderBelow(c));
    const kinds = new Set(holders.map((h) => `${h.style}@${h.level}`));
    const parents = new Set(holders.map((h) => h.parent));
    for (const h of usable) {
      if (kinds.has(`${h.style}@${h.level}`) && parents.has(h.parent) && !holderBelow(h) && 2 * h.children.filter((c) => measureLike(c, title)).length >= h.children.length && !(AREA.test(squeeze(title(h))) && h.children.length > 0) && !NOT_ITEM.test(squeeze(title(h)))) set.add(h);
    }
  }
  const underItem = (h: HeadingNode): boolean => {
    for (let p = h.parent; p; p = p.parent) if (set.has(p)) return true;
    return false;
  };
  return usable.filter((h) => set.has(h) && !underItem(h));
}

// A difficulties field that says there are none (存在困难：无 / 暂无): no difficulties.
const NONE = /^(?:无|暂无|没有|尚无|目前无|目前没有)[。.；;]?$/;

const LONG_TERM = /长期坚持/;
// Labels of the date an item was closed off, not of its time limit.
const CLOSED_ON = /^(?:销号|办结)(?:时间|日期)/;
const IMMEDIATE_ONLY = new RegExp(`^(?:${IMMEDIATE.source})类?[。.]?$`);
const BRACKET_NAME = /^【([^【】]{2,30})】\s*([^\s].+)$/;

// A label that names a suggestion (意见建议1： 【建议2】 巡察建议3：), not a problem.
const SUGGESTION_LABEL = /建议/;

/**
 * A field's spans as written, joined. One shared loop rather than a `.map().join()` at each site:
 * TurboFan inlines those builtins with a check of the array's shape, and each site that later met
 * a shape it had not seen (an empty array) threw `buildItem`'s optimised code away, nine
 * recompiles per worker (bench/RESULTS-scale.md, tenth round); a shared helper sees every shape early.
 */
function spansText(source: SourceText, spans: readonly Span[]): string {
  let s = "";
  for (let i = 0; i < spans.length; i++) s += writtenText(source, spans[i]);
  return s;
}

/** The first truthy result of `fn` over `xs`, or null (`xs.map(fn).find((t) => t) ?? null`, without the arrays). */
function firstOf<T, R>(xs: readonly T[], fn: (x: T) => R | null | undefined | false | ""): R | null {
  for (let i = 0; i < xs.length; i++) {
    const r = fn(xs[i]);
    if (r) return r;
  }
  return null;
}

export function buildItem(node: HeadingNode, index: number, ctx: ItemContext): ItemRecord {
  const { source, roles } = ctx;
  const heading = squeeze(writtenText(source, node.title));
  const sectionLines = ctx.sectionLines ?? new Map<CleanLine, SectionLine>();
  const body = sectionLines.size ? collectBody(node).filter((s) => !sectionLines.has(s.line)) : collectBody(node);
  // A table row's cells are its fields already; a status closing a cell (…整改隐患41处，已完成) is
  // read from it as from a field in a body.
  const fields: Field[] = node.cells ? peelStatus(cellFields(node.cells)) : peelStatus(splitFields(body));
  const byName = (name: string) => fields.filter((f) => f.field === name);
  // A measures label that only states a status (整改情况：正在推进。) leaves the unlabelled text
  // above it (①…②… under the heading) as the measures.
  const measuresField = byName("measures").filter((f) => !statusWordsOnly(f.spans.map((s) => s.line.text.slice(s.start, s.end)).join("")));
  const unlabelled = byName("unlabelled");
  // Unlabelled text is the measures when the item has no 整改措施 label; otherwise it describes the problem.
  // A progress field (整改进展：…) stays the results even with no measures beside it: the gold
  // counts what 整改进展情况： lists as outcomes (fixtures/gold/GUIDE.md).
  // Without a measures label, the inspectors' finding that opens the body (巡察指出，…。局党组修订…) and a
  // paragraph that only finds fault (理论学习不深入，推动落实不力。 over 已整改到位。) describe the
  // problem: they are its details, no measures.
  const written = writtenProblem(heading, squeeze(cleanText(node.title)));
  const finding = measuresField.length ? null : findingOf(unlabelled, node.cells ? "" : written);
  const measureFields = measuresField.length ? measuresField : finding ? finding.rest : unlabelled;
  // 针对…问题，修订… in the heading: the problem, then a measure of its own.
  const led = ledMeasure(node.title);
  if (led) measureFields.unshift({ field: "measures", label: "", spans: [led.measure] });
  // …or opening the measures (关于公章管理 / 针对用印登记不全的问题，建立…): the measure is what
  // follows, and the problem it names stands for a heading that names no problem of its own.
  const first = measureFields[0]?.spans[0];
  const bodyLed = !led && first ? ledMeasure(first) : null;
  if (bodyLed) measureFields[0] = { ...measureFields[0], spans: [{ ...first!, start: bodyLed.measure.start }, ...measureFields[0].spans.slice(1)] };
  // 针对该问题，… / 针对上述问题，… points back to the heading's problem: the measure is what follows.
  // (A list's lead-in goes anyway: splitEntries drops the text before its first entry.)
  else if (first) {
    const back = POINTS_BACK_LEAD.exec(first.line.text.slice(first.start, first.end));
    if (back && back[0].length > 0 && first.start + back[0].length < first.end) measureFields[0] = { ...measureFields[0], spans: [{ ...first, start: first.start + back[0].length }, ...measureFields[0].spans.slice(1)] };
  }
  const outcomeFields = byName("outcomes");
  // Each field is its own list: a second field never runs on into the first one's last entry.
  const toEntries = (fs: Field[]): TextEntry[] =>
    fs.flatMap((f) => splitEntries(f.spans)).map((e) => {
      const parts = e.spans.map((s) => writtenText(source, s));
      const joined = parts.join("");
      const text = stripEntryMarker(joined.trim());
      // Placed where its text starts, past the marker (一是, ①, 1.) it was stripped of: the text
      // stands at its line and column, as a figure's does. (The last occurrence: the text is a
      // suffix of what was written, up to trailing spaces.)
      const pos = text === "" ? spanPosition(source, e.span) : source.position(writtenOffset(e.spans, parts, joined.lastIndexOf(text)) ?? e.span.line.offsets[Math.min(e.span.start, e.span.line.offsets.length - 1)]);
      return { text, line: pos.line, column: pos.column };
    }).filter((e) => e.text !== "" && !ELIDED.test(e.text));
  const fieldText = (name: string) => {
    const f = byName(name);
    if (!f.length) return null;
    // Two fields of one kind (a deadline under each measure) are kept apart by a ； where the
    // first does not end with punctuation of its own.
    let t = "";
    for (const x of f) {
      const part = spansText(source, x.spans).trim();
      if (part === "") continue;
      t += t === "" || /[。；;，,]$/.test(t) ? part : `；${part}`;
    }
    t = t.replace(/[。；;]+$/, "");
    return t || null;
  };

  // The text of each field of a kind, as written.
  const textsOf = (name: string): string[] => byName(name).map((x) => spansText(source, x.spans).trim());

  const statusLine = sectionLines.size ? sectionLineAbove(node, sectionLines, false) : null;
  const closing = statusLine && sectionLines.get(statusLine)!.fallback ? sectionLines.get(statusLine)!.status : null;
  let status: Status = (!closing && statusLine && sectionLines.get(statusLine)!.status) || "unknown";
  for (let p = node.parent; p && status === "unknown"; p = p.parent) {
    if (roles.get(p) === "status") {
      status = statusOf(squeeze(cleanText(p.title))) ?? "unknown";
      break;
    }
  }
  const sectionStatus = status !== "unknown";
  // A table's 是否完成 column answers 是 or 否.
  if (status === "unknown") status = answeredStatus(fields) ?? "unknown";
  // Read only when a status section above has not settled it.
  if (status === "unknown") {
    // `整改状态：已完成`, or a progress field that is nothing but a status (`完成情况：已完成`),
    // or a field that opens with a status of its own: `整改情况：已完成。一是…`.
    const progress = fieldText("outcomes");
    // A deadline field that says it is done (`整改时限：已完成`) states the status (长期坚持 is a time).
    const deadlineStatus = doneInstead(fieldText("deadline"));
    // A remark (备注：已完成 / 备注：长期坚持, a 备注 column) that opens with a status, or is one.
    let remark = "";
    for (const f of fields) if (f.label === "备注") remark += spansText(source, f.spans).trim();
    const remarkStatus = remark === "" ? null : (openingStatus(remark) ?? (statusWordsOnly(remark) && statusOf(remark) ? remark : null));
    // Each progress field on its own: 整改进展：… then 完成情况：已完成 (or 正在推进，计划…完成).
    const progressStatus = firstOf(textsOf("outcomes"), (t) => (t.length <= 12 && (statusWordsOnly(t) || promiseOnly(t)) ? t : statusAndPlan(t) ?? (clauseOnly(t) ? t : null)));
    const statusField = kindless(fieldText("status")) ?? remarkStatus ?? progressStatus ?? deadlineStatus ?? openingStatus(fieldText("measures")) ?? openingStatus(progress);
    const folded = statusField && foldString(statusField);
    // (a field that answers with a plan to finish, 力争早日完成 / 确保整改到位, is not done yet, a time or none)
    // (and a progress given as a share, 整改进度：100% / 80%, is done at the whole, else not yet)
    // (what is left and when, 剩余工作于本年度内完成, is not done yet though it names the finish)
    if (folded) status = statusOf(folded) ?? (promiseOnly(folded) || remainderTime(folded) !== null ? "in_progress" : DONE_WORD.test(folded) ? "completed" : shareStatus(folded));
  }
  const note = STATUS_NOTE.exec(heading);
  // A field noted after the heading (（完成时限：2024年12月） （责任单位：办公室）): read as the
  // field it labels, not as a status note.
  const fieldNote = FIELD_NOTE.exec(heading);
  const noteLabel = fieldNote ? matchFieldLabel(fieldNote[1]) : null;
  const noted = (name: string): string | null => (noteLabel && noteLabel.field === name ? fieldNote![1].slice(noteLabel.valueStart).trim() || null : null);
  const kindNote = note && !noteLabel && KIND_LABEL.test(note[1]) ? note[1] : leadingKindNote(heading);
  const headingStatus = status === "unknown" && !kindNote ? (noteLabel ? (noted("status") ?? doneInstead(noted("deadline"))) : note?.[1] ?? null) : null;
  if (headingStatus) status = statusOf(headingStatus) ?? "unknown";
  // …or before the problem, right after the marker (1.【已完成】台账不全 / 2.（整改中）…).
  if (status === "unknown") {
    const lead = leadingStatusNote(heading);
    if (lead) status = statusOf(lead) ?? "unknown";
  }
  // A report that the work goes on, closing with when it will be done (正在对资金开展绩效评估，预计
  // 2025年3月底前完成): in progress; the words stay the measure's.
  // (an item its own words already put in progress, 正在整改。已对…核查，预计2025年12月底前完成, needs no going-on
  // word in that sentence: its plan to finish the whole is the item's)
  const goingOnIn = (f: Field) => goingOnPlan(spansText(source, f.spans), status === "in_progress");
  const goingOn = firstOf(byName("measures"), goingOnIn) ?? firstOf(byName("outcomes"), goingOnIn) ?? firstOf(unlabelled, goingOnIn);
  if (status === "unknown" && goingOn) status = "in_progress";
  // The date an item was closed off (销号时间：2024年9月, 办结时间：…) says it is done; a time limit
  // (整改时限, 完成时限) only says by when.
  if (status === "unknown" && fields.some((f) => f.field === "deadline" && CLOSED_ON.test(f.label) && /\d|[〇○零一二三四五六七八九十]月/.test(f.spans.map((sp) => sp.line.text.slice(sp.start, sp.end)).join("")))) status = "completed";
  // `整改情况：正在整改。` and `整改结果：已完成。` state the status, not a measure or a result.
  // …nor does a status and the plan to finish (完成情况：正在推进，计划2025年6月底前完成).
  const measures = toEntries(measureFields).filter((e) => !(onlyStatus(e.text) && statusWordsOnly(e.text)) && statusAndPlan(e.text) === null);
  // A status noted after each measure (1.建立台账（已完成） 2.建立监督机制（持续推进）) is no part of it; the
  // item is done when every measure is, else it goes on (the last one's note, peeled above, among them).
  const notedStatuses: Status[] = [];
  for (const e of measures) {
    const n = e.text.endsWith("）") || e.text.endsWith(")") || e.text.endsWith("】") ? STATUS_NOTE.exec(e.text) : null;
    const st = n && n.index > 0 ? statusOf(n[1]) : null;
    if (!st) continue;
    notedStatuses.push(st);
    e.text = e.text.slice(0, n!.index).trimEnd();
  }
  if (notedStatuses.length && !sectionStatus && status !== "in_progress") status = notedStatuses.includes("in_progress") ? "in_progress" : status === "unknown" ? "completed" : status;
  if (status === "unknown" && closing) status = closing;
  if (status === "unknown" && ctx.allDone) status = "completed";

  let kind: Item["kind"] = "issue";
  for (let p: HeadingNode | null = node; p; p = p.parent) {
    const t = squeeze(cleanText(p.title));
    // (立行立改并长期坚持 names the kind too: an item kept up, not an immediate fix)
    if (IMMEDIATE.test(t)) { if (!KEPT_UP.test(t)) kind = "immediate"; break; }
    if (SUGGESTION.test(t) && p !== node) { kind = "suggestion"; break; }
  }
  // An item labelled as a suggestion (意见建议1： 【建议2】) is one, wherever it stands.
  if (kind === "issue" && node.style === "labelled-problem" && SUGGESTION_LABEL.test(cleanText(node.marker))) kind = "suggestion";

  let category: string | null = null;
  for (let p = node.parent; p; p = p.parent) {
    // An attachment's title (附件：整改情况表, 附件1 整改问题清单) names the document, not a kind of problem.
    if (p.style === "attachment") break;
    // A section of long-term problems (三、长期坚持问题整改情况) sets their status and names their
    // kind, as its siblings 立行立改问题 and 限期整改问题 do: it is their category too.
    if (roles.get(p) !== "status" || LONG_TERM.test(cleanText(p.title))) {
      category = squeeze(writtenText(source, p.title)).replace(/[。；;]+$/, "") || null;
      break;
    }
  }

  // A kind of rectification noted on the item (（长期坚持类）, 整改类别：立行立改类, 整改状态：限期整改类)
  // is its category.
  const kindField = [fieldText("category"), fieldText("status")].find((t) => t !== null && t.length <= 12 && KIND_LABEL.test(t));
  const kindLine = sectionLines.size ? sectionLineAbove(node, sectionLines, true) : null;
  if (kindNote || kindField) category = squeeze(kindNote ?? kindField!);
  else if (kindLine) {
    category = squeeze(writtenText(source, { line: kindLine, start: 0, end: kindLine.text.length })).replace(/[:：]$/, "");
    if (kind === "issue" && immediateOnly(category)) kind = "immediate";
  }

  const problemField = fieldText("problem");
  let problem = led ? led.problem : written;
  if (bodyLed && (AREA.test(heading) || !(DEFICIENCY.test(heading) || /问题/.test(heading)))) problem = bodyLed.problem;
  // An item headed by the area it stands in (（一）党的建设方面 / 存在问题：…) states its problem in the field.
  // (read as a heading's words are: 存在问题：报销审核不严等问题。 → 报销审核不严)
  let statedIn: string | null = null;
  if ((!problem || node.style === "labelled-problem" && problem.length < 4 || namesNoProblem(heading)) && problemField) problem = sentenceProblem(statedIn = squeeze(problemField));
  // A label alone on its line (问题1 / 党组理论学习不深入。 / 整改措施：…): the problem is the text under it.
  else if (!problem && measuresField.length) problem = sentenceProblem(statedIn = squeeze(fieldText("unlabelled") ?? ""));
  // What the notice says of the problem beyond its statement: the problem field (存在问题：1.…2.…),
  // or the unlabelled text before labelled measures; nothing when that text is the statement itself.
  // A problem named in bold-like brackets, then described (1.【违规发放津补贴】2023年发放…): the name
  // is the problem, the description its details.
  const named = BRACKET_NAME.exec(problem);
  let namedDetails: string | null = null;
  if (named && !statusOf(named[1]) && !KIND_LABEL.test(named[1]) && !IMMEDIATE.test(named[1]) && matchFieldLabel(`${named[1]}:`) === null) {
    problem = named[1].trim();
    namedDetails = named[2].trim();
  }
  const findingText = finding ? spansText(source, finding.spans).trim().replace(/[。；;]+$/, "") : null;
  const details = [namedDetails, problemField, measuresField.length ? fieldText("unlabelled") : null, findingText].filter((t): t is string => t !== null).join("；");
  const problemDetails = details && squeeze(details) !== problem && squeeze(details) !== statedIn ? details : null;
  const deadlineText = fieldText("deadline");
  // Without a deadline field, the time a status sentence plans to finish by (目前正在推进，计划
  // 2025年6月底前完成 / 整改结果：正在整改，计划于年底前完成) is the item's deadline.
  // (read as written only in a field short enough to be one and holding a plan's word: most items' measures are neither)
  const planFields = deadlineText === null && noted("deadline") === null ? [...byName("status"), ...byName("outcomes"), ...byName("measures")].filter(mayPlan) : [];
  // A plan for what goes on (正在…，预计…完成) or a plan field (下步计划：…) of an item already done
  // plans keeping it up or a piece of later work: a completed item's deadline is only its own
  // time limit (a deadline field, a note after the heading).
  const open = status !== "completed";
  const planned =
    firstOf(planFields, (f) => {
      const t = spansText(source, f.spans).trim();
      return statusAndPlan(t) !== null ? plannedTime(t) : null;
    }) ?? (goingOn && open && deadlineText === null ? plannedTime(goingOn) : null);
  const headingDeadline = noted("deadline");
  // …else the time a plan field (下步计划：…于2025年6月底前完成) or a status field (整改状态：正在整改，
  // 2025年12月底前完成) says the work will be done by.
  const fieldPlanned = open && deadlineText === null && headingDeadline === null && planned === null ? firstOf(fields, (f) => ((f.field === "other" && PLAN.test(f.label)) || f.field === "status" ? fieldPlanTime(spansText(source, f.spans)) : null)) : null;
  const deadline = doneInstead(deadlineText) ? null : (deadlineText ?? (doneInstead(headingDeadline) ? null : headingDeadline) ?? planned ?? fieldPlanned);
  // An item to be fixed at once (整改时限：立行立改) is an immediate fix, wherever it stands.
  if (kind === "issue" && deadline !== null && IMMEDIATE_ONLY.test(squeeze(deadline))) kind = "immediate";
  // …and so is one whose status says it was fixed at once (整改状态：已立行立改).
  const statusText = kind === "issue" ? fieldText("status") : null;
  if (statusText !== null && statusText.length <= 12 && /^已(?:经)?(?:全部|均|都)?/.test(statusText) && immediateOnly(statusText)) kind = "immediate";
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
    measures,
    // (nor a tick alone, 完成情况 √: it answers the status)
    outcomes: toEntries(outcomeFields).filter((e) => !onlyStatus(e.text) && statusAndPlan(e.text) === null && !MARK_ONLY.test(e.text) && !promiseOnly(e.text) && !clauseOnly(e.text)),
    deadline,
    deadline_date: parseDeadline(deadline),
    difficulties: noneToNull(fieldText("difficulties")),
    problem_details: problemDetails,
    responsible: fieldText("responsible") ?? noted("responsible"),
  };
  // A table row's cells are its body: a figure in its measures cell is the row's.
  const spans = [node.marker, node.title, ...body];
  if (node.cells) for (const c of node.cells) spans.push(c.span);
  return { item, node, spans };
}

// Fields a closing status sentence may follow: 整改时限：2024年6月底。目前已整改完成。
// A problem field gives up only a note in brackets at its end (存在问题：台账不全。（已整改）): a
// sentence there (部分项目未完成) states the problem.
const OPENS_WITH_STATUS = new Set<Field["field"]>(["measures", "outcomes", "unlabelled"]);
// A field's first clause, short enough to be a status of its own (已整改， / 已完成。).
const OPENING_CLAUSE = /^\s*([^，,。；;：:\s]{2,10})[，,。；;]\s*/;
const GOES_ON = /^(?:并且|并|且|同时|还)/;
const PEELED = new Set<Field["field"]>(["deadline", "measures", "outcomes", "unlabelled", "responsible", "problem"]);
// (a word of a status sentence, cheap before the cut: 整改完成。 and 完成整改 state one without 已, 全额收缴 too)
const STATUS_WORD = new RegExp(`已|正在|尚未|未|基本|阶段性|部分|剩余|其余|长期|持续|常态化|全部|均|都|全额|足额|整改(?:完成|到位|完毕)|完成整改|办理完毕|${PLAN_VERB}`);
// An editor's note that text was left out (（其余9个问题略）, （以下略）, 【内容从略】): no entry of a list.
const ELIDED = /^[（(【[][^（()）【】[\]]{0,20}?(?:从|省)?略[)）】\]][。.]?$/;
// What may follow the finish in a plan: 完成全部整改任务, 办结全部工作 (the verbs are roles.ts's PLAN_VERB).
const PLAN_TAIL = "(?:全部|全面)?(?:整改)?(?:任务|工作)?";
// A sentence that only plans when the item will be done (该问题计划于2024年底前完成整改): its status.
// What a plan sentence may open with before its word: 该问题计划…, 目前，预计….
const PLAN_LEAD = "(?:该问题|此问题|该项(?:工作|问题)?|此项(?:工作)?|目前)?[，,]?";
const PLAN_SENTENCE = new RegExp(`^${PLAN_LEAD}${PLANS}(?:于|在|到)?[^，,。；;已]{2,16}?${FINISH}${PLAN_TAIL}$`);
// A clause that plans when the work will be done: 计划2025年6月底前完成, 预计年底前完成整改.
// (…化解完毕, 清理完毕: a verb of the work and 完毕 finish it too)
const PLAN_CLAUSE = new RegExp(`^${PLANS}(?:于|在|到)?[^，,。；;已]{0,16}?(?:${FINISH}${PLAN_TAIL}|完毕)$`);
// What is left and when it will be done, after a status (基本完成，剩余调整工作将于9月底前完成 / 正在整改，
// 剩余2件年内办结): a plan though its verb may be missing, since 剩余 already says the rest is not done.
// The time is written in time's words only and holds a unit of time (剩余2件年内办结 → 年内); the finish may
// name the work left (剩余2个派出所2026年上半年完成改造), or a verb before it (剩余积案本年度内清理完毕).
const REMAINDER_PLAN = new RegExp(`^(?:剩余|其余|余下|剩下)(?:的)?[^，,。；;已]{0,10}?(?:${PLAN_VERB})?(?:于|在|到)?([\\d零〇一二三四五六七八九十两今明本当年月日号季度上中下旬半底末初前以之内]{2,12})(?:[^，,。；;已\\d]{0,4}?)(?:${FINISH}|完毕)(?:${PLAN_TAIL}|[^，,。；;已]{0,4})$`);
/** The time a clause of what is left plans to finish by (剩余调整工作将于9月底前完成 → 9月底前), or null. */
function remainderTime(clause: string): string | null {
  const c = clause.charCodeAt(0);
  // (剩 其 余: cheap before the regex)
  if (c !== 0x5269 && c !== 0x5176 && c !== 0x4f59) return null;
  const m = REMAINDER_PLAN.exec(clause.trim());
  return m && TIME_UNIT.test(m[1]) ? m[1] : null;
}
// A time and the finish with no plan's word, after a status that says the work goes on (正在推进，
// 2025年12月底前完成): the time is written in time's words only and holds a unit of time, so a clause of
// work (2025年底前完成验收工作) or one already past (已于…完成) is none.
const BARE_PLAN = new RegExp(`^(?:于|在|到)?([\\d零〇一二三四五六七八九十两今明本当年月日号季度上中下旬半底末初前以之内]{2,16}?)${FINISH}${PLAN_TAIL}$`);
/** The time a bare plan clause names (2025年12月底前完成 → 2025年12月底前), or null. */
function barePlanTime(clause: string): string | null {
  const m = BARE_PLAN.exec(clause);
  return m && TIME_UNIT.test(m[1]) && /[前内底末]/.test(m[1]) ? m[1] : null;
}
/** A clause that plans when the work (or what is left of it) will be done. */
const planClause = (clause: string): boolean => PLAN_CLAUSE.test(clause) || remainderTime(clause) !== null || barePlanTime(clause) !== null;
// When the plan says it will be done (计划于2025年6月底前完成 → 2025年6月底前): a time, with a
// number or a time word in it (计划尽快完成 names none).
// (or a verb of the work and 完毕: 计划2026年6月底前化解完毕; the time keeps its 前/底/内, the verb is not part of it)
const PLAN_TIME = new RegExp(`(?:^|[，,])${PLAN_LEAD}${PLAN_VERB}(?:于|在|到)?([^，,。；;已]{2,16}?)(?:${FINISH}|(?![前底内末])[^，,。；;已\\d]{1,4}?完毕)`);
const TIME_WORD = /\d|[一二三四五六七八九十]季度|[年月]|底|前|内/;

// A status field that answers with a share of the work done (整改进度：100% / 已完成80%).
const SHARE_ONLY = /^\s*(?:已完成|完成)?\s*(\d{1,3}(?:\.\d+)?)\s*%\s*[。.]?\s*$/;
function shareStatus(t: string): Status {
  const m = SHARE_ONLY.exec(t);
  if (!m) return "unknown";
  return Number(m[1]) >= 100 ? "completed" : "in_progress";
}

// A field's whole answer that only plans to finish, with no time (计划完成, 力争早日完成, 确保整改到位): in
// running text a promise, it states no status; as a status or progress field's answer it says the
// work is not done yet.
const PROMISE_ONLY = new RegExp(`^${PLAN_LEAD}${PLAN_VERB}(?:于|在|到)?[^，,。；;已\\d]{0,6}?${FINISH}${PLAN_TAIL}[。.；;！!]?$`);
const promiseOnly = (t: string): boolean => t.length <= 14 && PROMISE_ONLY.test(t.trim());

/** Whether a field may be a status and a plan (statusAndPlan reads at most 40 characters, opening a plan with one of these words). */
function mayPlan(f: Field): boolean {
  let n = 0;
  for (const sp of f.spans) n += sp.end - sp.start;
  return n <= 48 && f.spans.some((sp) => PLAN_OR_REST.test(sp.line.text.slice(sp.start, sp.end)));
}
const PLAN_WORD = new RegExp(PLAN_VERB);
const PLAN_OR_REST = new RegExp(`${PLAN_VERB}|剩余|其余|余下|剩下|[前内底末]${FINISH}`);

/** The time a status sentence plans to finish by (正在推进，计划2025年6月底前完成 → 2025年6月底前), or null. */
export function plannedTime(text: string | null): string | null {
  const m = text === null ? null : PLAN_TIME.exec(text.trim());
  if (m && TIME_WORD.test(m[1])) return m[1].trim();
  // (or what is left, after the status: 正在整改，剩余2件年内办结 → 年内)
  if (text === null) return null;
  const t = text.trim().replace(/[。.；;！!]+$/, "");
  const last = t.slice(Math.max(t.lastIndexOf("，"), t.lastIndexOf(",")) + 1).trim();
  // (or a bare time and finish: 正在推进，2025年12月底前完成 → 2025年12月底前; callers have found the status before it)
  return remainderTime(last) ?? barePlanTime(last);
}

// In a plan field (下步计划：…) the label plans: the time the work will be done by may follow a pause,
// 于/在/到 or a plan's word (…，于2025年6月底前完成 / 下一步计划：年底前全部办结), written in the words
// of time only (digits, numerals, 年 月 日 季度 底 末 旬 前 内…), and holding a unit of time. As a plan
// sentence's, the plan finishes the whole (…完成, 全部办结, 完成整改任务, then the clause ends): one
// for a piece of the work (2025年6月底前完成导游培训) names no deadline. Not a time already past
// (已于2024年完成).
const FIELD_PLAN_TIME = new RegExp(`(?<=^|[，,。；;：:\\s]|于|在|到|将|${PLAN_VERB})((?:于|在|到)?[\\d\\s零〇一二三四五六七八九十两个第今明本当年月日号季度上中下旬半底末初前以之内]{2,16}?)${FINISH}${PLAN_TAIL}(?=[，,。；;！!]|$)`, "g");
const TIME_UNIT = /[年月日号季旬底末]/;

/** The time a plan field says the work will be done by (…，于2025年6月底前完成 → 2025年6月底前), or null. */
export function fieldPlanTime(text: string): string | null {
  FIELD_PLAN_TIME.lastIndex = 0;
  for (let m = FIELD_PLAN_TIME.exec(text); m; m = FIELD_PLAN_TIME.exec(text)) {
    const time = m[1].replace(/^[于在到]/, "").trim();
    const past = text.lastIndexOf("已", m.index) >= Math.max(0, m.index - 2);
    if (!past && TIME_UNIT.test(time)) return time;
    FIELD_PLAN_TIME.lastIndex = m.index + 1;
  }
  return null;
}

// Words that say the work is still going on: 正在…, 仍在…, 尚在…, or a work said to be under way
// (持续推进中, 推进中, 进行中, 实施中, 办理中, 整改中).
const GOING_ON = /正在|仍在|尚在|(?:推进|进行|实施|办理|整改)中/;
/**
 * The plan that closes a field's last sentence after a comma, where that sentence says the work is
 * still going on (已修订办法，正在推进历史资金清理，计划2025年6月底前完成 → 计划2025年6月底前完成), or
 * null. A plan alone after a measure (精简会议，计划2025年完成) is that measure's own.
 */
function goingOnPlan(text: string, inProgress = false): string | null {
  if (!PLAN_OR_REST.test(text)) return null;
  const t = text.replace(/[\s。.；;！!]+$/, "");
  const sentence = t.slice(stopBefore(t, t.length - 1) + 1);
  const comma = Math.max(sentence.lastIndexOf("，"), sentence.lastIndexOf(","));
  if (comma < 0) return null;
  const clause = sentence.slice(comma + 1).trim();
  // (what is left, planned after a measure, says the rest goes on: 排查整治路段28处，剩余路段治理计划于…完成)
  return planClause(clause) && (inProgress || GOING_ON.test(sentence.slice(0, comma)) || remainderTime(clause) !== null) ? clause : null;
}

/**
 * A field's text that states a status and when the rest will be done, and nothing else: a status
 * then a plan (正在推进，计划2025年6月底前完成) or a plan alone (计划年底前完成整改). Returns the
 * status it states, or null.
 */
function statusAndPlan(text: string | null): string | null {
  if (text === null || text.length > 40) return null;
  const t = text.trim().replace(/[。.；;！!]+$/, "");
  if (PLAN_SENTENCE.test(t) || remainderTime(t) !== null) return t;
  const comma = Math.max(t.lastIndexOf("，"), t.lastIndexOf(","));
  if (comma < 0 || !planClause(t.slice(comma + 1).trim())) return null;
  const lead = t.slice(0, comma).trim();
  return lead !== "" && statusOnly(lead) ? lead : null;
}
const OPENS_ENTRY = /^(?:[一二三四五六七八九十]{1,3}是|[①-⑳]|[(（]?\d)/;

/** Where the last sentence stop (。；;) at or before `at` stands, or -1. */
const stopBefore = (t: string, at: number): number => Math.max(t.lastIndexOf("。", at), t.lastIndexOf("；", at), t.lastIndexOf(";", at));

/**
 * A status stated in a sentence of its own after a deadline or the measures (…整改时限：2024年底。
 * 已完成整改。 / …规范审批流程。目前正在整改。) is the item's status: it leaves that field for a
 * status field of its own. A sentence that opens a list entry (二是已完成…) stays.
 */
function peelStatus(fields: Field[]): Field[] {
  const out: Field[] = [];
  // A status sentence right under the heading, before its labelled fields (1.台账不全。已完成整改。
  // 整改措施：…) or as its whole body (1.针对台账不全的问题，建立台账。已完成整改。), is the item's
  // status, not text about the problem.
  const lead = fields[0];
  if (lead && lead.field === "unlabelled" && lead.spans.length === 1) {
    const sp = lead.spans[0];
    const t = sp.line.text.slice(sp.start, sp.end).trim().replace(/[。.；;！!]+$/, "");
    // …or a note in brackets left after the heading's full stop (问题1：台账不全。（已完成）).
    const note = t.length <= 12 ? STATUS_NOTE.exec(t) : null;
    if (statusOnly(t) || (note && note.index === 0 && statusOnly(note[1]))) fields = [{ ...lead, field: "status" }, ...fields.slice(1)];
  }
  for (const f of fields) {
    // A status that opens a text field before what was done (整改进展：已整改，建立台账3本。 / 整改情况：
    // 已完成。一是…) is the item's status, as one closing it is: no part of the result or the measure.
    const head = f.spans[0];
    if (head && OPENS_WITH_STATUS.has(f.field)) {
      const text = head.line.text.slice(head.start, head.end);
      const m = OPENING_CLAUSE.exec(text);
      // (a status and the plan to finish, 正在推进，2025年12月底前完成, stays whole: it is read as one below)
      if (m && m[0].length < text.trimEnd().length && statusWordsOnly(m[1]) && statusOf(m[1]) !== null && statusAndPlan(text) === null) {
        const at = head.start + text.indexOf(m[1]);
        out.push({ field: "status", label: "", spans: [{ line: head.line, start: at, end: at + m[1].length }] });
        // (what goes on with 并/同时 after it, 已整改完成，并建立长效机制, is no sentence without it: the words stay)
        if (!GOES_ON.test(text.slice(m[0].length))) f.spans[0] = { ...head, start: head.start + m[0].length };
      }
    }
    out.push(f);
    const last = f.spans[f.spans.length - 1];
    if (!PEELED.has(f.field) || !last) continue;
    const text = last.line.text.slice(last.start, last.end);
    if (!STATUS_WORD.test(text)) continue;
    let body = text.replace(/[\s。.；;！!]+$/, "");
    // A status in brackets after the field (2024年6月底（已完成）).
    const note = STATUS_NOTE.exec(body);
    // …or on a line of its own under the field (整改进展：… / （已完成）).
    if (note && note.index === 0 && f.spans.length > 1 && statusOnly(note[1])) {
      f.spans.pop();
      out.push({ field: "status", label: "", spans: [{ line: last.line, start: last.start + 1, end: last.start + note[0].length - 1 }] });
      continue;
    }
    if (note && note.index > 0 && statusOnly(note[1])) {
      f.spans[f.spans.length - 1] = { line: last.line, start: last.start, end: last.start + note.index };
      out.push({ field: "status", label: "", spans: [{ line: last.line, start: last.start + note.index + 1, end: last.start + note.index + note[0].length - 1 }] });
      continue;
    }
    if (f.field === "problem") continue;
    // A time limit met, written as one (整改时限：2025年6月30日前已完成): the time is the deadline, the rest the status.
    if (f.field === "deadline" && f.spans.length === 1) {
      const met = DEADLINE_MET.exec(body);
      if (met && statusOf(met[2]) === "completed") {
        const at = last.start + body.length - met[2].length;
        f.spans[0] = { line: last.line, start: last.start, end: last.start + met[1].length };
        out.push({ field: "status", label: "", spans: [{ line: last.line, start: at, end: at + met[2].length }] });
        continue;
      }
    }
    // The last sentence: after a 。；; or a full stop that is not a decimal point, or a clause after a comma.
    let cut = stopBefore(body, body.length);
    const dot = body.lastIndexOf(".");
    if (dot > cut && !(/\d/.test(body[dot - 1] ?? "") && /\d/.test(body[dot + 1] ?? ""))) cut = dot;
    const comma = Math.max(body.lastIndexOf("，"), body.lastIndexOf(","));
    const byComma = comma > cut;
    if (byComma) cut = comma;
    let sentence = body.slice(cut + 1).trim();
    // A deadline of two kinds (整改时限：立行立改，长期坚持): the work is kept up after the fix; the
    // second is part of the deadline, no status.
    if (f.field === "deadline" && byComma && KEPT_UP.test(sentence) && IMMEDIATE.test(body.slice(0, cut))) continue;
    // A status then the plan to finish (目前正在推进，计划2025年6月底前完成。): the whole sentence
    // states the status; the plan is no measure.
    let whole = false;
    // A sentence of status words only, over a comma (该问题已基本整改，需长期坚持 / 该问题已整改完成，将持续巩固整改成果):
    // it leaves whole, not its last clause with the first left behind in the measure.
    if (byComma) {
      const stop = stopBefore(body, body.length);
      const full = body.slice(stop + 1).trim();
      if (full.length <= 24 && !OPENS_ENTRY.test(full) && statusWordsOnly(full) && statusOf(full) !== null) {
        sentence = full;
        cut = stop;
        whole = true;
      }
    }
    if (!whole && byComma && planClause(sentence)) {
      const stop = stopBefore(body, cut);
      const lead = body.slice(stop + 1, cut).trim();
      // (or a time word or the subject alone before it: 目前，预计2025年底前完成)
      if (lead !== "" && !OPENS_ENTRY.test(lead) && (statusOnly(lead) || (lead.length <= 6 && statusWordsOnly(lead)))) {
        sentence = lead;
        cut = stop;
        whole = true;
      } else {
        // …also as the last two clauses of a sentence that did something first (新开设课程8门，目前正在整改，
        // 预计2026年6月底前完成): they leave it, the work done stays.
        const before = Math.max(body.lastIndexOf("，", cut - 1), body.lastIndexOf(",", cut - 1));
        const clause = before > stop ? body.slice(before + 1, cut).trim() : "";
        if (clause !== "" && statusOnly(clause) && statusOf(clause) === "in_progress") {
          sentence = clause;
          cut = before;
        }
      }
    }
    // (a plan after a comma, 精简会议，计划2025年完成, is the measure's own)
    // (what is left and when, a sentence of its own, leaves as a plan sentence does: …。剩余工作于本年度内完成。)
    if (!whole && (OPENS_ENTRY.test(sentence) || !(statusOnly(sentence) || (!byComma && (PLAN_SENTENCE.test(sentence) || remainderTime(sentence) !== null)) || statusClause(sentence)?.whole))) {
      // A clause of the last sentence that states the status with more words (roles.ts STATUS_CLAUSES:
      // …，已全额收回违规发放的助学金 / …，目前已整改完毕并通过验收) sets it and stays the measure's words.
      const clause = f.field === "deadline" || f.field === "responsible" ? null : statusClauseIn(last, stopBefore(body, body.length) + 1, body.length);
      if (clause) out.push({ field: "status", label: "", spans: [clause] });
      continue;
    }
    // A time word before the comma (目前，该问题已整改完成 / 截至目前，已全部完成) is the status
    // sentence's own: the sentence leaves whole, not its last clause with the word left behind.
    if (byComma && !whole) {
      const stop = stopBefore(body, cut);
      const lead = body.slice(stop + 1, cut).trim();
      if (lead !== "" && lead.length <= 6 && statusWordsOnly(lead)) {
        cut = stop;
        whole = true;
      }
    }
    if (cut < 0) {
      // A line of its own: it leaves a field that has more before it.
      if (f.spans.length < 2) continue;
      f.spans.pop();
      out.push({ field: "status", label: "", spans: [last] });
      continue;
    }
    let from = last.start + cut + 1;
    while (from < last.end && /\s/.test(last.line.text[from])) from++;
    // A sentence keeps its stop; a clause cut at a comma leaves the comma out.
    f.spans[f.spans.length - 1] = { line: last.line, start: last.start, end: last.start + cut + (byComma && !whole ? 0 : 1) };
    out.push({ field: "status", label: "", spans: [{ line: last.line, start: from, end: last.end }] });
  }
  return out;
}

// A time, then done (2025年6月30日前已完成, 2025年10月底已整改到位, 2024年12月，已办结).
const DEADLINE_MET = /^(\s*[\d〇○零一二三四五六七八九十年月日号底前内末初上下半旬季度.\-/]{2,20}?[年月日号底前内末])[，,]?\s*((?:已|均已)(?:经)?(?:全部)?(?:整改)?(?:完成|到位|办结|销号|完毕)(?:整改)?)$/;

/**
 * A short text that is a status clause and nothing else (已于2025年9月销号。 / 2025年10月已办结 / 整改完成并销号),
 * or status words alone, longer than onlyStatus reads (长期坚持、久久为功).
 */
const clauseOnly = (t: string): boolean => t.length <= 24 && (statusClause(t.trim().replace(/[。.；;！!]+$/, ""))?.whole === true || (statusWordsOnly(t) && statusOf(t) !== null));

/** The span of the first clause in text [from, to) of a span's line that is a status clause (STATUS_CLAUSES), or null. */
function statusClauseIn(span: Span, from: number, to: number): Span | null {
  const text = span.line.text.slice(span.start, span.end);
  if (text.indexOf("已", from) < 0) return null;
  for (let at = from; at < to; ) {
    let end = at;
    while (end < to && text[end] !== "，" && text[end] !== ",") end++;
    const clause = text.slice(at, end).trim();
    if (!OPENS_ENTRY.test(clause) && statusClause(clause)) return { line: span.line, start: span.start + at, end: span.start + end };
    at = end + 1;
  }
  return null;
}

// Words a sentence that only states a status is made of (目前已全部整改完成 / 正在持续推进中 /
// 剩余工作正在推进中 / 此项工作需长期坚持: 需 and 将 only before words of keeping on, as 需整改完毕 and
// 将完成 are still to do; 已整改完成，将持续巩固整改成果 keeps up what is done; 已取得阶段性成效，将持续深化整改
// goes on).
const STATUS_VOCABULARY = /截至|目前|当前|现在|现|该问题|此问题|该项|此项|各项|剩余|其余|余下|工作|(?:需要?|将)(?=长期|持续|常态化)|巩固|成果|成效|取得|深化|已经|已|正在|仍在|尚在|尚未|部分|实施|未|基本|全部|全面|均|都|整改|办理|完成|到位|办结|销号|完毕|完结|落实|推进|持续|长期|坚持|阶段性|逐步|常态化|久久为功|常抓不懈|按期|按时|如期|中|并|立行立改|立查立改|即知即改|边巡边改|立知立改/g;
// …and a recovery's (相关款项已全部追回): RECOVERY_VERBS and what they recover. Only a sentence's status
// reads them; a field of them alone (追缴相关款项) is a measure, no status words only.
// (and to whom: 已全部退还患者, 已全额上缴国库, 已全部退还学生, 已全额退回村集体)
const RECOVERY_WORDS = new RegExp(`全额|足额|如数|${RECOVERY_VERBS.join("|")}|相关|违规|款项|资金|费用|钱款|津补贴|患者|群众|本人|个人|当事人|国库|财政|学生|家长|职工|员工|农户|村民|村集体|集体|企业|服务对象|原渠道`, "g");
/**
 * Whether a field is made of status words only (已全部整改完成。, 按期完成): a results field such as
 * 完成目录梳理 does something and states no status.
 */
const statusWordsOnly = (t: string): boolean => onlyVocabularyChars(t) && t.replace(/[\s。.；;！!，,、]/g, "").replace(STATUS_VOCABULARY, "") === "";
// The characters the vocabulary is written with and the pauses dropped above: a text with any
// other character (a space aside) is no status words only. Most measures show one at once, so
// the two replaces (a tenth of buildItem's own time) run on few texts.
const VOCABULARY_CODES = new Set(Array.from(STATUS_VOCABULARY.source.replace(/\|/g, "") + "。.；;！!，,、", (c) => c.charCodeAt(0)));
function onlyVocabularyChars(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (!VOCABULARY_CODES.has(t.charCodeAt(i)) && !/\s/.test(t[i])) return false;
  return true;
}
/** Whether a sentence states a status and nothing else. */
function statusOnly(sentence: string): boolean {
  // (a comma may part its words: 目前，该问题正在持续整改中)
  return sentence.length <= 16 && statusOf(sentence) !== null && sentence.replace(STATUS_VOCABULARY, "").replace(RECOVERY_WORDS, "").replace(/[，,、]/g, "") === "";
}

// 针对…问题， / 关于…问题， (or a colon: 针对…的问题：开展…) then what was done about it: a measure verb, perhaps
// after the one who acted.
// (or named by its number after the word: 针对问题二，)
const LED_BY_PROBLEM = /^\s*(?:针对|关于|对于|就(?![业近地医餐读诊职任]))\s*(?:([^。；;]{2,}?)等?(?:的)?问题|问题[(（]?[一二三四五六七八九十\d]{1,3}[)）]?)[，,：:]\s*/;
// (or a body that leads a unit: 局党组, 镇党委, 院领导班子 — then what follows is what it did, whatever the verb)
// (a bank, a station or an institute names itself too: 我行, 该行, 本院, 该校, 我所)
const ACTOR = /^(?:我(?:们|局|委|院|部|办|厅|校|司|县|区|市|镇|乡|行|所|站)|本(?:单位|部门|局|委|行|院|校|所|站|公司|集团)|该(?:行|院|校|局|所|站|公司|集团|单位))|^[^，,。；;\s]{0,10}?(?:党组|党委|党工委|党总支|党支部|领导班子|班子|领导小组)(?![成员书记])/;
const LED_VERB = /^(?:已|立即|及时|迅速|精简|压减|压缩|重新|逐一|逐项|全面|集中|专题|研究|成立|召开)/;
// (more verbs that answer a problem named just before: 针对…的问题，开通线上预约 / 增设窗口 / 推行…; only there,
// since elsewhere some open a fault as well, 设置不合理)
const ANSWER_VERB = /^(?:开通|增设|新增|推行|推广|设立|上线|启用|安装|更换|下发|公开|公示|取消|撤销|纠正|核查|核实|走访|通报|查处|问责|移交|盘活|压降|化解)/;
// (or any unit named as the one who acted, when a measure's verb follows it: 学校制定…, 支行修订…, 医院建立…;
// without the verb a unit's name may open the fault itself, 学校食堂管理混乱)
const UNIT_ACTOR = new RegExp(`^${UNIT_SUBJECT}(?=${[ACTION_START, MEASURE_START, LED_VERB, ANSWER_VERB].map((r) => r.source.replace(/^\^/, "")).join("|")})`);

// …and so is the sentence that announces the measures (镇党委采取以下措施：), with or without it.
const POINTS_BACK_LEAD = /^\s*(?:(?:针对|对于|就)(?:该|此|这一|这个|这些|上述|以上)(?:个)?问题[，,]\s*)?(?:[^，,。；;：:]{0,10}?(?:采取|制定|落实)了?(?:以下|如下)(?:几项|几条)?(?:整改)?(?:措施|举措)[：:]\s*)?/;

const FOUND_BY = /^(?:巡[察视]组?)?(?:指出|发现|反馈|提出)的(?=.{4})/;

/** A heading or sentence 针对…问题，<measure> split into its problem and that measure, or null. */
function ledMeasure(title: Span): { problem: string; measure: Span } | null {
  const full = title.line.text.slice(title.start, title.end);
  // (the unit that acted may come first: 局党组针对…的问题，…)
  const subject = subjectBefore(full);
  const text = subject > 0 ? full.slice(subject) : full;
  // (对于…问题，/ 就…问题， lead as 针对 does; not 就业, 就近…)
  if (!/^\s*(?:针对|关于|对于|就(?![业近地医餐读诊职任]))/.test(text)) return null;
  if (text.indexOf("问题") < 0) return null;
  const m = LED_BY_PROBLEM.exec(text);
  if (!m || (m[1] !== undefined && pointsBack(m[1]))) return null;
  const after = text.slice(m[0].length);
  let rest = after.replace(ACTOR, "");
  if (rest === after) rest = after.replace(UNIT_ACTOR, "");
  const acted = rest.length < after.length && !DEFICIENCY.test(rest);
  if (!(acted || ACTION_START.test(rest) || MEASURE_START.test(rest) || LED_VERB.test(rest) || ANSWER_VERB.test(rest))) return null;
  // (the inspectors named as who found it, 针对巡察指出的…问题, only point to the problem)
  const problem = squeeze(m[1] ?? m[0].replace(/^\s*(?:针对|关于|对于|就)|[，,：:]\s*$/g, "")).replace(FOUND_BY, "").replace(QUOTED_WHOLE, "$1");
  // The measure runs to the stop that ended the heading.
  const end = title.end < title.line.text.length && /[。；;.]/.test(title.line.text[title.end]) ? title.end + 1 : title.end;
  return { problem, measure: { line: title.line, start: title.start + Math.max(subject, 0) + m[0].length, end } };
}

// The inspectors' finding named as such (巡察指出，… / 巡视组发现：… / 巡察反馈，…).
const FINDING_LEAD = /^\s*(?:巡[察视]组?|巡[察视]反馈|反馈意见)(?:指出|发现|反馈|认为)?[，,：:]/;
// Words of something done or to be done: a paragraph holding one acts, whatever faults it names
// (not where the fault denies it or says it lags: 不规范, 未建立, 整改不到位, 推进缓慢).
const DOES = /已|正在|(?<![不未没无])(?:开展|建立|制定|修订|完善|召开|组织|约谈|督促|清退|追回|退还|整改|规范|加强|健全|出台|印发|梳理|排查|成立|签订|补齐|补充|完成|推进|腾退|腾空|清腾|实行|实施|压实|明确|调整|配齐|培训|寻求|协调|争取|积极(?=[寻协争推探对谋]))(?![不未]|缓慢|迟缓|滞后|乏力)/;
/** A paragraph that finds fault in every sentence and does nothing about it. */
const faultOnly = (t: string): boolean => !DOES.test(t) && t.split(/[。；;]/).every((x) => x.trim() === "" || DEFICIENCY.test(x) || FAULT_PREDICATE.test(x));

/**
 * The inspectors' finding before an item's unlabelled text: its spans, and the fields left for the
 * measures; null when the text opens with none. The finding runs to its first full stop; a first
 * paragraph that only finds fault is a finding whole (then the rest, if any, is the measures).
 */
function findingOf(unlabelled: Field[], stated: string): { spans: Span[]; rest: Field[] } | null {
  const f = unlabelled[0];
  const sp = f?.spans[0];
  if (!sp) return null;
  const text = sp.line.text.slice(sp.start, sp.end);
  const rest = (spans: Span[]): Field[] => (spans.length ? [{ ...f, spans }, ...unlabelled.slice(1)] : unlabelled.slice(1));
  // (or the problem the heading states, said again to open the body: 消防设施老化的问题 / 营业网点消防设施老化，部分灭火器
  // 过期。支行更换…: its first sentence, when it does nothing)
  if (FINDING_LEAD.test(text) || restates(text, stated)) {
    const stop = text.search(/[。；;]/);
    if (stop < 0 || stop === text.trimEnd().length - 1) return { spans: [sp], rest: rest(f.spans.slice(1)) };
    return { spans: [{ ...sp, end: sp.start + stop + 1 }], rest: rest([{ ...sp, start: sp.start + stop + 1 }, ...f.spans.slice(1)]) };
  }
  // (a field a line each, as split: a first line, or its first sentences, that only find fault, with no
  // list marker; not one led by what it acts on, 针对会风不实的问题，精简会议。, nor one that opens with a
  // measure's verb)
  const t = text.trimStart();
  if (t.length < 6 || OPENS_ENTRY.test(t) || /^(?:针对|关于|对于|就)/.test(t) || ACTION_START.test(t) || MEASURE_START.test(t) || LED_VERB.test(t)) return null;
  const lead = text.length - t.length;
  let end = 0;
  // (a stop found from where the last sentence ended, no copy of the rest: linear on a long line)
  const stops = /[。；;]/g;
  for (let m = stops.exec(t); m && faultOnly(t.slice(end, m.index + 1)); m = stops.exec(t)) end = m.index + 1;
  if (end === 0) return null;
  if (t.slice(end).trim() === "") return { spans: [sp], rest: rest(f.spans.slice(1)) };
  return { spans: [{ ...sp, end: sp.start + lead + end }], rest: rest([{ ...sp, start: sp.start + lead + end }, ...f.spans.slice(1)]) };
}

/** Whether a body's first sentence opens with the problem its heading states and does nothing about it. */
function restates(text: string, stated: string): boolean {
  if (stated.length < 4) return false;
  const t = text.trimStart();
  if (!t.startsWith(stated.slice(0, 4)) || !squeeze(t.slice(0, stated.length + 8)).startsWith(stated)) return false;
  const stop = t.search(/[。；;]/);
  return !DOES.test(stop < 0 ? t : t.slice(0, stop));
}

const noneToNull = (t: string | null): string | null => (t !== null && NONE.test(t.trim()) ? null : t);

/** A status field's text, unless it names a kind of rectification (长期坚持类) rather than a status. */
const kindless = (t: string | null): string | null => (t !== null && KIND_LABEL.test(t) ? null : t);

/** The text when it is nothing but a status (已完成。 / 正在推进), else null. */
function onlyStatus(text: string | null): string | null {
  if (!text) return null;
  // Most texts are measures, far longer than a status: count before building the stripped copy.
  if (text.length > 8 && kept(text, STOPS_AND_SPACES, 9) > 8) return null;
  const t = text.replace(/[\s。.；;！!]/g, "");
  return t.length <= 8 && statusOf(t) !== null && !/\d/.test(t) ? t : null;
}

const STOPS_AND_SPACES = charSet("。.；;！! \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff");
/** How many characters of `t` are not in `drop`, counting no further than `limit`. */
function kept(t: string, drop: (c: number) => boolean, limit: number): number {
  let n = 0;
  for (let i = 0; i < t.length && n < limit; i++) if (!drop(t.charCodeAt(i))) n++;
  return n;
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

export function stripEntryMarker(s: string): string {
  // 1. and 1、 are markers, 8.7 is a number (1.2024年 is 1. and a year); 第一， is one, 第一时间 is not. （1）、 is one marker, and ⑴ is,
  // and so is （一） opening a line under a field (整改情况：/（一）修订…/（二）建立…).
  // (1️⃣ is 1. as a keycap: the digit, U+FE0F, the ring; 🔟 is 10., and ⒈ … ⒛ are 1. … 20.; ➀ ⓵ ❶ are ①.)
  const t = s.replace(/^(?:[①-⑳\u2474-\u249b\u24eb-\u24fe\u2776-\u2793]|\d\ufe0f?\u20e3|\ud83d\udd1f\ufe0f?|[一二三四五六七八九十]{1,3}是|[第其][一二三四五六七八九十]{1,3}[，,、：:]|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]\s*、?|\d{1,2}(?:[)）、]|[．.](?:(?!\d)|(?=\d{4}年)))|[一二三四五六七八九十]{1,3}[)）])\s*/, "").trim();
  // (措施1： 具体措施二： labels a measure by its number, after a marker or alone)
  return t.indexOf("措") >= 0 ? t.replace(MEASURE_LABEL, "").trim() : t;
}
const MEASURE_LABEL = /^(?:整改|具体|主要|工作|落实)?(?:措施|举措)\s*[（(]?(?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]?\s*[：:]/;

/**
 * The original offset of character `at` of spans' written text (`parts`, one string per span):
 * written text holds one unit per clean unit, so the span and the index in it are counted off.
 */
function writtenOffset(spans: Span[], parts: string[], at: number): number | null {
  let base = 0;
  for (let k = 0; k < spans.length; k++) {
    const n = parts[k].length;
    if (at < base + n) {
      const s = spans[k];
      const i = s.start + (at - base);
      return n === s.end - s.start && i < s.line.offsets.length ? s.line.offsets[i] : null;
    }
    base += n;
  }
  return null;
}

/** The first clause of a field when it is a short status of its own (已完成。一是… → 已完成). */
function openingStatus(text: string | null): string | null {
  const opening = text === null ? "" : /^[^。；;，,]*/.exec(text)![0];
  return opening.length <= 8 && statusOf(opening) ? opening : null;
}

/** A labelled field after a heading, in brackets: （完成时限：2024年12月） （责任单位：办公室）. */
const FIELD_NOTE = /[(（【]([^()（）【】]{3,30})[)）】]$/;
/** A note after a heading, in brackets: （已完成） (正在整改) 【已办结】. */
const STATUS_NOTE = /[(（【]([^()（）【】]{2,10})[)）】]$/;
/** The same note before the problem (【已完成】台账不全), when it states a status: its words, else null. */
const LEAD_NOTE = /^\s*[(（【]([^()（）【】]{2,10})[)）】]\s*(?=\S)/;
/** …or a kind of rectification before it (（长期坚持类）干部学习不深入): its words, else null. */
function leadingKindNote(heading: string): string | null {
  const c = heading.charCodeAt(heading.search(/\S/));
  if (c !== 0xff08 && c !== 0x28 && c !== 0x3010) return null;
  const m = LEAD_NOTE.exec(heading);
  return m && KIND_LABEL.test(m[1]) ? m[1] : null;
}
function leadingStatusNote(heading: string): string | null {
  const c = heading.charCodeAt(heading.search(/\S/));
  if (c !== 0xff08 && c !== 0x28 && c !== 0x3010) return null;
  const m = LEAD_NOTE.exec(heading);
  return m && statusOf(m[1]) && !KIND_LABEL.test(m[1]) ? m[1] : null;
}

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

// A problem quoted whole, in double, single or corner quotes (“…” ‘…’ 「…」 『…』).
const QUOTED_WHOLE = /^[“"「『‘](.+)[”"」』’]$/;
/**
 * 关于“…”问题 (的整改落实情况), the quoted problem perhaps named as the inspectors' (关于巡察反馈“…”问题,
 * 关于反映“…”等问题的整改进展情况): the quote is the problem, the words around it only point to it.
 */
// (针对… or no lead word too, and the inspectors' words in full: 巡察反馈的“…”问题, 针对巡察反馈指出的“…”问题)
const QUOTED_HEADING = /^(?:关于|针对)?\s*(?:(?:落实)?巡[察视]组?(?:反馈)?(?:反馈|指出|发现)的?|反馈的?|反映的?|指出的?)?\s*[“"「『‘]([\s\S]+)[”"」』’]\s*(?:等)?(?:的)?(?:问题|方面|意见建议|建议)?(?:的)?(?:整改(?:落实|进展)?(?:情况)?)?[。.：:]?$/;

const STATEMENT_LEAD = /^(?:巡[察视]组?(?:反馈)?(?:指出|发现|认为)|第[一二三四五六七八九十\d]{1,3}[项个条]?问题|(?:在|关于)[^，,。：:]{2,20}?方面(?:存在|反馈)?的?(?:主要)?问题)[：:]\s*(?=[^\s]{4})/;

// The inspectors' finding quoted after what they did (巡察指出：“…”。 / 巡视发现“…”): the quote.
const QUOTED_FINDING = /^(?:巡[察视]组?|反馈)?(?:指出|发现|反馈)(?:的问题)?[:：]?\s*[“"「『‘]([^“”"「」『』‘’]+)[”"」』’][。.]?$/;

/** The problem statement: the quoted text of 关于“…”问题, else the heading without its wrappers. */
export function problemOf(heading: string): string {
  // A status noted after the heading (（已完成）) is not part of the problem.
  // A problem label that opens the heading (问题：…) is not part of the problem.
  const label = heading.indexOf("问题") >= 0 ? matchFieldLabel(heading.trim()) : null;
  // …and so is a numbered one after the heading's marker ((一）问题一：…), which labels, not states.
  const numbered = !label && heading.indexOf("问题") >= 0 ? labelledProblem.match(heading.trim()) : null;
  const cut = label?.field === "problem" ? label.valueStart : numbered && numbered.textStart < heading.trim().length ? numbered.textStart : 0;
  // …nor a field noted after it in brackets (（完成时限：2024年12月）).
  const fieldNote = FIELD_NOTE.exec(heading);
  let h = (fieldNote && matchFieldLabel(fieldNote[1]) !== null ? heading.trim().slice(0, heading.trim().length - fieldNote[0].length) : heading.trim()).slice(cut);
  // The unit that acted before 针对 (局党组针对…的问题) names no part of the problem.
  const subject = subjectBefore(h);
  if (subject > 0) h = h.slice(subject);
  h = h.replace(STATUS_NOTE, (all, inner: string) => (statusOf(inner) || /完成|整改|办结|销号/.test(inner) || KIND_LABEL.test(inner) || IMMEDIATE.test(inner) || matchFieldLabel(inner) !== null ? "" : all));
  // (and so is one before it: 【已完成】台账不全)
  if (leadingStatusNote(h) || leadingKindNote(h)) h = h.replace(LEAD_NOTE, "");
  // The inspectors' finding or a numbered problem's label before the statement (巡察指出：…, 第4项问题：…) and an
  // area that opens it with a colon (在选人用人方面存在的问题：…) only lead to it.
  if (h.length > 8 && (h.indexOf("：") >= 0 || h.indexOf(":") >= 0)) h = h.replace(STATEMENT_LEAD, "");
  const quoted = QUOTED_HEADING.exec(h) ?? QUOTED_FINDING.exec(h);
  let p: string;
  if (quoted) p = quoted[1];
  else {
    p = h
      .replace(/^在(.+)方面[。.]?$/, "$1")
      // 关于…方面 names its area the same way (关于巡察移交问题线索办理方面).
      .replace(/^关于(.{2,}?)方面[。.]?$/, "$1")
      // 在安全生产方面，责任制落实层层递减 / 在财务管理方面存在违规列支问题: the area goes.
      .replace(/^在[^，,。]{2,20}?方面[，,]\s*(.+)$/, "$1")
      .replace(/^在[^，,。]{2,20}?方面存在(.+?)(?:的)?问题[。.]?$/, "$1")
      // 关于…方面(存在)的问题(的整改情况) names an area's problems: the area, as 在…方面 gives it.
      .replace(/^关于(.{2,}?)方面(?:存在)?(?:的)?问题(?:的)?(?:整改(?:落实|进展)?(?:情况)?)?[。.：:]?$/, "$1")
      .replace(/^关于(.+?)(?:等)?(?:的)?问题(?:的)?(?:整改(?:落实|进展)?(?:情况)?)?[。.：:]?$/, "$1")
      .replace(/^关于(.+?)(?:的)?(?:整改(?:落实|进展)?(?:情况)?)[。.：:]?$/, "$1")
      // An item led by its problem (针对…的问题，…): the problem it names.
      .replace(/^(?:针对|对于)\s*(.+?)(?:等)?(?:的)?问题$/, (_, q: string) => q.replace(/^[“"「『‘]([^“”"「」『』‘’]+)[”"」』’]$/, "$1"))
      .replace(/^(.+?)方面(?:存在)?(?:的)?问题(?:的)?(?:整改(?:落实|进展)?(?:情况)?)?$/, "$1")
      // …的问题整改情况 without 关于 reports on the problem as 关于…的问题的整改情况 does: the report's words go
      // (the problem's own 的问题 is then weighed below, as any heading's).
      .replace(/^(.{2,}?问题)(?:的)?整改(?:落实|进展)?(?:情况)?[。.：:]?$/, "$1")
      // The inspectors named as who found it (巡察指出的…问题) only point to the problem.
      .replace(/^(?:巡[察视]组?|巡[察视]反馈)(?:指出|发现|反馈)的(?=.{4,}问题$)/, "")
      // A suggestion heading: 关于加强监管的建议 → 加强监管.
      .replace(/^关于(.+?)(?:的)?(?:意见)?建议(?:的)?(?:办理|落实)?(?:情况)?[。.]?$/, "$1")
      .replace(/^(.{4,}?)的(?:意见)?建议$/, "$1");
    p = unwrapProblem(p);
  }
  return p.replace(/[。.；;]+$/, "").trim();
}

/**
 * A field's text that states the problem (存在问题：… / the line under a bare 问题1): one sentence
 * loses a trailing (等)(的)问题 and its stop as a heading does; a list of several (1.…。2.…) is kept.
 */
export function sentenceProblem(t: string): string {
  const body = t.replace(/[。.；;]+$/, "");
  return /[。；;]/.test(body) ? t : unwrapProblem(body);
}

// A clause that names a fault by a noun (…风险, …隐患) or has one (存在…, 有…) needs its 问题.
const NOUN_FAULT = /(?:差距|漏洞|隐患|风险|偏差|短板)$/;
const HAS_FAULT = /^(?:存在|有|出现|发生)/;
const SUBJECT_HAS_FAULT = /^.{2,}?(?:存在|出现|发生)/;
// Predicates of fault beyond DEFICIENCY's (which has 缓慢, 过多, 偏低…): 不协调, 不优, 覆盖面较少,
// 质量偏差 (不断 is no fault), and wear or lapse (设施老化, 灭火器过期, 房屋破损, 资产闲置). Always read
// beside DEFICIENCY.
const FAULT_PREDICATE = new RegExp(`老化|过期|破损|失修|闲置|不(?!断|忘|移|懈|折)[${HAN}]|较(?:少|多|低|弱|差|慢|大|高)|(?:偏|过)差`);
/**
 * 干部管理不严格的问题 → 干部管理不严格: a trailing (的)问题 wraps the problem as 关于…问题 does,
 * when what it follows is a full statement, its last clause finding fault in a predicate. It
 * stays where the words before it only name a thing (资金问题, 廉政风险问题) or say one has it
 * (…，存在白条入账问题).
 */
function unwrapProblem(p: string): string {
  // (等问题 too: 报销审核不严等问题 → 报销审核不严)
  const m = /^(.{4,}?)等?(的)?问题[。.]?$/.exec(p);
  if (!m) return p;
  const rest = m[1];
  const clause = rest.slice(Math.max(rest.lastIndexOf("，"), rest.lastIndexOf(","), rest.lastIndexOf("；"), rest.lastIndexOf(";")) + 1);
  // (a subject that has the fault, then 的问题, is a full statement too: 校园安全管理存在隐患的问题, as
  // 关于校园安全管理存在隐患的问题 gives 校园安全管理存在隐患)
  const stated = !(NOUN_FAULT.test(clause) || HAS_FAULT.test(clause)) || (m[2] !== undefined && SUBJECT_HAS_FAULT.test(clause));
  return clause.length >= 4 && (DEFICIENCY.test(clause) || FAULT_PREDICATE.test(clause)) && stated && !/[“"「『‘][^”"」』’]*$/.test(rest) ? rest : p;
}
