package vn.sen.onestop;

import java.time.Instant;
import java.time.ZoneId;

/**
 * How a step or a dossier ended against its due moment (trước hạn, đúng hạn, quá hạn), as the control slip
 * (Mẫu số 06) and the statistics report it: late after the due moment; early when done on a day before the due day;
 * on time otherwise.
 */
public enum Timeliness {
    EARLY("Trước hạn"),
    ON_TIME("Đúng hạn"),
    LATE("Quá hạn");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Timeliness of(Instant done, Instant due, ZoneId zone) {
        if (done.isAfter(due)) {
            return LATE;
        }
        return done.atZone(zone).toLocalDate().isBefore(due.atZone(zone).toLocalDate()) ? EARLY : ON_TIME;
    }
}
