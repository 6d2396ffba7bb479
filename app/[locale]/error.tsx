"use client";

import { ServiceProblem } from "@/components/service-problem";

/** A page that failed on our side (the programme page, privacy notice): translated, never the error itself. */
export default function PageError({ retry }: { retry: () => void }) {
  return <ServiceProblem retry={retry} />;
}
