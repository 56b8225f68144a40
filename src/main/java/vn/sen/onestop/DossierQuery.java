package vn.sen.onestop;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A work list's filter (danh sách hồ sơ): the agency (a system administrator may name one), the state, the role
 * working on the current step, a dossier code or applicant name, only those past their deadline; one page.
 */
public record DossierQuery(
        @Nullable UUID agencyId,
        @Nullable DossierState state,
        @Nullable StepRole role,
        @Nullable String text,
        boolean overdueOnly,
        int page,
        int size) {

    public DossierQuery {
        page = Math.max(page, 0);
        size = Math.min(Math.max(size, 1), 100);
    }
}
