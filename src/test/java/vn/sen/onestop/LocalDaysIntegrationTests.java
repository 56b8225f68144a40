package vn.sen.onestop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.sen.SenIntegrationTest;

/**
 * The statistics' local day numbers in PostgreSQL agree with Java's calendar around every local midnight: the epoch
 * arithmetic for Vietnam's fixed offset, the exact zone lookup for a zone that still changes its clocks.
 */
@SenIntegrationTest
class LocalDaysIntegrationTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant SINCE = Instant.parse("2022-01-01T00:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Test
    void vietnamKeepsOneOffsetWhereParisChangesItsClocks() {
        assertThat(LocalDays.of(VIETNAM, SINCE).offsetSeconds()).isEqualTo(7 * 3600);
        assertThat(LocalDays.of(PARIS, SINCE).offsetSeconds()).isNull();
    }

    @Test
    void theFixedOffsetCountsDaysAsTheCalendarDoes() {
        assertDaysAgree(VIETNAM, LocalDateTime.parse("2025-03-09T00:00:00"));
        assertDaysAgree(VIETNAM, LocalDateTime.parse("2024-12-31T00:00:00"));
    }

    @Test
    void aZoneWithSummerTimeIsReadExactly() {
        assertDaysAgree(PARIS, LocalDateTime.parse("2025-03-30T00:00:00"));
        assertDaysAgree(PARIS, LocalDateTime.parse("2025-10-26T00:00:00"));
    }

    /** Moments from a second before to a second after local midnights around {@code midnight}, hour by hour. */
    private void assertDaysAgree(ZoneId zone, LocalDateTime midnight) {
        LocalDays days = LocalDays.of(zone, SINCE);
        List<OffsetDateTime> moments = new ArrayList<>();
        for (int hour = -26; hour <= 26; hour++) {
            Instant at = midnight.atZone(zone).toInstant().plusSeconds(hour * 3600L);
            moments.add(at.minusSeconds(1).atOffset(ZoneOffset.UTC));
            moments.add(at.atOffset(ZoneOffset.UTC));
        }
        for (OffsetDateTime moment : moments) {
            Integer day = jdbc.sql("select " + days.sql("cast(:t as timestamptz)"))
                    .param("t", moment)
                    .param("zone", zone.getId())
                    .query(Integer.class)
                    .single();
            assertThat(day).as("%s in %s", moment, zone).isEqualTo((int)
                    moment.atZoneSameInstant(zone).toLocalDate().toEpochDay());
        }
    }
}
