package vn.sen.onestop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A processing step (bước xử lý) of a procedure: who does it, optionally in which unit, within how many hours. */
@Embeddable
class Step {

    @Column(name = "name")
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private StepRole role;

    @Column(name = "unit_id")
    private @Nullable UUID unitId;

    @Column(name = "quota_hours")
    private int quotaHours;

    protected Step() {}

    Step(String name, StepRole role, @Nullable UUID unitId, int quotaHours) {
        this.name = name;
        this.role = role;
        this.unitId = unitId;
        this.quotaHours = quotaHours;
    }

    String name() {
        return name;
    }

    StepRole role() {
        return role;
    }

    @Nullable
    UUID unitId() {
        return unitId;
    }

    int quotaHours() {
        return quotaHours;
    }

    ProcedureView.StepView view(int number) {
        return new ProcedureView.StepView(number, name, role, unitId, quotaHours);
    }
}
