/** Where the organisations' forms look up a message key: the shared `validation` first. */
export const ORG_MESSAGE_NAMESPACES = ["validation", "orgValidation", "orgErrors"] as const;
/** What the organisations' buttons need in the browser: those, and `form` for "the server did not answer". */
export const ORG_CLIENT_NAMESPACES = [...ORG_MESSAGE_NAMESPACES, "form"] as const;
