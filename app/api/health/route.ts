import { NextResponse } from "next/server";
import { getPrisma } from "@/lib/db/prisma";
import { checkHealth } from "@/lib/health/check-health";
import { listShippedMigrations } from "@/lib/health/list-shipped-migrations";

export const dynamic = "force-dynamic";

export async function GET() {
  const report = await checkHealth(getPrisma(), await listShippedMigrations());
  return NextResponse.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
