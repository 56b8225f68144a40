package vn.sen.onestop;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An administrative procedure (thủ tục hành chính) as the catalogue publishes it.
 *
 * @param nationalCode its code in the national database of administrative procedures (mã TTHC)
 * @param processingHours the time limit in working hours (8 to a working day); the steps' quotas add up to it
 * @param revision increases with every saved change; a dossier keeps the revision it was received under
 * @param demo demo data, not a real procedure
 */
public record ProcedureView(
        UUID id,
        UUID agencyId,
        String nationalCode,
        String name,
        String field,
        ProcedureLevel level,
        OnlineLevel onlineLevel,
        int processingHours,
        LocalTime cutOff,
        String resultType,
        @Nullable String legalBasis,
        List<FeeView> fees,
        List<ComponentView> components,
        List<StepView> steps,
        boolean demo,
        boolean active,
        int revision,
        long version,
        Instant updatedAt) {

    public ProcedureView {
        fees = List.copyOf(fees);
        components = List.copyOf(components);
        steps = List.copyOf(steps);
    }

    /** The time limit as people say it: "15 ngày làm việc", "4 giờ làm việc". */
    public String processingTime() {
        return WorkingHours.describe(processingHours);
    }

    public long totalFees() {
        return fees.stream().mapToLong(FeeView::amount).sum();
    }

    public record FeeView(String name, long amount, @Nullable String note) {}

    /** @param number from 1, as the list of components is numbered */
    public record ComponentView(
            int number,
            String name,
            @Nullable String copies,
            boolean mandatory,
            @Nullable UUID formFileId,
            @Nullable String formFileName) {}

    /** @param number from 1, the order of processing */
    public record StepView(int number, String name, StepRole role, @Nullable UUID unitId, int quotaHours) {

        public String quota() {
            return WorkingHours.describe(quotaHours);
        }
    }
}
