/**
 * Cases for the rules added so the extractor reads unseen articles the way the ontology does:
 * agreed truces, brokered deals, hosted talks, reactions to a settlement, denials of an earlier
 * accusation, passives and reported demands. Sentences are written for these tests, about
 * made-up events between real states; each names the rule expected to fire.
 */
export interface GeneralisationCase {
  rule: string;
  type: string;
  source: string;
  target: string;
  text: string;
  /** Asserted (default) or flagged as future/hypothetical. */
  future?: boolean;
}

export const GENERALISATION_CASES: readonly GeneralisationCase[] = [
  {
    rule: "dc.agreed-to-end-fighting",
    type: "DECLARES_CEASEFIRE",
    source: "Bolivia",
    target: "Paraguay",
    text: "Bolivia and Paraguay agreed to an immediate, complete and lasting cessation of hostilities on Sunday.",
  },
  {
    rule: "dc.agreed-to-end-fighting",
    type: "DECLARES_CEASEFIRE",
    source: "Ecuador",
    target: "Colombia",
    text: "Ecuador and Colombia agreed to end three weeks of fighting along the river.",
  },
  {
    rule: "agr.agreed-truce",
    type: "AGREES_WITH",
    source: "Ecuador",
    target: "Colombia",
    text: "Ecuador and Colombia agreed to end three weeks of fighting along the river.",
  },
  {
    rule: "med.deal-brokered-by",
    type: "MEDIATES",
    source: "Brazil",
    target: "Colombia",
    text: "Ecuador and Colombia agreed to end three weeks of fighting along the river under a deal brokered by Brazil.",
  },
  {
    rule: "med.deal-brokered-by",
    type: "MEDIATES",
    source: "Peru",
    target: "Paraguay",
    text: "Bolivia and Paraguay signed the accord after four rounds of talks in Lima, Peru, led by Peru.",
  },
  {
    rule: "med.hosted-both-sides",
    type: "MEDIATES",
    source: "Chile",
    target: "Paraguay",
    text: "Bolivia accused Paraguay of shelling its border posts. Chile hosted the Bolivian and Paraguayan presidents in Santiago on Friday.",
  },
  {
    rule: "tw.hosted-guests",
    type: "TALKS_WITH",
    source: "Bolivia",
    target: "Paraguay",
    text: "Bolivia accused Paraguay of shelling its border posts. Chile hosted the Bolivian and Paraguayan presidents in Santiago on Friday.",
  },
  {
    rule: "tw.hosted",
    type: "TALKS_WITH",
    source: "Uruguay",
    target: "Bolivia",
    text: "Uruguay hosted Bolivia's foreign minister on Monday.",
  },
  {
    rule: "med.mediated-between",
    type: "MEDIATES",
    source: "Norway",
    target: "Bolivia",
    text: "Norway has mediated between Bolivia and Paraguay since the spring.",
  },
  {
    rule: "tw.agreed-after-talks",
    type: "TALKS_WITH",
    source: "Ecuador",
    target: "Colombia",
    text: "Ecuador and Colombia agreed on a border commission after two days of talks in Quito.",
  },
  {
    rule: "pra.welcomed-settlement",
    type: "PRAISES",
    source: "Chile",
    target: "Paraguay",
    text: "Bolivia and Paraguay agreed to a truce on Sunday. Chile welcomed the agreement as a first step.",
  },
  {
    rule: "pra.welcomed-by",
    type: "PRAISES",
    source: "Argentina",
    target: "Bolivia",
    text: "Bolivia and Paraguay agreed to a truce on Sunday. The truce was also welcomed by Argentina.",
  },
  {
    rule: "den.denied",
    type: "DENIES",
    source: "Ecuador",
    target: "Peru",
    text: "Peru accused Ecuador of shelling its border posts. Ecuador denied the accusation and said it stood with Colombia.",
  },
  {
    rule: "acc.accused-by",
    type: "ACCUSES",
    source: "Niger",
    target: "Chad",
    text: "Chad was accused by Niger of arming smugglers along the border.",
  },
  {
    rule: "acc.each-other",
    type: "ACCUSES",
    source: "Togo",
    target: "Ghana",
    text: "Ghana and Togo accused each other of shelling villages near Lome.",
  },
  {
    rule: "att.accused-each-other",
    type: "ATTACKS",
    source: "Ghana",
    target: "Togo",
    text: "Ghana and Togo accused each other of opening fire first.",
  },
  {
    rule: "att.attacked-by",
    type: "ATTACKS",
    source: "Burkinabe Armed Forces",
    target: "Malian Armed Forces",
    text: "Three Malian soldiers were shelled by Burkinabe artillery near the frontier.",
  },
  {
    rule: "dem.must-withdraw",
    type: "DEMANDS",
    source: "Senegal",
    target: "Gambia",
    text: "Senegal said Gambia must withdraw its troops from the border villages.",
  },
  {
    rule: "cfc.urged-by",
    type: "CALLS_FOR_CEASEFIRE",
    source: "Nigeria",
    target: "Togo",
    text: "Fighting between Ghana and Togo spread. Both governments were urged by Nigeria to avoid any escalation.",
  },
  {
    rule: "cfc.call-for-truce",
    type: "CALLS_FOR_CEASEFIRE",
    source: "Nigeria",
    target: "Ghana",
    text: "Nigeria called for maximum military restraint from Ghana and Togo.",
  },
  {
    rule: "cfc.appeal-to-stop",
    type: "CALLS_FOR_CEASEFIRE",
    source: "Nigeria",
    target: "Ghana",
    text: "Nigeria urged Ghana and Togo to avoid further escalation.",
  },
  {
    rule: "dc.truce-between-began",
    type: "DECLARES_CEASEFIRE",
    source: "Togo",
    target: "Ghana",
    text: "A truce between Ghana and Togo took effect at midnight.",
  },
  {
    rule: "agr.sides-agreed",
    type: "AGREES_WITH",
    source: "Ghana",
    target: "Togo",
    text: "Ghana and Togo agreed not to deploy troops near the border.",
  },
  {
    rule: "om.planned-talks",
    type: "OFFERS_MEDIATION",
    source: "Benin",
    target: "Togo",
    text: "Benin had planned direct talks between Ghana and Togo in Cotonou.",
  },
  {
    rule: "cnd.condemned",
    type: "CONDEMNS",
    source: "Senegal",
    target: "Gambian Armed Forces",
    text: "Senegal condemned what it called reckless and provocative actions by the Gambian navy.",
  },
  {
    rule: "cft.appeal-to-negotiate",
    type: "CALLS_FOR_TALKS",
    source: "Finland",
    target: "Togo",
    text: "Sweden and Finland called on Ghana and Togo to stop the fighting. They urged the two countries to resume negotiations without delay.",
  },
  {
    rule: "rej.will-not-recognise",
    type: "REJECTS",
    source: "Serbia",
    target: "Montenegro",
    text: "Serbia said it would not recognise Montenegro's new border.",
  },
  {
    rule: "rej.not-bound",
    type: "REJECTS",
    source: "Burkina Faso",
    target: "Ghana",
    text: "Fighting between Ghana and Togo continued. Ghana and Togo agreed to a truce on Sunday. Burkina Faso said it was not bound by the agreement.",
  },
  {
    rule: "war.consequences-for",
    type: "WARNS",
    source: "Nigeria",
    target: "Togo",
    text: "Fighting between Ghana and Togo continued. Nigeria warned that any breach would have consequences for Ghana and Togo.",
  },
  {
    rule: "dem.ordered-to",
    type: "DEMANDS",
    source: "International Court of Justice",
    target: "Ghana",
    text: "The International Court of Justice ordered Ghana to halt construction near the border.",
  },
  {
    rule: "sup.ally-of",
    type: "SUPPORTS",
    source: "Belarus",
    target: "Russia",
    text: "Belarus, a close ally of Russia, criticised the plan.",
  },
  {
    rule: "med.presided-over",
    type: "MEDIATES",
    source: "Kenya",
    target: "Togo",
    text: "Fighting between Ghana and Togo continued. Kenya and Ethiopia presided over the signing ceremony in Accra.",
  },
  {
    rule: "med.with-help-from",
    type: "MEDIATES",
    source: "Benin",
    target: "Togo",
    text: "A truce between Ghana and Togo began under a deal mediated by Nigeria, with help from Benin and Niger.",
  },
  {
    rule: "pra.settlement-step",
    type: "PRAISES",
    source: "Kenya",
    target: "Ghana",
    text: "Ghana and Togo agreed to a truce on Sunday. Kenya said the truce was an important step.",
  },
  {
    rule: "agr.signed-deal",
    type: "AGREES_WITH",
    source: "Togo",
    target: "Benin",
    text: "Ghana and Togo signed separate agreements with Nigeria and Benin in Abuja.",
  },
  {
    rule: "tw.hosted",
    type: "TALKS_WITH",
    source: "France",
    target: "Germany",
    text: "Russia and Ukraine traded strikes overnight. France hosted the German and Polish leaders in Paris on Friday.",
  },
  {
    rule: "sup.support-for",
    type: "SUPPORTS",
    source: "Iranian Foreign Ministry",
    target: "Lebanon",
    text: "Iran's foreign ministry said in a statement that Tehran stood with Lebanon.",
  },
];
