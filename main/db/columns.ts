/** The two columns every editable table carries (ISO timestamps, as stored). */
export interface Timestamps {
  created_at: string;
  updated_at: string;
}
