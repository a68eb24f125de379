// The product's authorization matrix, one table: every server action and every route handler
// against eight actors. lib/security/authorization-matrix.int.test.ts calls each cell for real.
//
// The columns:
//   anon      nobody signed in
//   resident  a person with the RESIDENT role only
//   ngo       an active MANAGER of verified organisation A: the person who acts for it
//   otherOrg  an active manager of verified organisation B
//   council   a member of the Public Benefit Council with the secretary's right, who records the
//             Council's opinion (an ordinary member: lib/council/actions.int.test.ts)
//   clerk     a clerk of the owner unit of every consultation below (not CWOP)
//   oClerk    a clerk of another unit (not CWOP either)
//   admin     an administrator: no organisation, no unit, no seat
//
// "allow": an action answers { ok: true } (a form action: it did its work), a route its row's
// success status. "deny": an action answers "unauthenticated" (anon) or "forbidden"; a route 401
// (anon) or 403, or 404 where the row says so (a private thing whose existence must not show).
// Anything else (invalid, conflict, another status) fails the cell: a validation error passes
// neither as an allow nor as a deny.

export const ACTORS = [
  "anonymous",
  "resident",
  "ngoMember",
  "otherOrgMember",
  "councilMember",
  "unitClerk",
  "otherUnitClerk",
  "admin",
] as const;
export type Who = (typeof ACTORS)[number];
export type Verdict = "allow" | "deny";
export type Row = readonly [Verdict, Verdict, Verdict, Verdict, Verdict, Verdict, Verdict, Verdict];

