package vn.sen.signing;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.CurrentActor;

/** Files signature images (by the person or their administrator) and seal images (by the agency administrator). */
@Component
class ImageShelf {

    static final double MIN_SEAL_MM = 20;
    static final double MAX_SEAL_MM = 60;

    private final HolderAccess access;
    private final SignerImages images;
    private final AuditTrail audit;
    private final Clock clock;

    ImageShelf(HolderAccess access, SignerImages images, AuditTrail audit, Clock clock) {
        this.access = access;
        this.images = images;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void fileSignatureImage(UUID accountId, byte[] png) {
        Holder holder = access.imageEditable(accountId, HolderKind.PERSON);
        file(holder, PngCheck.check(png), null, CurrentActor.require().username());
    }

    /** Files an image without an acting user (demo data at start-up), audited as {@code system}. */
    @Transactional
    void fileAsSystem(Holder holder, byte[] png, @Nullable Double diameterMm) {
        file(holder, PngCheck.check(png), diameterMm, null);
    }

    @Transactional
    void fileSealImage(UUID agencyId, byte[] png, @Nullable Double diameterMm) {
        Holder holder = access.manageable(agencyId, HolderKind.AGENCY);
        double diameter = diameterMm == null ? SignerImage.DEFAULT_SEAL_DIAMETER_MM : diameterMm;
        if (diameter < MIN_SEAL_MM || diameter > MAX_SEAL_MM) {
            throw SenException.invalidField("diameterMm", "SIGNING_SEAL_DIAMETER", MIN_SEAL_MM, MAX_SEAL_MM);
        }
        file(holder, PngCheck.check(png), diameter, CurrentActor.require().username());
    }

    private void file(Holder holder, PngCheck.Png png, @Nullable Double diameterMm, @Nullable String actorName) {
        SignerImage image = images.findById(holder.id()).orElseGet(() -> new SignerImage(holder));
        image.replace(png, diameterMm, actorName == null ? "system" : actorName, clock.instant());
        images.save(image);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("holderKind", holder.kind());
        after.put("width", png.width());
        after.put("height", png.height());
        if (diameterMm != null) {
            after.put("diameterMm", diameterMm);
        }
        if (actorName == null) {
            audit.recordAs(
                    "system",
                    "SIGNING_IMAGE_FILED",
                    "SignerImage",
                    holder.id().toString(),
                    holder.agencyId(),
                    null,
                    after);
        } else {
            audit.record("SIGNING_IMAGE_FILED", "SignerImage", holder.id().toString(), holder.agencyId(), null, after);
        }
    }
}
