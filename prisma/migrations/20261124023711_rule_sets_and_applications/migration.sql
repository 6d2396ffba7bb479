-- CreateEnum
CREATE TYPE "screening_outcome" AS ENUM ('eligible', 'not_eligible', 'needs_review');

-- CreateTable
CREATE TABLE "rule_set" (
    "id" UUID NOT NULL,
    "edition_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "rules" JSONB NOT NULL,
    "change_note" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rule_set_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application" (
    "id" UUID NOT NULL,
    "edition_id" UUID NOT NULL,
    "screening_input" JSONB NOT NULL,
    "screening_outcome" "screening_outcome",
    "screening_result" JSONB,
    "rule_set_version" INTEGER,
    "screened_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "rule_set_edition_id_version_key" ON "rule_set"("edition_id", "version");

-- CreateIndex
CREATE INDEX "application_edition_id_screening_outcome_idx" ON "application"("edition_id", "screening_outcome");

-- AddForeignKey
ALTER TABLE "rule_set" ADD CONSTRAINT "rule_set_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
