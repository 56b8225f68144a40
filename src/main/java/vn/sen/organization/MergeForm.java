package vn.sen.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The merge form: predecessors, an existing or a new successor, and the day the merge takes effect. */
class MergeForm {

    static final String EXISTING = "EXISTING";
    static final String NEW = "NEW";

    private List<UUID> predecessorIds = new ArrayList<>();
    private String successorMode = EXISTING;
    private @Nullable UUID successorId;
    /** Its validity is the merger's effective date (the merger sets it), not a date of its own. */
    private AgencyForm newSuccessor = AgencyForm.blank(LocalDate.EPOCH);

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate effective;

    MergeCommand command() {
        boolean existing = !NEW.equals(successorMode);
        return new MergeCommand(
                predecessorIds, existing ? successorId : null, existing ? null : newSuccessor.draft(), effective);
    }

    public List<UUID> getPredecessorIds() {
        return predecessorIds;
    }

    public void setPredecessorIds(@Nullable List<UUID> predecessorIds) {
        this.predecessorIds = predecessorIds == null ? new ArrayList<>() : predecessorIds;
    }

    public String getSuccessorMode() {
        return successorMode;
    }

    public void setSuccessorMode(@Nullable String successorMode) {
        this.successorMode = successorMode == null ? EXISTING : successorMode;
    }

    public @Nullable UUID getSuccessorId() {
        return successorId;
    }

    public void setSuccessorId(@Nullable UUID successorId) {
        this.successorId = successorId;
    }

    public AgencyForm getNewSuccessor() {
        return newSuccessor;
    }

    public void setNewSuccessor(AgencyForm newSuccessor) {
        this.newSuccessor = newSuccessor;
    }

    public @Nullable LocalDate getEffective() {
        return effective;
    }

    public void setEffective(@Nullable LocalDate effective) {
        this.effective = effective;
    }
}
