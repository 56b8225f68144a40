package vn.sen.document;

import java.util.UUID;

/** A register book (sổ văn bản đến) as pages, the API and other modules see it. */
public record RegisterBookView(
        UUID id,
        UUID agencyId,
        int year,
        String code,
        String name,
        boolean confidential,
        boolean defaultBook,
        int lastNumber) {}
