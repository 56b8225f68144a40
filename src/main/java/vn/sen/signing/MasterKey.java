package vn.sen.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The master key (khóa chủ) that encrypts the key store at rest with AES-256-GCM. Taken from
 * {@code sen.signing.master-key} (Base64 of 32 bytes) or, when that is unset, from a file in the data directory
 * generated once with owner-only permissions. Losing it makes every stored PKCS#12 unreadable: back it up apart
 * from the database.
 */
class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private MasterKey(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalStateException("sen.signing.master-key must be 32 bytes (Base64), not " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    static MasterKey of(String base64) {
        return new MasterKey(Base64.getDecoder().decode(base64.trim()));
    }

    /** Reads the key file, or creates it (readable by the owner only) on the first start. */
    static MasterKey fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return of(Files.readString(file, StandardCharsets.US_ASCII));
            }
            byte[] raw = new byte[32];
            new SecureRandom().nextBytes(raw);
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "master", ".tmp");
            ownerOnly(temp);
            Files.writeString(temp, Base64.getEncoder().encodeToString(raw), StandardCharsets.US_ASCII);
            Files.move(temp, file);
            log.warn(
                    "Generated the signing master key at {}: back it up; without it the stored keys cannot be opened",
                    file.toAbsolutePath());
            return new MasterKey(raw);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the signing master key " + file, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.warn("Cannot restrict the permissions of {} on this file system", file);
        }
    }

    /** Encrypts, binding the blob to its holder (associated data) so that blobs cannot be swapped between rows. */
    Sealed seal(byte[] plain, String boundTo) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return new Sealed(crypt(Cipher.ENCRYPT_MODE, nonce, plain, boundTo), nonce);
    }

    byte[] open(Sealed sealed, String boundTo) {
        return crypt(Cipher.DECRYPT_MODE, sealed.nonce(), sealed.blob(), boundTo);
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] input, String boundTo) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key store entry cannot be decrypted with this master key", e);
        }
    }

    record Sealed(byte[] blob, byte[] nonce) {}
}
