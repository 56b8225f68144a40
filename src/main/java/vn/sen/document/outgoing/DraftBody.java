package vn.sen.document.outgoing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The stored body of a version: the PDF, and the DOCX it was converted from when there was one. */
record DraftBody(@Nullable UUID docxFileId, UUID pdfFileId, String fileName) {}
