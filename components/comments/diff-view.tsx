import type { DiffPart } from "@/lib/legal-structure/redline";

type Props = { parts: readonly DiffPart[]; insertedLabel: string; deletedLabel: string };

/**
 * A word-level redline: insertions underlined, deletions struck through, each also
 * announced in words to screen readers (ins/del are not read out by most of them).
 */
export function DiffView({ parts, insertedLabel, deletedLabel }: Props) {
  return (
    <>
      {parts.map((part, i) =>
        part.type === "insert" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts have no identity but their order
          <ins key={i} className="bg-[#cce2d8] underline" data-diff="insert">
            <span className="sr-only">[{insertedLabel} </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : part.type === "delete" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts have no identity but their order
          <del key={i} className="bg-[#f6d7d2] line-through" data-diff="delete">
            <span className="sr-only">[{deletedLabel} </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts have no identity but their order
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
