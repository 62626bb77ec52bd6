/**
 * Runs queue drains one at a time: `kick()` starts a run at once, or one more
 * right after the current run when called during it (so a job queued mid-run
 * is not left for the next timer). `idle()` resolves when nothing runs.
 */
export function queueRunner(drains: ReadonlyArray<() => Promise<unknown>>): { kick: () => void; idle: () => Promise<void> } {
  let running: Promise<void> | undefined;
  let again = false;
  const run = async () => {
    do {
      again = false;
      for (const drain of drains) {
        // A failing drain (database away) must not stop the others; the jobs stay queued.
        await drain().catch((error: Error) => console.error(`Warteschlange: ${error.message}`));
      }
    } while (again);
  };
  return {
    kick() {
      if (running) {
        again = true;
        return;
      }
      running = run().finally(() => (running = undefined));
    },
    idle: async () => {
      while (running) await running;
    },
  };
}
