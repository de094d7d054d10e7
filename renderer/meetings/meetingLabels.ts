import type { Meeting } from '../../shared/contract';
import { formatDateLong } from '../../shared/domain/dates';

export const MEETING_STATUS_LABELS = { scheduled: 'Scheduled', held: 'Held', postponed: 'Postponed', cancelled: 'Cancelled' } as const;

export const formatMeeting = (m: Pick<Meeting, 'committeeName' | 'meetingDate'>) => `${m.committeeName}, ${formatDateLong(m.meetingDate)}`;
