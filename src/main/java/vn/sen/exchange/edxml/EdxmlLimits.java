package vn.sen.exchange.edxml;

/**
 * How much a received packet may hold before it is refused unread, and whether SHA-1 signatures from older peers are
 * still accepted (the QCVN 102 samples sign with RSA-SHA1; Sen itself always signs with SHA-256).
 *
 * @param maxBytes the whole packet ({@code EDXML_TOO_LARGE})
 * @param maxDepth nesting of elements ({@code EDXML_TOO_DEEP}); a real packet is about 8 deep
 * @param maxElements elements in all ({@code EDXML_TOO_MANY_ELEMENTS})
 * @param maxAttachments files in {@code AttachmentEncoded} ({@code EDXML_TOO_MANY_ATTACHMENTS})
 * @param maxAttachmentBytes one decoded file ({@code EDXML_ATTACHMENT_TOO_LARGE})
 */
public record EdxmlLimits(
        long maxBytes, int maxDepth, int maxElements, int maxAttachments, long maxAttachmentBytes, boolean acceptSha1) {

    /** 60 MB packets, 32 levels, 20,000 elements, 100 files of at most 50 MB, SHA-1 accepted. */
    public static EdxmlLimits defaults() {
        return new EdxmlLimits(60L * 1024 * 1024, 32, 20_000, 100, 50L * 1024 * 1024, true);
    }

    public EdxmlLimits withMaxBytes(long bytes) {
        return new EdxmlLimits(bytes, maxDepth, maxElements, maxAttachments, maxAttachmentBytes, acceptSha1);
    }

    public EdxmlLimits withAcceptSha1(boolean accept) {
        return new EdxmlLimits(maxBytes, maxDepth, maxElements, maxAttachments, maxAttachmentBytes, accept);
    }
}
