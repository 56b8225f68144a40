package vn.sen.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index folder built for another number of shards is noticed, tidied and recorded anew. */
class IndexLayoutTests {

    @TempDir
    Path dir;

    private IndexLayout layout(String directory, int shards) {
        return new IndexLayout(
                new SearchSettings("lucene", directory, dir, List.of(), "", "", "", shards, 0, Duration.ofSeconds(10)));
    }

    private void file(String path) throws IOException {
        Path p = dir.resolve("entry").resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
    }

    private List<String> entryFolder() throws IOException {
        try (Stream<Path> walk = Files.walk(dir.resolve("entry"))) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> dir.resolve("entry").relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void aWholeIndexFromAnEarlierReleaseIsReplacedByShards() throws IOException {
        file("_bj.fdt");
        file("segments_7");
        file("0/segments_1");
        IndexLayout sharded = layout("local-filesystem", 4);

        assertThat(sharded.changed()).isTrue();
        sharded.tidy();
        assertThat(entryFolder()).containsExactly("0/segments_1");
        sharded.record();
        assertThat(sharded.changed()).isFalse();
        assertThat(dir.resolve("entry.layout")).hasContent("shards=4 fields=" + IndexLayout.FIELDS);
    }

    @Test
    void fewerShardsDropTheOnesNoLongerRead() throws IOException {
        file("0/segments_2");
        file("5/segments_2");
        file("12/segments_2");
        layout("local-filesystem", 16).record();
        IndexLayout eight = layout("local-filesystem", 8);

        assertThat(eight.changed()).isTrue();
        eight.tidy();
        assertThat(entryFolder()).containsExactly("0/segments_2", "5/segments_2");
    }

    @Test
    void oneShardMeansTheWholeIndexInTheFolderItself() throws IOException {
        file("3/segments_2");
        file("segments_2");
        layout("local-filesystem", 4).record();
        IndexLayout whole = layout("local-filesystem", 1);

        assertThat(whole.changed()).isTrue();
        whole.tidy();
        assertThat(entryFolder()).containsExactly("segments_2");
    }

    @Test
    void aFreshOrUnchangedIndexIsLeftAlone() throws IOException {
        IndexLayout sharded = layout("local-filesystem", 4);
        assertThat(sharded.changed()).isFalse();

        file("1/segments_3");
        assertThat(sharded.changed()).as("no stale files, nothing recorded yet").isFalse();
        sharded.record();
        assertThat(sharded.changed()).isFalse();
    }

    @Test
    void anIndexWrittenWithOlderFieldsIsRebuilt() throws IOException {
        file("2/segments_4");
        Files.writeString(dir.resolve("entry.layout"), "shards=4\n");
        IndexLayout sharded = layout("local-filesystem", 4);

        assertThat(sharded.changed()).isTrue();
        sharded.tidy();
        assertThat(entryFolder())
                .as("the shards stay; the rebuild empties them")
                .containsExactly("2/segments_4");
    }

    @Test
    void aWholeIndexFromAnEarlierReleaseHasTheOldFieldsAndIsRebuiltAsOneIndexToo() throws IOException {
        file("segments_7");
        IndexLayout whole = layout("local-filesystem", 1);

        assertThat(whole.changed()).isTrue();
        whole.tidy();
        assertThat(entryFolder())
                .as("its files stay; the rebuild replaces them")
                .containsExactly("segments_7");
        whole.record();
        assertThat(whole.changed()).isFalse();
    }

    @Test
    void anIndexInMemoryHasNoLayoutOnDisk() throws IOException {
        file("segments_2");
        IndexLayout heap = layout("local-heap", 4);

        assertThat(heap.changed()).isFalse();
        heap.record();
        assertThat(dir.resolve("entry.layout")).doesNotExist();
    }
}
