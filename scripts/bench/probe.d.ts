// The main-world probe the benchmark pages carry (see pages.mjs).
export {};

declare global {
  interface Window {
    __passes: { n: number; at: number }[];
    __longTasks: [number, number][];
    __matches: number[];
    __baseline: (insert: boolean) => { ms: number; total: number };
    __appendBaseline: (html: string) => { ms: number; total: number };
    __insertFloor: () => number;
  }
}
