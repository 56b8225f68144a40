package vn.sen.signing;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Finds the holder's key and image, checks the certificate and the PIN, and has the engine sign. */
@Component
class SigningDesk {

    SignedPdf sign(SignatureOrder order) {
        throw new UnsupportedOperationException("key custody not built yet");
    }

    ExternalSigning prepare(SignatureOrder order, List<byte[]> certificateChainDer) {
        throw new UnsupportedOperationException("key custody not built yet");
    }

    SignedPdf complete(UUID externalSigningId, byte[] signatureValue) {
        throw new UnsupportedOperationException("key custody not built yet");
    }

    SignerProfile profileOf(UUID holderId) {
        throw new UnsupportedOperationException("key custody not built yet");
    }
}
