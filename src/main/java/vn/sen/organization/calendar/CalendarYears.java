package vn.sen.organization.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarYears extends JpaRepository<CalendarYear, Integer> {}
