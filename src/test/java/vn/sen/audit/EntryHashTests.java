package vn.sen.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EntryHashTests {

    private static final UUID ACCOUNT = UUID.fromString("6f1c1d5e-1111-4a4a-9b9b-0123456789ab");
    private static final Instant AT = Instant.parse("2025-07-01T03:04:05.123456Z");

    private static AuditEntry entry(String recordType, String recordId, String before) {
        return new AuditEntry(
                7,
                AT,
                new AuditEntry.Person(ACCOUNT, "nva", "Nguyễn Văn A"),
                null,
                "AGENCY_RENAMED",
                recordType,
                recordId,
                null,
                "203.0.113.9",
                before,
                null,
                EntryHash.GENESIS,
                "");
    }

    @Test
    void isALowerCaseHexSha256() {
        assertThat(EntryHash.of(entry("Agency", "1", "{}"))).matches("[0-9a-f]{64}");
    }

    @Test
    void isStableForTheSameFields() {
        assertThat(EntryHash.of(entry("Agency", "1", "{}"))).isEqualTo(EntryHash.of(entry("Agency", "1", "{}")));
    }

    @Test
    void keepsFieldBoundaries() {
        // The same characters split differently between two fields must not collide.
        assertThat(EntryHash.of(entry("Agenc", "y1", "{}"))).isNotEqualTo(EntryHash.of(entry("Agency", "1", "{}")));
    }

    @Test
    void tellsNullFromEmpty() {
        assertThat(EntryHash.of(entry("Agency", "1", ""))).isNotEqualTo(EntryHash.of(entry("Agency", "1", null)));
    }

    @Test
    void coversTheTimeToTheMicrosecond() {
        AuditEntry e = entry("Agency", "1", "{}");
        AuditEntry later = new AuditEntry(
                e.sequence(),
                e.occurredAt().plusNanos(1_000),
                e.actor(),
                e.onBehalfOf(),
                e.action(),
                e.recordType(),
                e.recordId(),
                e.agencyId(),
                e.clientAddress(),
                e.before(),
                e.after(),
                e.prevHash(),
                e.hash());
        assertThat(EntryHash.of(later)).isNotEqualTo(EntryHash.of(e));
    }

    @Test
    void coversThePreviousHash() {
        AuditEntry e = entry("Agency", "1", "{}");
        AuditEntry relinked = new AuditEntry(
                e.sequence(),
                e.occurredAt(),
                e.actor(),
                e.onBehalfOf(),
                e.action(),
                e.recordType(),
                e.recordId(),
                e.agencyId(),
                e.clientAddress(),
                e.before(),
                e.after(),
                "1".repeat(64),
                e.hash());
        assertThat(EntryHash.of(relinked)).isNotEqualTo(EntryHash.of(e));
    }
}
