/** Binary formats people pick by mistake (or rename) instead of a text file. */
export type BinaryFileKind = 'png' | 'jpeg' | 'gif' | 'pdf' | 'zip';

/**
 * The format of a file from its magic number, as seen in its text: files reach the app decoded as
 * UTF-8, where invalid bytes become U+FFFD, or (some tools) as Latin-1, where they stay themselves.
 *
 * @returns the kind, or `null` when the start matches none of them.
 */
export function sniffBinaryKind(text: string): BinaryFileKind | null {
  const head = text.slice(0, 16);
  // 89 50 4E 47 0D 0A 1A 0A
  if (/^[\ufffd\u0089]PNG\r\n\u001a\n/.test(head)) return 'png';
  // FF D8 FF: three invalid bytes in UTF-8, "ÿØÿ" in Latin-1.
  if (/^(\ufffd{3}|\u00ff\u00d8\u00ff)/.test(head)) return 'jpeg';
  if (/^GIF8[79]a/.test(head)) return 'gif';
  if (head.startsWith('%PDF-')) return 'pdf';
  // Local file header, empty archive, spanned archive: .zip, .xlsx, .docx, ...
  if (/^PK(\u0003\u0004|\u0005\u0006|\u0007\u0008)/.test(head)) return 'zip';
  return null;
}
