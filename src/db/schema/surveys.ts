/** Tables of the surveys module (migration 0003_surveys). */
export {};
