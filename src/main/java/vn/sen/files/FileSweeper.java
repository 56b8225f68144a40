package vn.sen.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes blobs that no stored file version references any more, typically left by a registration whose transaction
 * rolled back after the blob was written, and temporary files left by a crash. Only files older than the grace
 * period go, so that a blob whose row is not committed yet survives.
 */
@Component
class FileSweeper {

    private static final Logger log = LoggerFactory.getLogger(FileSweeper.class);
    private static final int BATCH = 500;

    private final Blobs blobs;
    private final FileVersions versions;
    private final Clock clock;
    private final Duration grace;

    FileSweeper(
            Blobs blobs, FileVersions versions, Clock clock, @Value("${sen.files.orphan-grace:6h}") Duration grace) {
        this.blobs = blobs;
        this.versions = versions;
        this.clock = clock;
        this.grace = grace;
    }

    @Scheduled(cron = "${sen.files.sweep-cron:0 30 2 * * *}", zone = "${sen.calendar.zone:Asia/Ho_Chi_Minh}")
    void sweepOnSchedule() {
        int removed = sweep(grace);
        log.info("File sweep removed {} unreferenced blobs or temporary files", removed);
    }

    /** Removes unreferenced blobs and temporary files older than {@code olderThan}; returns how many went. */
    int sweep(Duration olderThan) {
        Instant cutoff = clock.instant().minus(olderThan);
        int removed = 0;
        Map<String, Path> candidates = new HashMap<>();
        try (Stream<Path> files = blobs.allFiles()) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!olderThan(file, cutoff)) {
                    continue;
                }
                Optional<String> sha = blobs.shaOf(file);
                if (sha.isPresent()) {
                    candidates.put(sha.get(), file);
                    if (candidates.size() == BATCH) {
                        removed += removeUnreferenced(candidates, cutoff);
                    }
                } else if (Blobs.isTemporary(file) && delete(file)) {
                    removed++;
                }
            }
        }
        return removed + removeUnreferenced(candidates, cutoff);
    }

    private int removeUnreferenced(Map<String, Path> candidates, Instant cutoff) {
        if (candidates.isEmpty()) {
            return 0;
        }
        Set<String> referenced = versions.referenced(List.copyOf(candidates.keySet()));
        List<Path> orphans = new ArrayList<>();
        candidates.forEach((sha, file) -> {
            if (!referenced.contains(sha)) {
                orphans.add(file);
            }
        });
        candidates.clear();
        int removed = 0;
        for (Path orphan : orphans) {
            // checked again: storing the same content refreshes the blob's time before its row is written
            if (olderThan(orphan, cutoff) && delete(orphan)) {
                removed++;
            }
        }
        return removed;
    }

    private static boolean olderThan(Path file, Instant cutoff) {
        try {
            return !Files.getLastModifiedTime(file).toInstant().isAfter(cutoff);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
