package vn.sen.onestop;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.sen.onestop.PortableProcedure.Catalogue;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.UnitView;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.CurrentActor;
import vn.sen.shared.web.ErrorMessages;

/**
 * Export and import of the catalogue (xuất, nhập danh mục thủ tục) as JSON or {@code .xlsx}, for moving a catalogue
 * between installations and for editing many procedures in a spreadsheet. An import is one transaction: every
 * procedure is checked by the same rules as the form, a procedure of the same agency and code is updated (a new
 * revision, or none when nothing changed), others are added; one refusal — naming the procedure, the field and the
 * reason — leaves the catalogue as it was. An administrator imports into the agencies they manage only.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
class ProcedureTransfer {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_PROCEDURES = 5_000;

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ProcedureAdministration administration;
    private final ProcedureRegistry registry;
    private final Procedures procedures;
    private final OrganizationDirectory organization;
    private final CatalogueSheets sheets;
    private final CatalogueFiles files;
    private final JsonMapper json;
    private final ErrorMessages messages;
    private final Clock clock;

    ProcedureTransfer(
            ProcedureAdministration administration,
            ProcedureRegistry registry,
            Procedures procedures,
            OrganizationDirectory organization,
            CatalogueSheets sheets,
            CatalogueFiles files,
            JsonMapper json,
            ErrorMessages messages,
            Clock clock) {
        this.administration = administration;
        this.registry = registry;
        this.procedures = procedures;
        this.organization = organization;
        this.sheets = sheets;
        this.files = files;
        this.json = json;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    byte[] exportJson(@Nullable UUID agencyId) {
        return json.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(new Catalogue(Catalogue.FORMAT, Catalogue.VERSION, portable(agencyId)));
    }

    @Transactional(readOnly = true)
    byte[] exportXlsx(@Nullable UUID agencyId) {
        return sheets.write(portable(agencyId));
    }

    /** Imports a JSON or {@code .xlsx} catalogue, told apart by its first bytes. */
    ImportResult importFile(byte[] content) {
        if (content.length == 0) {
            throw SenException.invalid("PROCEDURE_IMPORT_EMPTY");
        }
        if (content.length > MAX_BYTES) {
            throw SenException.invalid("PROCEDURE_IMPORT_TOO_LARGE", MAX_BYTES / (1024 * 1024));
        }
        List<PortableProcedure> read = files.read(content);
        if (read.size() > MAX_PROCEDURES) {
            throw SenException.invalid("PROCEDURE_IMPORT_TOO_MANY", MAX_PROCEDURES);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int i = 0; i < read.size(); i++) {
            switch (apply(read.get(i), i + 1)) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        return new ImportResult(created, updated, unchanged);
    }

    private enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    private Outcome apply(PortableProcedure p, int position) {
        String label = p.nationalCode() == null ? "#" + position : p.nationalCode();
        try {
            AgencyView agency = agency(p.agencyCode());
            Map<String, UUID> units = organization.unitsOf(agency.id()).stream()
                    .filter(u -> u.shortCode() != null)
                    .collect(Collectors.toMap(u -> u.shortCode().toUpperCase(), UnitView::id, (a, b) -> a));
            Optional<Procedure> existing = p.nationalCode() == null
                    ? Optional.empty()
                    : procedures.findByAgencyIdAndNationalCode(
                            agency.id(), p.nationalCode().strip());
            ProcedureDraft draft = draft(p, units, existing.map(Procedure::view).orElse(null));
            if (existing.isEmpty()) {
                registry.create(agency.id(), draft, false);
                return Outcome.CREATED;
            }
            ProcedureView current = existing.get().view();
            if (same(current, draft, agency, units)) {
                return Outcome.UNCHANGED;
            }
            registry.update(current.id(), null, draft);
            return Outcome.UPDATED;
        } catch (SenException e) {
            String where = e.field() == null ? "" : e.field() + ": ";
            throw SenException.invalid("PROCEDURE_IMPORT_REFUSED", label, where + messages.of(e));
        }
    }

    private AgencyView agency(@Nullable String code) {
        if (code == null || code.isBlank()) {
            throw SenException.invalidField("agencyCode", "PROCEDURE_FIELD_REQUIRED");
        }
        AgencyView agency = organization
                .resolve(code.strip(), LocalDate.now(clock.withZone(VIETNAM)))
                .orElseThrow(() -> SenException.invalidField("agencyCode", "PROCEDURE_IMPORT_AGENCY_UNKNOWN", code));
        if (!CurrentActor.require().mayAccessAgency(agency.id())) {
            throw SenException.invalidField("agencyCode", "PROCEDURE_IMPORT_AGENCY_UNKNOWN", code);
        }
        return agency;
    }

    /** The draft of an imported procedure: units by their short code, templates kept where a component keeps its name. */
    private static ProcedureDraft draft(PortableProcedure p, Map<String, UUID> units, @Nullable ProcedureView current) {
        List<PortableProcedure.Stage> stages = p.steps() == null ? List.of() : p.steps();
        List<ProcedureDraft.StepDraft> steps = IntStream.range(0, stages.size())
                .mapToObj(i -> {
                    PortableProcedure.Stage s = stages.get(i);
                    UUID unit = null;
                    if (s.unitCode() != null && !s.unitCode().isBlank()) {
                        unit = units.get(s.unitCode().strip().toUpperCase());
                        if (unit == null) {
                            throw SenException.invalidField(
                                    "steps[" + i + "].unitCode", "PROCEDURE_IMPORT_UNIT_UNKNOWN", s.unitCode());
                        }
                    }
                    return new ProcedureDraft.StepDraft(s.name(), s.role(), unit, s.quotaAmount(), s.quotaUnit());
                })
                .toList();
        List<ProcedureDraft.ComponentDraft> components = (p.components() == null
                        ? List.<PortableProcedure.Part>of()
                        : p.components())
                .stream()
                        .map(c -> new ProcedureDraft.ComponentDraft(
                                c.name(), c.copies(), c.mandatory(), template(current, c)))
                        .toList();
        List<ProcedureDraft.FeeDraft> fees = (p.fees() == null ? List.<PortableProcedure.Fee>of() : p.fees())
                .stream()
                        .map(f -> new ProcedureDraft.FeeDraft(f.name(), f.amount(), f.note()))
                        .toList();
        return new ProcedureDraft(
                p.nationalCode(),
                p.name(),
                p.field(),
                p.level(),
                p.onlineLevel(),
                p.quotaAmount(),
                p.quotaUnit(),
                p.cutOff(),
                p.resultType(),
                p.legalBasis(),
                fees,
                components,
                steps);
    }

    private static @Nullable UUID template(@Nullable ProcedureView current, PortableProcedure.Part part) {
        if (current == null || part.name() == null) {
            return null;
        }
        return current.components().stream()
                .filter(c -> c.name().equals(part.name().strip()) && c.formFileId() != null)
                .map(ProcedureView.ComponentView::formFileId)
                .findFirst()
                .orElse(null);
    }

    /**
     * Whether the import says what the catalogue already says (then no new revision is made): both read as the export
     * writes them, the import through a procedure that is never saved. Templates do not travel in files, so they do
     * not count.
     */
    private boolean same(ProcedureView current, ProcedureDraft draft, AgencyView agency, Map<String, UUID> units) {
        Map<UUID, String> codes =
                units.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        ProcedureView imported =
                new Procedure(agency.id(), ProcedureRules.check(draft), false, clock.instant(), null).view();
        return Objects.equals(
                withoutTemplates(portable(current, agency.code(), codes)),
                withoutTemplates(portable(imported, agency.code(), codes)));
    }

    private static PortableProcedure withoutTemplates(PortableProcedure p) {
        return new PortableProcedure(
                p.agencyCode(),
                p.nationalCode(),
                p.name(),
                p.field(),
                p.level(),
                p.onlineLevel(),
                p.quotaAmount(),
                p.quotaUnit(),
                p.cutOff(),
                p.resultType(),
                p.legalBasis(),
                p.fees(),
                p.components() == null
                        ? null
                        : p.components().stream()
                                .map(c -> new PortableProcedure.Part(c.name(), c.copies(), c.mandatory(), null))
                                .toList(),
                p.steps());
    }

    private List<PortableProcedure> portable(@Nullable UUID agencyId) {
        List<ProcedureView> views = administration.list(agencyId);
        Map<UUID, AgencyView> agencies = views.stream()
                .map(ProcedureView::agencyId)
                .distinct()
                .map(organization::findAgency)
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(AgencyView::id, a -> a));
        return views.stream()
                .filter(v -> agencies.containsKey(v.agencyId()))
                .map(v -> portable(v, agencies.get(v.agencyId()).code(), unitCodes(v.agencyId())))
                .toList();
    }

    private Map<UUID, String> unitCodes(UUID agencyId) {
        return organization.unitsOf(agencyId).stream()
                .filter(u -> u.shortCode() != null)
                .collect(Collectors.toMap(UnitView::id, UnitView::shortCode, (a, b) -> a));
    }

    private static PortableProcedure portable(ProcedureView v, String agencyCode, Map<UUID, String> unitCodes) {
        QuotaUnit unit = QuotaUnit.of(v.processingHours());
        return new PortableProcedure(
                agencyCode,
                v.nationalCode(),
                v.name(),
                v.field(),
                v.level(),
                v.onlineLevel(),
                unit.amount(v.processingHours()),
                unit,
                v.cutOff(),
                v.resultType(),
                v.legalBasis(),
                v.fees().stream()
                        .map(f -> new PortableProcedure.Fee(f.name(), f.amount(), f.note()))
                        .toList(),
                v.components().stream()
                        .map(c -> new PortableProcedure.Part(c.name(), c.copies(), c.mandatory(), c.formFileName()))
                        .toList(),
                v.steps().stream()
                        .map(s -> {
                            QuotaUnit in = QuotaUnit.of(s.quotaHours());
                            return new PortableProcedure.Stage(
                                    s.name(),
                                    s.role(),
                                    s.unitId() == null ? null : unitCodes.get(s.unitId()),
                                    in.amount(s.quotaHours()),
                                    in);
                        })
                        .toList());
    }
}
