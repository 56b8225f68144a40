package vn.sen.exchange.edxml;

import org.jspecify.annotations.Nullable;

/**
 * A file carried by a packet: listed in {@code edXMLManifest/Reference} and sent base64-encoded in
 * {@code AttachmentEncoded/Attachment} under the same {@code ContentId} ({@code cid:1}).
 */
public record Attachment(
        String contentId, String name, @Nullable String description, String contentType, byte[] content) {}
