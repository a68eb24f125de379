import { canonicalJson, sha256Hex } from "@/lib/audit/chain";

/** BIA/2027/PW/000123: city, year of submission, consultation code, running number. */
export function formatReceiptNumber(parts: {
  cityCode: string;
  year: number;
  consultationCode: string;
  sequence: number;
}): string {
  return `${parts.cityCode}/${parts.year}/${parts.consultationCode}/${String(parts.sequence).padStart(6, "0")}`;
}

const RECEIPT = /^([A-Z]{2,6})\/(\d{4})\/([A-Z0-9]{1,8})\/(\d{6,})$/;

export function parseReceiptNumber(value: string) {
  const match = RECEIPT.exec(value.trim().toUpperCase());
  if (!match) return null;
  return {
    cityCode: match[1] as string,
    year: Number(match[2]),
    consultationCode: match[3] as string,
    sequence: Number(match[4]),
  };
}

export type ReceiptContent = {
  receiptNumber: string;
  consultationId: string;
  provisionCitation: string | null;
  organizationId: string | null;
  authorId: string;
  revision: number;
  status: string;
  body: unknown;
  proposedWording: string | null;
  justification: string | null;
  submittedAt: Date;
};

/** SHA-256 of the canonical (RFC 8785) JSON of what was submitted: anyone can recompute it. */
export function receiptHash(content: ReceiptContent): string {
  return sha256Hex(canonicalJson({ ...content, submittedAt: content.submittedAt.toISOString() }));
}
