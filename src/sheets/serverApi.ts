/**
 * Compile-time link between the sidebar's call surface and the entry points: every call of
 * `ServerApi` must be a function that `main.ts` exposes (so the build gives it a top-level wrapper
 * that google.script.run can reach), with compatible parameters and result. Renaming or removing a
 * server function, or changing its types, is a type error here instead of a broken sidebar.
 * Types only: nothing of this file reaches the bundle.
 */
import type * as EntryPoints from '../main';
import type { ServerApi } from '../shared/rpc';

type Provides<Implementation extends Api, Api> = Implementation;

export type EntryPointsServeTheSidebar = Provides<Pick<typeof EntryPoints, keyof ServerApi>, ServerApi>;
