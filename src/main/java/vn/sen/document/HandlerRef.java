package vn.sen.document;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A handler chosen in a form or a request: a person ({@code accountId}) or a unit ({@code unitId}). */
public record HandlerRef(@Nullable UUID accountId, @Nullable UUID unitId) {}
