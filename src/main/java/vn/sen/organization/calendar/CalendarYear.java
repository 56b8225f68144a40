package vn.sen.organization.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A year of the working calendar as administered: whether it is confirmed (then exactly its stored entries apply).
 * Every change to the year's entries touches this row, so concurrent edits of one year conflict.
 */
@Entity
@Table(schema = "organization", name = "calendar_year")
class CalendarYear {

    @Id
    private Integer year;

    @Column(nullable = false)
    private boolean confirmed;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Column(name = "confirmed_by")
    private @Nullable String confirmedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected CalendarYear() {}

    CalendarYear(int year) {
        this.year = year;
        this.changedAt = Instant.now();
    }

    int year() {
        return year;
    }

    boolean confirmed() {
        return confirmed;
    }

    long version() {
        return version;
    }

    @Nullable
    Instant confirmedAt() {
        return confirmedAt;
    }

    @Nullable
    String confirmedBy() {
        return confirmedBy;
    }

    void touch() {
        changedAt = Instant.now();
    }

    void confirm(String by) {
        confirmed = true;
        confirmedAt = Instant.now();
        confirmedBy = by;
        touch();
    }
}
