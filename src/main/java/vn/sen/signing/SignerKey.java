package vn.sen.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.persistence.AssignedIdEntity;

/**
 * A signing key on file (khóa ký số) for one holder: the certificate always, and either the sealed PKCS#12 (server key
 * store) or the name of the key on a PKCS#11 token. The PIN is never stored; wrong PINs are counted here.
 */
@Entity
@Table(schema = "signing", name = "signer_key")
class SignerKey extends AssignedIdEntity {

    static final int PIN_TRIES = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    @Id
    private UUID id;

    private UUID holderId;

    @Enumerated(EnumType.STRING)
    private HolderKind holderKind;

    private UUID agencyId;

    @Enumerated(EnumType.STRING)
    private KeyProvider provider;

    private byte @Nullable [] sealedKey;
    private byte @Nullable [] nonce;
    private @Nullable String tokenAlias;
    private @Nullable Long tokenSlot;
    private byte[] certificate;

    @Column(name = "chain")
    private byte @Nullable [] chainPath;

    private String subject;
    private String serial;
    private Instant notBefore;
    private Instant notAfter;
    private String uploadedBy;
    private Instant uploadedAt;
    private int failedPins;
    private @Nullable Instant lockedUntil;

    @Version
    private long version;

    protected SignerKey() {}

    SignerKey(UUID holderId, HolderKind holderKind, UUID agencyId) {
        this.id = UUID.randomUUID();
        this.holderId = holderId;
        this.holderKind = holderKind;
        this.agencyId = agencyId;
    }

    /** Files a new key in place of whatever was on file, and forgets the old key's wrong PINs. */
    void replace(KeyMaterial material, String uploadedBy, Instant at) {
        this.provider = material.provider();
        this.sealedKey = material.sealedKey();
        this.nonce = material.nonce();
        this.tokenAlias = material.tokenAlias();
        this.tokenSlot = material.tokenSlot();
        X509Certificate cert = material.chain().get(0);
        this.certificate = CertificateChains.der(cert);
        List<X509Certificate> issuers =
                material.chain().subList(1, material.chain().size());
        this.chainPath = issuers.isEmpty() ? null : CertificateChains.encode(issuers);
        this.subject = cert.getSubjectX500Principal().getName();
        this.serial = cert.getSerialNumber().toString(16);
        this.notBefore = cert.getNotBefore().toInstant();
        this.notAfter = cert.getNotAfter().toInstant();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
        this.failedPins = 0;
        this.lockedUntil = null;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a wrong PIN; the fifth in a row locks the key. Returns the tries left (0 when now locked). */
    int wrongPin(Instant now) {
        failedPins++;
        if (failedPins >= PIN_TRIES) {
            failedPins = 0;
            lockedUntil = now.plus(LOCK_TIME);
            return 0;
        }
        return PIN_TRIES - failedPins;
    }

    void rightPin() {
        failedPins = 0;
        lockedUntil = null;
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID holderId() {
        return holderId;
    }

    HolderKind holderKind() {
        return holderKind;
    }

    UUID agencyId() {
        return agencyId;
    }

    KeyProvider provider() {
        return provider;
    }

    byte @Nullable [] sealedKey() {
        return sealedKey;
    }

    byte @Nullable [] nonce() {
        return nonce;
    }

    @Nullable
    String tokenAlias() {
        return tokenAlias;
    }

    @Nullable
    Long tokenSlot() {
        return tokenSlot;
    }

    X509Certificate certificate() {
        return CertificateChains.parse(certificate);
    }

    List<X509Certificate> issuers() {
        return chainPath == null ? List.of() : CertificateChains.decode(chainPath);
    }

    String subject() {
        return subject;
    }

    String serial() {
        return serial;
    }

    Instant notBefore() {
        return notBefore;
    }

    Instant notAfter() {
        return notAfter;
    }

    int failedPins() {
        return failedPins;
    }

    @Nullable
    Instant lockedUntil() {
        return lockedUntil;
    }
}
