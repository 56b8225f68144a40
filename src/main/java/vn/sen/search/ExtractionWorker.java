package vn.sen.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;

/**
 * Extracts the text of queued files one at a time, away from the request that stored them (registration never waits
 * for it), and asks the index to re-read the records that carry each file. A file that makes the extractor fail,
 * hang or exhaust its limits gets that outcome recorded; the record stays indexed with its metadata.
 *
 * <p>One file at a time: OCR takes a core for about a second per page, and the machine serves users too.
 */
@Component
class ExtractionWorker {

    private static final Logger log = LoggerFactory.getLogger(ExtractionWorker.class);

    /** A claim older than this was cut short (a restart): the file goes back to the queue, three tries at most. */
    private static final String RECLAIM =
            """
            update search.extraction set state = case when attempts >= 3 then 'FAILED' else 'PENDING' end,
              error = case when attempts >= 3 then 'interrupted three times' else error end
            where state = 'RUNNING' and claimed_at < now() - interval '10 minutes'
            """;

    private static final String CLAIM =
            """
            update search.extraction set state = 'RUNNING', claimed_at = now(), attempts = attempts + 1
            where file_id = (select file_id from search.extraction where state = 'PENDING'
                             order by queued_at limit 1 for update skip locked)
            returning file_id
            """;

    private static final String RESULT =
            """
            update search.extraction set state = ?, method = ?, text = ?, pages = ?, ocr_pages = ?, truncated = ?,
              millis = ?, error = ?, done_at = now()
            where file_id = ?
            """;

    private static final String REREAD =
            """
            insert into search.pending (kind, record_id)
            select e.kind, e.id from search.entry e join search.entry_file f on f.entry_id = e.id where f.file_id = ?
            """;

    private final JdbcTemplate jdbc;
    private final FileStore files;
    private final TextExtraction extraction;
    private final IndexFollower follower;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-extraction");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    ExtractionWorker(JdbcTemplate jdbc, FileStore files, TextExtraction extraction, IndexFollower follower) {
        this.jdbc = jdbc;
        this.files = files;
        this.extraction = extraction;
        this.follower = follower;
    }

    void wake() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                work();
            });
        }
    }

    @Scheduled(
            fixedDelayString = "${sen.search.extract-every:10s}",
            initialDelayString = "${sen.search.extract-every:10s}")
    void scheduled() {
        jdbc.update(RECLAIM);
        wake();
    }

    /** Extracts until the queue is empty; returns how many files were done. */
    int work() {
        int done = 0;
        try {
            UUID fileId;
            while ((fileId = claim()) != null) {
                extract(fileId);
                done++;
            }
        } catch (RuntimeException e) {
            log.warn("Attachment text extraction stopped a round: {}", e.toString());
        }
        if (done > 0) {
            follower.wake();
        }
        return done;
    }

    private UUID claim() {
        List<UUID> claimed = jdbc.query(CLAIM, (rs, i) -> rs.getObject(1, UUID.class));
        return claimed.isEmpty() ? null : claimed.get(0);
    }

    private void extract(UUID fileId) {
        Extracted result = extractFile(fileId);
        jdbc.update(
                RESULT,
                result.outcome().name(),
                result.method(),
                result.text().replace('\0', ' '),
                result.pages(),
                result.ocrPages(),
                result.truncated(),
                result.millis(),
                result.error(),
                fileId);
        jdbc.update(REREAD, fileId);
    }

    private Extracted extractFile(UUID fileId) {
        Path copy = null;
        try {
            StoredFile file = files.describe(fileId);
            copy = Files.createTempFile("sen-extract-", ".bin");
            try (InputStream in = files.open(fileId)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return extraction.extract(copy, file.mediaType());
        } catch (IOException | RuntimeException e) {
            return Extracted.failed(ExtractionOutcome.FAILED, "file unreadable: " + e);
        } finally {
            deleteQuietly(copy);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left behind is removed with the temp folder
            }
        }
    }
}
