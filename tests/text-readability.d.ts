/** The parts of text-readability (which ships no types) that the readability test uses. */
declare module 'text-readability' {
  interface Readability {
    /** Flesch reading ease: higher is easier; 60 and up is plain English. */
    fleschReadingEase(text: string): number;
    /** Flesch-Kincaid grade level: the US school grade that can read the text. */
    fleschKincaidGrade(text: string): number;
  }
  const readability: Readability;
  export default readability;
}
