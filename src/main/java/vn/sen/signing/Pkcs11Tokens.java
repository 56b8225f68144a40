package vn.sen.signing;

import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.sen.shared.error.SenException;

/**
 * Keys on a token or HSM (token hoặc HSM) through its PKCS#11 library ({@code sen.signing.pkcs11.library}) with the
 * JDK's SunPKCS11. The slot is the key's own (an HSM partition) or {@code sen.signing.pkcs11.slot}, else the slot at
 * {@code sen.signing.pkcs11.slot-index}.
 *
 * <p>A PKCS#11 login belongs to the whole process, not to one session: a key stays logged in from {@link #open} until
 * its {@link SigningKey#close()}, and other signings on the token wait meanwhile, so that one person's PIN never
 * opens the token for another's attempt.
 */
@Component
class Pkcs11Tokens {

    private static final Logger log = LoggerFactory.getLogger(Pkcs11Tokens.class);
    private static final ReentrantLock TOKEN = new ReentrantLock();

    private final String library;
    private final long slot;
    private final int slotIndex;

    Pkcs11Tokens(
            @Value("${sen.signing.pkcs11.library:}") String library,
            @Value("${sen.signing.pkcs11.slot:-1}") long slot,
            @Value("${sen.signing.pkcs11.slot-index:0}") int slotIndex) {
        this.library = library;
        this.slot = slot;
        this.slotIndex = slotIndex;
    }

    boolean configured() {
        return StringUtils.hasText(library);
    }

    /** Logs in with the PIN and hands out the key named {@code alias}; the caller must close it. */
    SigningKey open(String alias, @Nullable Long keySlot, String pin) {
        if (!configured()) {
            throw SenException.invalid("SIGNING_PKCS11_NOT_CONFIGURED");
        }
        TOKEN.lock();
        boolean handedOut = false;
        AuthProvider provider = provider(keySlot);
        try {
            KeyStore store = login(provider, pin);
            if (!(store.getKey(alias, null) instanceof PrivateKey key)) {
                throw SenException.invalidField("alias", "SIGNING_PKCS11_KEY_NOT_FOUND", alias);
            }
            List<X509Certificate> chain = chainOf(store, alias);
            HeldKey held = new HeldKey(key, provider, chain.get(0), chain.subList(1, chain.size()), () -> {
                logout(provider);
                TOKEN.unlock();
            });
            handedOut = true;
            return held;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PKCS#11 token unreadable", e);
        } finally {
            if (!handedOut) {
                logout(provider);
                TOKEN.unlock();
            }
        }
    }

    /** The certificate chain stored with the key (signer first), read after logging in. */
    List<X509Certificate> chainOf(String alias, @Nullable Long keySlot, String pin) {
        try (SigningKey key = open(alias, keySlot, pin)) {
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(key.certificate().getCertificate());
            key.chain().forEach(c -> chain.add(c.getCertificate()));
            return chain;
        }
    }

    private AuthProvider provider(@Nullable Long keySlot) {
        long chosen = keySlot != null ? keySlot : slot;
        String config = "--name=Sen\nlibrary=" + library + "\n"
                + (chosen >= 0 ? "slot=" + chosen : "slotListIndex=" + slotIndex) + "\n";
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new IllegalStateException("the JDK has no SunPKCS11 provider");
        }
        return (AuthProvider) base.configure(config);
    }

    private static KeyStore login(AuthProvider provider, String pin) throws GeneralSecurityException {
        // Whatever an earlier holder left logged in must not count for this PIN.
        logout(provider);
        KeyStore store = KeyStore.getInstance("PKCS11", provider);
        try {
            store.load(null, pin.toCharArray());
        } catch (java.io.IOException e) {
            if (wrongPin(e)) {
                throw new PinRefused(e);
            }
            throw new IllegalStateException("PKCS#11 login failed", e);
        }
        return store;
    }

    private static boolean wrongPin(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FailedLoginException
                    || String.valueOf(t.getMessage()).contains("CKR_PIN_INCORRECT")
                    || String.valueOf(t.getMessage()).contains("CKR_PIN_LEN_RANGE")) {
                return true;
            }
        }
        return false;
    }

    private static List<X509Certificate> chainOf(KeyStore store, String alias) throws GeneralSecurityException {
        Certificate[] chain = store.getCertificateChain(alias);
        if (chain == null || chain.length == 0) {
            Certificate single = store.getCertificate(alias);
            if (single == null) {
                throw SenException.invalidField("alias", "SIGNING_PKCS11_KEY_NOT_FOUND", alias);
            }
            chain = new Certificate[] {single};
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate c : chain) {
            certificates.add((X509Certificate) c);
        }
        return certificates;
    }

    private static void logout(AuthProvider provider) {
        try {
            provider.logout();
        } catch (LoginException e) {
            log.debug("PKCS#11 logout: {}", e.getMessage());
        }
    }
}
