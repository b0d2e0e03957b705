import {
  ENROLLMENT_CODE_ALPHABET,
  generateEnrollmentCode,
  hashEnrollmentCode,
  openEnrollmentCode,
  sealEnrollmentCode,
} from './enrollment-code';

describe('enrolment codes', () => {
  it('are six characters a person cannot misread', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateEnrollmentCode();
      expect(code).toMatch(/^[A-Z2-9]{6}$/);
      for (const c of code) expect(ENROLLMENT_CODE_ALPHABET).toContain(c);
      expect(code).not.toMatch(/[01OIL]/);
    }
  });

  it('hash the same whatever the case the learner types, and differ by secret', () => {
    expect(hashEnrollmentCode('abc234', 's1')).toBe(hashEnrollmentCode('ABC234', 's1'));
    expect(hashEnrollmentCode('ABC234', 's1')).not.toBe(hashEnrollmentCode('ABC234', 's2'));
    expect(hashEnrollmentCode('ABC234', 's1')).not.toContain('ABC234');
  });

  it('can be sealed for a later invite sheet and opened only with the same secret', () => {
    const sealed = sealEnrollmentCode('K7M2QX', 's1');
    expect(sealed).not.toContain('K7M2QX');
    expect(sealed.length).toBeLessThanOrEqual(64);
    expect(sealEnrollmentCode('K7M2QX', 's1')).not.toBe(sealed);
    expect(openEnrollmentCode(sealed, 's1')).toBe('K7M2QX');
    expect(openEnrollmentCode(sealed, 's2')).toBeNull();
    expect(openEnrollmentCode('not-sealed', 's1')).toBeNull();
  });
});
