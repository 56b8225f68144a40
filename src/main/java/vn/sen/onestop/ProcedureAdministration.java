package vn.sen.onestop;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * The catalogue administrator's use cases (quản trị thủ tục hành chính): an agency administrator edits the procedures
 * of their own agency, a system administrator those of any; another agency's procedure answers
 * {@code PROCEDURE_NOT_FOUND}. Every change is a new revision, audited in its transaction ({@link ProcedureRegistry}).
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
class ProcedureAdministration {

    private final Procedures procedures;
    private final ProcedureRegistry registry;
    private final OrganizationDirectory organization;

    ProcedureAdministration(Procedures procedures, ProcedureRegistry registry, OrganizationDirectory organization) {
        this.procedures = procedures;
        this.registry = registry;
        this.organization = organization;
    }

    /** The procedures of the agency (own agency by default; a system administrator may ask for any, or for all). */
    @Transactional(readOnly = true)
    List<ProcedureView> list(@Nullable UUID agencyId) {
        Actor actor = CurrentActor.require();
        if (agencyId != null && !actor.mayAccessAgency(agencyId)) {
            throw SenException.notFound("AGENCY_NOT_FOUND");
        }
        UUID scope = actor.agencyId() != null ? actor.agencyId() : agencyId;
        List<Procedure> found =
                scope == null ? procedures.findAllByOrderByNameAsc() : procedures.findByAgencyIdOrderByNameAsc(scope);
        return found.stream().map(Procedure::view).toList();
    }

    @Transactional(readOnly = true)
    ProcedureView get(UUID id) {
        return load(id).view();
    }

    ProcedureView create(@Nullable UUID agencyId, ProcedureDraft draft) {
        return registry.create(agency(agencyId).id(), draft, false);
    }

    ProcedureView update(UUID id, @Nullable Long expectedVersion, ProcedureDraft draft) {
        load(id);
        return registry.update(id, expectedVersion, draft);
    }

    /** Publishes ({@code true}) or withdraws the procedure from the portal. */
    ProcedureView activate(UUID id, @Nullable Long expectedVersion, boolean active) {
        load(id);
        return registry.activate(id, expectedVersion, active);
    }

    /** Attaches the form template (mẫu đơn, tờ khai) of component {@code number}: PDF, Word, Excel or ODF. */
    ProcedureView attachTemplate(UUID id, int number, String fileName, InputStream content) {
        load(id);
        return registry.attachTemplate(id, number, fileName, content);
    }

    /** The agency to create in: one's own, or — for a system administrator — the one asked for. */
    AgencyView agency(@Nullable UUID requested) {
        Actor actor = CurrentActor.require();
        UUID target = requested == null ? actor.agencyId() : requested;
        if (target == null) {
            throw SenException.invalidField("agencyId", "PROCEDURE_AGENCY_REQUIRED");
        }
        if (!actor.mayAccessAgency(target)) {
            throw SenException.notFound("AGENCY_NOT_FOUND");
        }
        return organization.findAgency(target).orElseThrow(() -> SenException.notFound("AGENCY_NOT_FOUND"));
    }

    private Procedure load(UUID id) {
        Procedure procedure = procedures.findById(id).orElseThrow(() -> SenException.notFound("PROCEDURE_NOT_FOUND"));
        CurrentActor.checkAgency(procedure.agencyId(), "PROCEDURE_NOT_FOUND");
        return procedure;
    }
}
