package vn.sen.onestop;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How a running deadline stands now (còn hạn, sắp đến hạn, quá hạn), as lists flag it. */
public enum ClockState {
    ON_TIME("Còn hạn"),
    DUE_SOON("Sắp đến hạn"),
    OVERDUE("Quá hạn"),
    /** No deadline is running (ended, or waiting for the applicant). */
    NONE("");

    /** Less than this left is "due soon". */
    static final Duration SOON = Duration.ofHours(24);

    private final String label;

    ClockState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ClockState of(@Nullable Instant deadline, Instant now) {
        if (deadline == null) {
            return NONE;
        }
        if (now.isAfter(deadline)) {
            return OVERDUE;
        }
        return Duration.between(now, deadline).compareTo(SOON) < 0 ? DUE_SOON : ON_TIME;
    }
}
