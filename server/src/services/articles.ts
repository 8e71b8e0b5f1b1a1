/** Reading the article catalogue: a filtered, paginated list and one article with its relations. */

import type { ArticleDetail, ArticleListResponse, ArticleSummary } from "../contracts/articles.js";
import { type ArticleFilter, type ArticleRepository, articleRepository } from "../db/article-repository.js";
import type { GraphDb } from "../db/graph-db.js";
import { NotFoundError } from "../errors.js";

export interface ArticleQueries {
  list(filter: ArticleFilter): Promise<ArticleListResponse>;
  get(id: string): Promise<ArticleDetail>;
}

export function createArticleQueries(
  db: Pick<GraphDb, "read">,
  repository: ArticleRepository = articleRepository,
): ArticleQueries {
  return {
    async list(filter) {
      const { total, items } = await db.read(async (tx) => ({
        total: await repository.countArticles(tx, filter),
        items: await repository.listArticles(tx, filter),
      }));
      return {
        items: items as unknown as ArticleSummary[],
        total,
        limit: filter.limit,
        offset: filter.offset,
      };
    },

    async get(id) {
      const row = await db.read((tx) => repository.getArticle(tx, id));
      if (!row) throw new NotFoundError("article", id);
      return row as unknown as ArticleDetail;
    },
  };
}
