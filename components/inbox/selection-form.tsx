import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

export const SELECTION_FORM_ID = "inbox-selection";

/**
 * The comments ticked in the table (their checkboxes belong to this form through `form=`) go to
 * one shared answer. A GET form: the choice works without JavaScript.
 */
export async function SelectionForm({ action, returnQuery }: { action: string; returnQuery: string }) {
  const t = await getTranslations("inbox.selection");
  return (
    <form
      id={SELECTION_FORM_ID}
      method="get"
      action={action}
      aria-labelledby="selection-heading"
      className="mb-8 border-l-4 border-line pl-4"
    >
      <h2 id="selection-heading" className="mb-1 text-xl">
        {t("heading")}
      </h2>
      <p className="mb-3 max-w-3xl">{t("hint")}</p>
      {returnQuery ? <input type="hidden" name="lista" value={returnQuery} /> : null}
      <Button type="submit" variant="secondary">
        {t("submit")}
      </Button>
    </form>
  );
}
