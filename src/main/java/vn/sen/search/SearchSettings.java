package vn.sen.search;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the index lives.
 *
 * @param backend {@code lucene} (embedded, the default) or {@code elasticsearch} (also for OpenSearch)
 * @param directory for Lucene: {@code local-filesystem} or {@code local-heap} (tests)
 * @param indexDir for Lucene on the file system: the folder of the index
 * @param uris for Elasticsearch/OpenSearch: the nodes, e.g. {@code https://search1:9200}
 * @param distribution for Elasticsearch/OpenSearch: what the cluster runs, e.g. {@code opensearch:2.19}, so Sen
 *     starts without asking the cluster its version
 * @param shards for Lucene: how many parts the index is split into, records of one agency kept in one part
 *     ({@link AgencyRouting}); 1 for a single index
 */
@ConfigurationProperties("sen.search")
record SearchSettings(
        @DefaultValue("lucene") String backend,
        @DefaultValue("local-filesystem") String directory,
        @DefaultValue("./data/search") Path indexDir,
        @DefaultValue("") List<String> uris,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("") String distribution,
        @DefaultValue("16") int shards) {

    boolean elasticsearch() {
        return backend.equals("elasticsearch") || backend.equals("opensearch");
    }
}
