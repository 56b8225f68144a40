package vn.sen.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.sen.shared.error.SenException;

/** Opens PKCS#12 files (tệp .p12/.pfx): exactly one private key with its certificate, unlocked by the PIN. */
final class Pkcs12Files {

    private Pkcs12Files() {}

    /** The one key entry; refuses files that are not PKCS#12 or hold no or several keys; wrong PIN → PinRefused. */
    static Entry open(byte[] p12, String pin) {
        char[] password = pin.toCharArray();
        KeyStore store = load(p12, password);
        try {
            List<String> keys = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    keys.add(alias);
                }
            }
            if (keys.size() != 1) {
                throw SenException.invalidField("p12", "SIGNING_P12_KEY_COUNT", keys.size());
            }
            String alias = keys.get(0);
            Certificate[] chain = store.getCertificateChain(alias);
            if (!(store.getKey(alias, password) instanceof PrivateKey key)
                    || chain == null
                    || chain.length == 0
                    || !(chain[0] instanceof X509Certificate)) {
                throw SenException.invalidField("p12", "SIGNING_P12_NO_CERTIFICATE");
            }
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate c : chain) {
                certificates.add((X509Certificate) c);
            }
            return new Entry(key, certificates);
        } catch (UnrecoverableKeyException e) {
            throw new PinRefused(e);
        } catch (GeneralSecurityException e) {
            throw SenException.invalidField("p12", "SIGNING_P12_UNREADABLE");
        }
    }

    private static KeyStore load(byte[] p12, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(p12), password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new PinRefused(e);
            }
            throw SenException.invalidField("p12", "SIGNING_P12_UNREADABLE");
        } catch (GeneralSecurityException | RuntimeException e) {
            throw SenException.invalidField("p12", "SIGNING_P12_UNREADABLE");
        }
    }

    /** The key and its chain, signer first. */
    record Entry(PrivateKey key, List<X509Certificate> chain) {

        Entry {
            chain = List.copyOf(chain);
        }

        X509Certificate certificate() {
            return chain.get(0);
        }
    }
}
