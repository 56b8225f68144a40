package vn.sen.document.outgoing;

import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outgoing register book (sổ văn bản đi) of an agency, year and series: numbers from 1 each year, without gaps.
 * Taking a number locks the book's row until the numbering transaction ends, so a numbering that fails (wrong agency
 * PIN, expired certificate) rolls the number back and the next clerk gets it.
 */
@Component
class OutgoingRegister {

    private final NamedParameterJdbcTemplate jdbc;

    OutgoingRegister(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the book, which is created by its first numbering. */
    @Transactional(propagation = Propagation.MANDATORY)
    int take(UUID agencyId, int year, RegisterSeries series) {
        Integer number = jdbc.queryForObject(
                """
                insert into document.outgoing_register (agency_id, year, series, last_number)
                values (:agencyId, :year, :series, 1)
                on conflict (agency_id, year, series)
                  do update set last_number = document.outgoing_register.last_number + 1
                returning last_number
                """,
                new MapSqlParameterSource()
                        .addValue("agencyId", agencyId)
                        .addValue("year", year)
                        .addValue("series", series.name()),
                Integer.class);
        if (number == null) {
            throw new IllegalStateException("The register returned no number");
        }
        return number;
    }
}
