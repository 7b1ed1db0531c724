/** Tables of the plans module (migration 0002_plans). */
export {};
