package vn.sen.signing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.shared.error.SenException;

/**
 * Opens a key on file with the PIN given at signing, counting wrong PINs: five in a row lock the key for 15 minutes.
 * The count is written in a transaction of its own, so it survives the refused request.
 */
@Component
class KeyCustody {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final SignerKeys keys;
    private final MasterKey master;
    private final Pkcs11Tokens tokens;
    private final TransactionTemplate own;
    private final Clock clock;

    KeyCustody(SignerKeys keys, MasterKey master, Pkcs11Tokens tokens, PlatformTransactionManager tm, Clock clock) {
        this.keys = keys;
        this.master = master;
        this.tokens = tokens;
        this.own = new TransactionTemplate(tm);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The unlocked key; the caller closes it. */
    SigningKey unlock(SignerKey key, String pin) {
        KeyFiling.requirePin(pin);
        Optional<Instant> lockedUntil = own.execute(status -> {
            SignerKey fresh = keys.lockById(key.getId()).orElseThrow();
            return fresh.lockedAt(clock.instant()) ? Optional.ofNullable(fresh.lockedUntil()) : Optional.empty();
        });
        if (Objects.requireNonNull(lockedUntil).isPresent()) {
            throw SenException.invalid("SIGNING_KEY_LOCKED", TIME.format(lockedUntil.get()));
        }
        SigningKey opened;
        try {
            opened = open(key, pin);
        } catch (PinRefused e) {
            int triesLeft = Objects.requireNonNull(own.execute(status -> {
                SignerKey fresh = keys.lockById(key.getId()).orElseThrow();
                return fresh.wrongPin(clock.instant());
            }));
            if (triesLeft == 0) {
                throw SenException.invalid(
                        "SIGNING_KEY_LOCKED", TIME.format(clock.instant().plus(SignerKey.LOCK_TIME)));
            }
            throw SenException.invalidField("pin", "SIGNING_WRONG_PIN", triesLeft);
        }
        own.executeWithoutResult(status -> keys.lockById(key.getId()).ifPresent(fresh -> {
            if (fresh.failedPins() > 0) {
                fresh.rightPin();
            }
        }));
        return opened;
    }

    private SigningKey open(SignerKey key, String pin) {
        return switch (key.provider()) {
            case SERVER_KEY_STORE -> openStored(key, pin);
            case PKCS11 -> tokens.open(Objects.requireNonNull(key.tokenAlias()), key.tokenSlot(), pin);
        };
    }

    private SigningKey openStored(SignerKey key, String pin) {
        byte[] p12 = master.open(
                new MasterKey.Sealed(Objects.requireNonNull(key.sealedKey()), Objects.requireNonNull(key.nonce())),
                key.holderId().toString());
        try {
            Pkcs12Files.Entry entry = Pkcs12Files.open(p12, pin);
            return new HeldKey(
                    entry.key(),
                    null,
                    entry.certificate(),
                    entry.chain().subList(1, entry.chain().size()),
                    () -> {});
        } finally {
            Arrays.fill(p12, (byte) 0);
        }
    }
}
