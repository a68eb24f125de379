/** Where the organisations' forms look up a message key: the shared `validation` first. */
export const ORG_MESSAGE_NAMESPACES = ["validation", "orgValidation", "orgErrors"] as const;
