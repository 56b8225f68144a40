package vn.sen.onestop;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.files.FileKind;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * Writes the catalogue: checks a procedure against the rules and what only the database knows (codes taken, units of
 * the agency, templates kept), saves it as a new revision with its snapshot, and audits it in the same transaction —
 * as the acting administrator, or as the system for demo data. Who may write what is decided by
 * {@link ProcedureAdministration}, which calls this.
 */
@Component
@Transactional
class ProcedureRegistry {

    /** Who the audit trail names when no one is logged in (demo data at start). */
    static final String SYSTEM = "Hệ thống";

    private final Procedures procedures;
    private final ProcedureRevisions revisions;
    private final OrganizationDirectory organization;
    private final FileStore files;
    private final AuditTrail audit;
    private final Clock clock;

    ProcedureRegistry(
            Procedures procedures,
            ProcedureRevisions revisions,
            OrganizationDirectory organization,
            FileStore files,
            AuditTrail audit,
            Clock clock) {
        this.procedures = procedures;
        this.revisions = revisions;
        this.organization = organization;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a procedure (demo data and imports say whether it is demo). */
    ProcedureView create(UUID agencyId, ProcedureDraft draft, boolean demo) {
        ProcedureRules.Checked checked = checkedFor(agencyId, draft, List.of());
        refuseTakenCode(agencyId, checked.nationalCode(), null);
        Procedure procedure = new Procedure(agencyId, checked, demo, clock.instant(), username());
        ProcedureView view = save(procedure).view();
        revisions.keep(view, username());
        record("PROCEDURE_CREATED", "Procedure", view.id().toString(), agencyId, null, summary(view));
        return view;
    }

    ProcedureView update(UUID id, @Nullable Long expectedVersion, ProcedureDraft draft) {
        Procedure procedure = load(id);
        requireVersion(procedure, expectedVersion);
        ProcedureView before = procedure.view();
        ProcedureRules.Checked checked = checkedFor(procedure.agencyId(), draft, procedure.components());
        refuseTakenCode(procedure.agencyId(), checked.nationalCode(), id);
        procedure.apply(checked, clock.instant(), username());
        ProcedureView after = save(procedure).view();
        revisions.keep(after, username());
        record("PROCEDURE_UPDATED", "Procedure", id.toString(), after.agencyId(), summary(before), summary(after));
        return after;
    }

    /** Publishes ({@code true}) or withdraws the procedure from the portal. */
    ProcedureView activate(UUID id, @Nullable Long expectedVersion, boolean active) {
        Procedure procedure = load(id);
        requireVersion(procedure, expectedVersion);
        procedure.active(active, clock.instant(), username());
        ProcedureView after = save(procedure).view();
        revisions.keep(after, username());
        record(
                active ? "PROCEDURE_PUBLISHED" : "PROCEDURE_WITHDRAWN",
                "Procedure",
                id.toString(),
                after.agencyId(),
                null,
                summary(after));
        return after;
    }

    /** Attaches the form template (mẫu đơn, tờ khai) of component {@code number}: PDF, Word, Excel or ODF. */
    ProcedureView attachTemplate(UUID id, int number, String fileName, InputStream content) {
        Procedure procedure = load(id);
        if (number < 1 || number > procedure.components().size()) {
            throw SenException.notFound("PROCEDURE_COMPONENT_NOT_FOUND");
        }
        StoredFile file = files.store(fileName, content, FileKind.OFFICE_OR_IMAGE);
        procedure.template(number, file.id(), file.fileName(), clock.instant(), username());
        ProcedureView after = save(procedure).view();
        revisions.keep(after, username());
        record(
                "PROCEDURE_TEMPLATE_ATTACHED",
                "Procedure",
                id.toString(),
                after.agencyId(),
                null,
                Map.of("component", number, "file", file.fileName()));
        return after;
    }

    /** Rules, then what only the database knows: the steps' units belong to the agency, kept templates are ours. */
    private ProcedureRules.Checked checkedFor(UUID agencyId, ProcedureDraft draft, List<DossierComponent> had) {
        ProcedureRules.Checked checked = ProcedureRules.check(draft);
        for (int i = 0; i < checked.steps().size(); i++) {
            UUID unitId = checked.steps().get(i).unitId();
            if (unitId != null
                    && organization
                            .findUnit(unitId)
                            .filter(u -> u.agencyId().equals(agencyId))
                            .isEmpty()) {
                throw SenException.invalidField("steps[" + i + "].unitId", "PROCEDURE_UNIT_INVALID");
            }
        }
        List<DossierComponent> components = new ArrayList<>();
        for (int i = 0; i < checked.components().size(); i++) {
            components.add(keptTemplate(checked.components().get(i), had, "components[" + i + "].formFileId"));
        }
        return new ProcedureRules.Checked(
                checked.nationalCode(),
                checked.name(),
                checked.field(),
                checked.level(),
                checked.onlineLevel(),
                checked.processingHours(),
                checked.cutOff(),
                checked.resultType(),
                checked.legalBasis(),
                checked.fees(),
                components,
                checked.steps());
    }

    /** The component with the template it had; a template id the procedure never had is refused. */
    private static DossierComponent keptTemplate(DossierComponent c, List<DossierComponent> had, String field) {
        UUID kept = c.formFileId();
        if (kept == null) {
            return c;
        }
        DossierComponent previous = had.stream()
                .filter(h -> kept.equals(h.formFileId()))
                .findFirst()
                .orElseThrow(() -> SenException.invalidField(field, "PROCEDURE_TEMPLATE_UNKNOWN"));
        return ProcedureRules.withTemplate(c, kept, previous.formFileName());
    }

    private void refuseTakenCode(UUID agencyId, String code, @Nullable UUID self) {
        procedures
                .findByAgencyIdAndNationalCode(agencyId, code)
                .filter(p -> !p.getId().equals(self))
                .ifPresent(p -> {
                    throw SenException.invalidField("nationalCode", "PROCEDURE_CODE_TAKEN", code);
                });
    }

    private Procedure load(UUID id) {
        Procedure procedure = procedures.findById(id).orElseThrow(() -> SenException.notFound("PROCEDURE_NOT_FOUND"));
        CurrentActor.checkAgency(procedure.agencyId(), "PROCEDURE_NOT_FOUND");
        return procedure;
    }

    private Procedure save(Procedure procedure) {
        try {
            return procedures.saveAndFlush(procedure);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw SenException.conflict("CONCURRENT_EDIT");
        } catch (DataIntegrityViolationException e) {
            // Two administrators gave the same code at once: the unique index tells the second.
            throw SenException.invalidField("nationalCode", "PROCEDURE_CODE_TAKEN", procedure.nationalCode());
        }
    }

    private static void requireVersion(Procedure procedure, @Nullable Long expected) {
        if (expected != null && !Objects.equals(expected, procedure.version())) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
    }

    private static @Nullable String username() {
        return CurrentActor.find().map(Actor::username).orElse(SYSTEM);
    }

    private void record(String action, String type, String id, UUID agencyId, @Nullable Object before, Object after) {
        if (CurrentActor.find().isPresent()) {
            audit.record(action, type, id, agencyId, before, after);
        } else {
            audit.recordAs(SYSTEM, action, type, id, agencyId, before, after);
        }
    }

    private static Map<String, Object> summary(ProcedureView p) {
        return Map.of(
                "nationalCode", p.nationalCode(),
                "name", p.name(),
                "revision", p.revision(),
                "active", p.active(),
                "processingHours", p.processingHours());
    }
}
