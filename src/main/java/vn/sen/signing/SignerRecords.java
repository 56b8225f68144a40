package vn.sen.signing;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads what is on file for a holder, for pages (callers check access). */
@Component
@Transactional(readOnly = true)
class SignerRecords {

    private final SignerKeys keys;
    private final SignerImages images;

    SignerRecords(SignerKeys keys, SignerImages images) {
        this.keys = keys;
        this.images = images;
    }

    Optional<CertificateOnFile> certificateOf(UUID holderId) {
        return keys.findByHolderId(holderId).map(CertificateOnFile::of);
    }

    Optional<byte[]> imageOf(UUID holderId) {
        return images.findById(holderId).map(SignerImage::png);
    }

    double sealDiameterOf(UUID agencyId) {
        return images.findById(agencyId).map(SignerImage::sealDiameterMm).orElse(SignerImage.DEFAULT_SEAL_DIAMETER_MM);
    }
}
