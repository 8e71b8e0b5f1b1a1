/** Table-driven cases for the generalisation rules (see generalisation-cases.ts). */
import { describe, expect, it } from "vitest";
import { GENERALISATION_CASES } from "./generalisation-cases.js";
import { run } from "./helpers.js";

describe("generalisation rules", () => {
  it.each(GENERALISATION_CASES)(
    "$rule: $source $type $target",
    ({ text, source, type, target, rule, future }) => {
      expect(run(text)).toContainEqual(
        expect.objectContaining({ source, type, target, rule, future: future ?? false }),
      );
    },
  );
});

/** Readings that must not come out asserted, in the same spirit: no rule should assert these. */
const NOT_ASSERTED: readonly { text: string; source: string; type: string; target: string }[] = [
  // A hypothetical attack is not an attack.
  {
    text: "Morocco said an armed attack on Spanish vessels would trigger a response.",
    source: "Morocco",
    type: "ATTACKS",
    target: "Spain",
  },
  // Passive: the victims do not attack their attackers.
  {
    text: "Five Malian soldiers were killed when their convoy was fired on by Burkinabe troops.",
    source: "Malian Armed Forces",
    type: "ATTACKS",
    target: "Burkinabe Armed Forces",
  },
  // The speaker demands; the party that must withdraw does not.
  {
    text: "Senegal said Gambia must withdraw its troops from the occupied villages.",
    source: "Gambia",
    type: "DEMANDS",
    target: "Senegal",
  },
  // "They" after a group appealed to two sides is the group, not the sides.
  {
    text: "Sweden and Finland called on Ghana and Togo to stop the fighting. They urged the two countries to resume negotiations without delay.",
    source: "Ghana",
    type: "CALLS_FOR_TALKS",
    target: "Togo",
  },
  // Hosting allies is meeting them, not mediating between them.
  {
    text: "Russia and Ukraine traded strikes overnight. France hosted the German and Polish leaders in Paris on Friday.",
    source: "France",
    type: "MEDIATES",
    target: "Germany",
  },
  // Readiness to mediate is an offer, not mediation.
  {
    text: "Lavrov said Moscow was ready to mediate between Armenia and Azerbaijan.",
    source: "Russia",
    type: "MEDIATES",
    target: "Armenia",
  },
  // Parties calling for a truce together declare it; they do not appeal to each other.
  {
    text: "Ghana accused Togo of shelling border posts. The presidents of Ghana and Togo called for an immediate and unconditional ceasefire after a meeting in Abuja.",
    source: "Togo",
    type: "CALLS_FOR_CEASEFIRE",
    target: "Ghana",
  },
  // A capital naming a process is not its state.
  {
    text: "Nigeria said it supported the Accra process.",
    source: "Nigeria",
    type: "SUPPORTS",
    target: "Ghana",
  },
  // Working with the mediators is not offering mediation.
  {
    text: "Ghana accused Togo of shelling border posts. Togo said it was ready to work with the mediators.",
    source: "Togo",
    type: "OFFERS_MEDIATION",
    target: "Ghana",
  },
  // A report naming the state stays with the state, though a ministry reports it.
  {
    text: "Armenia and Azerbaijan exchanged prisoners in a swap mediated by Qatar, the Qatari foreign ministry said.",
    source: "Qatari Foreign Ministry",
    type: "MEDIATES",
    target: "Armenia",
  },
  // What two sides agreed on is a topic, not a third party.
  {
    text: "Serbia and Montenegro agreed on a plan to implement an EU-backed deal on their border.",
    source: "Serbia",
    type: "AGREES_WITH",
    target: "European Union",
  },
  // Rejecting accusations denies them; it does not reject a proposal.
  {
    text: "Ghana rejected the accusations of the Togolese side.",
    source: "Ghana",
    type: "REJECTS",
    target: "Togo",
  },
  // Being urged to return to talks with a party is not talking with it.
  {
    text: "Norway said Togo should end its provocations and return to negotiations with Ghana.",
    source: "Togo",
    type: "TALKS_WITH",
    target: "Ghana",
  },
  // The helped party does not support its attacker.
  {
    text: "Togo launched drones at Ghana. Ghana, with the help of France and other partners, intercepted most of them.",
    source: "Ghana",
    type: "SUPPORTS",
    target: "Togo",
  },
  // A place named in the condemnation of strikes is their victim, not their target.
  {
    text: "Israel struck targets in Lebanon. Egypt condemned the strikes as a violation of Lebanon's sovereignty.",
    source: "Egypt",
    type: "CONDEMNS",
    target: "Lebanon",
  },
  // Calling something an aggression by others is not an attack on the speaker.
  {
    text: "Iran denounced what it called an aggression by American and British ships.",
    source: "United States",
    type: "ATTACKS",
    target: "Iran",
  },
  // Criticising raids is not an attack.
  {
    text: "American warplanes struck Yemen. Iran said the raids showed Washington's disregard for international law.",
    source: "Iran",
    type: "ATTACKS",
    target: "United States",
  },
  // "Houthi targets in Yemen" are the group's, and the group does not attack Yemen.
  {
    text: "American and British warplanes struck Houthi targets in Yemen overnight.",
    source: "Houthis",
    type: "ATTACKS",
    target: "Yemen",
  },
  // A group's deputy minister is the group's, never another state's namesake.
  {
    text: "The Houthis' deputy foreign minister, Hussein al-Ezzi, condemned Israel.",
    source: "Fuad Hussein",
    type: "CONDEMNS",
    target: "Israel",
  },
  // "Both leaders" are the two just named, not a pair from an earlier sentence.
  {
    text: "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday. Norwegian Foreign Minister Ine Eriksen Soreide spoke with Armenian Prime Minister Nikol Pashinyan and later with Azerbaijani President Ilham Aliyev and urged both leaders to stop the fighting.",
    source: "Ine Eriksen Soreide",
    type: "CALLS_FOR_CEASEFIRE",
    target: "Vladimir Putin",
  },
  // The two sides trading accusations are the conflict's parties, never the third party named before.
  {
    text: "Fighting broke out between Ghana and Togo. Norway urged calm. The two sides traded accusations over who fired first.",
    source: "Ghana",
    type: "ACCUSES",
    target: "Norway",
  },
  {
    text: "Benin rejected the Nigerien side's accusations on Monday.",
    source: "Benin",
    type: "REJECTS",
    target: "Niger",
  },
  // Mediators are not parties to the deal they mediated, and "thanks to" is no thanks.
  {
    text: "Israel and Hamas reached a deal through Qatari and Egyptian mediation.",
    source: "Israel",
    type: "AGREES_WITH",
    target: "Qatar",
  },
  {
    text: "Ghana and Togo agreed on a truce thanks to the mediation of Nigeria.",
    source: "Ghana",
    type: "PRAISES",
    target: "Nigeria",
  },
  {
    text: "Ghana and Togo agreed on a truce thanks to the mediation of Nigeria.",
    source: "Togo",
    type: "DECLARES_CEASEFIRE",
    target: "Nigeria",
  },
  // The reporter closing the sentence is not the object of what it reports.
  {
    text: "Ghana and Togo agreed on a truce through its mediation, the Nigerian foreign ministry said.",
    source: "Ghana",
    type: "DECLARES_CEASEFIRE",
    target: "Nigerian Foreign Ministry",
  },
  // A pronoun opening the sentence is the last subject, not the last person named.
  {
    text: "Norwegian Foreign Minister Ine Eriksen Soreide spoke with Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev. She urged the two leaders to resume talks.",
    source: "Ilham Aliyev",
    type: "CALLS_FOR_TALKS",
    target: "Nikol Pashinyan",
  },
  {
    text: "Israel and Hamas reached a deal through Qatar's mediation.",
    source: "Hamas",
    type: "AGREES_WITH",
    target: "Qatar",
  },
  // Accusing each other of attacking is an accusation, not a reported attack.
  {
    text: "Ghana and Togo accused each other of attacking border villages.",
    source: "Ghana",
    type: "ATTACKS",
    target: "Togo",
  },
  // The reporter of a passive is not its patient.
  {
    text: "Canada said the truce would be monitored by a mechanism supported by Norway and Japan.",
    source: "Norway",
    type: "SUPPORTS",
    target: "Canada",
  },
  // A side of the conflict does not mediate for the other.
  {
    text: "Fighting between Russia and Ukraine continued. Putin presided over the signing ceremony in Moscow.",
    source: "Vladimir Putin",
    type: "MEDIATES",
    target: "Ukraine",
  },
  // Welcoming an election result is not praise for the last deal's sides.
  {
    text: "Ghana and Togo agreed to a truce on Sunday. Nigeria welcomed the outcome of the election in Benin.",
    source: "Nigeria",
    type: "PRAISES",
    target: "Ghana",
  },
  // "Must return to talks" is an appeal, not a demand.
  {
    text: "Fighting between Ghana and Togo continued. Nigeria said Togo must return to the negotiating table.",
    source: "Nigeria",
    type: "DEMANDS",
    target: "Togo",
  },
  // A capital that is a first name is not its state.
  {
    text: "Paraguayan President Santiago Pena called on Bolivia to withdraw its troops.",
    source: "Chile",
    type: "CALLS_FOR_CEASEFIRE",
    target: "Bolivia",
  },
  // "during which they discussed" is the two on the call, not the warring sides.
  {
    text: "Israel and Hamas traded fire overnight. Egypt received a phone call from Qatar, during which they discussed the truce.",
    source: "Israel",
    type: "TALKS_WITH",
    target: "Hamas",
  },
  // Denying doing something negates it.
  {
    text: "The United Arab Emirates denied supplying weapons to the RSF.",
    source: "United Arab Emirates",
    type: "SUPPORTS",
    target: "Rapid Support Forces",
  },
  // "The killing of X" does not say who killed X.
  {
    text: "Iran fired missiles at Israel in retaliation for the killing of Hamas leader Ismail Haniyeh.",
    source: "Iran",
    type: "ATTACKS",
    target: "Hamas",
  },
  // Being hit by tariffs is not an attack.
  {
    text: "The United States said its exports were hit by Chinese tariffs.",
    source: "China",
    type: "ATTACKS",
    target: "United States",
  },
  // A side hosting the talks it takes part in is no mediator.
  {
    text: "Ghana and Togo agreed to extend the truce after talks in Accra hosted by the Ghanaian government.",
    source: "Ghana",
    type: "MEDIATES",
    target: "Togo",
  },
  // Planned talks are not talks held.
  {
    text: "Benin had planned direct talks between Ghana and Togo in Cotonou.",
    source: "Ghana",
    type: "TALKS_WITH",
    target: "Togo",
  },
];

describe("generalisation: readings not asserted", () => {
  it.each(NOT_ASSERTED)("no asserted $source $type $target", ({ text, source, type, target }) => {
    const asserted = run(text).filter((r) => !r.negated && !r.future);
    expect(asserted).not.toContainEqual(expect.objectContaining({ source, type, target }));
  });
});
