"use client";

import { EditorContent, type JSONContent, useEditor, useEditorState } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { ToolbarButton } from "@/components/editor/toolbar-button";
import { UnitAttributes } from "./unit-attributes";

type Props = {
  /** The draft as a Tiptap document (`unitsToDoc`), one block per drafting unit. */
  initialDoc: JSONContent;
  onChange: (doc: JSONContent) => void;
  labelId: string;
  hintId: string;
};

/**
 * The draft editor: paragraphs and headings only (each one a drafting unit, carrying its key),
 * hard breaks, bold and italic. Loaded with next/dynamic only when a clerk opens it.
 */
export default function DraftEditor({ initialDoc, onChange, labelId, hintId }: Props) {
  const t = useTranslations("drafts.editor");
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({
        blockquote: false,
        bulletList: false,
        orderedList: false,
        listItem: false,
        listKeymap: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        link: false,
        underline: false,
        heading: { levels: [1, 2, 3] },
      }),
      UnitAttributes,
    ],
    content: initialDoc,
    editorProps: {
      attributes: {
        "aria-labelledby": labelId,
        "aria-describedby": hintId,
        "aria-multiline": "true",
        role: "textbox",
        "data-testid": "draft-editor",
        class:
          "min-h-64 max-h-[70vh] overflow-y-auto border-2 border-ink bg-white p-3 text-base focus-visible:outline-3 focus-visible:outline-focus [&_h1]:text-xl [&_h2]:text-lg [&_p]:my-1",
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.getJSON()),
  });
  useEffect(() => {
    if (editor) onChange(editor.getJSON());
  }, [editor, onChange]);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({ bold: e?.isActive("bold") ?? false, italic: e?.isActive("italic") ?? false }),
  });

  return (
    <div>
      <div role="toolbar" aria-label={t("toolbar")} className="mb-2 flex gap-2">
        <ToolbarButton
          active={state?.bold ?? false}
          className="font-bold"
          onClick={() => editor?.chain().focus().toggleBold().run()}
        >
          {t("bold")}
        </ToolbarButton>
        <ToolbarButton
          active={state?.italic ?? false}
          className="italic"
          onClick={() => editor?.chain().focus().toggleItalic().run()}
        >
          {t("italic")}
        </ToolbarButton>
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
