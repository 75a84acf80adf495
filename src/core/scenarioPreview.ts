/**
 * What the active scenario implies for the national tables: the local share of Table 1's
 * additional posts and Table 2's MHST EMHPs, with the demand uplift on top, by service area and
 * staff group. The same arithmetic as PP.TARGET with a baseline of 0.
 */
import { SERVICE_AREAS } from "../data";
import type { ServiceAreaId, StaffGroupId } from "../data/types";
import { LTP_POSTS } from "./lookups";
import { targetWte } from "./planning";
import type { ScenarioValues } from "./scenarios";

export const PREVIEW_GROUPS: readonly StaffGroupId[] = ["Psychologists", "Therapists", "EMHP"];
const TOTAL_AREA: ServiceAreaId = "Total incl MHST";

export interface PreviewRow {
  readonly area: ServiceAreaId;
  readonly label: string;
  readonly byGroup: Readonly<Record<StaffGroupId, number>>;
  readonly total: number;
}

export type ScenarioPreview =
  | {
      readonly ready: true;
      /** share × (1 + uplift): the fraction of each national figure the scenario plans for. */
      readonly effectiveShare: number;
      readonly rows: readonly PreviewRow[];
      readonly total: PreviewRow;
      /** The constant yearly growth a baseline needs to reach the minimum in the horizon. */
      readonly yearlyRateForMinimum: number | null;
    }
  | { readonly ready: false; readonly reason: string };

export function scenarioPreview(values: ScenarioValues): ScenarioPreview {
  const { share, uplift, minGrowth, horizon } = values;
  if (share === null) {
    return {
      ready: false,
      reason: "Set the local share to see what this scenario means for Tables 1 and 2.",
    };
  }
  const effectiveShare = share * (1 + (uplift ?? 0));
  if (effectiveShare > 1) {
    return {
      ready: false,
      reason:
        "Local share × (1 + demand uplift) is above 100% of the national figures: " +
        "lower the share or the uplift.",
    };
  }
  const row = (area: ServiceAreaId, label: string): PreviewRow => {
    const posts = LTP_POSTS[area];
    const byGroup = {} as Record<StaffGroupId, number>;
    for (const g of PREVIEW_GROUPS) byGroup[g] = targetWte(0, effectiveShare, posts[g]);
    return { area, label, byGroup, total: targetWte(0, effectiveShare, posts.All) };
  };
  const rows = SERVICE_AREAS.filter((a) => !a.id.startsWith("Total")).map((a) =>
    row(a.id, a.publishedName)
  );
  const yearlyRateForMinimum =
    minGrowth === null || horizon === null ? null : Math.pow(1 + minGrowth, 1 / horizon) - 1;
  return {
    ready: true,
    effectiveShare,
    rows,
    total: row(TOTAL_AREA, "Total (Tables 1 and 2)"),
    yearlyRateForMinimum,
  };
}
