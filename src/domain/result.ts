/** A problem with user-supplied data, located by a path such as `mailboxCount` or `needs.freeBusy`. */
export type Problem = { path: string; message: string };

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };
