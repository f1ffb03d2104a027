/** Days relative to each batch's switch-over on which notices go out, unless the plan sets its own. */
export const DEFAULT_COMM_OFFSETS = [-14, -7, -2, 0, 1] as const;
