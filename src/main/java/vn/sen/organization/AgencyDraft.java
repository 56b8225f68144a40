package vn.sen.organization;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a person enters for an agency (cơ quan), before the rules are checked; used by the API and the pages. */
record AgencyDraft(
        @Nullable String code,
        @Nullable String name,
        @Nullable String shortName,
        @Nullable String placeName,
        @Nullable AgencyLevel level,
        @Nullable UUID parentId,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {}
