/**
 * The views registry: the explorer offers one tab per entry, in this order. Adding a view
 * is one file in this folder and one entry here (see README.md).
 */
import { alignmentView } from "./alignment.js";
import { mediationView } from "./mediation.js";
import { networkView } from "./network.js";
import { timelineView } from "./timeline.js";
import type { ViewModule } from "./types.js";

export const VIEWS: readonly ViewModule[] = [networkView, alignmentView, mediationView, timelineView];

export function viewById(id: string): ViewModule {
  return VIEWS.find((v) => v.id === id) ?? networkView;
}

export type { ViewContext, ViewExport, ViewInstance, ViewModule } from "./types.js";
