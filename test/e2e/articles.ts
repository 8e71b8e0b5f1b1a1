/**
 * Short articles written for the explorer's end-to-end test (the project's own words,
 * modelled on the 2020 Karabakh coverage), used when the seed service is not there.
 */
export interface E2eArticle {
  title: string;
  url: string;
  source: string;
  publishedAt: string;
  text: string;
}

export const E2E_ARTICLES: E2eArticle[] = [
  {
    title: "Moscow urges Baku and Yerevan to stop the fighting",
    url: "https://example.org/e2e/karabakh-1",
    source: "Example Wire",
    publishedAt: "2020-10-01",
    text:
      "Russian Foreign Minister Sergey Lavrov called on Armenia and Azerbaijan to immediately cease fire. " +
      "Lavrov held a phone call with Turkish Foreign Minister Mevlut Cavusoglu on Thursday. " +
      "Armenia accused Turkey of sending mercenaries to the region. " +
      "Azerbaijan accused Armenia of shelling the city of Tartar. " +
      "Turkey said it stands with Azerbaijan.",
  },
  {
    title: "France and the United States call for talks over Karabakh",
    url: "https://example.org/e2e/karabakh-2",
    source: "Example Daily",
    publishedAt: "2020-10-12",
    text:
      "French President Emmanuel Macron urged Armenia and Azerbaijan to return to the negotiating table. " +
      "The United States condemned the attacks on civilians in Stepanakert. " +
      "Iran offered to host talks between Armenia and Azerbaijan. " +
      "Armenian Prime Minister Nikol Pashinyan accused Azerbaijan of violating the truce.",
  },
  {
    title: "Ceasefire announced after talks in Moscow",
    url: "https://example.org/e2e/karabakh-3",
    source: "Example Wire",
    publishedAt: "2020-11-10",
    text:
      "Armenia and Azerbaijan agreed to a humanitarian ceasefire after talks hosted by Russia. " +
      "Azerbaijani President Ilham Aliyev praised the initiative of Russian President Vladimir Putin. " +
      "Turkey welcomed the agreement.",
  },
];

/** The article the test pastes into the explorer: its new actor must show up. */
export const NEW_ARTICLE = {
  title: "Kazakhstan offers to mediate",
  source: "E2E Herald",
  publishedAt: "2020-11-20",
  text: "Kazakhstan offered to mediate between Armenia and Azerbaijan. Kazakhstan also praised Russia for its efforts.",
};
