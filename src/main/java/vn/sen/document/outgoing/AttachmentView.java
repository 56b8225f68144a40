package vn.sen.document.outgoing;

import java.util.UUID;

/** An attachment of a draft version. */
public record AttachmentView(UUID fileId, String fileName, String mediaType, long size) {}
