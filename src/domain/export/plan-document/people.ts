import type { DocContext } from './document-input.ts';

/** A person as the document names them: the display name, or the pseudonym when redacted. */
export function personName({ input, r, byEmail }: DocContext, email: string): string {
  if (input.redacted) return r.name(email);
  return byEmail.get(email)?.displayName ?? email;
}

export function personEmail({ input, r }: DocContext, email: string): string {
  return input.redacted ? r.email(email) : email;
}
