export interface ExportedFile {
  fileName: string;
  /** the .docx bytes, base64 */
  base64: string;
  bytes: number;
}
