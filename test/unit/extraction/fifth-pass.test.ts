/**
 * Classes left open by earlier passes and found again on a seventh own-words unseen set (kept outside the
 * repository): the halves of a divided country ("North and South Korea", "the North", "the South"), a third
 * party's appeal to release as a demand, condemning an act named earlier ("the seizure", "the operation")
 * as condemning its author, and a few precision guards. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const has = (text: string, source: string, type: string, target: string) =>
  expect(run(text)).toContainEqual(expect.objectContaining({ source, type, target }));
const lacks = (text: string, source: string, type: string, target: string) =>
  expect(run(text)).not.toContainEqual(expect.objectContaining({ source, type, target }));

describe("the halves of a divided country", () => {
  it("reads 'North and South Sudan' as both states", () => {
    const text = "North and South Sudan traded accusations over the oil fields.";
    has(text, "South Sudan", "ACCUSES", "Sudan");
    has(text, "Sudan", "ACCUSES", "South Sudan");
  });
  it("reads 'the North' and 'the South' as the two states once both are named", () => {
    const text =
      "North and South Sudan held talks in May. The North accused the South of backing the rebels.";
    has(text, "Sudan", "ACCUSES", "South Sudan");
  });
  it("reads 'the South' in a sentence-initial possessive", () => {
    const text =
      "South Korea and North Korea traded fire. The South's navy fired warning shots at North Korean boats.";
    has(text, "South Korea", "ATTACKS", "North Korea");
  });
  it("leaves 'the South' alone when the article names no divided country", () => {
    const found = run("Clashes erupted between Bolivia and Paraguay. The South held talks.");
    expect(found.every((r) => !["South Korea", "South Sudan"].includes(r.source))).toBe(true);
  });
  it("does not make 'the North' in a condition an actor of the sentence", () => {
    const text =
      "North Korea shelled South Korean islands. South Korea's president vowed retaliation if the North attacked again, and called the shelling an inhumane act.";
    has(text, "South Korea", "CONDEMNS", "North Korea");
    lacks(text, "North Korea", "CONDEMNS", "South Korea");
  });
  it("reads 'Southern Sudan' (before 2011) as South Sudan", () => {
    const text = "The government of Southern Sudan accused Sudanese troops of shelling its villages.";
    has(text, "South Sudan", "ACCUSES", "Sudanese Armed Forces");
  });
  it("reads 'both Koreas' as the two states", () => {
    const text =
      "North Korea fired shells at South Korea on Monday. The UN chief urged both Koreas to show restraint.";
    has(text, "United Nations", "CALLS_FOR_CEASEFIRE", "North Korea");
    has(text, "United Nations", "CALLS_FOR_CEASEFIRE", "South Korea");
  });
});

describe("an appeal to release is a demand", () => {
  it("reads a third party's 'urged X to release the detained sailors' as DEMANDS", () => {
    const text =
      "Clashes erupted between Iran and Britain. Norway urged Iran to release the detained sailors.";
    has(text, "Norway", "DEMANDS", "Iran");
  });
  it("reads 'called on X to hand over the suspects' as DEMANDS", () => {
    has("Argentina called on Paraguay to hand over the suspects.", "Argentina", "DEMANDS", "Paraguay");
  });
});

describe("condemning an act named earlier condemns its author", () => {
  it("'condemned the seizure' targets who seized", () => {
    const text =
      "Paraguayan troops seized a Bolivian border post on Monday. Argentina condemned the seizure.";
    has(text, "Argentina", "CONDEMNS", "Paraguayan Armed Forces");
  });
  it("'described the operation as an act of aggression' targets who carried it out", () => {
    const text =
      "Paraguayan troops shelled a Bolivian border post on Monday. Bolivia described the operation as an act of aggression.";
    has(text, "Bolivia", "CONDEMNS", "Paraguayan Armed Forces");
  });
  it("prefers the attack the outlet reports to one a party only claims", () => {
    const text =
      "Colombian troops shelled a Venezuelan village on Monday. Colombia accused Venezuela of firing first across the border. Brazil condemned the attack.";
    has(text, "Brazil", "CONDEMNS", "Colombian Armed Forces");
    lacks(text, "Brazil", "CONDEMNS", "Venezuela");
  });
  it("does not make the condemner the attacker of 'called the shelling of the village ...'", () => {
    const text =
      "Colombian troops shelled a Venezuelan village on Monday. Brazil called the shelling of the village an unacceptable act.";
    has(text, "Brazil", "CONDEMNS", "Colombian Armed Forces");
    lacks(text, "Brazil", "ATTACKS", "Venezuela");
  });
});

describe("attacks", () => {
  it("reads ambushing and driving out forces as attacks", () => {
    has(
      "Eritrean troops ambushed an Ethiopian convoy near the border.",
      "Eritrean Armed Forces",
      "ATTACKS",
      "Ethiopia",
    );
  });
  it("does not read 'women kidnapped by Hamas' as an attack by the sentence subject", () => {
    lacks(
      "Qatar mediated the release of two Israeli women kidnapped by Hamas.",
      "Qatar",
      "ATTACKS",
      "Israel",
    );
  });
  it("asserts a finite verb joined after a denied gerund", () => {
    const found = run("Eritrea denied planting the mines and fired shells at Ethiopian positions.");
    expect(found).toContainEqual(
      expect.objectContaining({ source: "Eritrea", type: "ATTACKS", target: "Ethiopia", negated: false }),
    );
  });
  it("keeps 'denied attacking' negated", () => {
    const found = run("Eritrea denied attacking Ethiopian positions near the border.");
    expect(found.filter((r) => r.type === "ATTACKS" && !r.negated)).toEqual([]);
  });
});

describe("former office holders", () => {
  it("does not read 'a former South Korean foreign minister' as the current one", () => {
    const found = run(
      "Clashes erupted between Bolivia and Paraguay. The UN Secretary-General, a former South Korean foreign minister, urged both sides to show restraint.",
    );
    expect(found.filter((r) => r.type === "CALLS_FOR_CEASEFIRE").map((r) => r.source)).toEqual([
      "United Nations",
      "United Nations",
    ]);
  });
});

describe("agreements, sanctions and return fire", () => {
  it("reads 'A and B agreed that X should ...' as an agreement", () => {
    has("Chile and Peru agreed that observers should be sent to the border.", "Chile", "AGREES_WITH", "Peru");
  });
  it("does not read a shared judgement ('agreed that the test was unpardonable') as an agreement", () => {
    lacks("Chile and Peru agreed that the test was unpardonable.", "Chile", "AGREES_WITH", "Peru");
  });
  it("reads 'agreed on the disengagement' as an agreement, and welcoming the disengagement as praise for both", () => {
    const text =
      "Chile and Peru have agreed on the disengagement of their border troops. Brazil welcomed the disengagement.";
    has(text, "Chile", "AGREES_WITH", "Peru");
    has(text, "Brazil", "PRAISES", "Chile");
    has(text, "Brazil", "PRAISES", "Peru");
  });
  it("reads travel bans and asset freezes as sanctions", () => {
    has(
      "Canada imposed travel bans and asset freezes on Belarusian officials.",
      "Canada",
      "SANCTIONS",
      "Belarus",
    );
  });
  it("reads returning fire in the same sentence as an attack on who fired first", () => {
    const text = "Eritrean troops fired shells at Ethiopian positions, prompting Ethiopia to fire back.";
    has(text, "Ethiopia", "ATTACKS", "Eritrean Armed Forces");
  });
  it("condemning 'the attack' is about who started it, not who returned fire", () => {
    const text =
      "Eritrean troops shelled Ethiopian positions on Monday. Ethiopia returned fire. Kenya condemned the attack.";
    has(text, "Kenya", "CONDEMNS", "Eritrean Armed Forces");
    lacks(text, "Kenya", "CONDEMNS", "Ethiopia");
  });
  it("reads a state's helicopters as its armed forces", () => {
    has(
      "Peruvian helicopters attacked Ecuadorean outposts on Monday.",
      "Peruvian Armed Forces",
      "ATTACKS",
      "Ecuador",
    );
  });
});

describe("ultimatums, caused acts and mutual accusations", () => {
  it("reads 'gave X an ultimatum to ... or face military action' as a demand and a threat", () => {
    const text = "Eritrea gave Ethiopia an ultimatum to withdraw from the town or face military action.";
    has(text, "Eritrea", "DEMANDS", "Ethiopia");
    has(text, "Eritrea", "THREATENS", "Ethiopia");
  });
  it("keeps an ultimatum without 'or face' a demand only", () => {
    const text = "Eritrea gave Ethiopia a seven-day ultimatum to withdraw from the town.";
    has(text, "Eritrea", "DEMANDS", "Ethiopia");
    lacks(text, "Eritrea", "THREATENS", "Ethiopia");
  });
  it("reads 'prompting X to fire back' as something that happened", () => {
    const found = run(
      "Eritrean troops fired shells at Ethiopian positions, prompting Ethiopia to fire back.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ source: "Ethiopia", type: "ATTACKS", future: false }),
    );
  });
  it("reads 'each side accused the other' as mutual accusations of the parties", () => {
    const text =
      "Ecuador and Peru signed a truce. Fighting continued, and each side accused the other of breaking it.";
    has(text, "Ecuador", "ACCUSES", "Peru");
    has(text, "Peru", "ACCUSES", "Ecuador");
  });
});

describe("asides between a subject and its verb", () => {
  it("skips a relative clause closed by ', had urged'", () => {
    const text =
      "Clashes erupted between Ghana and Togo. Nigeria, which the Ghanaian president visited last week, had urged both countries to settle their dispute through negotiation.";
    has(text, "Nigeria", "CALLS_FOR_TALKS", "Ghana");
    has(text, "Nigeria", "CALLS_FOR_TALKS", "Togo");
  });
  it("takes the aside that closes right before the verb, not the sentence's first one", () => {
    const text =
      "Ghana and Togo signed a deal. Canada, which has troops in the region, welcomed the agreement, and Brazil, a close partner of Togo, praised both sides for their restraint.";
    has(text, "Brazil", "PRAISES", "Ghana");
    has(text, "Brazil", "PRAISES", "Togo");
    expect(
      run(text)
        .filter((r) => r.rule === "pra.congratulated-both")
        .map((r) => r.source),
    ).toEqual(["Brazil", "Brazil"]);
  });
});

describe("descriptions that stand for an actor already named", () => {
  it("reads 'the kingdom' as the last monarchy named", () => {
    has(
      "Saudi Arabia and Iran clashed. The kingdom accused Tehran of arming rebels.",
      "Saudi Arabia",
      "ACCUSES",
      "Iran",
    );
  });
  it("reads 'the emirate' as the last emirate named", () => {
    has(
      "Qatar and Egypt held talks on Libya. The emirate later accused Cairo of backing the rebels.",
      "Qatar",
      "ACCUSES",
      "Egypt",
    );
  });
  it("reads 'the regional bloc' as the last international organisation named", () => {
    has(
      "ECOWAS met in Abuja on Niger. The regional bloc threatened Niger with force.",
      "ECOWAS",
      "THREATENS",
      "Niger",
    );
  });
  it("leaves 'the kingdom' unread when no monarchy was named", () => {
    expect(run("Iran and Iraq clashed. The kingdom accused Tehran of arming rebels.")).toEqual([]);
  });
});

describe("a sentence-initial 'It'", () => {
  it("continues the previous sentence's subject, not its last object", () => {
    const text =
      "Eritrean troops ambushed an Ethiopian convoy near the border. The African Union condemned the ambush and demanded that Eritrea withdraw its forces. It also called the attack a violation of the peace deal.";
    has(text, "African Union", "CONDEMNS", "Eritrean Armed Forces");
    lacks(text, "Eritrea", "CONDEMNS", "Ethiopia");
  });
});
