package vn.sen.organization.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CalendarEntries extends JpaRepository<CalendarEntry, UUID> {

    @Query("select e from CalendarEntry e where e.date >= :from and e.date < :to order by e.date")
    List<CalendarEntry> findBetween(LocalDate from, LocalDate to);

    @Query("select e from CalendarEntry e where e.date = :date")
    Optional<CalendarEntry> findOnDate(LocalDate date);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from CalendarEntry e where e.date >= :from and e.date < :to")
    int deleteBetween(LocalDate from, LocalDate to);
}
