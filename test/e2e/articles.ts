/** The article the e2e test pastes into the explorer (the project's own words): its new actor must show up. */
export const NEW_ARTICLE = {
  title: "Kazakhstan offers to mediate",
  source: "E2E Herald",
  publishedAt: "2020-11-20",
  text: "Kazakhstan offered to mediate between Armenia and Azerbaijan. Kazakhstan also praised Russia for its efforts.",
};
