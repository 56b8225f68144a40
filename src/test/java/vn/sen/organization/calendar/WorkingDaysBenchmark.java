package vn.sen.organization.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Working-day arithmetic without Spring, on the statutory proposal for 2000-2100 (all years loaded in the setup, as
 * the cache holds them in production). Run:
 * {@code mvn -q -B test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath org.openjdk.jmh.Main WorkingDaysBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingDaysBenchmark {

    /** Working days to add: a week, a year, ten years. */
    @State(Scope.Benchmark)
    public static class Days {
        @Param({"5", "250", "2500"})
        public int n;
    }

    private OfficeWorkingTime time;
    private OffsetDateTime from;
    private OffsetDateTime tenYearsLater;

    @Setup
    public void setUp() {
        CalendarSource source = CalendarSource.proposalOnly(new StatutoryHolidays());
        time = new OfficeWorkingTime(
                CalendarFixtures.HANOI,
                LocalTime.of(7, 30),
                LocalTime.of(17, 0),
                OfficeWorkingTime.calculatorOver(source),
                source);
        for (int year = 2000; year <= 2100; year++) {
            time.isWorkingDay(LocalDate.of(year, 6, 1)); // warm the per-year cache
        }
        from = OffsetDateTime.parse("2030-02-01T10:00:00+07:00");
        tenYearsLater = OffsetDateTime.parse("2040-02-01T09:00:00+07:00");
    }

    @Benchmark
    public OffsetDateTime add(Days days) {
        return time.add(from, days.n);
    }

    @Benchmark
    public int betweenTenYears() {
        return time.between(from, tenYearsLater);
    }
}
