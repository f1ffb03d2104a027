/**
 * Sizes as Exchange counts them: its ByteQuantifiedSize units are binary, so 1 GB is 1024³
 * bytes (what Windows and Exchange print as "GB"). Every size in the planner uses these.
 */
export const KB = 1024;
export const MB = 1024 ** 2;
export const GB = 1024 ** 3;
export const TB = 1024 ** 4;
