/**
 * Which states belong to which international organisations, by ISO 3166-1 alpha-3 code,
 * for the `(:State)-[:MEMBER_OF]->(:Organisation)` links of docs/graph-model.md.
 * Current full members (late 2025); suspensions do not end membership. UN membership
 * comes from the `world-countries` package (`unMember`), the rest is listed here.
 */
import worldCountries, { type Country } from "world-countries";

/** The package is CommonJS (`module.exports = [...]`); its typings describe an ES default export. */
const countries = worldCountries as unknown as readonly Country[];

export const MEMBERSHIP_ORGANISATIONS = [
  "UN",
  "EU",
  "NATO",
  "AU",
  "OSCE",
  "ASEAN",
  "GCC",
  "ARAB_LEAGUE",
] as const;
export type MembershipOrganisation = (typeof MEMBERSHIP_ORGANISATIONS)[number];

/** A space-separated list of codes, kept compact. */
const codes = (list: string): readonly string[] => list.split(/\s+/).filter((c) => c !== "");

const LISTED: Readonly<Record<Exclude<MembershipOrganisation, "UN">, readonly string[]>> = {
  EU: codes(
    "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK " +
      "SVN ESP SWE",
  ),
  NATO: codes(
    "ALB BEL BGR CAN HRV CZE DNK EST FIN FRA DEU GRC HUN ISL ITA LVA LTU LUX MNE NLD MKD NOR POL PRT " +
      "ROU SVK SVN ESP SWE TUR GBR USA",
  ),
  AU: codes(
    "DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN " +
      "GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA ESH STP SEN SYC SLE SOM ZAF SSD " +
      "SDN TZA TGO TUN UGA ZMB ZWE",
  ),
  OSCE: codes(
    "ALB AND ARM AUT AZE BLR BEL BIH BGR CAN HRV CYP CZE DNK EST FIN FRA GEO DEU GRC VAT HUN ISL IRL " +
      "ITA KAZ KGZ LVA LIE LTU LUX MLT MDA MCO MNG MNE NLD MKD NOR POL PRT ROU RUS SMR SRB SVK SVN ESP " +
      "SWE CHE TJK TUR TKM UKR GBR USA UZB",
  ),
  ASEAN: codes("BRN KHM IDN LAO MYS MMR PHL SGP THA VNM TLS"),
  GCC: codes("BHR KWT OMN QAT SAU ARE"),
  ARAB_LEAGUE: codes(
    "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM",
  ),
};

/** The Holy See is a UN observer state, though the package marks it a member. */
const UN_OBSERVERS = new Set(["VAT"]);
const UN_MEMBERS: readonly string[] = countries
  .filter((c) => c.unMember && !UN_OBSERVERS.has(c.cca3))
  .map((c) => c.cca3);

export const MEMBERS: Readonly<Record<MembershipOrganisation, ReadonlySet<string>>> = {
  UN: new Set(UN_MEMBERS),
  EU: new Set(LISTED.EU),
  NATO: new Set(LISTED.NATO),
  AU: new Set(LISTED.AU),
  OSCE: new Set(LISTED.OSCE),
  ASEAN: new Set(LISTED.ASEAN),
  GCC: new Set(LISTED.GCC),
  ARAB_LEAGUE: new Set(LISTED.ARAB_LEAGUE),
};

/** The organisations of the table that the state with this code belongs to. */
export function organisationsOf(stateCode: string): MembershipOrganisation[] {
  return MEMBERSHIP_ORGANISATIONS.filter((org) => MEMBERS[org].has(stateCode));
}
