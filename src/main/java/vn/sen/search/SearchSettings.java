package vn.sen.search;

import java.nio.file.Path;
import java.time.Duration;
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
 * @param concurrency how many searches run at once ({@link SearchGate}): 0 for one more than the machine's cores on
 *     the embedded index and no limit with a cluster; a negative number for no limit
 * @param queueWait how long a search waits for its turn before it is refused as busy
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
        @DefaultValue("16") int shards,
        @DefaultValue("0") int concurrency,
        @DefaultValue("10s") Duration queueWait) {

    boolean elasticsearch() {
        return backend.equals("elasticsearch") || backend.equals("opensearch");
    }
}
