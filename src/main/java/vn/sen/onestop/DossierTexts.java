package vn.sen.onestop;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** How dossier moments read on slips, notices and e-mails: "14 giờ 05 phút, ngày 08/10/2026", Vietnam's time. */
final class DossierTexts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DossierTexts() {}

    static @Nullable String moment(@Nullable Instant at, ZoneId zone) {
        if (at == null) {
            return null;
        }
        ZonedDateTime t = at.atZone(zone);
        return "%d giờ %02d phút, ngày %s".formatted(t.getHour(), t.getMinute(), DATE.format(t));
    }
}
