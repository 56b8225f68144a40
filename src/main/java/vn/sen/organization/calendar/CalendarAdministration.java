package vn.sen.organization.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.organization.CalendarDay;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * The administrator's work on the working calendar (quản trị lịch làm việc): view a year, load the statutory
 * proposal into it, add and remove entries, confirm it. Each change is audited in its transaction and drops the
 * year from the calculator's cache after commit. {@code expectedVersion} is the year's version the administrator
 * saw (-1 when the year had no row yet); a stale one is refused as {@code CONCURRENT_EDIT}.
 */
@Service
class CalendarAdministration {

    private final CalendarYears years;
    private final CalendarEntries entries;
    private final StoredCalendar stored;
    private final StatutoryHolidays statutory;
    private final AuditTrail audit;
    private final CalendarCacheInvalidation cache;

    CalendarAdministration(
            CalendarYears years,
            CalendarEntries entries,
            StoredCalendar stored,
            StatutoryHolidays statutory,
            AuditTrail audit,
            CalendarCacheInvalidation cache) {
        this.years = years;
        this.entries = entries;
        this.stored = stored;
        this.statutory = statutory;
        this.audit = audit;
        this.cache = cache;
    }

    /** A year as the administrator sees it. */
    record AdminYear(int year, boolean confirmed, long version, List<StoredEntry> entries) {}

    /** A stored entry with its id (for removal). */
    record StoredEntry(UUID id, CalendarDay day) {}

    @PreAuthorize("hasAuthority('CALENDAR_MANAGE')")
    @Transactional(readOnly = true)
    public AdminYear view(int year) {
        WorkingDayCalculator.checkYear(year);
        var row = years.findById(year);
        List<StoredEntry> list = stored.stored(year).stream()
                .map(e -> new StoredEntry(e.id(), e.toDay()))
                .toList();
        return new AdminYear(
                year,
                row.map(CalendarYear::confirmed).orElse(false),
                row.map(CalendarYear::version).orElse(-1L),
                list);
    }

    @PreAuthorize("hasAuthority('CALENDAR_MANAGE')")
    @Transactional
    public CalendarDay add(
            int year,
            @Nullable Long expectedVersion,
            @Nullable String date,
            @Nullable String kind,
            @Nullable String name) {
        CalendarDay day = EntryRequest.parse(year, date, kind, name);
        CalendarYear row = lockYear(year, expectedVersion);
        entries.findOnDate(day.date()).ifPresent(existing -> {
            throw SenException.conflictField(
                    "date",
                    "CALENDAR_DATE_TAKEN",
                    day.date().format(EntryRequest.SHOWN),
                    existing.toDay().name());
        });
        CalendarEntry entry = new CalendarEntry(day);
        try {
            entries.saveAndFlush(entry);
        } catch (DataIntegrityViolationException e) {
            throw SenException.conflictField(
                    "date", "CALENDAR_DATE_TAKEN", day.date().format(EntryRequest.SHOWN), "?");
        }
        touch(row);
        audit.record("CALENDAR_ENTRY_ADDED", "CalendarEntry", entry.id().toString(), null, null, summary(day));
        return day;
    }

    @PreAuthorize("hasAuthority('CALENDAR_MANAGE')")
    @Transactional
    public void remove(int year, @Nullable Long expectedVersion, UUID entryId) {
        CalendarYear row = lockYear(year, expectedVersion);
        CalendarEntry entry = entries.findById(entryId)
                .filter(e -> e.date().getYear() == year)
                .orElseThrow(() -> SenException.notFound("CALENDAR_ENTRY_NOT_FOUND"));
        entries.delete(entry);
        touch(row);
        audit.record("CALENDAR_ENTRY_REMOVED", "CalendarEntry", entryId.toString(), null, summary(entry.toDay()), null);
    }

    /** Replaces the year's stored entries by the statutory proposal (confirmation is a separate step). */
    @PreAuthorize("hasAuthority('CALENDAR_MANAGE')")
    @Transactional
    public int loadProposal(int year, @Nullable Long expectedVersion) {
        CalendarYear row = lockYear(year, expectedVersion);
        int removed = entries.deleteBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        List<CalendarDay> proposal = statutory.propose(year).stream()
                .filter(d -> d.date().getYear() == year)
                .toList();
        entries.saveAll(proposal.stream().map(CalendarEntry::new).toList());
        touch(row);
        audit.record(
                "CALENDAR_PROPOSAL_LOADED",
                "CalendarYear",
                String.valueOf(year),
                null,
                Map.of("entries", removed),
                Map.of("entries", proposal.size()));
        return proposal.size();
    }

    @PreAuthorize("hasAuthority('CALENDAR_MANAGE')")
    @Transactional
    public void confirm(int year, @Nullable Long expectedVersion) {
        CalendarYear row = lockYear(year, expectedVersion);
        boolean before = row.confirmed();
        row.confirm(CurrentActor.find().map(Actor::username).orElse("system"));
        touch(row);
        audit.record(
                "CALENDAR_YEAR_CONFIRMED",
                "CalendarYear",
                String.valueOf(year),
                null,
                Map.of("confirmed", before),
                Map.of("confirmed", true, "entries", stored.stored(year).size()));
    }

    private CalendarYear lockYear(int year, @Nullable Long expectedVersion) {
        WorkingDayCalculator.checkYear(year);
        CalendarYear row = years.findById(year).orElse(null);
        long current = row == null ? -1 : row.version();
        if (expectedVersion != null && expectedVersion != current) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
        return row != null ? row : new CalendarYear(year);
    }

    /** Saves the year row with a new version, so that two concurrent changes of one year cannot both commit. */
    private void touch(CalendarYear row) {
        row.touch();
        try {
            years.saveAndFlush(row);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
        cache.afterCommit(row.year());
    }

    private static Map<String, Object> summary(CalendarDay day) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("date", day.date().toString());
        summary.put("kind", day.kind().name());
        summary.put("name", day.name());
        return summary;
    }
}
