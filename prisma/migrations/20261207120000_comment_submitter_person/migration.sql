-- A letter typed in by a clerk may come from a private person (named with their consent, or as
-- "Mieszkaniec/Mieszkanka"): the report counts organisations, so the sender's kind is kept.
ALTER TABLE "comments" ADD COLUMN "submitter_person" BOOLEAN NOT NULL DEFAULT false;
-- Until now the entry form asked for "Mieszkaniec/Mieszkanka" for a person who did not agree to be named.
UPDATE "comments" SET "submitter_person" = true, "submitter_name" = NULL WHERE "submitter_name" = 'Mieszkaniec/Mieszkanka';
