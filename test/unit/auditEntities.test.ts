import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { AUDIT_ENTITIES, HISTORY_ENTITIES } from '../../shared/domain/auditEntities';

describe('audit entity names', () => {
  it('are stored, so each is written once', () => {
    expect(new Set(AUDIT_ENTITIES).size).toBe(AUDIT_ENTITIES.length);
  });

  it('the records whose history the screens ask for are the ones audit.history accepts', () => {
    expect([...contract['audit.history'].input.shape.entity.options].sort()).toEqual([...HISTORY_ENTITIES].sort());
  });
});
