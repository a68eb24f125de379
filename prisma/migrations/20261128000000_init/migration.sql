-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'CLERK', 'COUNCIL_MEMBER', 'NGO_MEMBER', 'RESIDENT');

-- CreateEnum
CREATE TYPE "EmailTransport" AS ENUM ('OUTBOX', 'RESEND');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "CommentChannel" AS ENUM ('PLATFORM', 'EMAIL', 'POST', 'IN_PERSON', 'MEETING');

-- CreateEnum
CREATE TYPE "CommentStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Position" AS ENUM ('ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED', 'EXPLAINED');

-- CreateEnum
CREATE TYPE "OpinionKind" AS ENUM ('POSITIVE', 'POSITIVE_WITH_REMARKS', 'NEGATIVE', 'WAIVED');

-- CreateEnum
CREATE TYPE "ConsultationStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'OPEN', 'CLOSED', 'REPORT_PUBLISHED');

-- CreateEnum
CREATE TYPE "ActType" AS ENUM ('UCHWALA', 'ZARZADZENIE', 'PROGRAM_WSPOLPRACY', 'STRATEGIA', 'INNY');

-- CreateEnum
CREATE TYPE "ConsultationForm" AS ENUM ('ONLINE', 'WRITTEN', 'MEETING');

-- CreateEnum
CREATE TYPE "CommenterScope" AS ENUM ('ORGANIZATIONS', 'ORGANIZATIONS_AND_RESIDENTS');

-- CreateEnum
CREATE TYPE "DraftSource" AS ENUM ('TEXT', 'DOCX', 'EDITOR');

-- CreateEnum
CREATE TYPE "ProvisionKind" AS ENUM ('TITLE', 'PREAMBLE', 'CHAPTER', 'PARAGRAPH', 'SECTION', 'POINT', 'LETTER', 'TIRET', 'DOUBLE_TIRET', 'ATTACHMENT', 'JUSTIFICATION', 'TEXT');

-- CreateEnum
CREATE TYPE "LegalForm" AS ENUM ('STOWARZYSZENIE', 'STOWARZYSZENIE_ZWYKLE', 'FUNDACJA', 'KOSCIELNA_OSOBA_PRAWNA', 'SPOLDZIELNIA_SOCJALNA', 'SPOLKA_NON_PROFIT', 'STOWARZYSZENIE_JST', 'GRUPA_INICJATYWNA', 'INNA');

-- CreateEnum
CREATE TYPE "RegisterKind" AS ENUM ('KRS', 'OTHER_REGISTER', 'EWIDENCJA', 'NONE');

