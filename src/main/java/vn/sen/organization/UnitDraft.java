package vn.sen.organization;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a person enters for a unit (đơn vị), before the rules are checked. */
record UnitDraft(
        @Nullable String name,
        @Nullable String shortCode,
        @Nullable UnitKind kind,
        @Nullable UUID parentId,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {}
