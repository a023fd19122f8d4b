/** Binary formats people pick by mistake (or rename) instead of a text file. */
export type BinaryFileKind = 'png' | 'jpeg' | 'gif' | 'pdf' | 'zip';

const PNG_TAIL = 'PNG\r\n\u001a\n';
const ZIP_HEADS = ['PK\u0003\u0004', 'PK\u0005\u0006', 'PK\u0007\u0008'];

/**
 * The format of a file from its magic number, as seen in its text: files reach the app decoded as
 * UTF-8, where invalid bytes become U+FFFD, or (some tools) as Latin-1, where they stay themselves.
 *
 * @returns the kind, or `null` when the start matches none of them.
 */
export function sniffBinaryKind(text: string): BinaryFileKind | null {
  // 89 50 4E 47 0D 0A 1A 0A
  if ((text.startsWith('\ufffd') || text.startsWith('\u0089')) && text.startsWith(PNG_TAIL, 1)) return 'png';
  // FF D8 FF: three invalid bytes in UTF-8, "ÿØÿ" in Latin-1.
  if (text.startsWith('\ufffd\ufffd\ufffd') || text.startsWith('\u00ff\u00d8\u00ff')) return 'jpeg';
  if (text.startsWith('GIF87a') || text.startsWith('GIF89a')) return 'gif';
  if (text.startsWith('%PDF-')) return 'pdf';
  // Local file header, empty archive, spanned archive: .zip, .xlsx, .docx, ...
  if (ZIP_HEADS.some((head) => text.startsWith(head))) return 'zip';
  return null;
}
