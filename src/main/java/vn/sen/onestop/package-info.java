/**
 * The one-stop shop (một cửa điện tử, dịch vụ công trực tuyến). The catalogue of administrative procedures (thủ tục
 * hành chính) — what to file, what it costs, how long it takes and the processing steps with their quotas in working
 * hours — edited by administrators without a release, imported and exported as JSON and {@code .xlsx}, kept in
 * revisions, published on the public portal with diacritics-insensitive search. Dossiers (hồ sơ) received at the desk,
 * coded per Decree 118/2025 Art. 28, processed step by step under the decree's clock (named policies, ADR 0010),
 * printed on the seven slips of Circular 03/2025 in each agency's wording, and followed on the portal by code.
 */
@ApplicationModule(
        displayName = "One-stop",
        allowedDependencies = {
            "shared",
            "platform",
            "organization",
            "identity",
            "audit",
            "files",
            "notification",
            "signing"
        })
@NullMarked
package vn.sen.onestop;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
