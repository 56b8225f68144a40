package vn.sen.organization.calendar;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Drops a year from the calculator's cache once the change to it has committed (not before: others may reload). */
@Component
class CalendarCacheInvalidation {

    private final WorkingDayCalculator calculator;

    CalendarCacheInvalidation(WorkingDayCalculator calculator) {
        this.calculator = calculator;
    }

    void afterCommit(int year) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                calculator.invalidate(year);
            }
        });
    }
}
