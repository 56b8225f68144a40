package vn.sen.signing;

import java.security.cert.X509Certificate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What is filed for a key: the certificate chain (signer first) and either the sealed PKCS#12 or the token reference.
 */
record KeyMaterial(
        KeyProvider provider,
        List<X509Certificate> chain,
        byte @Nullable [] sealedKey,
        byte @Nullable [] nonce,
        @Nullable String tokenAlias,
        @Nullable Long tokenSlot) {

    KeyMaterial {
        chain = List.copyOf(chain);
    }

    static KeyMaterial sealed(List<X509Certificate> chain, MasterKey.Sealed sealed) {
        return new KeyMaterial(KeyProvider.SERVER_KEY_STORE, chain, sealed.blob(), sealed.nonce(), null, null);
    }

    static KeyMaterial onToken(List<X509Certificate> chain, String alias, @Nullable Long slot) {
        return new KeyMaterial(KeyProvider.PKCS11, chain, null, null, alias, slot);
    }
}
