/** next-auth's database-session cookie (the __Secure- name is used over HTTPS). */
export const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"] as const;
