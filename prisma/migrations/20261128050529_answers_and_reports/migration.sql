/*
  Warnings:

  - You are about to drop the column `content` on the `report_files` table. All the data in the column will be lost.

*/
-- Trigram similarity: near-identical comments are grouped, and the clerk's inbox searches with it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "comments" ADD COLUMN     "assigned_to_id" TEXT,
ADD COLUMN     "joint_with" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "scan_file_id" TEXT,
ADD COLUMN     "submitter_name" TEXT;

-- AlterTable
ALTER TABLE "consultations" ADD COLUMN     "extension_note" TEXT;

-- AlterTable
ALTER TABLE "report_files" DROP COLUMN "content";

-- CreateTable
CREATE TABLE "report_file_chunks" (
    "file_id" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,

    CONSTRAINT "report_file_chunks_pkey" PRIMARY KEY ("file_id","index")
);

-- CreateIndex
CREATE INDEX "comments_body_text_trgm_idx" ON "comments" USING GIN ("body_text" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_scan_file_id_fkey" FOREIGN KEY ("scan_file_id") REFERENCES "stored_files"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_assigned_to_id_fkey" FOREIGN KEY ("assigned_to_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_file_chunks" ADD CONSTRAINT "report_file_chunks_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "report_files"("id") ON DELETE CASCADE ON UPDATE CASCADE;
