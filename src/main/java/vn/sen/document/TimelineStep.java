package vn.sen.document;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One step of a document's timeline as pages and the API show it.
 *
 * @param onBehalfOfName the leader a delegate acted for ("thay mặt …"), or null
 */
public record TimelineStep(
        Instant at,
        StepKind kind,
        String actorName,
        @Nullable String onBehalfOfName,
        @Nullable String recipients,
        @Nullable String text,
        @Nullable UUID fileId) {}
