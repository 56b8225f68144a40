package vn.sen.signing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the agency's signing administration page: a staff member or the agency, and what is on file. */
public record KeyHolderRow(
        UUID id, String name, String kind, @Nullable CertificateOnFile certificate, boolean hasImage) {}
