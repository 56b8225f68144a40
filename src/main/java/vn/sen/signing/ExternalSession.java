package vn.sen.signing;

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
 * An external signing under way (phiên ký số từ xa): everything needed to rebuild exactly the same signature
 * revision when the signature value comes back: the PDF, the appearance, the chain and the fixed signing time.
 */
@Entity
@Table(schema = "signing", name = "external_signing")
class ExternalSession extends AssignedIdEntity {

    static final Duration LIFETIME = Duration.ofMinutes(10);

    enum State {
        PREPARED,
        COMPLETED,
        EXPIRED
    }

    @Id
    private UUID id;

    private UUID holderId;
    private @Nullable UUID agencyId;

    @Enumerated(EnumType.STRING)
    private SignatureLook look;

    private byte[] pdf;
    private @Nullable String signerName;
    private byte @Nullable [] image;
    private double sealDiameterMm;
    private @Nullable String markText;
    private byte[] chain;
    private byte[] dataToSign;
    private Instant signingTime;
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    private State state;

    private UUID startedBy;

    @Version
    private long version;

    protected ExternalSession() {}

    ExternalSession(
            Holder holder,
            byte[] pdf,
            Appearance appearance,
            List<X509Certificate> chain,
            byte[] dataToSign,
            Instant signingTime,
            UUID startedBy) {
        this.id = UUID.randomUUID();
        this.holderId = holder.id();
        this.agencyId = holder.agencyId();
        this.look = appearance.look();
        this.pdf = pdf;
        this.signerName = appearance.signerName();
        this.image = appearance.image();
        this.sealDiameterMm = appearance.sealDiameterMm();
        this.markText = appearance.markText();
        this.chain = CertificateChains.encode(chain);
        this.dataToSign = dataToSign;
        this.signingTime = signingTime;
        this.expiresAt = signingTime.plus(LIFETIME);
        this.state = State.PREPARED;
        this.startedBy = startedBy;
    }

    Appearance appearance() {
        return new Appearance(look, image, sealDiameterMm, signerName, markText);
    }

    boolean expiredAt(Instant now) {
        return state == State.EXPIRED || (state == State.PREPARED && now.isAfter(expiresAt));
    }

    void expire() {
        state = State.EXPIRED;
    }

    void complete() {
        state = State.COMPLETED;
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID holderId() {
        return holderId;
    }

    @Nullable
    UUID agencyId() {
        return agencyId;
    }

    SignatureLook look() {
        return look;
    }

    byte[] pdf() {
        return pdf;
    }

    List<X509Certificate> chain() {
        return CertificateChains.decode(chain);
    }

    byte[] dataToSign() {
        return dataToSign;
    }

    Instant signingTime() {
        return signingTime;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    State state() {
        return state;
    }

    UUID startedBy() {
        return startedBy;
    }
}
