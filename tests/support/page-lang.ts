/**
 * Every built page names its language (<html lang>), and the islands format dates with it
 * (document.documentElement.lang). Tests that render islands in a DOM start from an English page.
 */
if (typeof document !== 'undefined') document.documentElement.lang = 'en';
