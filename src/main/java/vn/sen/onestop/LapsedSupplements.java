package vn.sen.onestop;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes dossiers whose supplement did not come in time ({@link SupplementLapse}, Decree 118/2025 Art. 19(5)), every
 * quarter of an hour; each dossier in a transaction of its own, so that one failure closes the others anyway.
 */
@Component
class LapsedSupplements {

    private static final Logger log = LoggerFactory.getLogger(LapsedSupplements.class);

    private final JdbcTemplate jdbc;
    private final Dossiers dossiers;
    private final DossierKeeper keeper;
    private final TransactionTemplate own;
    private final Clock clock;

    LapsedSupplements(
            JdbcTemplate jdbc, Dossiers dossiers, DossierKeeper keeper, PlatformTransactionManager tm, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.keeper = keeper;
        this.own = new TransactionTemplate(tm);
        this.clock = clock;
    }

    @Scheduled(cron = "${sen.onestop.lapse-cron:0 */15 * * * *}", zone = "${sen.calendar.zone:Asia/Ho_Chi_Minh}")
    void closeLapsed() {
        closeAt(clock.instant());
    }

    /** Closes what has lapsed at {@code now}; returns how many. */
    int closeAt(Instant now) {
        List<UUID> due = jdbc.queryForList(
                "select id from onestop.dossier where state = 'AWAITING_SUPPLEMENT' and supplement_deadline <= ?"
                        + " order by supplement_deadline limit 500",
                UUID.class,
                Timestamp.from(now));
        int closed = 0;
        for (UUID id : due) {
            try {
                own.executeWithoutResult(tx -> {
                    Dossier d = dossiers.findById(id).orElseThrow();
                    d.close(now, ProcedureRegistry.SYSTEM);
                    keeper.keep(d, DossierEventKind.CLOSED, ProcedureRegistry.SYSTEM);
                });
                closed++;
            } catch (RuntimeException e) {
                log.warn("Could not close lapsed dossier {}: {}", id, e.toString());
            }
        }
        return closed;
    }
}
