import "server-only";
import { appendAuditEvent } from "@/lib/audit/log";
import { db } from "@/lib/db";
import type { SitePageInput } from "./schema";

export async function saveSitePage(actorId: string, input: SitePageInput) {
  return db.$transaction(async (tx) => {
    const page = await tx.sitePage.upsert({
      where: { slug_locale: { slug: input.slug, locale: input.locale } },
      create: { ...input, updatedById: actorId },
      update: { title: input.title, body: input.body, updatedById: actorId },
    });
    await appendAuditEvent(tx, {
      actorId,
      action: "site_page.saved",
      entityType: "SitePage",
      entityId: `${input.slug}/${input.locale}`,
      data: { title: input.title, length: input.body.length },
    });
    return page;
  });
}
