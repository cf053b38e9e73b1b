/**
 * The parts of a card that open on request: the log form with its history and the debrief.
 * Loaded when the student first opens one, so the page's first script stays small.
 */
export { Debrief } from './Debrief';
export { LogForm } from './LogForm';
