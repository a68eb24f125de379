import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { canOpenPreferences } from "@/lib/notifications/policy";
import { getPreferencesPage, type SubscriptionView } from "@/lib/notifications/queries";
import { PreferencesForm } from "./preferences-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

async function StateNote({ subscription }: { subscription: SubscriptionView }) {
  const [t, format] = await Promise.all([getTranslations("notifications"), getFormatter()]);
  if (subscription.unsubscribedAt) {
    const date = format.dateTime(subscription.unsubscribedAt, { dateStyle: "long" });
    return <p className="mb-4 text-muted">{t("unsubscribedNote", { date })}</p>;
  }
  return subscription.stored ? null : <p className="mb-4 text-muted">{t("defaultNote")}</p>;
}

export default async function NotificationPreferencesPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/logowanie?callbackUrl=/powiadomienia");
  if (!canOpenPreferences(user)) return <Forbidden />;
  const [t, page] = await Promise.all([getTranslations("notifications"), getPreferencesPage(user)]);
  const initial = (s: SubscriptionView) => ({ unitIds: s.unitIds, frequency: s.frequency });
  return (
    <>
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-8 max-w-2xl">{t("intro")}</p>
      <section aria-labelledby="own-title" className="mb-12" data-testid="own-preferences">
        <h2 id="own-title" className="mb-2">
          {t("ownTitle")}
        </h2>
        <p className="mb-2">{t("ownHint", { email: user.email })}</p>
        {user.council ? <p className="mb-2 max-w-2xl text-muted">{t("councilHint")}</p> : null}
        <StateNote subscription={page.own} />
        <PreferencesForm idPrefix="own" target={{ kind: "user" }} units={page.units} initial={initial(page.own)} />
      </section>
      {page.organizations.map((org, index) => (
        <section
          key={org.id}
          aria-labelledby={`org-${index}-title`}
          className="mb-12"
          data-testid="organization-preferences"
        >
          <h2 id={`org-${index}-title`} className="mb-2">
            {t("organizationTitle", { name: org.name })}
          </h2>
          <p className="mb-2 max-w-2xl">{t("organizationHint", { email: org.email })}</p>
          {org.verification === "VERIFIED" ? null : <p className="mb-2 text-muted">{t("organizationUnverified")}</p>}
          <StateNote subscription={org.subscription} />
          <PreferencesForm
            idPrefix={`org-${index}`}
            target={{ kind: "organization", organizationId: org.id }}
            units={page.units}
            initial={initial(org.subscription)}
          />
        </section>
      ))}
    </>
  );
}
