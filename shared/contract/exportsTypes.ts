export interface ExportedFile {
  fileName: string;
  /** the file's bytes (.docx, .xlsx or .csv), base64 */
  base64: string;
  bytes: number;
}
