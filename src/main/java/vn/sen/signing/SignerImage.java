package vn.sen.signing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.persistence.AssignedIdEntity;

/**
 * A holder's image: a person's signature image (ảnh chữ ký) or an agency's seal image (ảnh con dấu) with the seal's
 * real diameter, a transparent PNG either way.
 */
@Entity
@Table(schema = "signing", name = "signer_image")
class SignerImage extends AssignedIdEntity {

    static final double DEFAULT_SEAL_DIAMETER_MM = 36;

    @Id
    private UUID holderId;

    @Enumerated(EnumType.STRING)
    private HolderKind holderKind;

    private UUID agencyId;
    private byte[] png;
    private int width;
    private int height;
    private @Nullable BigDecimal diameterMm;
    private String uploadedBy;
    private Instant uploadedAt;

    @Version
    private long version;

    protected SignerImage() {}

    SignerImage(Holder holder) {
        this.holderId = holder.id();
        this.holderKind = holder.kind();
        this.agencyId = holder.agencyId();
    }

    void replace(PngCheck.Png image, @Nullable Double diameterMm, String uploadedBy, Instant at) {
        this.png = image.bytes();
        this.width = image.width();
        this.height = image.height();
        this.diameterMm = diameterMm == null ? null : BigDecimal.valueOf(diameterMm);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    @Override
    public UUID getId() {
        return holderId;
    }

    HolderKind holderKind() {
        return holderKind;
    }

    UUID agencyId() {
        return agencyId;
    }

    byte[] png() {
        return png;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The seal's real size; the usual 36 mm when none was given. */
    double sealDiameterMm() {
        return diameterMm == null ? DEFAULT_SEAL_DIAMETER_MM : diameterMm.doubleValue();
    }

    Instant uploadedAt() {
        return uploadedAt;
    }
}
