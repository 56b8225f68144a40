package vn.sen.search;

import java.util.List;
import java.util.Map;

/**
 * What the index answered to a search, whichever way it was asked: the total, the page's rows (id, kind, title,
 * content, refs, type, status, urgency, at, link, as {@link HitLabels#hit} reads them) and each facet's counts.
 */
record IndexPage(long total, List<List<?>> rows, Map<String, Map<String, Long>> facets) {}
