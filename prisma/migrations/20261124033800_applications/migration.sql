-- CreateEnum
CREATE TYPE "application_status" AS ENUM ('received', 'in_review', 'information_requested', 'approved', 'not_approved', 'paid');

-- CreateEnum
CREATE TYPE "school_kind" AS ENUM ('jhs', 'hs');

-- CreateEnum
CREATE TYPE "account_type" AS ENUM ('ordinary', 'current', 'savings');

-- AlterTable
ALTER TABLE "application" ADD COLUMN     "answers" JSONB,
ADD COLUMN     "draft_id" UUID,
ADD COLUMN     "locale" "mail_locale",
ADD COLUMN     "reference" VARCHAR(16),
ADD COLUMN     "status" "application_status" NOT NULL DEFAULT 'received',
ADD COLUMN     "submitted_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "application_child" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "child_index" INTEGER NOT NULL,
    "birth_date" DATE NOT NULL,
    "school_kind" "school_kind" NOT NULL,
    "screening_outcome" "screening_outcome" NOT NULL,
    "amount_yen" INTEGER NOT NULL,

    CONSTRAINT "application_child_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bank_account" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "bank_code" CHAR(4) NOT NULL,
    "branch_code" CHAR(3) NOT NULL,
    "account_type" "account_type" NOT NULL,
    "account_number" CHAR(7) NOT NULL,
    "holder_name" VARCHAR(60) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bank_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_document" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "checklist_item" VARCHAR(64) NOT NULL,
    "storage_key" VARCHAR(200) NOT NULL,
    "mime_type" VARCHAR(100) NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consent" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "privacy" BOOLEAN NOT NULL,
    "data_use" BOOLEAN NOT NULL,
    "privacy_notice_version" VARCHAR(64) NOT NULL,
    "consented_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_response" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "answers" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "survey_response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "draft" (
    "id" UUID NOT NULL,
    "edition_year" INTEGER NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "current_step" VARCHAR(32),
    "resume_code_hash" CHAR(64) NOT NULL,
    "email" VARCHAR(254),
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "submitted_at" TIMESTAMPTZ(3),

    CONSTRAINT "draft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "application_child_school_kind_screening_outcome_idx" ON "application_child"("school_kind", "screening_outcome");

-- CreateIndex
CREATE UNIQUE INDEX "application_child_application_id_child_index_key" ON "application_child"("application_id", "child_index");

-- CreateIndex
CREATE UNIQUE INDEX "bank_account_application_id_key" ON "bank_account"("application_id");

-- CreateIndex
CREATE UNIQUE INDEX "application_document_storage_key_key" ON "application_document"("storage_key");

-- CreateIndex
CREATE INDEX "application_document_application_id_checklist_item_idx" ON "application_document"("application_id", "checklist_item");

-- CreateIndex
CREATE UNIQUE INDEX "consent_application_id_key" ON "consent"("application_id");

-- CreateIndex
CREATE UNIQUE INDEX "survey_response_application_id_key" ON "survey_response"("application_id");

-- CreateIndex
CREATE UNIQUE INDEX "draft_resume_code_hash_key" ON "draft"("resume_code_hash");

-- CreateIndex
CREATE INDEX "draft_expires_at_idx" ON "draft"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "application_reference_key" ON "application"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "application_draft_id_key" ON "application"("draft_id");

-- CreateIndex
CREATE INDEX "application_edition_id_status_idx" ON "application"("edition_id", "status");

-- CreateIndex
CREATE INDEX "application_status_submitted_at_idx" ON "application"("status", "submitted_at");

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_draft_id_fkey" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_child" ADD CONSTRAINT "application_child_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bank_account" ADD CONSTRAINT "bank_account_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_document" ADD CONSTRAINT "application_document_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consent" ADD CONSTRAINT "consent_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_response" ADD CONSTRAINT "survey_response_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- A backstop Prisma cannot express: a stored document always has content.
ALTER TABLE "application_document" ADD CONSTRAINT "application_document_size_positive" CHECK ("size_bytes" > 0);
