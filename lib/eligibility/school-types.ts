/**
 * Kinds of school a child may enter. The guidelines count every 一条校 (national, public and
 * private junior high and high schools, special-needs schools, 中等教育学校, 高等専門学校,
 * part-time and correspondence high schools) as well as 各種学校, foreign schools and free
 * schools; each edition lists which of these count, so a later edition can narrow the list.
 */
export const SCHOOL_TYPES = [
  "regular", // 中学校・高等学校（全日制）
  "secondary_education", // 中等教育学校
  "special_needs", // 特別支援学校
  "technical_college", // 高等専門学校
  "part_time", // 定時制
  "correspondence", // 通信制
  "miscellaneous", // 各種学校
  "foreign", // 外国人学校
  "free_school", // フリースクール
  "other", // none of the above: staff decide
] as const;

export type SchoolType = (typeof SCHOOL_TYPES)[number];

/** Not a category an edition can list: answering it always sends the child to review. */
export const UNLISTED_SCHOOL_TYPE = "other" satisfies SchoolType;

export const SCHOOL_KINDS = ["jhs", "hs"] as const;

/** The first year entered in April: junior high school (新中学1年生) or high school (新高校1年生). */
export type SchoolKind = (typeof SCHOOL_KINDS)[number];
