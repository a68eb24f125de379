/** "Zgłoś uwagę" and "Edytuj": one look (app/globals.css), whether rendered by the server or by a client island. */
export const COMMENT_BUTTON_CLASS = "comment-button";
