package vn.sen.onestop;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import vn.sen.organization.WorkingTime;

/**
 * When a dossier's time limit starts (thời điểm bắt đầu tính thời hạn giải quyết).
 *
 * <p>Decree 118/2025 Art. 17(3): the time limit runs "từ thời điểm hồ sơ đã được tiếp nhận đầy đủ, hợp lệ" as the
 * receipt slip (Mẫu số 01) shows it. Art. 18(2): a dossier received in person is forwarded the same working day, or at
 * the start of the next working day when received after 15:00; Sen starts the clock at that forwarding for paper
 * receipts (counter and post) after the procedure's cut-off hour, as provincial procedure decisions do. A moment
 * outside office hours counts from the next opening (see {@link WorkingTime}).
 */
final class ClockStart {

    private ClockStart() {}

    static OffsetDateTime of(Instant received, Channel channel, LocalTime cutOff, WorkingTime time) {
        ZonedDateTime local = received.atZone(time.zone());
        boolean onPaper = channel != Channel.ONLINE;
        if (onPaper
                && time.isWorkingDay(local.toLocalDate())
                && !local.toLocalTime().isBefore(cutOff)) {
            OffsetDateTime nextMorning = time.nextWorkingDay(local.toLocalDate())
                    .atStartOfDay(time.zone())
                    .toOffsetDateTime();
            return time.add(nextMorning, 0);
        }
        return time.add(local.toOffsetDateTime(), 0);
    }
}
