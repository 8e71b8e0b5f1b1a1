/**
 * One or more cases per relation type, each naming the rule expected to fire. The
 * sentences are written for these tests in ordinary wire-service style.
 */
import { describe, expect, it } from "vitest";
import { RELATION_TYPES } from "../../../server/src/domain/relations.js";
import { RELATION_RULES } from "../../../server/src/extraction/rules/relation-rules.js";
import { GENERALISATION_CASES } from "./generalisation-cases.js";
import { run } from "./helpers.js";

interface Case {
  text: string;
  source: string;
  type: string;
  target: string;
  rule: string;
  date?: string;
}

const CASES: readonly Case[] = [
  {
    rule: "cfc.appeal-to-stop",
    type: "CALLS_FOR_CEASEFIRE",
    source: "Germany",
    target: "Ethiopia",
    text: "Germany called on Ethiopia and Eritrea to halt the fighting at once.",
  },
  {
    rule: "cfc.appeal-to-stop",
    type: "CALLS_FOR_CEASEFIRE",
    source: "Germany",
    target: "Eritrea",
    text: "Germany called on Ethiopia and Eritrea to halt the fighting at once.",
  },
  {
    rule: "cfc.call-for-truce",
    type: "CALLS_FOR_CEASEFIRE",
    source: "Norway",
    target: "Pakistan",
    text: "Clashes between India and Pakistan continued. Norway called for an immediate ceasefire.",
  },
  {
    rule: "cfc.must-stop",
    type: "CALLS_FOR_CEASEFIRE",
    source: "Canada",
    target: "Venezuela",
    text: "Canada said Venezuela must immediately stop the shelling.",
  },
  {
    rule: "cft.appeal-to-negotiate",
    type: "CALLS_FOR_TALKS",
    source: "Japan",
    target: "Vietnam",
    text: "Japan urged Vietnam and the Philippines to resume negotiations over the reef.",
  },
  {
    rule: "cft.urged-by",
    type: "CALLS_FOR_TALKS",
    source: "Kenya",
    target: "Somalia",
    text: "Somalia was urged by Kenya to return to talks on the maritime border.",
  },
  {
    rule: "cft.call-for-dialogue",
    type: "CALLS_FOR_TALKS",
    source: "Brazil",
    target: "Colombia",
    text: "Brazil called for dialogue between Colombia and Venezuela on Tuesday.",
  },
  {
    rule: "cft.only-through-dialogue",
    type: "CALLS_FOR_TALKS",
    source: "Vladimir Putin",
    target: "Armenia",
    text: "Putin said the conflict between Armenia and Azerbaijan must be resolved through negotiations.",
  },
  {
    rule: "om.ready-to-help",
    type: "OFFERS_MEDIATION",
    source: "Oman",
    target: "Yemen",
    text: "Fighting between Yemen and Saudi Arabia went on. Oman said it stands ready to host talks.",
  },
  {
    rule: "om.offer-good-offices",
    type: "OFFERS_MEDIATION",
    source: "Switzerland",
    target: "Serbia",
    text: "Switzerland offered its mediation between Serbia and Kosovo.",
  },
  {
    rule: "med.hosted-talks",
    type: "MEDIATES",
    source: "Norway",
    target: "Colombia",
    text: "Norway hosted peace talks between Colombia and Venezuela in Oslo.",
  },
  {
    rule: "med.hosted-by",
    type: "MEDIATES",
    source: "Turkey",
    target: "Ukraine",
    text: "Russia and Ukraine resumed the negotiations hosted by Turkey in Istanbul.",
  },
  {
    rule: "med.x-brokered",
    type: "MEDIATES",
    source: "Egypt",
    target: "Israel",
    text: "Israel and Hamas observed an Egyptian-brokered truce.",
  },
  {
    rule: "med.mediators",
    type: "MEDIATES",
    source: "Qatar",
    target: "Hamas",
    text: "Israel and Hamas traded fire again. Qatari mediators kept the channel open.",
  },
  {
    rule: "tw.during-call",
    type: "TALKS_WITH",
    source: "Vladimir Putin",
    target: "Emmanuel Macron",
    text: "Putin and Macron agreed during a phone call to keep in touch.",
  },
  {
    rule: "tw.discussed",
    type: "TALKS_WITH",
    source: "Kenya",
    target: "Uganda",
    text: "Kenya and Uganda discussed the refugee situation.",
  },
  {
    rule: "med.separate-talks-with",
    type: "MEDIATES",
    source: "Norway",
    target: "Sudan",
    text: "Sudan and South Sudan held separate talks with Norway in Oslo.",
  },
  {
    rule: "med.talks-each-with",
    type: "MEDIATES",
    source: "Egypt",
    target: "Ethiopia",
    text: "Egypt held talks each with Ethiopia and Sudan over the dam.",
  },
  {
    rule: "tw.call-with",
    type: "TALKS_WITH",
    source: "Sergey Lavrov",
    target: "Jeyhun Bayramov",
    text: "Foreign Minister Sergey Lavrov held a phone call with his Azerbaijani counterpart Jeyhun Bayramov.",
  },
  {
    rule: "tw.met",
    type: "TALKS_WITH",
    source: "Emmanuel Macron",
    target: "Nigeria",
    text: "French President Emmanuel Macron met Nigerian officials in Abuja.",
  },
  {
    rule: "tw.held-talks",
    type: "TALKS_WITH",
    source: "Peru",
    target: "Chile",
    text: "Peru and Chile held talks on the water dispute.",
  },
  {
    rule: "tw.talks-between",
    type: "TALKS_WITH",
    source: "Sudan",
    target: "South Sudan",
    text: "The talks between Sudan and South Sudan ended without a deal.",
  },
  {
    rule: "sup.support-for",
    type: "SUPPORTS",
    source: "Pakistan",
    target: "Turkey",
    text: "Pakistan declared its full support for Turkey in the dispute.",
  },
  {
    rule: "sup.x-backed",
    type: "SUPPORTS",
    source: "Iran",
    target: "Hezbollah",
    text: "Iranian-backed Hezbollah fired rockets across the frontier.",
  },
  {
    rule: "sup.supported-by",
    type: "SUPPORTS",
    source: "Russia",
    target: "Syria",
    text: "Syria, supported by Russia, pressed its offensive in the north.",
  },
  {
    rule: "sup.support-from",
    type: "SUPPORTS",
    source: "Iran",
    target: "Syria",
    text: "Syria received military support from Iran throughout the war.",
  },
  {
    rule: "sup.arms-to",
    type: "SUPPORTS",
    source: "Germany",
    target: "Ukraine",
    text: "Germany delivered air defence systems to Ukraine last month.",
  },
  {
    rule: "pra.praised",
    type: "PRAISES",
    source: "Ghana",
    target: "Togo",
    text: "Ghana praised Togo for reopening the border.",
  },
  {
    rule: "agr.signed-deal",
    type: "AGREES_WITH",
    source: "Ethiopia",
    target: "Eritrea",
    text: "Ethiopia signed a peace agreement with Eritrea in Jeddah.",
  },
  {
    rule: "agr.agreed-on-need",
    type: "AGREES_WITH",
    source: "Chad",
    target: "Niger",
    text: "Chad and Niger agreed on the need to patrol the border together.",
  },
  {
    rule: "aid.sent-aid",
    type: "PROVIDES_AID",
    source: "Japan",
    target: "Philippines",
    text: "Japan sent emergency relief supplies to the Philippines after the storm.",
  },
  {
    rule: "aid.aid-to",
    type: "PROVIDES_AID",
    source: "Saudi Arabia",
    target: "Yemen",
    text: "Saudi Arabia announced an aid package for Yemen.",
  },
  {
    rule: "dc.truce-established",
    type: "DECLARES_CEASEFIRE",
    source: "Armenia",
    target: "Azerbaijan",
    text: "Battles between Armenia and Azerbaijan raged for weeks. A truce was established on Saturday.",
  },
  {
    rule: "dc.agreed-to-ceasefire",
    type: "DECLARES_CEASEFIRE",
    source: "India",
    target: "Pakistan",
    text: "India and Pakistan agreed to a ceasefire along the line of control.",
  },
  {
    rule: "dc.ceasefire-agreement-between",
    type: "DECLARES_CEASEFIRE",
    source: "Georgia",
    target: "Russia",
    text: "The truce holds under the agreement signed between Georgia and Russia.",
  },
  {
    rule: "con.expressed-concern",
    type: "EXPRESSES_CONCERN",
    source: "Indonesia",
    target: "Myanmar",
    text: "Indonesia expressed deep concern about Myanmar's treatment of civilians.",
  },
  {
    rule: "den.denied",
    type: "DENIES",
    source: "Rwanda",
    target: "Burundi",
    text: "Burundi accused Rwanda of backing the rebels, which Rwanda denied.",
  },
  {
    rule: "dem.demanded",
    type: "DEMANDS",
    source: "Greece",
    target: "Turkey",
    text: "Greece demanded that Turkey withdraw its survey ship.",
  },
  {
    rule: "rej.rejected",
    type: "REJECTS",
    source: "Venezuela",
    target: "Guyana",
    text: "Venezuela rejected the proposal from Guyana.",
  },
  {
    rule: "war.warned",
    type: "WARNS",
    source: "China",
    target: "Japan",
    text: "China warned Japan against interfering in the strait.",
  },
  {
    rule: "war.warned-that",
    type: "WARNS",
    source: "Iran",
    target: "Israel",
    text: "Iran warned that Israel would pay a heavy price for the raid.",
  },
  {
    rule: "cnd.condemned",
    type: "CONDEMNS",
    source: "Jordan",
    target: "Israel",
    text: "Jordan condemned Israel over the raid.",
  },
  {
    rule: "cnd.protest-summons",
    type: "CONDEMNS",
    source: "Vietnam",
    target: "China",
    text: "Vietnam lodged a formal protest against China over the drills.",
  },
  {
    rule: "acc.accused",
    type: "ACCUSES",
    source: "Ukraine",
    target: "Russia",
    text: "Ukraine accused Russia of shelling the plant.",
  },
  {
    rule: "acc.complicit",
    type: "ACCUSES",
    source: "Syria",
    target: "Turkey",
    text: "Syria said the strikes made Turkey complicit in the killings.",
  },
  {
    rule: "thr.threatened",
    type: "THREATENS",
    source: "North Korea",
    target: "South Korea",
    text: "North Korea threatened South Korea with a nuclear response.",
  },
  {
    rule: "san.sanctioned",
    type: "SANCTIONS",
    source: "Canada",
    target: "Iran",
    text: "Canada imposed new sanctions on Iran over the crackdown.",
  },
  {
    rule: "att.attacked",
    type: "ATTACKS",
    source: "Pakistan",
    target: "Afghanistan",
    text: "Pakistan launched air strikes on Afghanistan overnight.",
  },
  {
    rule: "att.attack-noun",
    type: "ATTACKS",
    source: "Russia",
    target: "Ukraine",
    text: "Kyiv counted the damage after Russia's overnight strikes on Ukraine.",
  },
  {
    rule: "att.attacked:reported",
    type: "ACCUSES",
    source: "Syria",
    target: "Israel",
    text: "Syria said Israel shelled Syria overnight.",
  },
  {
    rule: "att.attack-by",
    type: "ATTACKS",
    source: "Chinese Coast Guard",
    target: "Philippines",
    text: "The Philippines protested an assault by the Chinese coast guard near the shoal.",
  },
  {
    rule: "att.fighting-between",
    type: "ATTACKS",
    source: "Somalia",
    target: "Ethiopia",
    text: "Heavy fighting between Ethiopia and Somalia was reported.",
  },
];

describe("relation rules", () => {
  it.each(CASES)("$rule: $source $type $target", ({ text, source, type, target, rule, date }) => {
    const found = run(text, date);
    expect(found).toContainEqual(expect.objectContaining({ source, type, target, rule }));
  });

  it("covers every relation type of the ontology", () => {
    expect(new Set(CASES.map((c) => c.type))).toEqual(new Set(RELATION_TYPES));
  });

  it("every rule is exercised by a case, has a reason and a global, case-insensitive trigger", () => {
    const tested = new Set([...CASES, ...GENERALISATION_CASES].map((c) => c.rule.replace(/:reported$/, "")));
    for (const rule of RELATION_RULES) {
      expect(tested, rule.id).toContain(rule.id);
      expect(rule.reason.length).toBeGreaterThan(10);
      expect(rule.pattern.flags).toContain("g");
      expect(rule.strength).toBeGreaterThan(0);
      expect(rule.strength).toBeLessThanOrEqual(1);
    }
  });

  it("rule ids are unique", () => {
    const ids = RELATION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
