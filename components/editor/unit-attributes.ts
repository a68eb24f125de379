import { Extension } from "@tiptap/react";

function dataAttribute(name: string) {
  return {
    default: null,
    // A new paragraph made with Enter is a new unit: it must not inherit the unit's key.
    keepOnSplit: false,
    parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`),
    renderHTML: (attributes: Record<string, unknown>) => {
      const key = name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
      const value = attributes[key];
      return typeof value === "string" ? { [`data-${name}`]: value } : {};
    },
  };
}

/** Keeps the drafting unit's key, kind and citation on paragraphs and headings (`data-unit-key`, …). */
export const UnitAttributes = Extension.create({
  name: "unitAttributes",
  addGlobalAttributes() {
    return [
      {
        types: ["paragraph", "heading"],
        attributes: {
          unitKey: dataAttribute("unit-key"),
          kind: dataAttribute("kind"),
          citation: dataAttribute("citation"),
        },
      },
    ];
  },
});
