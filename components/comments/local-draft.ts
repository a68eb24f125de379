import type { JSONContent } from "@tiptap/react";

/** What is kept on the device while someone writes: survives a reload, offline and a lost session. */
export type LocalDraft = {
  idempotencyKey: string;
  body: JSONContent | null;
  proposedWording: string;
  justification: string;
  behalf: string;
  /** ISO time of the last change. */
  savedAt: string;
  /** For an edit: the receipt number of the version the text started from. */
  basedOn?: string;
};

const PREFIX = "konsultacje:uwaga:";

export function localDraftKey(consultationId: string, openId: string): string {
  return `${PREFIX}${consultationId}:${openId}`;
}

export function readLocalDraft(key: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<LocalDraft>;
    if (typeof value.idempotencyKey !== "string" || typeof value.savedAt !== "string") return null;
    return {
      idempotencyKey: value.idempotencyKey,
      body: (value.body as JSONContent | null) ?? null,
      proposedWording: typeof value.proposedWording === "string" ? value.proposedWording : "",
      justification: typeof value.justification === "string" ? value.justification : "",
      behalf: typeof value.behalf === "string" ? value.behalf : "",
      savedAt: value.savedAt,
      ...(typeof value.basedOn === "string" ? { basedOn: value.basedOn } : {}),
    };
  } catch {
    return null;
  }
}

export function writeLocalDraft(key: string, draft: LocalDraft): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    // Private mode or a full storage: the server draft still keeps the text.
    return false;
  }
}

export function clearLocalDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to do: the entry simply stays.
  }
}
