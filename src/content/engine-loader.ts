import browser from 'webextension-polyfill';

export type Engine = typeof import('./engine');

let loading: Promise<Engine> | null = null;

/** Imports engine.js once (see engine.ts); later calls share the same promise. */
export function loadEngine(): Promise<Engine> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL('engine.js')) as Promise<Engine>;
  return loading;
}
