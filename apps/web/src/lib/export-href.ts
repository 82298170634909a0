/**
 * The address of a download under `/api/export/<name>`: the format, the page's
 * language (so the file says what the screen says) and the page's own filters.
 */
export function exportHref(name: string, format: 'csv' | 'xlsx', locale: string, filterQuery = ''): string {
  const filters = filterQuery.replace(/^\?/, '');
  return `/api/export/${name}?format=${format}&taal=${locale}${filters ? `&${filters}` : ''}`;
}
