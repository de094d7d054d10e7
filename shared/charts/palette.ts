import type { Rag, RecStatus } from '../domain/actionPlan';

// Colours chosen for at least 4.5:1 contrast against white text or a white page.
export const RAG_COLOURS: Record<Rag, string> = {
  red: '#b3261e',
  amber: '#8a4b00',
  green: '#1e6b35',
  complete: '#1f4e9c',
};

export const STATUS_COLOURS: Record<RecStatus, string> = {
  completed: '#1f4e9c',
  in_progress: '#1e6b35',
  not_started: '#5a5f66',
  on_hold: '#8a4b00',
};
