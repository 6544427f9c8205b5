// What the fixture apps saw, for run.mjs to read.
declare global {
  interface Window {
    consumerEvents: { type: string; detail: unknown }[];
  }
}
window.consumerEvents = [];

export function record(type: string, detail: unknown): void {
  window.consumerEvents.push({ type, detail });
}
