package vn.sen.signing;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.sen.audit.AuditTrail;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.CurrentActor;

/**
 * An administrator files a holder's key (nạp khóa ký số): a PKCS#12 file checked with its PIN and sealed under the
 * master key, or the name of a key on the PKCS#11 token. A new key replaces the holder's previous one.
 */
@Component
class KeyFiling {

    static final int MAX_P12_BYTES = 100 * 1024;

    private final HolderAccess access;
    private final SignerKeys keys;
    private final MasterKey master;
    private final Pkcs11Tokens tokens;
    private final AuditTrail audit;
    private final Clock clock;

    KeyFiling(
            HolderAccess access,
            SignerKeys keys,
            MasterKey master,
            Pkcs11Tokens tokens,
            AuditTrail audit,
            Clock clock) {
        this.access = access;
        this.keys = keys;
        this.master = master;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    CertificateOnFile fileServerKey(UUID holderId, HolderKind kind, byte[] p12, String pin) {
        return fileServerKey(
                access.manageable(holderId, kind),
                p12,
                pin,
                CurrentActor.require().username());
    }

    /** Files a key without an acting administrator (demo data at start-up), audited as {@code system}. */
    @Transactional
    CertificateOnFile fileServerKeyAsSystem(Holder holder, byte[] p12, String pin) {
        return fileServerKey(holder, p12, pin, null);
    }

    private CertificateOnFile fileServerKey(Holder holder, byte[] p12, String pin, @Nullable String actorName) {
        requirePin(pin);
        if (p12.length == 0 || p12.length > MAX_P12_BYTES) {
            throw SenException.invalidField("p12", "SIGNING_P12_UNREADABLE");
        }
        Pkcs12Files.Entry entry;
        try {
            entry = Pkcs12Files.open(p12, pin);
        } catch (PinRefused e) {
            throw SenException.invalidField("pin", "SIGNING_P12_WRONG_PIN");
        }
        refuseExpired(entry.certificate());
        MasterKey.Sealed sealed = master.seal(p12, holder.id().toString());
        return file(holder, KeyMaterial.sealed(entry.chain(), sealed), actorName);
    }

    @Transactional
    CertificateOnFile fileTokenKey(UUID holderId, HolderKind kind, String alias, @Nullable Long slot, String pin) {
        Holder holder = access.manageable(holderId, kind);
        requirePin(pin);
        if (!StringUtils.hasText(alias)) {
            throw SenException.invalidField("alias", "SIGNING_PKCS11_KEY_NOT_FOUND", "");
        }
        List<X509Certificate> chain;
        try {
            chain = tokens.chainOf(alias, slot, pin);
        } catch (PinRefused e) {
            throw SenException.invalidField("pin", "SIGNING_P12_WRONG_PIN");
        }
        refuseExpired(chain.get(0));
        return file(
                holder,
                KeyMaterial.onToken(chain, alias, slot),
                CurrentActor.require().username());
    }

    private CertificateOnFile file(Holder holder, KeyMaterial material, @Nullable String actorName) {
        SignerKey key = keys.findByHolderId(holder.id())
                .orElseGet(() -> new SignerKey(holder.id(), holder.kind(), holder.agencyId()));
        key.replace(material, actorName == null ? "system" : actorName, clock.instant());
        keys.save(key);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("holder", holder.id());
        after.put("holderKind", holder.kind());
        after.put("provider", key.provider());
        after.put("subject", key.subject());
        after.put("serial", key.serial());
        after.put("notAfter", key.notAfter());
        if (actorName == null) {
            audit.recordAs(
                    "system", "SIGNING_KEY_FILED", "SignerKey", key.getId().toString(), holder.agencyId(), null, after);
        } else {
            audit.record("SIGNING_KEY_FILED", "SignerKey", key.getId().toString(), holder.agencyId(), null, after);
        }
        return CertificateOnFile.of(key);
    }

    private void refuseExpired(X509Certificate certificate) {
        if (clock.instant().isAfter(certificate.getNotAfter().toInstant())) {
            throw SenException.invalidField("p12", "SIGNING_CERTIFICATE_EXPIRED", certificate.getNotAfter());
        }
    }

    static void requirePin(String pin) {
        if (!StringUtils.hasText(pin)) {
            throw SenException.invalidField("pin", "SIGNING_PIN_REQUIRED");
        }
    }
}