-- CreateEnum
CREATE TYPE "VerificationState" AS ENUM ('PENDING', 'VERIFIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('MANAGER', 'MEMBER');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('ACTIVE', 'REQUESTED', 'INVITED', 'LEFT');

-- CreateEnum
CREATE TYPE "CouncilAppointment" AS ENUM ('NGO', 'MAYOR', 'CITY_COUNCIL');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('GENERATING', 'READY', 'FAILED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ReportFormat" AS ENUM ('HTML', 'PDF', 'DOCX', 'CSV', 'JSON');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "email_verified" TIMESTAMP(3),
    "image" TEXT,
    "roles" "Role"[] DEFAULT ARRAY['RESIDENT']::"Role"[],
    "locale" TEXT NOT NULL DEFAULT 'pl',
    "show_name_publicly" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "session_token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification_tokens" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "email_messages" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "transport" "EmailTransport" NOT NULL,
    "status" "EmailStatus" NOT NULL DEFAULT 'QUEUED',
    "provider_id" TEXT,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "email_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "comments" (
    "id" TEXT NOT NULL,
    "consultation_id" TEXT NOT NULL,
    "version_id" TEXT NOT NULL,
    "provision_id" TEXT,
    "author_id" TEXT NOT NULL,
    "organization_id" TEXT,
    "as_council" BOOLEAN NOT NULL DEFAULT false,
    "channel" "CommentChannel" NOT NULL DEFAULT 'PLATFORM',
    "entered_by_id" TEXT,
    "received_at" TIMESTAMP(3),
    "body" JSONB NOT NULL,
    "body_text" TEXT NOT NULL,
    "current_wording" TEXT,
    "proposed_wording" TEXT,
    "justification" TEXT,
    "status" "CommentStatus" NOT NULL DEFAULT 'DRAFT',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "submitted_at" TIMESTAMP(3),
    "receipt_number" TEXT,
    "receipt_hash" TEXT,
    "idempotency_key" TEXT NOT NULL,
    "hidden_at" TIMESTAMP(3),
    "hidden_reason" TEXT,
    "hidden_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comment_revisions" (
    "id" TEXT NOT NULL,
    "comment_id" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "status" "CommentStatus" NOT NULL,
    "body" JSONB NOT NULL,
    "proposed_wording" TEXT,
    "justification" TEXT,
    "receipt_number" TEXT NOT NULL,
    "receipt_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comment_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "responses" (
    "id" TEXT NOT NULL,
    "comment_id" TEXT NOT NULL,
    "position" "Position" NOT NULL,
    "justification" TEXT,
    "author_id" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "responses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "response_revisions" (
    "id" TEXT NOT NULL,
    "comment_id" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "position" "Position" NOT NULL,
    "justification" TEXT,
    "author_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "response_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "council_opinions" (
    "id" TEXT NOT NULL,
    "consultation_id" TEXT NOT NULL,
    "kind" "OpinionKind" NOT NULL,
    "text" TEXT,
    "resolution_number" TEXT,
    "adopted_on" DATE,
    "votes_for" INTEGER,
    "votes_against" INTEGER,
    "votes_abstaining" INTEGER,
    "members_present" INTEGER,
    "scan_file_id" TEXT,
    "recorded_by_id" TEXT,
    "recorded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "council_opinions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consultations" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "receipt_code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "act_type" "ActType" NOT NULL,
    "owner_unit_id" TEXT NOT NULL,
    "contact_name" TEXT NOT NULL,
    "contact_email" TEXT NOT NULL,
    "contact_phone" TEXT,
    "status" "ConsultationStatus" NOT NULL DEFAULT 'DRAFT',
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "opens_at" TIMESTAMP(3) NOT NULL,
    "closes_at" TIMESTAMP(3) NOT NULL,
    "forms" "ConsultationForm"[] DEFAULT ARRAY['ONLINE']::"ConsultationForm"[],
    "meeting_at" TIMESTAMP(3),
    "meeting_place" TEXT,
    "who_may_comment" "CommenterScope" NOT NULL DEFAULT 'ORGANIZATIONS',
    "justification_required" BOOLEAN NOT NULL DEFAULT true,
    "council_opinion_deadline" TIMESTAMP(3),
    "legal_basis" TEXT,
    "created_by_id" TEXT NOT NULL,
    "published_at" TIMESTAMP(3),
    "closed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "consultations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_versions" (
    "id" TEXT NOT NULL,
    "consultation_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "reason" TEXT,
    "source" "DraftSource" NOT NULL,
    "source_text" TEXT NOT NULL,
    "source_file_name" TEXT,
    "document" JSONB,
    "published_at" TIMESTAMP(3),
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "provisions" (
    "id" TEXT NOT NULL,
    "version_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "anchor" TEXT NOT NULL,
    "kind" "ProvisionKind" NOT NULL,
    "label" TEXT NOT NULL,
    "marker" TEXT,
    "citation" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "depth" INTEGER NOT NULL,
    "parent_id" TEXT,

    CONSTRAINT "provisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stored_files" (
    "id" TEXT NOT NULL,
    "consultation_id" TEXT,
    "purpose" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploaded_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organizations" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legal_form" "LegalForm" NOT NULL,
    "register_kind" "RegisterKind" NOT NULL,
    "register_name" TEXT,
    "register_number" TEXT,
    "seat_address" TEXT NOT NULL,
    "contact_person" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "verification" "VerificationState" NOT NULL DEFAULT 'PENDING',
    "verified_by_id" TEXT,
    "verified_at" TIMESTAMP(3),
    "rejection_reason" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "memberships" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL DEFAULT 'MEMBER',
    "status" "MembershipStatus" NOT NULL DEFAULT 'ACTIVE',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "memberships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "owner_units" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "is_coordinator" BOOLEAN NOT NULL DEFAULT false,
    "email" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "owner_units_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit_clerks" (
    "unit_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,

    CONSTRAINT "unit_clerks_pkey" PRIMARY KEY ("unit_id","user_id")
);

-- CreateTable
CREATE TABLE "council_members" (
    "user_id" TEXT NOT NULL,
    "appointed_by" "CouncilAppointment" NOT NULL,
    "is_co_chair" BOOLEAN NOT NULL DEFAULT false,
    "is_secretary" BOOLEAN NOT NULL DEFAULT false,
    "term_start" DATE NOT NULL,
    "term_end" DATE NOT NULL,

    CONSTRAINT "council_members_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "reports" (
    "id" TEXT NOT NULL,
    "consultation_id" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'GENERATING',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "publishing_body" TEXT,
    "author_name" TEXT,
    "entered_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "generated_at" TIMESTAMP(3),
    "published_at" TIMESTAMP(3),

    CONSTRAINT "reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_files" (
    "id" TEXT NOT NULL,
    "report_id" TEXT NOT NULL,
    "format" "ReportFormat" NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "generated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "report_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "seq" BIGINT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "prev_hash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "site_pages" (
    "slug" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "updated_by_id" TEXT,

    CONSTRAINT "site_pages_pkey" PRIMARY KEY ("slug","locale")
);

-- CreateTable
CREATE TABLE "settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "accounts_provider_provider_account_id_key" ON "accounts"("provider", "provider_account_id");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_session_token_key" ON "sessions"("session_token");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "verification_tokens_token_key" ON "verification_tokens"("token");

-- CreateIndex
CREATE UNIQUE INDEX "verification_tokens_identifier_token_key" ON "verification_tokens"("identifier", "token");

-- CreateIndex
CREATE INDEX "email_messages_to_created_at_idx" ON "email_messages"("to", "created_at");

-- CreateIndex
CREATE INDEX "email_messages_created_at_idx" ON "email_messages"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "comments_receipt_number_key" ON "comments"("receipt_number");

-- CreateIndex
CREATE UNIQUE INDEX "comments_idempotency_key_key" ON "comments"("idempotency_key");

-- CreateIndex
CREATE INDEX "comments_consultation_id_status_idx" ON "comments"("consultation_id", "status");

-- CreateIndex
CREATE INDEX "comments_provision_id_idx" ON "comments"("provision_id");

-- CreateIndex
CREATE INDEX "comments_author_id_idx" ON "comments"("author_id");

-- CreateIndex
CREATE INDEX "comments_organization_id_idx" ON "comments"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "comment_revisions_receipt_number_key" ON "comment_revisions"("receipt_number");

-- CreateIndex
CREATE UNIQUE INDEX "comment_revisions_comment_id_revision_key" ON "comment_revisions"("comment_id", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "responses_comment_id_key" ON "responses"("comment_id");

-- CreateIndex
CREATE UNIQUE INDEX "response_revisions_comment_id_revision_key" ON "response_revisions"("comment_id", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "council_opinions_consultation_id_key" ON "council_opinions"("consultation_id");

-- CreateIndex
CREATE UNIQUE INDEX "consultations_slug_key" ON "consultations"("slug");

-- CreateIndex
CREATE INDEX "consultations_status_opens_at_idx" ON "consultations"("status", "opens_at");

-- CreateIndex
CREATE INDEX "consultations_status_closes_at_idx" ON "consultations"("status", "closes_at");

-- CreateIndex
CREATE INDEX "consultations_owner_unit_id_idx" ON "consultations"("owner_unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "document_versions_consultation_id_number_key" ON "document_versions"("consultation_id", "number");

-- CreateIndex
CREATE INDEX "provisions_parent_id_idx" ON "provisions"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "provisions_version_id_key_key" ON "provisions"("version_id", "key");

-- CreateIndex
CREATE UNIQUE INDEX "provisions_version_id_order_key" ON "provisions"("version_id", "order");

-- CreateIndex
CREATE INDEX "stored_files_consultation_id_idx" ON "stored_files"("consultation_id");

-- CreateIndex
CREATE INDEX "organizations_verification_idx" ON "organizations"("verification");

-- CreateIndex
CREATE UNIQUE INDEX "organizations_register_kind_register_number_key" ON "organizations"("register_kind", "register_number");

-- CreateIndex
CREATE INDEX "memberships_organization_id_idx" ON "memberships"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_user_id_organization_id_key" ON "memberships"("user_id", "organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "owner_units_slug_key" ON "owner_units"("slug");

-- CreateIndex
CREATE INDEX "unit_clerks_user_id_idx" ON "unit_clerks"("user_id");

-- CreateIndex
CREATE INDEX "reports_consultation_id_created_at_idx" ON "reports"("consultation_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "report_files_report_id_format_key" ON "report_files"("report_id", "format");

-- CreateIndex
CREATE UNIQUE INDEX "audit_events_hash_key" ON "audit_events"("hash");

-- CreateIndex
CREATE INDEX "audit_events_entity_type_entity_id_idx" ON "audit_events"("entity_type", "entity_id");

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_consultation_id_fkey" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "document_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_provision_id_fkey" FOREIGN KEY ("provision_id") REFERENCES "provisions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_entered_by_id_fkey" FOREIGN KEY ("entered_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_revisions" ADD CONSTRAINT "comment_revisions_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responses" ADD CONSTRAINT "responses_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responses" ADD CONSTRAINT "responses_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "response_revisions" ADD CONSTRAINT "response_revisions_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "response_revisions" ADD CONSTRAINT "response_revisions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "council_opinions" ADD CONSTRAINT "council_opinions_consultation_id_fkey" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_owner_unit_id_fkey" FOREIGN KEY ("owner_unit_id") REFERENCES "owner_units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_consultation_id_fkey" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "document_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "provisions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_consultation_id_fkey" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_verified_by_id_fkey" FOREIGN KEY ("verified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_clerks" ADD CONSTRAINT "unit_clerks_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "owner_units"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_clerks" ADD CONSTRAINT "unit_clerks_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_consultation_id_fkey" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_files" ADD CONSTRAINT "report_files_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Not expressible in the Prisma schema ----------------------------------------

-- KRS numbers are exactly 10 digits, leading zeros kept.
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_krs_format"
  CHECK ("register_kind" <> 'KRS' OR ("register_number" IS NOT NULL AND "register_number" ~ '^[0-9]{10}$' AND "register_number" <> '0000000000'));

-- The audit log is append-only: rows are never changed or removed.
CREATE FUNCTION "audit_events_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "audit_events_append_only"
  BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "audit_events_refuse_change"();

CREATE TRIGGER "audit_events_no_truncate"
  BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_refuse_change"();
