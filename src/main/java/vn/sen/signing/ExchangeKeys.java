package vn.sen.signing;

import eu.europa.esig.dss.enumerations.CertificateStatus;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.model.x509.revocation.crl.CRL;
import eu.europa.esig.dss.spi.x509.revocation.RevocationToken;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.audit.AuditTrail;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * The agencies' exchange keys (khóa ký gói tin liên thông): the key each agency signs its edXML packets with, used by
 * the server without a person's PIN. An agency without one gets a self-signed RSA key at first need (peers pin its
 * certificate in their directory); an administrator may replace it with a PKCS#12 issued by a CA. Private keys are
 * sealed at rest with the master key, like the signers' keys.
 *
 * <p>First uses across threads or nodes are serialized by a PostgreSQL advisory lock on the agency (the unique
 * {@code agency_id} is the backstop), so an agency never gets two keys. Opened keys are cached in memory; the cache
 * keeps the newest row version, so a replacement is never overwritten by a slower reader of the old key.
 */
@Component
public class ExchangeKeys {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int MAX_P12_BYTES = KeyFiling.MAX_P12_BYTES;
    private static final String FIELD_FILE = "pkcs12";
    private static final String FIELD_PASSWORD = "password";

    /** The key and its certificate chain (certificate first). */
    public record ExchangeKey(PrivateKey privateKey, List<X509Certificate> chain) {
        public ExchangeKey {
            chain = List.copyOf(chain);
        }
    }

    /** How far a packet signer's certificate is trusted by this installation's anchors. */
    public enum Trust {
        /** Chains to a configured trust anchor and is valid at the time. */
        TRUSTED,
        /** Valid at the time but does not chain to any anchor (a peer may still pin it). */
        UNKNOWN_ISSUER,
        /** Outside its validity at the time. */
        EXPIRED,
        /** Revoked according to the revocation data at hand. */
        REVOKED
    }

    private record Cached(long version, ExchangeKey key) {}

    private final AgencyExchangeKeys rows;
    private final MasterKey master;
    private final OrganizationDirectory organization;
    private final TrustAnchors anchors;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate joined;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();
    private final AnchorPaths paths = new AnchorPaths();

    ExchangeKeys(
            AgencyExchangeKeys rows,
            MasterKey master,
            OrganizationDirectory organization,
            TrustAnchors anchors,
            AuditTrail audit,
            JdbcTemplate jdbc,
            Clock clock,
            PlatformTransactionManager tm) {
        this.rows = rows;
        this.master = master;
        this.organization = organization;
        this.anchors = anchors;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.joined = new TransactionTemplate(tm);
    }

    /** The agency's exchange key, created on first use when it has none. Runs without a logged-in user. */
    public ExchangeKey keyOf(UUID agencyId) {
        Cached cached = cache.get(agencyId);
        if (cached != null) {
            return cached.key();
        }
        // In the caller's transaction, if any: a key generated here is audited, and the audit chain's lock may be held
        // by that very transaction (issuing appends to it before it packs its packets), so a transaction of our own
        // would wait for it forever. The key is then kept, and cached, only if the caller commits.
        Cached loaded = Objects.requireNonNull(joined.execute(status -> loadOrGenerate(agencyId)));
        rememberAfterCommit(agencyId, loaded);
        return loaded.key();
    }

    /** The certificate peers must trust (or pin) to accept this agency's packets. */
    public X509Certificate certificateOf(UUID agencyId) {
        return keyOf(agencyId).chain().get(0);
    }

    /** The certificate of the agency bearing the code (QĐ 20 or edXML form) today, as PEM (what peers pin). */
    public String pemOf(String agencyCode) {
        AgencyView agency = organization
                .resolve(agencyCode, LocalDate.now(clock.withZone(ZONE)))
                .orElseThrow(() -> SenException.notFound("SIGNING_EXCHANGE_KEY_AGENCY_NOT_FOUND"));
        return pem(certificateOf(agency.id()));
    }

    /** What the administration page shows about the agency's exchange certificate (creating the key if none). */
    public ExchangeCertificate describe(UUID agencyId) {
        X509Certificate certificate = certificateOf(agencyId);
        AgencyExchangeKey row = rows.findByAgencyId(agencyId).orElseThrow();
        return new ExchangeCertificate(
                agencyId,
                row.subject(),
                row.serial(),
                row.notBefore(),
                row.notAfter(),
                row.origin().name(),
                fingerprint(certificate),
                pem(certificate));
    }

