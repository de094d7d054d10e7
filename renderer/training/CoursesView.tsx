import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Course, CourseRequirement, JobRole, PolicyRow } from '../../shared/contract';
import { counted } from '../../shared/domain/plural';
import { call } from '../api';
import { navigate } from '../useRoute';
import { useAppData } from '../AppData';
import { NamedListCard } from '../components/NamedListCard';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';
import { CourseForm } from './CourseForm';

/**
 * The training catalogue: the courses, the job roles, and which roles (in every team or one)
 * need each course. The matrix is worked out from these.
 */
export function CoursesView({ onChanged }: { onChanged(): void }) {
  const { teams } = useAppData();
  const toast = useToast();
  const [courses, setCourses] = useState<Course[]>([]);
  const [roles, setRoles] = useState<JobRole[]>([]);
  const [requirements, setRequirements] = useState<CourseRequirement[]>([]);
  const [policies, setPolicies] = useState<PolicyRow[]>([]);
  const [editing, setEditing] = useState<Course | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [c, r, q, p] = await Promise.all([call('courses.list', {}), call('jobRoles.list', {}), call('requirements.list', {}), call('policies.list', {})]);
      setCourses(c);
      setRoles(r);
      setRequirements(q);
      setPolicies(p.filter((x) => !['superseded', 'withdrawn'].includes(x.stage)));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  const changed = async () => {
    await load();
    onChanged();
  };

  async function remove(r: CourseRequirement) {
    try {
      await call('requirements.remove', { id: r.id });
      toast('info', `${r.jobRoleName} no longer needs ${r.courseName}${r.teamName ? ` in ${r.teamName}` : ''}.`);
      await changed();
    } catch (e) {
      toast('error', (e as Error).message);
    }
  }

  return (
    <div className="two-col wide-left">
      <div className="card">
        {error && (
          <div className="error-banner" role="alert">
            {error}
          </div>
        )}
        <div className="toolbar">
          <h2>Courses</h2>
          <span className="spacer" />
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            Add course
          </button>
        </div>
        <table className="simple-table">
          <thead>
            <tr>
              <th scope="col">Course</th>
              <th scope="col">Category</th>
              <th scope="col">Refresh</th>
              <th scope="col">Needed by</th>
            </tr>
          </thead>
          <tbody>
            {courses.map((c) => (
              <tr key={c.id}>
                <td>
                  <button type="button" className="link" onClick={() => setEditing(c)}>
                    {c.name}
                  </button>
                  {c.mandatory ? ' (mandatory)' : ''}
                  {c.policyTitle && <div className="small muted">Teaches the {c.policyTitle} policy</div>}
                  <div className="small">
                    <a
                      href={`#/training?view=course&course=${c.id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate('training', { view: 'course', course: c.id });
                      }}
                    >
                      Who needs it, who is overdue
                    </a>
                  </div>
                </td>
                <td>{c.category || '–'}</td>
                <td>{c.refreshMonths === null ? 'Once only' : `Every ${counted(c.refreshMonths, 'month')}`}</td>
                <td>
                  <ul className="plain">
                    {requirements
                      .filter((r) => r.courseId === c.id)
                      .map((r) => (
                        <li key={r.id}>
                          {r.jobRoleName}
                          {r.teamName ? ` (${r.teamName} only)` : ''}{' '}
                          <button type="button" className="link" aria-label={`Remove: ${r.jobRoleName} needs ${c.name}`} onClick={() => void remove(r)}>
                            Remove
                          </button>
                        </li>
                      ))}
                  </ul>
                  <AddRequirement course={c} roles={roles} teams={teams} onAdded={changed} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        {editing && (
          <CourseForm
            key={editing === 'new' ? 'new' : editing.id}
            course={editing === 'new' ? null : editing}
            policies={policies}
            onSaved={async (c) => {
              toast('info', `${c.name} saved.`);
              setEditing(null);
              await changed();
            }}
            onCancel={() => setEditing(null)}
          />
        )}
        <NamedListCard title="Job roles" noun="job role" items={roles} create={(name) => call('jobRoles.create', { name })} onAdded={changed} />
      </div>
    </div>
  );
}

function AddRequirement({
  course,
  roles,
  teams,
  onAdded,
}: {
  course: Course;
  roles: JobRole[];
  teams: { id: number; name: string }[];
  onAdded(): Promise<void>;
}) {
  const [role, setRole] = useState('');
  const [team, setTeam] = useState('');
  const errors = useFormErrors(['jobRoleId', 'courseId', 'teamId']);
  async function add(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    try {
      await call('requirements.add', { jobRoleId: Number(role) || 0, courseId: course.id, teamId: team ? Number(team) : null });
      setRole('');
      setTeam('');
      await onAdded();
    } catch (err) {
      errors.show(err);
    }
  }
  const problem = errors.fieldErrors.jobRoleId ?? errors.fieldErrors.courseId ?? errors.fieldErrors.teamId ?? errors.formError;
  return (
    <form className="inline-form" onSubmit={add} noValidate aria-label={`Add a job role that needs ${course.name}`}>
      <select aria-label={`Job role that needs ${course.name}`} value={role} onChange={(e) => setRole(e.target.value)} aria-invalid={Boolean(problem)}>
        <option value="">Choose a job role</option>
        {roles.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
      <select aria-label={`Team (for ${course.name})`} value={team} onChange={(e) => setTeam(e.target.value)}>
        <option value="">In every team</option>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            In {t.name} only
          </option>
        ))}
      </select>
      <button type="submit">Add</button>
      {problem && (
        <div className="error-text" role="alert">
          {problem}
        </div>
      )}
    </form>
  );
}
