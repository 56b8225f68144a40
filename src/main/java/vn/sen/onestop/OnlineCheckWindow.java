package vn.sen.onestop;

import java.time.Instant;
import java.time.OffsetDateTime;
import vn.sen.organization.WorkingTime;

/**
 * An online dossier is accepted or returned for correction within 8 working hours (thời hạn kiểm tra hồ sơ trực
 * tuyến).
 *
 * <p>Decree 118/2025 Art. 17(2): the officer notifies official acceptance or what to correct "không muộn hơn 08 (tám)
 * giờ làm việc" from the system's receipt, and the system alerts the officer within 2 hours (Sen alerts at once).
 */
final class OnlineCheckWindow {

    static final int WORKING_HOURS = 8;

    private OnlineCheckWindow() {}

    static OffsetDateTime deadline(Instant submitted, WorkingTime time) {
        return time.addHours(submitted.atZone(time.zone()).toOffsetDateTime(), WORKING_HOURS);
    }
}
