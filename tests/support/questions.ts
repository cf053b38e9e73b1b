import {
  backgrounds,
  categories,
  contacts,
  fields,
  stages,
  type BankQuestion,
  type Category,
} from '../../src/lib/questions/bank';

/** A small hand-made bank: two questions per category, some tagged narrowly. */
export function smallBank(): BankQuestion[] {
  const all = { stages: [...stages], contacts: [...contacts], fields: [], backgrounds: [] };
  const out: BankQuestion[] = [];
  for (const category of categories) {
    out.push({ id: `${category}-1`, category, text: `General ${category} question`, ...all });
    out.push({
      id: `${category}-2`,
      category,
      text: `Career changer ${category} question at {organization}`,
      ...all,
      stages: ['career-changer'],
    });
  }
  out.push({
    id: 'tech-1',
    category: 'insights',
    text: 'How do code reviews work on your team?',
    ...all,
    fields: ['tech'],
    probe: 'What makes a review go well?',
  });
  out.push({
    id: 'event-1',
    category: 'warm-up',
    text: 'What brought you to the résumé workshop?',
    ...all,
    contacts: ['event'],
  });
  out.push({
    id: 'abroad-1',
    category: 'advice',
    text: 'What would you tell a student who studied abroad?',
    ...all,
    backgrounds: ['international'],
  });
  return out;
}

/** A generated bank of `size` questions, spread over every tag, for timing the filter. */
export function generatedBank(size: number): BankQuestion[] {
  const words =
    'team manager growth skills budget clients software patients policy research design data'.split(
      ' ',
    );
  return Array.from({ length: size }, (_, i) => ({
    id: `g${i}`,
    category: categories[i % categories.length] as Category,
    text: `Question ${i} about ${words[i % words.length]} and ${words[(i * 7) % words.length]} at {organization} in your role as {role}?`,
    stages: stages.filter((_, s) => (i + s) % 2 === 0),
    contacts: contacts.filter((_, c) => (i + c) % 3 !== 0),
    fields: i % 5 === 0 ? [fields[i % fields.length]] : [],
    backgrounds: i % 11 === 0 ? [backgrounds[i % backgrounds.length]] : [],
    probe: i % 3 === 0 ? `And what about ${words[(i * 3) % words.length]}?` : undefined,
  }));
}
