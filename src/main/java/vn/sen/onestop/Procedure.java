package vn.sen.onestop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.persistence.AssignedIdEntity;

/**
 * An administrative procedure (thủ tục hành chính) of one agency: the current text of the catalogue. Every saved change
 * raises the revision, whose snapshot is kept ({@code onestop.procedure_revision}) for the dossiers received under it.
 */
@Entity
@Table(schema = "onestop", name = "procedure")
class Procedure extends AssignedIdEntity {

    @Id
    private UUID id;

    private UUID agencyId;
    private String nationalCode;
    private String name;
    private String field;

    @Enumerated(EnumType.STRING)
    private ProcedureLevel level;

    @Enumerated(EnumType.STRING)
    private OnlineLevel onlineLevel;

    private int processingHours;
    private LocalTime cutOff;
    private String resultType;
    private @Nullable String legalBasis;
    private boolean demo;
    private boolean active;
    private String searchText;
    private int revision;
    private Instant updatedAt;
    private @Nullable String updatedBy;

    @ElementCollection
    @CollectionTable(schema = "onestop", name = "procedure_fee", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "position")
    private List<Fee> fees = new ArrayList<>();

    @ElementCollection
    @CollectionTable(schema = "onestop", name = "procedure_component", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "position")
    private List<DossierComponent> components = new ArrayList<>();

    @ElementCollection
    @CollectionTable(schema = "onestop", name = "procedure_step", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "position")
    private List<Step> steps = new ArrayList<>();

    @Version
    private long version;

    protected Procedure() {}

    Procedure(UUID agencyId, ProcedureRules.Checked checked, boolean demo, Instant now, @Nullable String by) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.demo = demo;
        this.active = true;
        apply(checked, now, by);
    }

    /** The new text of the procedure: a new revision. */
    void apply(ProcedureRules.Checked c, Instant now, @Nullable String by) {
        this.nationalCode = c.nationalCode();
        this.name = c.name();
        this.field = c.field();
        this.level = c.level();
        this.onlineLevel = c.onlineLevel();
        this.processingHours = c.processingHours();
        this.cutOff = c.cutOff();
        this.resultType = c.resultType();
        this.legalBasis = c.legalBasis();
        this.fees.clear();
        this.fees.addAll(c.fees());
        this.components.clear();
        this.components.addAll(c.components());
        this.steps.clear();
        this.steps.addAll(c.steps());
        this.searchText = SearchText.fold(nationalCode + " " + name + " " + field);
        touched(now, by);
    }

    /** Published or withdrawn from the portal (a withdrawn procedure keeps its dossiers and revisions). */
    void active(boolean active, Instant now, @Nullable String by) {
        this.active = active;
        touched(now, by);
    }

    /** The form template of the component numbered {@code number} (from 1). */
    void template(int number, UUID fileId, String fileName, Instant now, @Nullable String by) {
        DossierComponent c = components.get(number - 1);
        components.set(number - 1, ProcedureRules.withTemplate(c, fileId, fileName));
        touched(now, by);
    }

    private void touched(Instant now, @Nullable String by) {
        this.revision++;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    UUID agencyId() {
        return agencyId;
    }

    String nationalCode() {
        return nationalCode;
    }

    List<DossierComponent> components() {
        return List.copyOf(components);
    }

    long version() {
        return version;
    }

    int revision() {
        return revision;
    }

    @Override
    public UUID getId() {
        return id;
    }

    ProcedureView view() {
        return new ProcedureView(
                id,
                agencyId,
                nationalCode,
                name,
                field,
                level,
                onlineLevel,
                processingHours,
                cutOff,
                resultType,
                legalBasis,
                fees.stream().map(Fee::view).toList(),
                IntStream.range(0, components.size())
                        .mapToObj(i -> components.get(i).view(i + 1))
                        .toList(),
                IntStream.range(0, steps.size())
                        .mapToObj(i -> steps.get(i).view(i + 1))
                        .toList(),
                demo,
                active,
                revision,
                version,
                updatedAt);
    }
}
