package vn.sen.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A merge (sáp nhập) to carry out: the predecessors close on the day before {@code effective}; the successor is
 * either an existing agency active on that day ({@code successorId}) or a new one ({@code newSuccessor}, whose
 * validity starts on {@code effective}). Exactly one of the two is given.
 */
record MergeCommand(
        @Nullable List<UUID> predecessorIds,
        @Nullable UUID successorId,
        @Nullable AgencyDraft newSuccessor,
        @Nullable LocalDate effective) {}
