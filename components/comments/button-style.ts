/** "Zgłoś uwagę" and "Edytuj": one look, whether rendered by the server or by a client island. */
export const COMMENT_BUTTON_CLASS =
  "min-h-11 border-2 border-action px-3 py-1 text-base text-action underline-offset-2 hover:underline focus-visible:bg-focus focus-visible:text-ink";
