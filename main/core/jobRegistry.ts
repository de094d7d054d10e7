import { notFound } from './errors';

// The background jobs of one kind (imports, restores) in memory: each found by its id, the
// finished ones kept for a while so that their outcome can still be asked for.

interface JobLike {
  status: { jobId: string; state: string };
}

export function jobRegistry<J extends JobLike>(what: string, keepFinished: number) {
  const jobs = new Map<string, J>();
  return {
    add(job: J): void {
      jobs.set(job.status.jobId, job);
    },
    /** the job, or "{what} was not found" */
    get(jobId: string): J {
      const job = jobs.get(jobId);
      if (!job) throw notFound(what);
      return job;
    },
    all: (): J[] => [...jobs.values()],
    /** drops the oldest finished jobs beyond those kept */
    forgetOld(): void {
      const finished = [...jobs.values()].filter((j) => j.status.state !== 'running');
      for (const j of finished.slice(0, Math.max(0, finished.length - keepFinished))) jobs.delete(j.status.jobId);
    },
  };
}
