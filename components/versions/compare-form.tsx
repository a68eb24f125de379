import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import type { VersionPair } from "@/lib/versions/params";

type Props = { numbers: readonly number[]; pair: VersionPair; changesOnly: boolean };

/** A plain GET form (`?od=1&do=2`): works without JavaScript and gives a link to share. */
export async function CompareForm({ numbers, pair, changesOnly }: Props) {
  const t = await getTranslations("versions");
  const select = (name: "od" | "do", label: string, value: number) => (
    <div>
      <label htmlFor={`version-${name}`} className="mb-1 block font-bold">
        {label}
      </label>
      <select
        id={`version-${name}`}
        name={name}
        defaultValue={String(value)}
        className="min-w-40 border-2 border-ink bg-white px-2 py-1"
      >
        {numbers.map((n) => (
          <option key={n} value={n}>
            {t("versionNumber", { number: n })}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" className="no-print mb-8 flex flex-wrap items-end gap-4" aria-labelledby="compare-title">
      {select("od", t("from"), pair.from)}
      {select("do", t("to"), pair.to)}
      <div className="flex items-center gap-2 py-1">
        <input
          id="changes-only"
          type="checkbox"
          name="zmiany"
          value="1"
          defaultChecked={changesOnly}
          className="size-6"
        />
        <label htmlFor="changes-only">{t("changesOnly")}</label>
      </div>
      <Button type="submit">{t("submit")}</Button>
    </form>
  );
}
