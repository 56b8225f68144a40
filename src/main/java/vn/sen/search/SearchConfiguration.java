package vn.sen.search;

import java.util.Map;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search's settings, from {@link SearchSettings}: only the chosen backend's properties are set, so neither
 * backend warns about the other's.
 *
 * <p>Indexing waits for the change to be searchable but not for a Lucene commit (strategy {@code sync}); the index is
 * committed to disk every second instead of once per transaction, which would cost an fsync per change.
 */
@Configuration
@EnableConfigurationProperties(SearchSettings.class)
class SearchConfiguration {

    private static final String BACKEND = "hibernate.search.backend.";
    private static final String MAPPING = "hibernate.search.mapping.configurer";

    @Bean
    HibernatePropertiesCustomizer searchBackend(SearchSettings settings) {
        return properties -> {
            properties.put("hibernate.search.indexing.plan.synchronization.strategy", "sync");
            if (settings.elasticsearch()) {
                elasticsearch(settings, properties);
            } else {
                lucene(settings, properties);
            }
        };
    }

    private static void lucene(SearchSettings settings, Map<String, Object> properties) {
        properties.put(BACKEND + "type", "lucene");
        properties.put(BACKEND + "lucene_version", "LATEST");
        properties.put(BACKEND + "directory.type", settings.directory());
        if (settings.directory().equals("local-filesystem")) {
            properties.put(
                    BACKEND + "directory.root",
                    settings.indexDir().toAbsolutePath().toString());
        }
        properties.put(BACKEND + "io.commit_interval", "1000");
        boolean sharded = settings.shards() > 1;
        if (sharded) {
            properties.put(BACKEND + "sharding.strategy", "hash");
            properties.put(BACKEND + "sharding.number_of_shards", Integer.toString(settings.shards()));
        }
        properties.put(MAPPING, BeanReference.ofInstance(new EntryMapping(sharded)));
        properties.put(BACKEND + "analysis.configurer", BeanReference.ofInstance(new VietnameseAnalysis()));
    }

    private static void elasticsearch(SearchSettings settings, Map<String, Object> properties) {
        properties.put(BACKEND + "type", "elasticsearch");
        properties.put(BACKEND + "uris", String.join(",", settings.uris()));
        if (!settings.username().isEmpty()) {
            properties.put(BACKEND + "username", settings.username());
            properties.put(BACKEND + "password", settings.password());
        }
        if (!settings.distribution().isEmpty()) {
            properties.put(BACKEND + "version", settings.distribution());
            properties.put(BACKEND + "version_check.enabled", "false");
        }
        properties.put(BACKEND + "analysis.configurer", BeanReference.ofInstance(new VietnameseAnalysisElastic()));
        properties.put(MAPPING, BeanReference.ofInstance(new EntryMapping(false)));
    }
}
