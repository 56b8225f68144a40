package vn.sen.signing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What Sen knows of a signer (a person or an agency) before a signature: whether an image and a key are on file.
 *
 * @param holderId the account id (person) or the agency id
 * @param hasImage a signature image (person) or seal image (agency) is on file
 * @param provider SERVER_KEY_STORE, PKCS11, EXTERNAL or NONE
 * @param certificateSubject the subject of the certificate on file, when there is one
 * @param certificateValidTo the end of its validity
 */
public record SignerProfile(
        java.util.UUID holderId,
        boolean hasImage,
        String provider,
        @Nullable String certificateSubject,
        @Nullable Instant certificateValidTo) {}
