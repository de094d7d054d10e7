/** The count and names of a form's problems, shown next to the button that was pressed. */
export function ErrorSummary({ summary }: { summary: string | null }) {
  if (!summary) return null;
  return (
    <span className="error-summary" role="alert">
      {summary}
    </span>
  );
}
