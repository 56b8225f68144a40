package vn.sen.exchange.edxml;

import org.jspecify.annotations.Nullable;

/**
 * An organisation as edXML names it in {@code From} and {@code To} (cơ quan gửi, nhận).
 *
 * @param organId the QCVN 102 identifier ({@code 000.00.10.H99}); the QĐ 20/2020 form is accepted as well
 */
public record Organ(
        String organId,
        String organName,
        @Nullable String organizationInCharge,
        @Nullable String organAdd,
        @Nullable String email,
        @Nullable String telephone,
        @Nullable String fax,
        @Nullable String website) {

    public static Organ of(String organId, String organName) {
        return new Organ(organId, organName, null, null, null, null, null, null);
    }
}
