/**
 * The content check runs beside Astro's content sync (src/integrations/content-guard.ts).
 * A sync that fails on a file the check also finds wrong would tell the editor Astro's
 * message, not the check's, which names the field and what to write: so a failing content
 * loader waits for the check first (src/content.config.ts), and the check, finding errors,
 * reports them and stops the build. The two sides live in Astro's two module graphs (the
 * config's and Vite's): they meet on a global registered under a `Symbol.for` name.
 */
const GATE = Symbol.for('guong-sang.content-check');
const registry = globalThis as { [GATE]?: (() => Promise<void>) | undefined };

/**
 * Registers the running check's outcome: a function that waits for the check and stops the
 * process if it found errors. It is asked for only where stopping is safe — when the sync
 * failed, or once it is done — never halfway through Astro writing its content store.
 */
export function checkRunning(outcome: () => Promise<void>): void {
  let asked: Promise<void> | undefined;
  registry[GATE] = () => (asked ??= outcome());
}

/** Waits for the running check's outcome (at once when none runs: `astro dev`, tests that skip it). */
export const checkReported = (): Promise<void> => registry[GATE]?.() ?? Promise.resolve();

/** The loader, waiting for the content check before it lets an error of its own through. */
export function afterCheckOnError<L extends { load: (context: never) => Promise<void> }>(loader: L): L {
  type Context = Parameters<L['load']>[0];
  const load = loader.load.bind(loader) as (context: Context) => Promise<void>;
  return {
    ...loader,
    load: async (context: Context) => {
      try {
        await load(context);
      } catch (error) {
        await checkReported().catch(() => undefined);
        throw error;
      }
    },
  };
}
