// Message catalogues, one file per area so that features add their own file.
// Every file's top-level keys are namespaces; catalogues.test.ts checks that the
// two languages have the same keys and that no namespace is defined twice.
import enAuth from "./messages/en/auth.json";
import enCommenting from "./messages/en/commenting.json";
import enComments from "./messages/en/comments.json";
import enConsultations from "./messages/en/consultations.json";
import enCore from "./messages/en/core.json";
import enCouncil from "./messages/en/council.json";
import enDrafts from "./messages/en/drafts.json";
import enEmails from "./messages/en/emails.json";
import enErrors from "./messages/en/errors.json";
import enInbox from "./messages/en/inbox.json";
import enNotifications from "./messages/en/notifications.json";
import enOrganizations from "./messages/en/organizations.json";
import enPages from "./messages/en/pages.json";
import enPanel from "./messages/en/panel.json";
import enReports from "./messages/en/reports.json";
import enVersions from "./messages/en/versions.json";
import plAuth from "./messages/pl/auth.json";
import plCommenting from "./messages/pl/commenting.json";
import plComments from "./messages/pl/comments.json";
import plConsultations from "./messages/pl/consultations.json";
import plCore from "./messages/pl/core.json";
import plCouncil from "./messages/pl/council.json";
import plDrafts from "./messages/pl/drafts.json";
import plEmails from "./messages/pl/emails.json";
import plErrors from "./messages/pl/errors.json";
import plInbox from "./messages/pl/inbox.json";
import plNotifications from "./messages/pl/notifications.json";
import plOrganizations from "./messages/pl/organizations.json";
import plPages from "./messages/pl/pages.json";
import plPanel from "./messages/pl/panel.json";
import plReports from "./messages/pl/reports.json";
import plVersions from "./messages/pl/versions.json";

export const catalogueFiles = {
  pl: {
    core: plCore,
    errors: plErrors,
    consultations: plConsultations,
    auth: plAuth,
    pages: plPages,
    emails: plEmails,
    panel: plPanel,
    drafts: plDrafts,
    versions: plVersions,
    comments: plComments,
    organizations: plOrganizations,
    commenting: plCommenting,
    council: plCouncil,
    inbox: plInbox,
    reports: plReports,
    notifications: plNotifications,
  },
  en: {
    core: enCore,
    errors: enErrors,
    consultations: enConsultations,
    auth: enAuth,
    pages: enPages,
    emails: enEmails,
    panel: enPanel,
    drafts: enDrafts,
    versions: enVersions,
    comments: enComments,
    organizations: enOrganizations,
    commenting: enCommenting,
    council: enCouncil,
    inbox: enInbox,
    reports: enReports,
    notifications: enNotifications,
  },
} as const;

export const catalogues = {
  pl: {
    ...plCore,
    ...plErrors,
    ...plConsultations,
    ...plAuth,
    ...plPages,
    ...plEmails,
    ...plPanel,
    ...plDrafts,
    ...plVersions,
    ...plComments,
    ...plOrganizations,
    ...plCommenting,
    ...plCouncil,
    ...plInbox,
    ...plReports,
    ...plNotifications,
  },
  en: {
    ...enCore,
    ...enErrors,
    ...enConsultations,
    ...enAuth,
    ...enPages,
    ...enEmails,
    ...enPanel,
    ...enDrafts,
    ...enVersions,
    ...enComments,
    ...enOrganizations,
    ...enCommenting,
    ...enCouncil,
    ...enInbox,
    ...enReports,
    ...enNotifications,
  },
} as const;

export type Messages = (typeof catalogues)["pl"];
