package vn.sen.onestop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.sen.shared.error.SenException;

/** The sandbox gateway's canonical string and HMAC-SHA256 signature. */
class SandboxSignatureTests {

    private static final String SECRET = "bi-mat-thu-nghiem";

    @Test
    void theCanonicalStringIsTheSignedFieldsInAlphabeticalOrderWithEncodedValues() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("transaction", "SBX1");
        fields.put("timestamp", "2026-12-05T08:00:00Z");
        fields.put("result", "00");
        fields.put("reference", "SEN261205ABC");
        fields.put("amount", "5000000");
        fields.put("note", "not signed");
        assertThat(SandboxSignature.canonical(fields))
                .isEqualTo("amount=5000000&reference=SEN261205ABC&result=00&timestamp=2026-12-05T08%3A00%3A00Z"
                        + "&transaction=SBX1");
    }

    @Test
    void aSeparatorInAValueCannotForgeAnotherField() {
        Map<String, String> honest = fields("SEN1", "5000");
        Map<String, String> smuggled = fields("SEN1&amount=1", "5000");
        assertThat(SandboxSignature.canonical(smuggled)).contains("reference=SEN1%26amount%3D1");
        assertThat(SandboxSignature.sign(SECRET, smuggled)).isNotEqualTo(SandboxSignature.sign(SECRET, honest));
    }

    @Test
    void theOrderOfTheFieldsDoesNotMatterButEveryValueDoes() {
        Map<String, String> fields = fields("SEN1", "5000");
        Map<String, String> reordered = new HashMap<>(fields);
        String signature = SandboxSignature.sign(SECRET, fields);
        assertThat(signature).hasSize(64).matches("[0-9a-f]+");
        assertThat(SandboxSignature.sign(SECRET, reordered)).isEqualTo(signature);

        fields.put(SandboxSignature.SIGNATURE, signature);
        assertThat(SandboxSignature.valid(SECRET, fields)).isTrue();
        fields.put(SandboxSignature.SIGNATURE, signature.toUpperCase());
        assertThat(SandboxSignature.valid(SECRET, fields)).isTrue();
        assertThat(SandboxSignature.valid("another secret", fields)).isFalse();
        fields.put("amount", "5001");
        assertThat(SandboxSignature.valid(SECRET, fields)).isFalse();
        fields.put("amount", "5000");
        fields.remove(SandboxSignature.SIGNATURE);
        assertThat(SandboxSignature.valid(SECRET, fields)).isFalse();
    }

    @Test
    void aMissingSignedFieldIsAnInvalidSignature() {
        Map<String, String> fields = fields("SEN1", "5000");
        fields.remove("timestamp");
        assertThatThrownBy(() -> SandboxSignature.canonical(fields))
                .isInstanceOf(SenException.class)
                .extracting(e -> ((SenException) e).code())
                .isEqualTo("PAYMENT_SIGNATURE_INVALID");
    }

    private static Map<String, String> fields(String reference, String amount) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reference", reference);
        fields.put("transaction", "SBX1");
        fields.put("amount", amount);
        fields.put("result", "00");
        fields.put("timestamp", "2026-12-05T08:00:00Z");
        return fields;
    }
}
