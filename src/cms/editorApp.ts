// Keystatic's editor as a React component, with this project's configuration.
import { makePage } from '@keystatic/astro/ui';
// @ts-expect-error resolved by the editor integration's Vite plugin
import config from 'virtual:keystatic-config';

export const KeystaticEditor = makePage(config);
