import { statfs } from "node:fs/promises";
import path from "node:path";
import { guardianStep } from "@/lib/applications/steps/guardian-step";
import { parseAnswers } from "@/lib/applications/steps/parse-answers";
import { getServerConfig, type ServerConfig } from "@/lib/config/server-config";
import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { createRateLimiter, type RateLimiter } from "@/lib/http/rate-limit";
import { documentIssue, type DocumentIssue } from "./document-issues";

const MEGABYTE = 1024 * 1024;
const HOUR_SECONDS = 60 * 60;
const ALL_CLIENTS_KEY = "all";

/**
 * What stands between an upload and the disk: bytes per client and per hour, bytes from all
 * clients per hour, and a floor of free space under UPLOAD_DIR. The byte counts are shared by
 * every app process (lib/http/rate-limit.ts), so a script cannot fill the disk by spreading its
 * uploads over processes, nor one client spend what the others need.
 */
export interface UploadAdmission {
  perClient: RateLimiter;
  allClients: RateLimiter;
  uploadDir: string;
  minFreeBytes: number;
  /** Free bytes for unprivileged writers on the disk holding `dir`. */
  freeBytes: (dir: string) => Promise<number>;
}

export function createUploadAdmission(
  config: Pick<
    ServerConfig,
    "UPLOAD_DIR" | "UPLOAD_MB_PER_CLIENT_PER_HOUR" | "UPLOAD_MB_PER_HOUR" | "UPLOAD_MIN_FREE_MB"
  >,
  options: { prisma?: PrismaClient; freeBytes?: (dir: string) => Promise<number> } = {},
): UploadAdmission {
  const common = { durationSeconds: HOUR_SECONDS, prisma: options.prisma };
  return {
    perClient: createRateLimiter({
      name: "upload-bytes-client",
      points: config.UPLOAD_MB_PER_CLIENT_PER_HOUR * MEGABYTE,
      ...common,
    }),
    allClients: createRateLimiter({
      name: "upload-bytes-all",
      points: config.UPLOAD_MB_PER_HOUR * MEGABYTE,
      ...common,
    }),
    uploadDir: config.UPLOAD_DIR,
    minFreeBytes: config.UPLOAD_MIN_FREE_MB * MEGABYTE,
    freeBytes: options.freeBytes ?? freeBytesUnder,
  };
}

let appAdmission: UploadAdmission | undefined;

/** The app's admission, from its configuration and database (the counts themselves are in the database). */
export function getUploadAdmission(): UploadAdmission {
  appAdmission ??= createUploadAdmission(getServerConfig());
  return appAdmission;
}

/** statfs of the folder, or of its nearest existing parent before the first upload has made it. */
export async function freeBytesUnder(dir: string): Promise<number> {
  let current = path.resolve(dir);
  for (;;) {
    try {
      const stats = await statfs(current);
      return stats.bavail * stats.bsize;
    } catch (error) {
      const parent = path.dirname(current);
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || parent === current) throw error;
      current = parent;
    }
  }
}

/**
 * Files are taken only for a draft whose guardian page was saved with valid answers: a script
 * that only opens a draft cannot store files, and every draft holding files names someone staff
 * can contact.
 */
export function guardianPageSaved(answers: unknown): boolean {
  const guardian =
    typeof answers === "object" && answers !== null && "guardian" in answers ? answers.guardian : undefined;
  return parseAnswers(guardianStep, { guardian }).ok;
}

/** Whether the disk can take `incomingBytes` more and still keep its floor of free space. */
export async function checkFreeSpace(
  admission: UploadAdmission,
  incomingBytes: number,
): Promise<DocumentIssue | undefined> {
  const free = await admission.freeBytes(admission.uploadDir);
  return free - incomingBytes < admission.minFreeBytes ? documentIssue("uploadsPaused") : undefined;
}

export type ByteReservation = { ok: true; giveBack(): Promise<void> } | { ok: false; issue: DocumentIssue };

/**
 * Takes a file's bytes from the client's and the all-clients budget before the file is stored;
 * `giveBack` returns them when the file is then refused, so only kept files count.
 */
export async function reserveUploadBytes(
  admission: UploadAdmission,
  client: string,
  bytes: number,
): Promise<ByteReservation> {
  const own = await admission.perClient.consume(client, bytes);
  if (!own.allowed) return { ok: false, issue: documentIssue("uploadBudgetSpent") };
  const all = await admission.allClients.consume(ALL_CLIENTS_KEY, bytes);
  if (!all.allowed) {
    await admission.perClient.refund(client, bytes);
    return { ok: false, issue: documentIssue("uploadsPaused") };
  }
  return {
    ok: true,
    giveBack: async () => {
      await Promise.all([
        admission.perClient.refund(client, bytes),
        admission.allClients.refund(ALL_CLIENTS_KEY, bytes),
      ]);
    },
  };
}
