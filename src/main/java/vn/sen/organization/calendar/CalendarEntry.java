package vn.sen.organization.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.sen.organization.CalendarDay;
import vn.sen.organization.CalendarDayKind;

/** A stored entry of the working calendar (mục lịch làm việc); at most one per date. */
@Entity
@Table(schema = "organization", name = "calendar_entry")
class CalendarEntry {

    static final int NAME_MAX = 200;

    @Id
    private UUID id;

    @Column(name = "entry_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CalendarDayKind kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarEntry() {}

    CalendarEntry(CalendarDay day) {
        this.id = UUID.randomUUID();
        this.date = day.date();
        this.kind = day.kind();
        this.name = day.name();
        this.createdAt = Instant.now();
    }

    UUID id() {
        return id;
    }

    LocalDate date() {
        return date;
    }

    CalendarDay toDay() {
        return new CalendarDay(date, kind, name);
    }
}
