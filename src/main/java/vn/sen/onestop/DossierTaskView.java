package vn.sen.onestop;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A participating agency's part of an inter-agency dossier (phần việc của cơ quan phối hợp, Decree 118 Art. 20(2)):
 * what it must do and by when, and what it answered.
 */
public record DossierTaskView(
        UUID id,
        UUID dossierId,
        String dossierCode,
        String procedureName,
        UUID agencyId,
        String task,
        Instant sentAt,
        String sentBy,
        Instant dueAt,
        boolean done,
        @Nullable Instant doneAt,
        @Nullable String doneBy,
        @Nullable String resultNote,
        @Nullable UUID resultFileId,
        long version) {}
