import type { SubmitterLabel } from "@/lib/responses/queries";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Who signed a comment, in words; `t` is the "inbox" translator. */
export function submitterText(t: Translate, submitter: SubmitterLabel): string {
  switch (submitter.kind) {
    case "organization":
    case "sender":
    case "person":
      return submitter.name;
    case "council":
      return t("submitter.council");
    case "resident":
      return t("submitter.individual");
  }
}
