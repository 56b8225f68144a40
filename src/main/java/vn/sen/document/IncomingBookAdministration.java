package vn.sen.document;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.identity.Permissions;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/** The agency administrator's operations on register books and routing rules of their own agency. */
@Component
@Transactional
class IncomingBookAdministration {

    private final RegisterBookKeeper keeper;
    private final AgencySettings settings;
    private final DeadlineClock clock;
    private final AuditTrail audit;

    IncomingBookAdministration(
            RegisterBookKeeper keeper, AgencySettings settings, DeadlineClock clock, AuditTrail audit) {
        this.keeper = keeper;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
    }

    List<RegisterBookView> books(@Nullable Integer year) {
        Actor actor = agencyStaff();
        return keeper.booksOf(actor.agencyId(), year == null ? clock.yearNow() : year);
    }

    RegisterBookView addBook(
            @Nullable Integer year,
            @Nullable String code,
            @Nullable String name,
            boolean confidential,
            Set<UUID> readers) {
        Actor actor = manager();
        RegisterBookView book =
                keeper.add(actor.agencyId(), year == null ? clock.yearNow() : year, code, name, confidential, readers);
        audit.record(
                "REGISTER_BOOK_CREATED",
                "RegisterBook",
                book.id().toString(),
                actor.agencyId(),
                null,
                Map.of("code", book.code(), "year", book.year(), "confidential", confidential));
        return book;
    }

    void allowSubmitToUnit(boolean allowed) {
        Actor actor = manager();
        AgencySetting setting =
                settings.findById(actor.agencyId()).orElseGet(() -> new AgencySetting(actor.agencyId(), false));
        setting.allowSubmitToUnit(allowed);
        settings.save(setting);
        audit.record(
                "DOCUMENT_ROUTING_RULES_CHANGED",
                "AgencySetting",
                actor.agencyId().toString(),
                actor.agencyId(),
                null,
                Map.of("submitToUnitAllowed", allowed));
    }

    private static Actor agencyStaff() {
        Actor actor = CurrentActor.require();
        if (actor.agencyId() == null) {
            throw SenException.invalid("DOCUMENT_AGENCY_REQUIRED");
        }
        return actor;
    }

    private static Actor manager() {
        Actor actor = agencyStaff();
        if (!actor.can(Permissions.ORG_UNIT_MANAGE)) {
            throw SenException.forbidden("DOCUMENT_ACTION_FORBIDDEN");
        }
        return actor;
    }
}
