-- CreateEnum
CREATE TYPE "NotificationFrequency" AS ENUM ('IMMEDIATE', 'WEEKLY', 'NONE');

-- AlterTable
ALTER TABLE "consultations" ADD COLUMN     "announced_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "email_messages" ADD COLUMN     "dedupe_key" TEXT,
ADD COLUMN     "dispatched_at" TIMESTAMP(3),
ADD COLUMN     "headers" JSONB,
ADD COLUMN     "last_attempt_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "notification_subscriptions" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT,
    "user_id" TEXT,
    "all_topics" BOOLEAN NOT NULL DEFAULT true,
    "frequency" "NotificationFrequency" NOT NULL DEFAULT 'IMMEDIATE',
    "unsubscribed_at" TIMESTAMP(3),
    "updated_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "notification_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_topics" (
    "subscription_id" TEXT NOT NULL,
    "owner_unit_id" TEXT NOT NULL,

    CONSTRAINT "notification_topics_pkey" PRIMARY KEY ("subscription_id","owner_unit_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "notification_subscriptions_organization_id_key" ON "notification_subscriptions"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "notification_subscriptions_user_id_key" ON "notification_subscriptions"("user_id");

-- CreateIndex
CREATE INDEX "notification_topics_owner_unit_id_idx" ON "notification_topics"("owner_unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "email_messages_dedupe_key_key" ON "email_messages"("dedupe_key");

-- CreateIndex
CREATE INDEX "email_messages_status_created_at_idx" ON "email_messages"("status", "created_at");

-- AddForeignKey
ALTER TABLE "notification_subscriptions" ADD CONSTRAINT "notification_subscriptions_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_subscriptions" ADD CONSTRAINT "notification_subscriptions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_topics" ADD CONSTRAINT "notification_topics_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "notification_subscriptions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_topics" ADD CONSTRAINT "notification_topics_owner_unit_id_fkey" FOREIGN KEY ("owner_unit_id") REFERENCES "owner_units"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A subscription belongs to exactly one organisation or one person.
ALTER TABLE "notification_subscriptions" ADD CONSTRAINT "notification_subscriptions_one_owner"
  CHECK (num_nonnulls("organization_id", "user_id") = 1);

-- Consultations published before this migration were announced the old way (by hand).
UPDATE "consultations" SET "announced_at" = "published_at" WHERE "published_at" IS NOT NULL;
