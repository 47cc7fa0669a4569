// @citation-js/plugin-ris ships no types; importing it only registers its parser and formatter with the core.
declare module '@citation-js/plugin-ris';
