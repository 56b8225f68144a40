package vn.sen.onestop;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A dossier as filed, checked: the procedure at its current revision, the applicant, the channel, who filed it
 * online (if a citizen account did) and the client's idempotency key (a form sent twice files one dossier).
 */
record DossierFiling(
        ProcedureView procedure,
        Channel channel,
        ApplicantView applicant,
        @Nullable UUID citizenAccountId,
        @Nullable String idempotencyKey) {}
