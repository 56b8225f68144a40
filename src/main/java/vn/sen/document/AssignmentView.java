package vn.sen.document;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An assignment as pages and the API show it, with its derived deadline state.
 *
 * @param onBehalfOfName the leader a delegate assigned for ("thay mặt …"), or null
 */
public record AssignmentView(
        UUID id,
        @Nullable UUID parentId,
        AssignmentRole role,
        @Nullable UUID assigneeAccountId,
        @Nullable UUID assigneeUnitId,
        String assigneeName,
        @Nullable Instant deadline,
        DeadlineState deadlineState,
        @Nullable String opinion,
        AssignmentState state,
        String assignedByName,
        @Nullable String onBehalfOfName,
        Instant assignedAt) {}
