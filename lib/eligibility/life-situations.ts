/**
 * The life situations of eligibility condition 3 (at least one must apply):
 * A disability · B specified disease with a medical certificate · C raised by a sibling or other
 * family circumstances · D evacuated from domestic violence · E very low income in each of two
 * years and no disability or survivor's pension · F native language not Japanese · G young carer ·
 * H unstable residence status or statelessness.
 */
export const LIFE_SITUATIONS = ["A", "B", "C", "D", "E", "F", "G", "H"] as const;

export type LifeSituation = (typeof LIFE_SITUATIONS)[number];
