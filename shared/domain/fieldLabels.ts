// How stored fields are named to people, in the history panel and in messages.
export const FIELD_LABELS: Record<string, string> = {
  ref: 'Reference',
  title: 'Title',
  full_text: 'Full text',
  theme: 'Theme',
  owner_id: 'Owner',
  lead_team_id: 'Lead team',
  team_id: 'Team',
  priority: 'Priority',
  original_target_date: 'Original target date',
  revised_target_date: 'Revised target date',
  revised_reason: 'Reason for revised date',
  status: 'Status',
  completion_date: 'Completion date',
  public_summary: 'Public summary',
  rag_override: 'RAG override',
  rag_override_reason: 'Reason for RAG override',
  due_date: 'Due date',
  note_date: 'Note date',
  body: 'Note',
  visibility: 'Visibility',
  author: 'Author',
  name: 'Name',
  job_title: 'Job title',
  email: 'E-mail',
  active: 'Active',
  code: 'Code',
  source: 'Source',
  review_date: 'Date of review',
  description: 'Description',
  userName: 'Your name',
  organisation: 'Organisation',
  contactEmail: 'Contact e-mail',
  contactPhone: 'Contact phone',
  websiteUrl: 'Website',
  newsletterUrl: 'Newsletter sign-up link',
};

/** Contract field (camelCase) -> label, for errors raised on inline edits. */
export function labelOfField(field: string): string {
  const snake = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return FIELD_LABELS[snake] ?? FIELD_LABELS[field] ?? field;
}
