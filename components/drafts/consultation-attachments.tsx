import { listAttachments } from "@/lib/drafts/queries";
import { AttachmentList } from "./attachment-list";

/** The attachments of a published consultation, for its public page (nothing when there are none). */
export async function ConsultationAttachments({ consultationId }: { consultationId: string }) {
  const files = await listAttachments(consultationId);
  return <AttachmentList files={files} hideWhenEmpty />;
}