    /** Judges a packet signer's certificate (and the chain it came with) at {@code at}. */
    public Trust trust(List<X509Certificate> chain, Instant at) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("no certificate to judge");
        }
        X509Certificate certificate = chain.get(0);
        try {
            certificate.checkValidity(java.util.Date.from(at));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return Trust.EXPIRED;
        }
        List<X509Certificate> path = pathToAnchor(chain, at);
        if (path.isEmpty()) {
            return Trust.UNKNOWN_ISSUER;
        }
        return revoked(path, at) ? Trust.REVOKED : Trust.TRUSTED;
    }

    /**
     * Replaces the agency's exchange key with a PKCS#12 (one private key) issued for it; the caller must be a system
     * administrator or the agency's administrator.
     */
    public void replace(UUID agencyId, byte[] pkcs12, char[] password) {
        Actor actor = CurrentActor.require();
        AgencyView agency = organization
                .findAgency(agencyId)
                .filter(a -> HolderAccess.mayManage(actor, a.id()))
                .orElseThrow(() -> SenException.notFound("SIGNING_EXCHANGE_KEY_AGENCY_NOT_FOUND"));
        Pkcs12Files.Entry entry = openUpload(pkcs12, password);
        Instant now = clock.instant();
        requireValidNow(entry.certificate(), now);
        requireMatchingKey(entry);
        Cached filed = Objects.requireNonNull(joined.execute(status -> {
            lock(agencyId);
            AgencyExchangeKey row = rows.findByAgencyId(agencyId).orElseGet(() -> new AgencyExchangeKey(agencyId, now));
            @Nullable Map<String, Object> before = row.isNew() ? null : summary(row);
            row.file(
                    master.seal(pkcs12, keyBinding(agencyId)),
                    master.seal(new String(password).getBytes(StandardCharsets.UTF_8), passwordBinding(agencyId)),
                    entry.chain(),
                    ExchangeKeyOrigin.UPLOADED,
                    actor.username(),
                    now);
            rows.saveAndFlush(row);
            audit.record(
                    "SIGNING_EXCHANGE_KEY_REPLACED",
                    "ExchangeKey",
                    row.getId().toString(),
                    agency.id(),
                    before,
                    summary(row));
            return new Cached(row.version(), new ExchangeKey(entry.key(), entry.chain()));
        }));
        cache.remove(agencyId);
        remember(agencyId, filed);
    }

    private Cached loadOrGenerate(UUID agencyId) {
        lock(agencyId);
        return rows.findByAgencyId(agencyId)
                .map(row -> new Cached(row.version(), open(row)))
                .orElseGet(() -> generate(agencyId));
    }

    private Cached generate(UUID agencyId) {
        AgencyView agency = organization
                .findAgency(agencyId)
                .orElseThrow(() -> SenException.notFound("SIGNING_EXCHANGE_KEY_AGENCY_NOT_FOUND"));
        String password = SelfSignedExchangeCertificates.newPassword();
        Instant now = clock.instant();
        byte[] p12 = SelfSignedExchangeCertificates.generate(agency.name(), agency.code(), password.toCharArray(), now);
        Pkcs12Files.Entry entry = Pkcs12Files.open(p12, password);
        AgencyExchangeKey row = new AgencyExchangeKey(agencyId, now);
        row.file(
                master.seal(p12, keyBinding(agencyId)),
                master.seal(password.getBytes(StandardCharsets.UTF_8), passwordBinding(agencyId)),
                entry.chain(),
                ExchangeKeyOrigin.GENERATED,
                null,
                now);
        rows.saveAndFlush(row);
        Arrays.fill(p12, (byte) 0);
        audit.recordAs(
                "system",
                "SIGNING_EXCHANGE_KEY_GENERATED",
                "ExchangeKey",
                row.getId().toString(),
                agencyId,
                null,
                summary(row));
        return new Cached(row.version(), new ExchangeKey(entry.key(), entry.chain()));
    }

    private ExchangeKey open(AgencyExchangeKey row) {
        byte[] p12 = master.open(row.sealedKey(), keyBinding(row.agencyId()));
        byte[] password = master.open(row.sealedPassword(), passwordBinding(row.agencyId()));
        try {
            Pkcs12Files.Entry entry = Pkcs12Files.open(p12, new String(password, StandardCharsets.UTF_8));
            return new ExchangeKey(entry.key(), entry.chain());
        } finally {
            Arrays.fill(p12, (byte) 0);
            Arrays.fill(password, (byte) 0);
        }
    }

    private void rememberAfterCommit(UUID agencyId, Cached loaded) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            remember(agencyId, loaded);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                remember(agencyId, loaded);
            }
        });
    }

    private Cached remember(UUID agencyId, Cached candidate) {
        return cache.merge(agencyId, candidate, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    }

    /** Serializes first use and replacement of one agency's key until the transaction ends (all nodes). */
    private void lock(UUID agencyId) {
        long key = agencyId.getMostSignificantBits() ^ agencyId.getLeastSignificantBits();
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, key);
    }

    private static Pkcs12Files.Entry openUpload(byte[] pkcs12, char[] password) {
        if (password.length == 0) {
            throw SenException.invalidField(FIELD_PASSWORD, "SIGNING_EXCHANGE_KEY_PASSWORD_REQUIRED");
        }
        if (pkcs12.length == 0 || pkcs12.length > MAX_P12_BYTES) {
            throw SenException.invalidField(FIELD_FILE, "SIGNING_EXCHANGE_KEY_UNREADABLE");
        }
        try {
            return Pkcs12Files.open(pkcs12, new String(password));
        } catch (PinRefused e) {
            throw SenException.invalidField(FIELD_PASSWORD, "SIGNING_EXCHANGE_KEY_WRONG_PASSWORD");
        } catch (SenException e) {
            throw switch (e.code()) {
                case "SIGNING_P12_KEY_COUNT" ->
                    SenException.invalidField(FIELD_FILE, "SIGNING_EXCHANGE_KEY_KEY_COUNT", e.args());
                case "SIGNING_P12_NO_CERTIFICATE" ->
                    SenException.invalidField(FIELD_FILE, "SIGNING_EXCHANGE_KEY_NO_CERTIFICATE");
                default -> SenException.invalidField(FIELD_FILE, "SIGNING_EXCHANGE_KEY_UNREADABLE");
            };
        }
    }

    private static void requireValidNow(X509Certificate certificate, Instant now) {
        java.time.format.DateTimeFormatter day =
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            throw SenException.invalidField(
                    FIELD_FILE,
                    "SIGNING_EXCHANGE_KEY_EXPIRED",
                    day.format(certificate.getNotAfter().toInstant()));
        }
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            throw SenException.invalidField(
                    FIELD_FILE,
                    "SIGNING_EXCHANGE_KEY_NOT_YET_VALID",
                    day.format(certificate.getNotBefore().toInstant()));
        }
    }

    /** A PKCS#12 may pair a key with someone else's certificate; a test signature tells. */
    private static void requireMatchingKey(Pkcs12Files.Entry entry) {
        try {
            byte[] probe = "sen-exchange-key".getBytes(StandardCharsets.US_ASCII);
            String algorithm = entry.key().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(entry.key());
            signer.update(probe);
            byte[] value = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(entry.certificate().getPublicKey());
            verifier.update(probe);
            if (!verifier.verify(value)) {
                throw SenException.invalidField(FIELD_FILE, "SIGNING_EXCHANGE_KEY_MISMATCH");
            }
        } catch (GeneralSecurityException e) {
            throw SenException.invalidField(FIELD_FILE, "SIGNING_EXCHANGE_KEY_MISMATCH");
        }
    }

    /** The certification path from the certificate to one of the anchors, certificate first; empty when none. */
    private List<X509Certificate> pathToAnchor(List<X509Certificate> chain, Instant at) {
        List<X509Certificate> anchorCertificates = anchors.source().getCertificates().stream()
                .map(CertificateToken::getCertificate)
                .toList();
        return paths.toAnchor(chain, anchorCertificates, at);
    }

    private boolean revoked(List<X509Certificate> path, Instant at) {
        for (int i = 0; i + 1 < path.size(); i++) {
            RevocationToken<CRL> token = anchors.revocationLists()
                    .getRevocationToken(new CertificateToken(path.get(i)), new CertificateToken(path.get(i + 1)));
            if (token != null
                    && token.getStatus() == CertificateStatus.REVOKED
                    && (token.getRevocationDate() == null
                            || !token.getRevocationDate().toInstant().isAfter(at))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Object> summary(AgencyExchangeKey row) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("agency", row.agencyId());
        summary.put("origin", row.origin());
        summary.put("subject", row.subject());
        summary.put("serial", row.serial());
        summary.put("notAfter", row.notAfter());
        return summary;
    }

    private static String keyBinding(UUID agencyId) {
        return "exchange-key:" + agencyId;
    }

    private static String passwordBinding(UUID agencyId) {
        return "exchange-password:" + agencyId;
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(CertificateChains.der(certificate));
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(X509Certificate certificate) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(CertificateChains.der(certificate));
        return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    }
}
