/**
 * Drafts: an application saved step by step, without an account.
 *
 *   const started = await startDraft(prisma, { client, limits, editionYear, now, unstartedRetentionMs });
 *   const { draftId, resumeCode } = await createDraft(prisma, { editionYear, now, retentionMs });
 *   await saveDraftStep(prisma, draftId, "household", answers, { now, retentionMs });
 *   const draft = await resumeDraft(prisma, "abcd efgh");
 *   const opened = await resumeWithCode(prisma, "abcd efgh", now); // new code in opened.token
 *   const viaLink = await redeemResumeLink(prisma, linkToken, now); // once; new code likewise
 *   await deleteExpiredDrafts(prisma, now);
 */
export { createDraft } from "./create-draft";
export type { CreateDraftOptions, NewDraft } from "./create-draft";
export { deleteExpiredDrafts } from "./delete-expired-drafts";
export { formatDraftToken, parseDraftToken } from "./draft-token";
export type { DraftToken } from "./draft-token";
export { openDraft } from "./open-draft";
export { draftIsOpenForSubmission } from "./draft-is-open-for-submission";
export { generateResumeCode, hashResumeCode, RESUME_CODE_LENGTH } from "./resume-code";
export { resumeDraft } from "./resume-draft";
export { previewResumeLink, redeemResumeLink } from "./redeem-resume-link";
export type { ResumeLinkPreview } from "./redeem-resume-link";
export { resumeWithCode } from "./resume-with-code";
export type { OpenedDraftResult } from "./rotate-draft-secret";
export { sendResumeLink } from "./send-resume-link";
export { startDraft } from "./start-draft";
export type { DraftCreationLimits, StartDraftResult } from "./start-draft";
export { draftRetention, savingStartsDraft } from "./draft-retention";
export type { ResumedDraft } from "./resume-draft";
export { MAX_STEP_BYTES, saveDraftStep } from "./save-draft-step";
export type { SaveDraftStepOptions, SaveDraftStepResult } from "./save-draft-step";
