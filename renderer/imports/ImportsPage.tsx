import { useEffect } from 'react';
import { call } from '../api';
import { ImportCard } from './ImportCard';

/** Spreadsheets from a housing system or a contractor, whatever register they feed. */
export function ImportsPage() {
  // the host starts the import's process while a file is chosen (nothing to say if it cannot: the import starts its own)
  useEffect(() => {
    call('imports.prepare', {}).catch(() => {});
  }, []);
  return (
    <section>
      <h1>Imports</h1>
      <p>
        Check a spreadsheet first: every problem is listed by row and column, and nothing changes until you import it. What it brings in shows in{' '}
        <a href="#/compliance">the compliance position</a>, under <a href="#/stock">homes, blocks and certificates</a>, in{' '}
        <a href="#/training">the training matrix</a> and under <a href="#/people">people and teams</a>. Training files go in this order: courses, requirements
        by job role, staff, then training completed.
      </p>
      <ImportCard />
    </section>
  );
}
