import { getTranslations } from "next-intl/server";
import type { PositionValue } from "@/lib/responses/schema";

const STYLE: Record<PositionValue | "none", string> = {
  ACCEPTED: "bg-[#cce2d8]",
  PARTLY_ACCEPTED: "bg-[#d2e2f1]",
  REJECTED: "bg-[#f6d7d2]",
  EXPLAINED: "bg-surface",
  none: "border-2 border-ink",
};

/** The position in words on a coloured tag (the colour only repeats what the words say). */
export async function PositionBadge({ position }: { position: PositionValue | null }) {
  const t = await getTranslations("inbox.position");
  const key = position ?? "none";
  return (
    <strong className={`inline-block px-2 ${STYLE[key]}`} data-testid="inbox-position">
      {t(key)}
    </strong>
  );
}
