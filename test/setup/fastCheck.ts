// Property tests run the same generated inputs on every run: a failure is reproducible, never a one-off that a
// rerun hides. `npm run fuzz` is where random exploration belongs; FC_SEED=<n> tries other inputs locally.
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261201) });
