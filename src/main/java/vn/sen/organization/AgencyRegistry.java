package vn.sen.organization;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.shared.error.SenException;

/**
 * Keeps the installation-wide agency directory: adds and revises agencies under the directory rules (a code is unique
 * among agencies whose validity periods overlap; the parent exists and is not a descendant). Callers check the
 * permission; every change is audited in its transaction.
 */
@Service
@Transactional
class AgencyRegistry {

    private final Agencies agencies;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    AgencyRegistry(Agencies agencies, AuditTrail audit, ApplicationEventPublisher events) {
        this.agencies = agencies;
        this.audit = audit;
        this.events = events;
    }

    AgencyView create(AgencyDraft draft) {
        return create(UUID.randomUUID(), draft);
    }

    /** Adds an agency under an id chosen beforehand (a merge links predecessors to it before it exists). */
    AgencyView create(UUID id, AgencyDraft draft) {
        Agency agency = new Agency(id, draft);
        checkCodeFree(agency);
        checkParent(agency);
        agencies.save(agency);
        AgencyView view = agency.view();
        audit.record("AGENCY_CREATED", "Agency", id.toString(), id, null, view);
        events.publishEvent(new AgencyCreated(id, view.code(), view.name(), view.validFrom()));
        return view;
    }

    AgencyView update(UUID id, @Nullable Long expectedVersion, AgencyDraft draft) {
        Agency agency = agencies.findById(id).orElseThrow(() -> SenException.notFound("AGENCY_NOT_FOUND"));
        OrgFields.expectVersion(expectedVersion, agency.version());
        AgencyView before = agency.view();
        agency.revise(draft);
        checkCodeFree(agency);
        checkParent(agency);
        try {
            agencies.flush();
        } catch (OptimisticLockingFailureException e) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
        AgencyView after = agency.view();
        audit.record("AGENCY_UPDATED", "Agency", id.toString(), id, before, after);
        return after;
    }

    @Transactional(readOnly = true)
    AgencyView get(UUID id) {
        return agencies.findById(id).map(Agency::view).orElseThrow(() -> SenException.notFound("AGENCY_NOT_FOUND"));
    }

    /** The directory, optionally only the versions valid on a day, filtered by a part of the code or names. */
    @Transactional(readOnly = true)
    List<AgencyView> search(@Nullable LocalDate activeOn, @Nullable String query) {
        List<Agency> found =
                activeOn == null ? agencies.findAllByOrderByCodeAscValidFromAsc() : agencies.findActiveOn(activeOn);
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return found.stream().map(Agency::view).filter(a -> matches(a, q)).toList();
    }

    private static boolean matches(AgencyView agency, String q) {
        if (q.isEmpty()) {
            return true;
        }
        Locale vi = Locale.forLanguageTag("vi");
        return agency.code().toLowerCase(vi).contains(q)
                || (agency.edxmlCode() != null
                        && agency.edxmlCode().toLowerCase(vi).contains(q))
                || agency.name().toLowerCase(vi).contains(q)
                || agency.shortName().toLowerCase(vi).contains(q);
    }

    private void checkCodeFree(Agency agency) {
        List<Agency> clashes = agencies.findOverlapping(
                agency.code(), agency.validFrom(), OrgFields.end(agency.validTo()), agency.id());
        if (!clashes.isEmpty()) {
            throw SenException.conflictField(
                    "code", "AGENCY_CODE_TAKEN", agency.code(), clashes.get(0).name());
        }
    }

    private void checkParent(Agency agency) {
        UUID parentId = agency.parentId();
        Set<UUID> seen = new HashSet<>();
        while (parentId != null) {
            if (parentId.equals(agency.id()) || !seen.add(parentId)) {
                throw SenException.invalidField("parentId", "AGENCY_PARENT_CYCLE");
            }
            Agency parent = agencies.findById(parentId)
                    .orElseThrow(() -> SenException.invalidField("parentId", "AGENCY_PARENT_NOT_FOUND"));
            parentId = parent.parentId();
        }
    }
}
