/**
 * A campaign of `n` people as saved plans (the format the toolkit saves, `iik:plans:v3`), for
 * the scale test and the page benchmark: people at every stage, a log for most of them, a
 * debrief for those they talked with, and a few closed. Dates count back from `today`.
 */
export function campaignRecord(n: number, today = new Date()) {
  const day = (back: number) => {
    const d = new Date(today);
    d.setDate(d.getDate() - back);
    const pad = (x: number) => String(x).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  };
  const stamp = today.toISOString();
  const plans = Array.from({ length: n }, (_, i) => {
    const log: { id: string; kind: string; at: string; meetingAt?: string; reason?: string }[] = [];
    const step = i % 6;
    if (step >= 1) log.push({ id: `a${i}`, kind: 'asked', at: day(20 - (i % 14)) });
    if (step >= 2) log.push({ id: `r${i}`, kind: 'replied', at: day(12 - (i % 7)) });
    if (step >= 3)
      log.push({
        id: `s${i}`,
        kind: 'scheduled',
        at: day(5),
        meetingAt: `${day(step === 3 ? -2 : 3)}T15:00:00.000Z`,
      });
    if (step >= 4) log.push({ id: `t${i}`, kind: 'talked', at: day(3) });
    if (step === 5 && i % 4 === 0)
      log.push({ id: `c${i}`, kind: 'closed', at: day(1), reason: 'paused' });
    return {
      id: `plan-${i}`,
      name: `Person ${i + 1}`,
      createdAt: stamp,
      updatedAt: stamp,
      person: {
        name: `Person ${i + 1} Example`,
        role: 'Analyst',
        organization: `Organization ${i % 40}`,
        connection: (['', 'school', 'linkedin', 'referral'] as const)[i % 4],
        referrer: i % 4 === 3 ? 'Dana Lee' : '',
      },
      checklist: { done: ['list-people'], notes: 'Asked about the team and the hiring season.' },
      conversation: {
        log,
        debrief:
          step >= 4
            ? { learned: 'Start with small studies.', advice: 'Talk to the data team.' }
            : undefined,
      },
    };
  });
  return {
    plans,
    currentId: 'plan-0',
    student: {
      name: 'Sam Rivera',
      school: 'Lakeside College',
      interest: 'public health',
      signature: '',
    },
  };
}
