export * from './localized';
export * from './page';
export * from './statistic';
export * from './dataset';
export * from './glossary';
export * from './timeline';
export * from './source';
export * from './redirects';
