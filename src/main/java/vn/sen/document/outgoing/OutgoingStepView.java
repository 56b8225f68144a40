package vn.sen.document.outgoing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step of the timeline as pages and the API show it.
 *
 * @param onBehalfOfName the leader a delegate acted for ("thay mặt …"), or null
 * @param toName to whom the document went next, or null
 */
public record OutgoingStepView(
        Instant at,
        OutgoingStepKind kind,
        String actorName,
        @Nullable String onBehalfOfName,
        @Nullable String toName,
        @Nullable String text,
        @Nullable Integer versionNumber) {}
