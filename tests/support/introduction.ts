/** Sam's four introduction parts: a shorter take on the page's example for a student. */
export const samParts = {
  who: 'Sam, a second-year psychology student at Carver College',
  curious: 'how research shapes the apps people use every day',
  why: 'you moved from psychology into UX research',
  learn: 'what a normal week looks like for you',
};
