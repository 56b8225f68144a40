package vn.sen.exchange;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an administrator enters for a directory entry, before the rules are checked (API and pages). */
record DirectoryDraft(
        @Nullable String code,
        @Nullable String edxmlCode,
        @Nullable String name,
        @Nullable Transport transport,
        @Nullable String endpoint,
        @Nullable String pinnedCertificate,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable String successorCode) {}
