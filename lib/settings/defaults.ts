/**
 * Everything the domain guide marks as configurable, with its default. A city
 * overrides any of these in the `settings` table; nothing here is hard-coded elsewhere.
 */
export const settingDefaults = {
  /** Prefix of receipt numbers (BIA/2027/PW/000123). */
  cityCode: "BIA",
  cityName: "Miasto Białystok",
  publishingBody: "Prezydent Miasta Białegostoku",
  /** What a new consultation's form suggests as its legal basis (the report states it). */
  consultationLegalBasis:
    "art. 5 ust. 5 ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie",
  minConsultationDays: 7,
  /** Below this many days the clerk sees a warning (observed practice is 10–14). */
  recommendedConsultationDays: 10,
  councilOpinionDays: 14,
  reportDueDays: 30,
  /** Comments without a justification may be disregarded. */
  justificationRequiredByDefault: true,
  /** pg_trgm similarity above which comments are grouped as near-identical. */
  similarityThreshold: 0.6,
  councilName: "Białostocka Rada Działalności Pożytku Publicznego",
  councilSize: 10,
  councilTermYears: 3,
} as const;

export type Settings = {
  -readonly [K in keyof typeof settingDefaults]: (typeof settingDefaults)[K] extends number
    ? number
    : (typeof settingDefaults)[K] extends boolean
      ? boolean
      : string;
};
