-- CreateTable
CREATE TABLE "resume_link" (
    "id" UUID NOT NULL,
    "draft_id" UUID NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "resume_link_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "resume_link_token_hash_key" ON "resume_link"("token_hash");

-- CreateIndex
CREATE INDEX "resume_link_draft_id_idx" ON "resume_link"("draft_id");

-- CreateIndex
CREATE INDEX "resume_link_expires_at_idx" ON "resume_link"("expires_at");

-- AddForeignKey
ALTER TABLE "resume_link" ADD CONSTRAINT "resume_link_draft_id_fkey" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;


