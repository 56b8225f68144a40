package vn.sen.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.persistence.AssignedIdEntity;

/**
 * An agency's exchange key on file (khóa ký gói tin liên thông): the PKCS#12 and its password, both sealed with the
 * master key, and the certificate in clear so peers can fetch it without unsealing anything.
 */
@Entity
@Table(schema = "signing", name = "exchange_key")
class AgencyExchangeKey extends AssignedIdEntity {

    @Id
    private UUID id;

    private UUID agencyId;
    private byte[] sealedKey;
    private byte[] keyNonce;
    private byte[] sealedPassword;
    private byte[] passwordNonce;
    private byte[] certificate;

    @Column(name = "chain")
    private byte @Nullable [] chainPath;

    private String subject;
    private String serial;
    private Instant notBefore;
    private Instant notAfter;

    @Enumerated(EnumType.STRING)
    private ExchangeKeyOrigin origin;

    private Instant createdAt;
    private @Nullable Instant replacedAt;
    private @Nullable String replacedBy;

    @Version
    private long version;

    protected AgencyExchangeKey() {}

    AgencyExchangeKey(UUID agencyId, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.createdAt = createdAt;
    }

    /** Files new material; {@code by} is null for the generation at first use. */
    void file(
            MasterKey.Sealed key,
            MasterKey.Sealed password,
            List<X509Certificate> chain,
            ExchangeKeyOrigin origin,
            @Nullable String by,
            Instant at) {
        this.sealedKey = key.blob();
        this.keyNonce = key.nonce();
        this.sealedPassword = password.blob();
        this.passwordNonce = password.nonce();
        X509Certificate cert = chain.get(0);
        this.certificate = CertificateChains.der(cert);
        List<X509Certificate> issuers = chain.subList(1, chain.size());
        this.chainPath = issuers.isEmpty() ? null : CertificateChains.encode(issuers);
        this.subject = cert.getSubjectX500Principal().getName();
        this.serial = cert.getSerialNumber().toString(16);
        this.notBefore = cert.getNotBefore().toInstant();
        this.notAfter = cert.getNotAfter().toInstant();
        this.origin = origin;
        if (by != null) {
            this.replacedBy = by;
            this.replacedAt = at;
        }
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID agencyId() {
        return agencyId;
    }

    MasterKey.Sealed sealedKey() {
        return new MasterKey.Sealed(sealedKey, keyNonce);
    }

    MasterKey.Sealed sealedPassword() {
        return new MasterKey.Sealed(sealedPassword, passwordNonce);
    }

    /** The certificate first, then its issuers as filed. */
    List<X509Certificate> chain() {
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(CertificateChains.parse(certificate));
        if (chainPath != null) {
            chain.addAll(CertificateChains.decode(chainPath));
        }
        return chain;
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

    ExchangeKeyOrigin origin() {
        return origin;
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version;
    }

    @Nullable
    Instant replacedAt() {
        return replacedAt;
    }
}
