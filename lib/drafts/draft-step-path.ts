import { APPLICATION_STEPS, isApplicationStepId } from "@/lib/applications/steps/application-steps";
import { STEP_SLUGS } from "@/lib/applications/steps/step-order";

/** Where a parent continues a draft: the step they last saved, or the first step of a new draft. */
export function draftStepPath(currentStep: string | null): string {
  return `/apply/${STEP_SLUGS[isApplicationStepId(currentStep) ? currentStep : APPLICATION_STEPS[0].id]}`;
}
