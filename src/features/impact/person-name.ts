/**
 * How to greet someone: Exchange display names are often "Last, First", which reads badly
 * after "Hello"; turn that one pattern around and keep anything else as written.
 */
export function greetingName(displayName: string, email: string): string {
  const name = displayName.trim();
  if (!name) return email;
  const m = /^([^,]+),\s*([^,]+)$/.exec(name);
  return m ? `${m[2]?.trim()} ${m[1]?.trim()}` : name;
}
