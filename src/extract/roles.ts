// What each section of the outline is for, from its heading's words. A role is inherited by
// everything under an organisation or plan section; status sections say how far their items are.
import type { SectionNode } from "../schema/index.js";

export type Role = SectionNode["role"];
export type Status = "completed" | "in_progress" | "unknown";

// In-progress words first: 未完成 contains 完成.
const IN_PROGRESS = /正在推进|正在整改|正在落实|推进中|整改中|持续推进|持续整改|尚未完成|未完成|未整改到位|基本完成|需长期坚持|长期坚持|逐步推进|阶段性完成/;
const COMPLETED = /已整改完成|已完成整改|已经整改完成|已整改到位|已整改|已完成|已办结|已销号|整改完成的|完成整改的|已落实/;
const PLAN = /下一步|下步|今后|工作打算|工作计划|推进计划|努力方向|深化整改计划|持续深化/;
const ORGANISATION = /高度重视|统筹部署|强化组织|加强组织|整改工作(?:的)?(?:开展|推进|部署)?情况$|组织(?:落实|领导|开展|实施)?情况|组织领导|主体责任(?:履行|落实)?情况|履行.{0,6}责任情况|整改工作(?:组织|开展|推进)情况|领导班子履行|压实整改责任|整改工作的?(?:主要)?做法/;
const RECTIFICATION = /整改(?:落实|进展|完成|工作)?(?:进展)?情况|落实情况|问题整改|反馈(?:意见|问题)|集中整改|整改进展|意见建议|立行立改|整改事项/;

/** Status a heading's words state, or null when they state none. */
export function statusOf(text: string): Status | null {
  if (IN_PROGRESS.test(text)) return "in_progress";
  if (COMPLETED.test(text)) return "completed";
  return null;
}

/** The role a heading's own words give it (before inheritance and item detection). */
export function roleOf(title: string): Role {
  const t = title.replace(/\s+/g, "");
  if (t.length <= 30 && statusOf(t) && /问题|事项|任务|整改|情况|\d+个/.test(t) && !/^关于/.test(t)) return "status";
  if (PLAN.test(t)) return "plan";
  if (ORGANISATION.test(t)) return "organisation";
  if (RECTIFICATION.test(t)) return "rectification";
  return "other";
}

export const SUGGESTION = /意见建议|建议落实|建议事项|整改建议/;
export const IMMEDIATE = /立行立改|立查立改|即知即改|边巡边改|立知立改/;
