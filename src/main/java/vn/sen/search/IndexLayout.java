package vn.sen.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How the embedded index folder is laid out (bố cục chỉ mục): a small file beside it says into how many shards, and
 * with which version of the fields, the index was last built. Hibernate Search places a record by hashing its agency
 * over the configured number of shards, so an index built with another number (or by a release before shards) has
 * records where updates will not look for them, and one built with other fields lacks what searches ask for: such an
 * index is tidied and rebuilt, never read as it is.
 */
@Component
class IndexLayout {

    private static final Logger log = LoggerFactory.getLogger(IndexLayout.class);
    static final String INDEX = "entry";

    /**
     * The version of {@link SearchEntry}'s fields: raised when a release changes them (2: every word in {@code text}),
     * so an index written with the old fields is rebuilt at start-up rather than searched for fields it lacks.
     */
    static final int FIELDS = 2;

    private final SearchSettings settings;

    IndexLayout(SearchSettings settings) {
        this.settings = settings;
    }

    /**
     * Whether the index folder was built for another layout: the file beside it says so, or (written by a release
     * before the file) the folder holds files this layout does not use.
     */
    boolean changed() {
        if (!onDisk()) {
            return false;
        }
        Optional<String> recorded = recorded();
        if (recorded.isPresent()) {
            return !recorded.get().equals(expected());
        }
        // No file: a release before it wrote the folder, with the first fields. A whole index is then either stale
        // (shards wanted) or of those old fields (one index wanted): rebuilt either way.
        return !staleFiles().isEmpty() || settings.shards() <= 1 && holdsFiles();
    }

    private boolean holdsFiles() {
        if (!Files.isDirectory(folder())) {
            return false;
        }
        try (Stream<Path> children = Files.list(folder())) {
            return children.anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes what the other layout left: the whole index's files, or the shards this layout does not use. */
    void tidy() {
        List<Path> stale = staleFiles();
        try {
            for (Path path : stale) {
                delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!stale.isEmpty()) {
            log.info("Search: removed {} files of the index's previous layout from {}", stale.size(), folder());
        }
    }

    private List<Path> staleFiles() {
        if (!onDisk() || !Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder())) {
            return children.filter(this::stale).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Notes that the index now holds every entry in this layout. */
    void record() {
        if (!onDisk()) {
            return;
        }
        try {
            Files.createDirectories(marker().getParent());
            Files.writeString(marker(), expected() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String expected() {
        return "shards=" + Math.max(1, settings.shards()) + " fields=" + FIELDS;
    }

    private boolean stale(Path child) {
        String name = child.getFileName().toString();
        boolean shard = Files.isDirectory(child) && name.matches("\\d{1,4}");
        if (settings.shards() <= 1) {
            return shard;
        }
        return shard ? Integer.parseInt(name) >= settings.shards() : Files.isRegularFile(child);
    }

    private Optional<String> recorded() {
        try {
            return Files.isRegularFile(marker())
                    ? Optional.of(
                            Files.readString(marker(), StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean onDisk() {
        return !settings.elasticsearch() && settings.directory().equals("local-filesystem");
    }

    private Path folder() {
        return settings.indexDir().resolve(INDEX);
    }

    private Path marker() {
        return settings.indexDir().resolve(INDEX + ".layout");
    }

    private static void delete(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
