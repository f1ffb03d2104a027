/** A file name safe on Windows, macOS and Linux. */
export function safeFileName(name: string): string {
  return (
    name
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '') || 'file'
  );
}
