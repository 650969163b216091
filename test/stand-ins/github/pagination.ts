// Page-based pagination as GitHub does it: `per_page` (default 30, at most 100)
// and `page`, with an RFC 5988 `Link` header naming prev, next, last and first.

export interface Page<T> {
  items: T[];
  /** The Link header value, absent when everything fits on one page. */
  link?: string;
}

export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

/**
 * Cuts `items` to the requested page. `requestUrl` is the URL the client asked
 * for (on the stand-in's API host); links keep its other query parameters.
 */
export function paginate<T>(items: T[], query: Record<string, unknown>, requestUrl: URL): Page<T> {
  const perPageAsked = typeof query.per_page === 'number' && query.per_page > 0 ? Math.floor(query.per_page) : DEFAULT_PER_PAGE;
  const perPage = Math.min(perPageAsked, MAX_PER_PAGE);
  const page = typeof query.page === 'number' && query.page > 0 ? Math.floor(query.page) : 1;
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const pageItems = items.slice((page - 1) * perPage, page * perPage);

  const linkTo = (target: number): string => {
    const url = new URL(requestUrl);
    url.searchParams.set('page', String(target));
    return `<${url.href}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${linkTo(Math.min(page - 1, lastPage))}; rel="prev"`);
  if (page < lastPage) {
    links.push(`${linkTo(page + 1)}; rel="next"`);
    links.push(`${linkTo(lastPage)}; rel="last"`);
  }
  if (page > 1) links.push(`${linkTo(1)}; rel="first"`);
  return { items: pageItems, link: links.length > 0 ? links.join(', ') : undefined };
}
