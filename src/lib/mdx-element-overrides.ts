/**
 * The HTML elements that MDX pages render through our own components (src/components/content/index.ts).
 * astro.config.mjs keeps them out of MDX's static optimisation, which would otherwise turn them into
 * plain HTML that no component override reaches.
 */
export const overriddenElements = ['h2', 'h3'] as const;
export type OverriddenElement = (typeof overriddenElements)[number];
