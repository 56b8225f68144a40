package vn.sen.document.outgoing;

import java.util.UUID;

/** An attachment as issued (signed by the agency when it is a PDF). */
public record IssuedFileView(UUID fileId, String fileName) {}
