package vn.sen.search;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Keeps each agency's records together (định tuyến theo cơ quan): the routing key of an entry is its agency, so with
 * the embedded index split into shards an agency's records share one shard. A search still reads every shard — who
 * may read what is decided by the reader tokens, never by where a record lies — but the shards that hold none of the
 * searcher's tokens cost almost nothing, and in the searcher's own shard Lucene walks the postings of a few thousand
 * records instead of skipping through a million.
 */
final class AgencyRouting implements RoutingBinder {

    /** The key of records without an agency (none today; kept apart rather than refused). */
    static final String NO_AGENCY = "-";

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("agencyId");
        context.bridge(SearchEntry.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<SearchEntry> {

        @Override
        public void route(DocumentRoutes routes, Object id, SearchEntry entry, RoutingBridgeRouteContext context) {
            routes.addRoute().routingKey(entry.routingKey());
        }

        /** Where the entry was indexed before this change: its agency then, if the change moved it. */
        @Override
        public void previousRoutes(
                DocumentRoutes routes, Object id, SearchEntry entry, RoutingBridgeRouteContext context) {
            routes.addRoute().routingKey(entry.routingKey());
            entry.previousRoutingKey()
                    .filter(key -> !key.equals(entry.routingKey()))
                    .ifPresent(key -> routes.addRoute().routingKey(key));
        }
    }
}
