"use client";

import dynamic from "next/dynamic";

/**
 * "Wycofaj" under a person's own comment. Its code and words are a chunk of their own,
 * loaded only on pages where the button is rendered: the reading page's other islands
 * (one per unit) stay free of next-intl's client runtime for everyone else.
 */
export const WithdrawButton = dynamic(() => import("./withdraw"));
