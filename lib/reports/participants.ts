import { Prisma } from "@/lib/generated/prisma/client";
import { RESIDENT_LABEL } from "./wording";

/**
 * The organisations that took part in a consultation, one row per (consultation, name), as
 * the report counts them and the statistics count them too: each submitting organisation of
 * the platform, each sender a clerk typed in for a letter, e-mail or meeting, and each
 * co-signer of a joint submission, by name (the same name twice is one organisation). A private
 * person whose letter a clerk typed in (named with consent or not) is not an organisation, nor is
 * a sender typed as "Mieszkaniec/Mieszkanka". Submitted comments only.
 */
export const participatingOrganisations = Prisma.sql`(
  SELECT consultation_id, name FROM (
    SELECT c.consultation_id, COALESCE(o.name, c.submitter_name) AS name
    FROM comments c LEFT JOIN organizations o ON o.id = c.organization_id
    WHERE c.status = 'SUBMITTED' AND NOT c.submitter_person
      AND (c.organization_id IS NOT NULL OR c.submitter_name IS NOT NULL)
    UNION ALL
    SELECT c.consultation_id, unnest(c.joint_with) FROM comments c WHERE c.status = 'SUBMITTED'
  ) named
  WHERE btrim(name) <> '' AND name <> ${RESIDENT_LABEL}
)`;
