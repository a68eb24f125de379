"use client";

import { EditorContent, type JSONContent, useEditor, useEditorState } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useTranslations } from "next-intl";
import { ToolbarButton } from "@/components/editor/toolbar-button";

const SAFE_LINK = /^(https?:\/\/|mailto:)[^\s<>"'`]+$/i;

type Props = {
  id: string;
  initialDoc: JSONContent | null;
  onChange: (doc: JSONContent) => void;
  describedBy?: string;
  invalid?: boolean;
};

/**
 * The comment editor: paragraphs, bold, italic, lists and links — exactly what
 * `commentBodySchema` accepts. Part of the lazily loaded comment panel.
 */
export default function CommentEditor({ id, initialDoc, onChange, describedBy, invalid }: Props) {
  const t = useTranslations("commenting");
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({
        blockquote: false,
        code: false,
        codeBlock: false,
        heading: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        link: {
          openOnClick: false,
          autolink: true,
          protocols: ["http", "https", "mailto"],
          isAllowedUri: (url) => SAFE_LINK.test(url),
          HTMLAttributes: { rel: "noopener noreferrer nofollow ugc", target: null },
        },
      }),
    ],
    content: initialDoc ?? undefined,
    editorProps: {
      attributes: {
        id,
        "aria-labelledby": `${id}-label`,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(invalid ? { "aria-invalid": "true" } : {}),
        "aria-multiline": "true",
        role: "textbox",
        "data-testid": "comment-editor",
        class:
          "min-h-32 max-h-[50vh] overflow-y-auto border-2 border-ink bg-white p-3 text-base focus-visible:outline-3 focus-visible:outline-focus [&_p]:my-1 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6",
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.getJSON()),
  });
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive("bold") ?? false,
      italic: e?.isActive("italic") ?? false,
      bulletList: e?.isActive("bulletList") ?? false,
      orderedList: e?.isActive("orderedList") ?? false,
      link: e?.isActive("link") ?? false,
    }),
  });
  const setLink = () => {
    if (!editor) return;
    if (editor.isActive("link")) {
      editor.chain().focus().unsetLink().run();
      return;
    }
    const href = window.prompt(t("linkPrompt"), "https://")?.trim();
    if (!href) return;
    if (!SAFE_LINK.test(href)) {
      window.alert(t("linkInvalid"));
      return;
    }
    editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
  };
  return (
    <div>
      <div role="toolbar" aria-label={t("toolbar")} aria-controls={id} className="mb-2 flex flex-wrap gap-2">
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
        <ToolbarButton
          active={state?.bulletList ?? false}
          onClick={() => editor?.chain().focus().toggleBulletList().run()}
        >
          {t("bulletList")}
        </ToolbarButton>
        <ToolbarButton
          active={state?.orderedList ?? false}
          onClick={() => editor?.chain().focus().toggleOrderedList().run()}
        >
          {t("orderedList")}
        </ToolbarButton>
        <ToolbarButton active={state?.link ?? false} onClick={setLink}>
          {t("link")}
        </ToolbarButton>
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
