-- AlterTable
ALTER TABLE "reports" ADD COLUMN     "outcome" TEXT;
