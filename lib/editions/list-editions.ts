import type { PrismaClient } from "@/lib/db/create-prisma-client";

export interface EditionSummary {
  year: number;
}

/** Editions newest first, for the public pages. */
export async function listEditions(prisma: PrismaClient): Promise<EditionSummary[]> {
  return prisma.edition.findMany({ select: { year: true }, orderBy: { year: "desc" } });
}
