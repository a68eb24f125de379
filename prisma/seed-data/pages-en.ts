// Demo content of the editable pages, in English (see pages-pl.ts).
export const aboutEn = {
  title: "Non-Governmental Organisations Cooperation Centre",
  body: `The Non-Governmental Organisations Cooperation Centre (CWOP) is the unit of Białystok City Hall that develops cooperation between the City and non-governmental organisations, so that public tasks serving residents' needs are carried out well.

## Why the Centre exists

It develops social dialogue and partnerships, supports the work of organisations and volunteering, raises residents' civic awareness and helps them with their own initiatives.

## What it does

- gives organisations working for Białystok's residents practical support: management, cooperation with local government, volunteering, carrying out public tasks and sources of funding;
- runs the procedures for commissioning public tasks, especially community building, promoting volunteering, human rights and civil liberties and supporting democracy, as well as so-called own contributions and regranting;
- creates a platform of cooperation between local-government units and organisations;
- works as a local activity centre and an incubator of civic initiatives;
- collects and shares publications about the third sector;
- **coordinates the consultation of local-law acts with non-governmental organisations** — the reason this platform exists;
- coordinates the preparation and implementation of the annual Programme of cooperation between the City of Białystok and NGOs;
- promotes positive social attitudes, for example through the competitions "Miejsce Przyjazne Seniorom" (Senior-Friendly Place) and "Ośmiu Wspaniałych" (Magnificent Eight) for young people;
- cooperates with the advisory bodies: the Białystok Public Benefit Council and the Białystok City Seniors' Council.

## Who it is for

Associations, ordinary associations, foundations, initiative groups preparing to register an organisation, and the residents of Białystok.

## Contact

The Mayor's plenipotentiary for cooperation with non-governmental organisations: **Anna Pawłowska**
email: [anna.pawlowska@um.bialystok.pl](mailto:anna.pawlowska@um.bialystok.pl), phone 510 095 630

The Centre also has a Facebook profile, linked from the City's website.`,
};

export const accessibilityEn = {
  title: "Accessibility statement",
  body: `Białystok City Hall is committed to making this platform accessible in accordance with the Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public bodies. This statement covers the "Konsultacje" platform, on which the City consults draft local law with non-governmental organisations.

## Compliance status

The platform is designed to meet WCAG 2.1 level AA (EN 301 549). Every page has a "Skip to main content" link, headings and landmarks, a visible focus, labelled form fields and an error summary at the top of each form. Every function works with a keyboard.

Draft acts are shown as text divided into drafting units (paragraphs, sections, points, letters), not as scans. Attached scans of signed documents may not be accessible — their content is always published as text on the consultation page as well.

### What is checked automatically with every change to the platform

- Every page, in Polish and in English, signed out and signed in as each role (organisation, Council, clerk, administrator), is checked with axe-core against WCAG 2.1 A and AA; it must show no violations. Forms are also checked with their error messages shown, and with the comment editor open.
- A separate test goes the whole way with the keyboard only: signing in, finding a unit of the draft, writing a comment and submitting it.
- The "Skip to main content" link, landmarks, the visible focus and the announcement of form errors to screen readers are checked.

### Known limitations

- The consultation report as PDF is not a tagged PDF. The same content is available as the report's web page and as an editable DOCX file.
- Charts in the report and the statistics have a text equivalent (a list of figures for screen readers).

## Preparation of this statement

This statement was prepared on 28 November 2026 on the basis of a self-assessment and the results of the automated test suite described above. The platform's administrator reviews it at least once a year, by 31 March, using the results of automated accessibility tests and a manual review.

## Feedback and contact

For accessibility questions contact the Non-Governmental Organisations Cooperation Centre of Białystok City Hall. You can use the same route to report an accessibility problem and to ask for information that is not accessible, or for it in another form (an alternative means of access).

## Enforcement procedure

Anyone may demand that a website or an element of it be made accessible. The demand gives contact details, the page or element concerned and how to reply. The public body provides accessibility without delay and no later than 7 days after the demand; if that is not possible, it says so and names a date no later than 2 months away. If accessibility cannot be provided, it may offer an alternative means of access.

After this procedure you may file a complaint, and you may also apply to the Commissioner for Human Rights.`,
};

/** The information of art. 13 GDPR for the platform (see pages-pl.ts). */
export const privacyEn = {
  title: "Personal data protection",
  body: `## Controller

The controller of the personal data processed on the “Konsultacje” platform is the Mayor of the City of Białystok, Białystok City Hall. The data protection officer can be contacted at the address given in the City Hall's Public Information Bulletin (BIP).

## Purpose and legal basis

We process data to consult drafts of local law with non-governmental organisations and the entities listed in art. 3(3) of the Act on Public Benefit and Volunteer Work (art. 5(5) of that act): receiving comments, issuing receipts, answering comments and publishing the report — a task carried out in the public interest (art. 6(1)(e) GDPR). Your name is shown with a comment only with your consent (art. 6(1)(a) GDPR), which you can withdraw at any time in your profile.

## What data

Your e-mail address (to sign in and for notifications), your name (if you give it), your organisations, the text of your comments with their versions and receipts, and the audit log entries (who submitted, changed or withdrew a comment, and when).

## Recipients

Organisations' comments are published under the organisation's name; private persons' comments as “Mieszkaniec/Mieszkanka” (resident), unless you agree to be named. The consultation report is published on the platform and in the Public Information Bulletin. E-mails are sent on the City Hall's behalf by an e-mail provider.

## How long

Account data is kept until the account is deleted. The consultation record (comments, answers, report) is kept for as long as the rules on archiving the City Hall's documents require.

## Your rights

You have the right to access your data and to take it with you (in your profile: “Download my data”), to correct it (in your profile), to have it erased (in your profile: “Delete account” — submitted comments stay in the consultation record without your name), to restrict processing and to object, and to lodge a complaint with the President of the Personal Data Protection Office (PUODO).`,
};
