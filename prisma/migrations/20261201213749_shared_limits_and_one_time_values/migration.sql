-- CreateTable
CREATE TABLE "rate_limit_count" (
    "limiter" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "used" BIGINT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rate_limit_count_pkey" PRIMARY KEY ("limiter","key_hash")
);

-- CreateTable
CREATE TABLE "one_time_value" (
    "token_hash" TEXT NOT NULL,
    "store" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "one_time_value_pkey" PRIMARY KEY ("token_hash")
);

-- CreateTable
CREATE TABLE "limit_lockout" (
    "id" UUID NOT NULL,
    "limiter" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "refused" INTEGER NOT NULL DEFAULT 0,
    "let_through" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "limit_lockout_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "rate_limit_count_expires_at_idx" ON "rate_limit_count"("expires_at");

-- CreateIndex
CREATE INDEX "one_time_value_store_expires_at_idx" ON "one_time_value"("store", "expires_at");

-- CreateIndex
CREATE INDEX "limit_lockout_started_at_idx" ON "limit_lockout"("started_at");

-- CreateIndex
CREATE UNIQUE INDEX "limit_lockout_limiter_subject_ends_at_key" ON "limit_lockout"("limiter", "subject", "ends_at");
