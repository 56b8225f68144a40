/**
 * The one-stop shop (một cửa điện tử, dịch vụ công trực tuyến). Today: the catalogue of administrative procedures
 * (thủ tục hành chính) — what to file, what it costs, how long it takes and the processing steps with their quotas in
 * working hours — edited by administrators without a release, imported and exported as JSON and {@code .xlsx}, kept in
 * revisions that dossiers will refer to, and published on the public portal with diacritics-insensitive search.
 */
@ApplicationModule(
        displayName = "One-stop",
        allowedDependencies = {"shared", "platform", "organization", "identity", "audit", "files"})
@NullMarked
package vn.sen.onestop;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
