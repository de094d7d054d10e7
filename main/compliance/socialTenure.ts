import { sql } from 'kysely';
import { SOCIAL_TENURES } from '../../shared/domain/compliance';

/** The home `d` is one of the landlord's social homes (SOCIAL_TENURES), written out as literals. */
export const socialTenureSql = sql<number>`d.tenure in (${sql.join(SOCIAL_TENURES.map((t) => sql.lit(t)))})`;
