import { getTranslations } from "next-intl/server";

type Org = {
  legalForm: string;
  registerKind: string;
  registerName: string | null;
  registerNumber: string | null;
  seatAddress: string;
  contactPerson: string;
  email: string;
  phone: string | null;
};

/** The organisation's identification; contact details only for those allowed to see them. */
export async function OrganizationDetails({ org, withContact }: { org: Org; withContact: boolean }) {
  const t = await getTranslations("orgPage");
  const tLegal = await getTranslations("orgLegalForm");
  const tRegister = await getTranslations("orgRegisterKind");
  const rows: [string, string][] = [
    [t("legalForm"), tLegal(org.legalForm as never)],
    [
      t("register"),
      org.registerKind === "KRS" || org.registerKind === "NONE"
        ? tRegister(org.registerKind as never)
        : `${tRegister(org.registerKind as never)}: ${org.registerName ?? ""}`,
    ],
    ...(org.registerNumber ? [[t("registerNumber"), org.registerNumber] as [string, string]] : []),
    [t("seatAddress"), org.seatAddress],
    ...(withContact
      ? ([
          [t("contactPerson"), org.contactPerson],
          [t("email"), org.email],
          ...(org.phone ? [[t("phone"), org.phone]] : []),
        ] as [string, string][])
      : []),
  ];
  return (
    <dl className="mb-8 max-w-3xl divide-y divide-line border-y border-line" data-testid="organization-details">
      {rows.map(([label, value]) => (
        <div key={label} className="grid gap-1 py-3 sm:grid-cols-[14rem_1fr]">
          <dt className="font-bold">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const tagClass = {
  VERIFIED: "bg-[#cce2d8] text-[#005a30]",
  PENDING: "bg-[#fff7bf] text-[#594d00]",
  REJECTED: "bg-[#f4cdc6] text-[#942514]",
} as const;

export async function VerificationTag({ state }: { state: keyof typeof tagClass }) {
  const t = await getTranslations("orgVerificationState");
  return (
    <strong className={`inline-block px-2 py-0.5 text-base ${tagClass[state]}`} data-testid="verification-state">
      {t(state)}
    </strong>
  );
}
