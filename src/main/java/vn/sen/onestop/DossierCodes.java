package vn.sen.onestop;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;

/**
 * The dossier code (mã số hồ sơ), Decree 118/2025 Art. 28: the competent agency's QĐ 20 identifier, level 1 first,
 * then the day of receipt and the day's sequence number — {@code H15.50.05.13-261008-0975}. The sequence is per
 * agency code and day, taken with one upsert so that concurrent receptions never share or skip a number; it is
 * {@code sen.onestop.dossier-code.width} digits wide (4, as provincial systems print it), and simply grows beyond that
 * rather than failing. A code is never reused: a rolled-back reception leaves a gap, not a duplicate.
 */
@Component
class DossierCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final JdbcTemplate jdbc;
    private final OrganizationDirectory organization;
    private final WorkingTime time;
    private final int width;

    DossierCodes(
            JdbcTemplate jdbc,
            OrganizationDirectory organization,
            WorkingTime time,
            @Value("${sen.onestop.dossier-code.width:4}") int width) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.time = time;
        this.width = width;
    }

    /**
     * The next code of the competent agency for a receipt at {@code at} (the day read in Vietnam's time), taken in a
     * transaction of its own, so that a long reception does not hold the day's row.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String next(UUID agencyId, Instant at) {
        String agencyCode = organization
                .findAgency(agencyId)
                .orElseThrow(() -> SenException.notFound("AGENCY_NOT_FOUND"))
                .code();
        return take(agencyCode, at.atZone(time.zone()).toLocalDate());
    }

    private String take(String agencyCode, LocalDate day) {
        Integer n = jdbc.queryForObject(
                "insert into onestop.dossier_day_sequence (agency_code, day, last_number) values (?, ?, 1)"
                        + " on conflict (agency_code, day) do update"
                        + " set last_number = onestop.dossier_day_sequence.last_number + 1 returning last_number",
                Integer.class,
                agencyCode,
                day);
        return format(agencyCode, day, n == null ? 1 : n, width);
    }

    static String format(String agencyCode, LocalDate day, int number, int width) {
        return agencyCode + "-" + DAY.format(day) + "-" + String.format("%0" + width + "d", number);
    }
}
