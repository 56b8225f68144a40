package vn.sen.organization.calendar;

import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.sen.organization.WorkingTime;

/** Wires the working calendar: the statutory proposal, the cached calculator and the {@link WorkingTime} facade. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    StatutoryHolidays statutoryHolidays() {
        return new StatutoryHolidays();
    }

    @Bean
    WorkingDayCalculator workingDayCalculator(StoredCalendar calendar) {
        return OfficeWorkingTime.calculatorOver(calendar);
    }

    @Bean
    WorkingTime workingTime(
            @Value("${sen.calendar.zone:Asia/Ho_Chi_Minh}") String zone,
            @Value("${sen.calendar.opening-time:07:30}") String opening,
            @Value("${sen.calendar.closing-time:17:00}") String closing,
            WorkingDayCalculator calculator,
            StoredCalendar calendar) {
        return new OfficeWorkingTime(
                ZoneId.of(zone), LocalTime.parse(opening), LocalTime.parse(closing), calculator, calendar);
    }
}
