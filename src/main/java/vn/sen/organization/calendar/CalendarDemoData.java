package vn.sen.organization.calendar;

import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.platform.DemoMode;

/**
 * Seeds the real 2026 civil-service calendar, confirmed, into a demo installation. Does nothing when 2026 is
 * already confirmed, so restarts and administrators' later changes are left alone.
 */
@Component
class CalendarDemoData implements ApplicationRunner {

    private final DemoMode demoMode;
    private final CalendarYears years;
    private final CalendarEntries entries;
    private final TransactionTemplate transaction;
    private final WorkingDayCalculator calculator;

    CalendarDemoData(
            DemoMode demoMode,
            CalendarYears years,
            CalendarEntries entries,
            TransactionTemplate transaction,
            WorkingDayCalculator calculator) {
        this.demoMode = demoMode;
        this.years = years;
        this.entries = entries;
        this.transaction = transaction;
        this.calculator = calculator;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled()) {
            return;
        }
        transaction.executeWithoutResult(status -> seed());
        calculator.invalidate(CivilService2026.YEAR);
    }

    private void seed() {
        int year = CivilService2026.YEAR;
        CalendarYear row = years.findById(year).orElseGet(() -> new CalendarYear(year));
        if (row.confirmed()) {
            return;
        }
        entries.deleteBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        entries.saveAll(
                CivilService2026.ENTRIES.stream().map(CalendarEntry::new).toList());
        row.confirm("demo");
        years.save(row);
    }
}
