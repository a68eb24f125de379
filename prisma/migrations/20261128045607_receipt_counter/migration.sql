-- AlterTable
ALTER TABLE "consultations" ADD COLUMN     "receipts_issued" INTEGER NOT NULL DEFAULT 0;


-- Receipts already given (every revision has one) so that numbering carries on after them.
UPDATE "consultations" AS c
SET "receipts_issued" = (
  SELECT count(*) FROM "comment_revisions" AS r JOIN "comments" AS m ON m."id" = r."comment_id"
  WHERE m."consultation_id" = c."id"
);
