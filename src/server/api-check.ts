// Compile-time only: the globals the sidebar calls exist with the types it was built against,
// so renaming or retyping one breaks `npm run typecheck` (and so `npm test`). Not bundled.
import type { EntryApi } from "../core/entry";
import type * as Globals from "./index";

type Check<T extends EntryApi> = T;
export type GlobalsServeTheSidebar = Check<Pick<typeof Globals, keyof EntryApi>>;
