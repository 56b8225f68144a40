package vn.sen.search;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

/**
 * Declares {@link SearchEntry} indexed as {@code entry} (its fields come from its annotations), routed by agency
 * only when the embedded index is in shards: a single Lucene index needs no routing key, and an OpenSearch index
 * created by an earlier release has no required {@code _routing}, which Hibernate Search would refuse at start-up.
 */
final class EntryMapping implements HibernateOrmSearchMappingConfigurer {

    private final boolean routedByAgency;

    EntryMapping(boolean routedByAgency) {
        this.routedByAgency = routedByAgency;
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var indexed =
                context.programmaticMapping().type(SearchEntry.class).indexed().index(IndexLayout.INDEX);
        if (routedByAgency) {
            indexed.routingBinder(new AgencyRouting());
        }
    }
}
