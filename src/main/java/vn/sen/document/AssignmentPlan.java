package vn.sen.document;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A leader's direction (phiếu chỉ đạo): the opinion, the main handler, coordinators, for-information recipients and
 * the deadline, either in working days from now or as a date.
 */
record AssignmentPlan(
        @Nullable String opinion,
        @Nullable HandlerRef main,
        List<HandlerRef> coordinators,
        List<HandlerRef> informed,
        @Nullable Integer deadlineDays,
        @Nullable LocalDate deadlineDate,
        @Nullable Long version) {

    AssignmentPlan {
        coordinators = coordinators == null ? List.of() : List.copyOf(coordinators);
        informed = informed == null ? List.of() : List.copyOf(informed);
    }
}
