package vn.sen.signing;

import org.jspecify.annotations.Nullable;

/**
 * Everything the engine needs to draw a visible signature.
 *
 * @param look which Decree 30 appearance
 * @param image the transparent PNG (signer's signature for PERSON, seal for AGENCY; none for ATTACHMENT)
 * @param sealDiameterMm the seal's real size, for AGENCY
 * @param signerName the printed name the PERSON image is centred above (and the AGENCY seal is placed beside)
 * @param markText for ATTACHMENT: the number and notation shown with the signing time
 */
record Appearance(
        SignatureLook look,
        byte @Nullable [] image,
        double sealDiameterMm,
        @Nullable String signerName,
        @Nullable String markText) {}
