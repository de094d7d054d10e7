import { describe, expect, it } from 'vitest';
import type { CertificateRow } from '../../shared/contract';
import { certificatePatch, certificateValues } from '../../renderer/stock/certificatePatch';

const gas: CertificateRow = {
  id: 7,
  checkType: 'GAS',
  homeId: 3,
  uprn: '1001',
  blockId: null,
  liftId: null,
  liftName: null,
  dateDone: '2026-01-10',
  expiryDate: '2027-01-10',
  expiryGiven: false,
  outcome: 'satisfactory',
  eicrCodes: '',
  contractor: 'Warmhome',
  reference: 'G-1',
  evidencePath: '',
  remedials: [],
};
const home = { homeId: 3, blockId: null, liftId: null };

describe('the certificate form when correcting', () => {
  it('starts from the certificate, in UK dates; a derived expiry and a satisfactory outcome show blank', () => {
    expect(certificateValues(gas)).toEqual({
      dateDone: '10/01/2026',
      expiryDate: '',
      outcome: '',
      eicrCodes: '',
      contractor: 'Warmhome',
      reference: 'G-1',
      evidencePath: '',
    });
    expect(certificateValues({ ...gas, expiryGiven: true, outcome: 'advisory' })).toMatchObject({ expiryDate: '10/01/2027', outcome: 'advisory' });
    expect(certificateValues({ ...gas, checkType: 'EICR', eicrCodes: 'C3' })).toMatchObject({ outcome: 'satisfactory', eicrCodes: 'C3' });
  });

  it('sends only the fields changed', () => {
    const v = certificateValues(gas);
    expect(certificatePatch(gas, 'GAS', home, v)).toEqual({});
    // the same date typed another way is no change
    expect(certificatePatch(gas, 'GAS', home, { ...v, dateDone: '10/1/2026', contractor: ' Warmhome ' })).toEqual({});
    expect(certificatePatch(gas, 'GAS', home, { ...v, dateDone: '01/02/2026', reference: '' })).toEqual({ dateDone: '2026-02-01', reference: null });
    expect(certificatePatch(gas, 'GAS', home, { ...v, dateDone: '31/02/2026' })).toEqual({ dateDone: '31/02/2026' });
    expect(certificatePatch(gas, 'FRA', { homeId: null, blockId: 4, liftId: null }, v)).toEqual({ checkType: 'FRA', homeId: null, blockId: 4 });
  });

  it('an expiry or outcome cleared is null: work it out again', () => {
    const given = { ...gas, expiryGiven: true, checkType: 'EICR' as const, outcome: 'unsatisfactory' as const, eicrCodes: 'C2' };
    const v = certificateValues(given);
    expect(certificatePatch(given, 'EICR', home, { ...v, expiryDate: '', outcome: '' })).toEqual({ expiryDate: null, outcome: null });
    expect(certificatePatch(given, 'EICR', home, { ...v, eicrCodes: 'C3', outcome: '' })).toEqual({ eicrCodes: 'C3', outcome: null });
    expect(certificatePatch(gas, 'GAS', home, { ...certificateValues(gas), expiryDate: '31/12/2026', outcome: 'unsatisfactory' })).toEqual({
      expiryDate: '2026-12-31',
      outcome: 'unsatisfactory',
    });
  });
});
