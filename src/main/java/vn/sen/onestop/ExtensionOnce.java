package vn.sen.onestop;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;

/**
 * A dossier that will be late gets an apology and a new return date (Mẫu số 04), once.
 *
 * <p>Decree 118/2025 Art. 19(6): the agency writes "chậm nhất 01 ngày trước hạn giải quyết" (at the latest one day
 * before the due date) with the reason and the proposed new date, and "việc hẹn lại ngày trả kết quả được thực hiện
 * không quá một lần". So: not on the due day or later ({@code DOSSIER_EXTENSION_TOO_LATE}), not twice
 * ({@code DOSSIER_EXTENSION_ONCE}), and to a later working day ({@code DOSSIER_EXTENSION_DATE_INVALID}). The new due
 * moment keeps the old one's time of day. The dossier still counts as late in the statistics.
 */
final class ExtensionOnce {

    private ExtensionOnce() {}

    static OffsetDateTime newDue(
            boolean alreadyExtended, Instant due, Instant now, LocalDate newDate, WorkingTime time) {
        if (alreadyExtended) {
            throw SenException.conflict("DOSSIER_EXTENSION_ONCE");
        }
        OffsetDateTime oldDue = due.atZone(time.zone()).toOffsetDateTime();
        LocalDate today = now.atZone(time.zone()).toLocalDate();
        if (!today.isBefore(oldDue.toLocalDate())) {
            throw SenException.conflict("DOSSIER_EXTENSION_TOO_LATE");
        }
        if (!newDate.isAfter(oldDue.toLocalDate()) || !time.isWorkingDay(newDate)) {
            throw SenException.invalidField("newDueDate", "DOSSIER_EXTENSION_DATE_INVALID");
        }
        return newDate.atTime(oldDue.toLocalTime()).atZone(time.zone()).toOffsetDateTime();
    }
}
