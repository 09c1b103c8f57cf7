// A rendered "not found" page is never stored in the page cache, local or shared.
// Pages with on-demand params (/residents/<slug>, /news/<slug>, /news/page/<n>)
// would otherwise keep a 404 for every made-up address a visitor asks for, so
// anyone could fill the disk or Redis. A 404 is rendered anew each time instead
// (one indexed query).
function isNotFoundPage(data) {
  return Boolean(data && (data.kind === "APP_PAGE" || data.kind === "APP_ROUTE") && data.status === 404);
}

module.exports = { isNotFoundPage };
