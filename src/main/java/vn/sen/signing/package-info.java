/**
 * Digital signatures (ký số): PAdES signing of PDFs with EU DSS and the Decree 30/2020 appearance, the keys Sen holds
 * or reaches (server key store, PKCS#11 token or HSM, external hash signing), the signer's and the agency's images,
 * and the validation of any signed PDF against the configured trust anchors.
 */
@ApplicationModule(
        displayName = "Signing",
        allowedDependencies = {"shared", "platform", "organization", "identity", "audit"})
@NullMarked
package vn.sen.signing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
