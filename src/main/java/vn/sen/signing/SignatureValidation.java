package vn.sen.signing;

import org.springframework.stereotype.Component;

/** Validates the signatures of a PDF with EU DSS against the configured trust anchors. */
@Component
class SignatureValidation {

    ValidationReport validate(byte[] pdf) {
        throw new UnsupportedOperationException("validation not built yet");
    }
}
