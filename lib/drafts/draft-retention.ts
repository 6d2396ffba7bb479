import { APPLICATION_STEPS, type ApplicationStepId } from "@/lib/applications/steps/application-steps";

export interface DraftRetention {
  /** A draft that never got past the first page (UNSTARTED_DRAFT_RETENTION_HOURS). */
  unstartedMs: number;
  /** A draft the family is filling in, from each save on (DRAFT_RETENTION_DAYS). */
  startedMs: number;
}

export function draftRetention(config: { UNSTARTED_DRAFT_RETENTION_HOURS: number; DRAFT_RETENTION_DAYS: number }) {
  return {
    unstartedMs: config.UNSTARTED_DRAFT_RETENTION_HOURS * 60 * 60 * 1000,
    startedMs: config.DRAFT_RETENTION_DAYS * 24 * 60 * 60 * 1000,
  } satisfies DraftRetention;
}

/**
 * Whether saving this page takes the draft past the first page, so it is kept the full
 * retention from then on. A new draft (and the quick check's answers it starts with) is kept
 * only `unstartedMs`: most drafts that stop on the first page were opened and left, or made by
 * a script, and answers nobody is working on should not wait weeks to be deleted. The first page
 * counts once it was accepted (the form moves on), any later page as soon as it is saved.
 */
export function savingStartsDraft(stepId: ApplicationStepId, pageAccepted: boolean): boolean {
  return stepId !== APPLICATION_STEPS[0].id || pageAccepted;
}
