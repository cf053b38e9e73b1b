import { describe, expect, test } from 'vitest';
import { suggestionDetails } from '../../../../src/lib/conversations/referral';

const details = (name: string, note = '') => suggestionDetails(name, note);

describe('suggestionDetails', () => {
  test('reads the role and organization typed after the name, after a dash or a comma', () => {
    const nia = {
      name: 'Nia Okafor',
      role: 'Hospital epidemiologist',
      organization: 'Riverside Medical Center',
      why: '',
    };
    expect(details('Nia Okafor — Hospital epidemiologist, Riverside Medical Center')).toEqual(nia);
    expect(details('Nia Okafor—Hospital epidemiologist, Riverside Medical Center')).toEqual(nia);
    expect(details('Nia Okafor – Hospital epidemiologist at Riverside Medical Center')).toEqual(
      nia,
    );
    expect(details('Nia Okafor - Hospital epidemiologist at Riverside Medical Center')).toEqual(
      nia,
    );
    expect(details('Nia Okafor, Hospital epidemiologist, Riverside Medical Center')).toEqual(nia);
    expect(details('Nia Okafor, Hospital epidemiologist @ Riverside Medical Center')).toEqual(nia);
  });

  test('reads the note as “role, organization”, with the name field just a name', () => {
    expect(details('Nia Okafor', 'Hospital epidemiologist, Riverside Medical Center')).toEqual({
      name: 'Nia Okafor',
      role: 'Hospital epidemiologist',
      organization: 'Riverside Medical Center',
      why: '',
    });
    expect(details('Nia Okafor', 'an epidemiologist at the State Department')).toMatchObject({
      role: 'epidemiologist',
      organization: 'the State Department',
    });
    // The name's details first, then the note.
    expect(
      details('Nia Okafor — Hospital epidemiologist', 'Riverside Medical Center'),
    ).toMatchObject({ role: 'Hospital epidemiologist', organization: 'Riverside Medical Center' });
  });

  test('keeps hyphens inside a name, and a suffix after its comma, as part of the name', () => {
    expect(details('Mary-Jane Ortiz')).toEqual({
      name: 'Mary-Jane Ortiz',
      role: '',
      organization: '',
      why: '',
    });
    expect(details('Mary-Jane Ortiz-Reyes - Curator, City Museum')).toMatchObject({
      name: 'Mary-Jane Ortiz-Reyes',
      role: 'Curator',
      organization: 'City Museum',
    });
    expect(details('Martin King, Jr.')).toMatchObject({ name: 'Martin King, Jr.', role: '' });
    expect(details('Martin King, Jr., Pastor, Ebenezer Church')).toMatchObject({
      name: 'Martin King, Jr.',
      role: 'Pastor',
      organization: 'Ebenezer Church',
    });
  });

  test('one phrase is the role, unless it names an organization', () => {
    expect(details('Ana Silva', 'urban forester')).toMatchObject({
      role: 'urban forester',
      organization: '',
    });
    expect(details('Ana Silva', 'Hospital Epidemiologist')).toMatchObject({
      role: 'Hospital Epidemiologist',
      organization: '',
    });
    for (const org of ['Riverside Medical Center', 'Acme Inc.', 'University of Michigan'])
      expect(details('Ana Silva', org), org).toMatchObject({ role: '', organization: org });
    expect(details('Ana Silva', 'Riverside Medical Center, epidemiologist')).toMatchObject({
      role: 'epidemiologist',
      organization: 'Riverside Medical Center',
    });
  });

  test('a note that says why they were suggested is not taken for a role', () => {
    for (const why of [
      'knows the hiring manager',
      'She runs infection control, ask about the fellowship',
      'Priya said to mention her',
      'used to work on the county outbreak response team before grad school',
      'ask about the fellowship?',
    ])
      expect(details('Nia Okafor', why), why).toEqual({
        name: 'Nia Okafor',
        role: '',
        organization: '',
        why,
      });
    expect(details('Nia Okafor — Hospital epidemiologist', 'she hires the summer interns')).toEqual(
      {
        name: 'Nia Okafor',
        role: 'Hospital epidemiologist',
        organization: '',
        why: 'she hires the summer interns',
      },
    );
  });
});