// biome-ignore format: the table is aligned by hand, one row per action or route
export const MATRIX = {
  //                                                    anon     resident ngo      otherOrg council  clerk    oClerk   admin
  // Server actions (lib/<domain>/actions.ts, modules with the use-server directive)
  "users.saveProfile":                                ["deny",  "allow", "allow", "allow", "allow", "allow", "allow", "allow"], // their own profile
  "users.setUserRolesAction":                         ["deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "allow"],
  "users.deleteOwnAccountAction":                     ["deny",  "allow", "allow", "allow", "allow", "allow", "allow", "allow"], // one's own account (a fresh person per cell; organisation A has other managers)
  "consultations.createConsultationAction":           ["deny",  "deny",  "deny",  "deny",  "deny",  "allow", "deny",  "allow"], // for the owner unit
  "consultations.saveDraftConsultationAction":        ["deny",  "deny",  "deny",  "deny",  "deny",  "allow", "deny",  "allow"],
  "consultations.savePublishedConsultationAction":    ["deny",  "deny",  "deny",  "deny",  "deny",  "allow", "deny",  "allow"],
  "consultations.publishConsultationAction":          ["deny",  "deny",  "deny",  "deny",  "deny",  "allow", "deny",  "allow"],
  "consultations.unpublishConsultationAction":        ["deny",  "deny",  "deny",  "deny",  "deny",  "allow", "deny",  "allow"],
  "units.createUnitAction":                           ["deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "allow"],
  "units.updateUnitAction":                           ["deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "allow"],
  "units.addUnitClerkAction":                         ["deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "allow"],
  "units.removeUnitClerkAction":                      ["deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "allow"],
  "units.setCouncilSeatAction":                       ["deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "allow"],
  "units.removeCouncilSeatAction":                    ["deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "allow"],
  "notifications.savePreferencesAction":              ["deny",  "deny",  "allow", "deny",  "deny",  "deny",  "deny",  "allow"], // organisation A's subscription (one's own: anybody signed in)
  "notifications.unsubscribeAction":                  ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"], // the signed token in the form is the authority, no login
  "drafts.saveDraftAction":                           ["deny",  "deny",  "deny",  "deny",  "deny",  "allow", "deny",  "allow"],
  "drafts.deleteAttachmentAction":                    ["deny",  "deny",  "deny",  "deny",  "deny",  "allow", "deny",  "allow"],
  "comments.saveCommentDraftAction":                  ["deny",  "allow", "allow", "allow", "allow", "allow", "allow", "allow"], // autosave is private: also where the person may not submit
  "comments.loadCommentDraftAction":                  ["deny",  "allow", "allow", "allow", "allow", "allow", "allow", "allow"], // their own draft
  "comments.submitCommentAction":                     ["deny",  "deny",  "allow", "allow", "allow", "deny",  "deny",  "deny"], // an NGO consultation: organisations and the Council, no individuals
  "comments.editCommentAction":                       ["deny",  "deny",  "allow", "deny",  "deny",  "deny",  "deny",  "deny"], // a comment of organisation A: its members speak for it
  "comments.withdrawCommentAction":                   ["deny",  "deny",  "allow", "deny",  "deny",  "deny",  "deny",  "deny"], // a comment of organisation A
  "comments.hideCommentAction":                       ["deny",  "deny",  "deny",  "deny",  "deny",  "allow", "deny",  "allow"],
  "organizations.registerOrganizationAction":         ["deny",  "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "organizations.updateOrganizationAction":           ["deny",  "deny",  "allow", "deny",  "deny",  "deny",  "deny",  "allow"], // organisation A's record: its manager and admins
  "organizations.requestToJoinAction":                ["deny",  "allow", "allow", "allow", "allow", "allow", "allow", "allow"], // a verified organisation none of them belongs to
  "organizations.decideJoinRequestAction":            ["deny",  "deny",  "allow", "deny",  "deny",  "deny",  "deny",  "allow"],
  "organizations.inviteMemberAction":                 ["deny",  "deny",  "allow", "deny",  "deny",  "deny",  "deny",  "allow"],
  "organizations.respondToInvitationAction":          ["deny",  "allow", "deny",  "deny",  "deny",  "deny",  "deny",  "deny"], // an invitation addressed to the resident: only they answer it
  "organizations.leaveOrganizationAction":            ["deny",  "deny",  "allow", "deny",  "deny",  "deny",  "deny",  "deny"], // leaving organisation A (which has other managers)
  "organizations.changeMemberRoleAction":             ["deny",  "deny",  "allow", "deny",  "deny",  "deny",  "deny",  "allow"],
  "organizations.removeMemberAction":                 ["deny",  "deny",  "allow", "deny",  "deny",  "deny",  "deny",  "allow"],
  "organizations.decideVerificationAction":           ["deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "allow"], // CWOP clerks and admins; the owner unit is not CWOP
  "reports.requestReportAction":                      ["deny",  "deny",  "deny",  "deny",  "deny",  "allow", "deny",  "deny"], // the owner unit (and CWOP) prepare the report, not admins
  "reports.publishReportAction":                      ["deny",  "deny",  "deny",  "deny",  "deny",  "allow", "deny",  "deny"], // the same
  "settings.saveSettingsAction":                      ["deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "allow"],
  "site.saveSitePageAction":                          ["deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "allow"],
  "responses.saveAnswersAction":                      ["deny",  "deny",  "deny",  "deny",  "deny",  "allow", "deny",  "deny"], // only the owner unit answers (not CWOP, not admins)
  "responses.assignCommentAction":                    ["deny",  "deny",  "deny",  "deny",  "deny",  "allow", "deny",  "deny"],
  "responses.enterCommentAction":                     ["deny",  "deny",  "deny",  "deny",  "deny",  "allow", "deny",  "deny"], // the owner unit and CWOP type in letters, not admins
  "council.saveCouncilOpinionAction":                 ["deny",  "deny",  "deny",  "deny",  "allow", "deny",  "deny",  "deny"], // the Council's secretary, and nobody else
  "council.hideCommentAction":                        ["deny",  "deny",  "deny",  "deny",  "deny",  "allow", "deny",  "allow"],
  "i18n.switchLanguage":                              ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],

  // Route handlers (app/**/route.ts, one row per exported method)
  "GET /api/auth/[...nextauth]":                      ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"], // /api/auth/session: each actor's own session
  "POST /api/auth/[...nextauth]":                     ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"], // /api/auth/signin/email: asking for a sign-in link
  "GET /api/health":                                  ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "POST /api/konsultacje/[id]/zalaczniki":            ["deny",  "deny",  "deny",  "deny",  "deny",  "allow", "deny",  "allow"],
  "GET /api/pliki/[id]":                              ["deny",  "deny",  "deny",  "deny",  "deny",  "allow", "deny",  "allow"], // a letter's scan (personal data): 404 for everyone else
  "GET /api/sprawozdania/[reportId]/[format]":        ["deny",  "deny",  "deny",  "deny",  "deny",  "allow", "deny",  "deny"], // a draft report's PDF: 404 for everyone else, admins too
  "GET /api/v1/consultations":                        ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "OPTIONS /api/v1/consultations":                    ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "GET /api/v1/consultations.csv":                    ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "OPTIONS /api/v1/consultations.csv":                ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "GET /api/v1/consultations/[id]":                   ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "OPTIONS /api/v1/consultations/[id]":               ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "GET /api/v1/consultations/[id]/comments":          ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "OPTIONS /api/v1/consultations/[id]/comments":      ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "GET /api/v1/consultations/[id]/comments.csv":      ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "OPTIONS /api/v1/consultations/[id]/comments.csv":  ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "GET /api/v1/consultations/[id]/report":            ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "OPTIONS /api/v1/consultations/[id]/report":        ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "GET /api/v1/consultations/[id]/units":             ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "OPTIONS /api/v1/consultations/[id]/units":         ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "GET /api/v1/consultations/[id]/units.csv":         ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "OPTIONS /api/v1/consultations/[id]/units.csv":     ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "GET /api/v1/openapi.json":                         ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "OPTIONS /api/v1/openapi.json":                     ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "GET /api/v1/reports":                              ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "OPTIONS /api/v1/reports":                          ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "GET /kalendarz.ics":                               ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "GET /konsultacje.atom":                            ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "GET /konsultacje/[slug]/kalendarz.ics":            ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"],
  "GET /powiadomienia/wypisz":                        ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"], // leads to the confirmation page; never unsubscribes
  "POST /powiadomienia/wypisz":                       ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"], // RFC 8058 one-click: the signed token is the authority
  "POST /rada/opinie/[consultationId]/skan":          ["deny",  "deny",  "deny",  "deny",  "allow", "deny",  "deny",  "deny"], // the Council's secretary
  "GET /profil/dane":                                 ["deny",  "allow", "allow", "allow", "allow", "allow", "allow", "allow"], // one's own data, whoever is signed in
  "GET /panel/statystyki/csv":                        ["deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "deny",  "allow"], // CWOP and admins; 403 also for the anonymous visitor
  "POST /panel/konsultacje/[id]/projekt/import":      ["deny",  "deny",  "deny",  "deny",  "deny",  "allow", "deny",  "allow"],
  "POST /panel/konsultacje/[id]/uwagi/skan":          ["deny",  "deny",  "deny",  "deny",  "deny",  "allow", "deny",  "deny"], // as typing in a letter: the owner unit and CWOP
  "POST /wyloguj":                                    ["allow", "allow", "allow", "allow", "allow", "allow", "allow", "allow"], // signing out needs no more than a form of this site
} satisfies Record<string, Row>;

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type RowKey = keyof typeof MATRIX;
export type RouteKey = Extract<RowKey, `${(typeof HTTP_METHODS)[number]} ${string}`>;
export type ActionKey = Exclude<RowKey, RouteKey>;
export const isRoute = (key: RowKey): key is RouteKey => HTTP_METHODS.some((method) => key.startsWith(`${method} `));
