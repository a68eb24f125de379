import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

/** A plain GET form: works without JavaScript. */
export async function ReceiptLookupForm({ initial = "" }: { initial?: string }) {
  const t = await getTranslations("receipt");
  return (
    <form method="get" action="/potwierdzenie" className="max-w-xl">
      <Field id="numer" label={t("numberLabel")} hint={t("numberHint")}>
        <input
          id="numer"
          name="numer"
          defaultValue={initial}
          className={inputClass}
          aria-describedby="numer-hint"
          spellCheck={false}
        />
      </Field>
      <Button type="submit">{t("check")}</Button>
    </form>
  );
}
