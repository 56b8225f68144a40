package vn.sen.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash of an audit entry: SHA-256, as 64 lower-case hex digits, over a canonical encoding of all its fields and
 * the previous entry's hash.
 *
 * <p>The encoding is the ASCII tag {@code sen-audit-v1} followed by each field in this order: sequence, occurredAt,
 * actor account id, actor username, actor display name, delegator account id, delegator username, delegator display
 * name, delegation id, action, record type, record id, agency id, client address, before, after, prevHash. A null
 * field is the single byte {@code ~}; any other field is its UTF-8 byte length in decimal, a colon, then its UTF-8
 * bytes (a netstring without the trailing comma), so no two different entries share an encoding. Numbers are
 * written in decimal, UUIDs in their lower-case 36-character form, and the time in UTC as
 * {@code yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'}: microseconds, exactly as PostgreSQL's {@code timestamptz} stores it.
 */
final class EntryHash {

    static final String GENESIS = "0".repeat(64);

    private static final byte[] TAG = "sen-audit-v1".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private EntryHash() {}

    static String of(AuditEntry e) {
        MessageDigest digest = sha256();
        digest.update(TAG);
        field(digest, Long.toString(e.sequence()));
        field(digest, TIME.format(e.occurredAt()));
        field(digest, e.actor().accountId());
        field(digest, e.actor().username());
        field(digest, e.actor().displayName());
        AuditEntry.Delegator d = e.onBehalfOf();
        field(digest, d == null ? null : d.accountId());
        field(digest, d == null ? null : d.username());
        field(digest, d == null ? null : d.displayName());
        field(digest, d == null ? null : d.delegationId());
        field(digest, e.action());
        field(digest, e.recordType());
        field(digest, e.recordId());
        field(digest, e.agencyId());
        field(digest, e.clientAddress());
        field(digest, e.before());
        field(digest, e.after());
        field(digest, e.prevHash());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void field(MessageDigest digest, @Nullable Object value) {
        if (value == null) {
            digest.update((byte) '~');
            return;
        }
        byte[] bytes = value.toString().getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
