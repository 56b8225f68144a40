package vn.sen.document.outgoing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.sen.document.DocumentType;

/** A list's filters and paging; the dates bound the creation day. */
public record OutgoingFilter(
        @Nullable OutgoingWorkList list,
        @Nullable OutgoingStatus status,
        @Nullable DocumentType type,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        int page,
        int size) {}
