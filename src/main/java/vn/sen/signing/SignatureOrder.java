package vn.sen.signing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What to sign, as whom, and how it looks.
 *
 * @param pdf the PDF to sign (not encrypted)
 * @param look the appearance
 * @param holderId whose key signs: the signer's account id for {@link SignatureLook#PERSON}, the agency id for
 *     {@link SignatureLook#AGENCY} and {@link SignatureLook#ATTACHMENT}
 * @param pin the PIN that unlocks the key (server key store, PKCS#11); null for external signing
 * @param signerName the signer's full name as printed under the signature: the person's image is centred above
 *     it (and the agency's seal placed beside that image)
 * @param markText for {@link SignatureLook#ATTACHMENT}: the number and notation shown with the signing time
 */
public record SignatureOrder(
        byte[] pdf,
        SignatureLook look,
        UUID holderId,
        @Nullable String pin,
        @Nullable String signerName,
        @Nullable String markText) {}
