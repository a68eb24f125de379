-- When the job began building the report's files: a generation is taken as lost (a restart, a
-- crash) this long after it started, not after it was requested (it may wait behind another).
ALTER TABLE "reports" ADD COLUMN "started_at" TIMESTAMP(3);
