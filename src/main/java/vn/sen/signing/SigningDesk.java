package vn.sen.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.audit.AuditTrail;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.CurrentActor;

/**
 * Finds the holder's key and image, checks the certificate and the PIN, and has the engine sign. Every refusal comes
 * before the engine produces a byte, so there is never a half-signed file.
 */
@Component
class SigningDesk {

    static final int MAX_PDF_BYTES = 20 * 1024 * 1024;

    private final HolderAccess access;
    private final SignerKeys keys;
    private final SignerImages images;
    private final KeyCustody custody;
    private final CertificateCheck certificates;
    private final PadesEngine engine;
    private final ExternalSessions sessions;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate own;

    SigningDesk(
            HolderAccess access,
            SignerKeys keys,
            SignerImages images,
            KeyCustody custody,
            CertificateCheck certificates,
            PadesEngine engine,
            ExternalSessions sessions,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager tm) {
        this.access = access;
        this.keys = keys;
        this.images = images;
        this.custody = custody;
        this.certificates = certificates;
        this.engine = engine;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.own = new TransactionTemplate(tm);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional
    SignedPdf sign(SignatureOrder order) {
        Holder holder = signer(order);
        SignerKey key = keys.findByHolderId(holder.id()).orElseThrow(() -> SenException.notFound("SIGNING_NO_KEY"));
        certificates.check(key.certificate(), key.issuers());
        Appearance appearance = appearance(order, holder);
        SignedPdf signed;
        try (SigningKey unlocked = custody.unlock(key, order.pin() == null ? "" : order.pin())) {
            X509Certificate onToken = unlocked.certificate().getCertificate();
            if (!onToken.equals(key.certificate())) {
                // The token's certificate was renewed since the key was filed: check the one that will sign.
                certificates.check(onToken, issuers(unlocked.chain()));
            }
            signed = engine.sign(order.pdf(), appearance, unlocked, signingTime());
        }
        audit.record(
                "DOCUMENT_SIGNED",
                "SignerKey",
                key.getId().toString(),
                holder.agencyId(),
                null,
                summary(holder, order, signed));
        return signed;
    }

    @Transactional
    ExternalSigning prepare(SignatureOrder order, List<byte[]> certificateChainDer) {
        Holder holder = signer(order);
        List<X509Certificate> chain = parse(certificateChainDer);
        certificates.check(chain.get(0), chain.subList(1, chain.size()));
        Appearance appearance = appearance(order, holder);
        Instant at = signingTime();
        ToBeSigned data = engine.dataToSign(order.pdf(), appearance, tokenOf(chain.get(0)), issuerTokens(chain), at);
        ExternalSession session = sessions.save(new ExternalSession(
                holder,
                order.pdf(),
                appearance,
                chain,
                data.getBytes(),
                at,
                CurrentActor.require().accountId()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("look", order.look());
        after.put("holder", holder.id());
        after.put("certificateSerial", chain.get(0).getSerialNumber().toString(16));
        audit.record(
                "SIGNING_EXTERNAL_PREPARED",
                "ExternalSigning",
                session.getId().toString(),
                holder.agencyId(),
                null,
                after);
        return new ExternalSigning(
                session.getId(),
                "SHA256",
                Base64.getEncoder().encodeToString(sha256(data.getBytes())),
                Base64.getEncoder().encodeToString(data.getBytes()),
                session.expiresAt());
    }

    @Transactional
    SignedPdf complete(UUID externalSigningId, byte[] signatureValue) {
        ExternalSession session = sessions.findById(externalSigningId)
                .filter(s -> HolderAccess.isSelf(CurrentActor.require(), s.startedBy()))
                .orElseThrow(() -> SenException.notFound("SIGNING_EXTERNAL_NOT_FOUND"));
        if (session.state() == ExternalSession.State.COMPLETED) {
            throw SenException.conflict("SIGNING_EXTERNAL_COMPLETED");
        }
        if (session.expiredAt(clock.instant())) {
            own.executeWithoutResult(
                    status -> sessions.findById(session.getId()).ifPresent(ExternalSession::expire));
            throw SenException.conflict("SIGNING_EXTERNAL_EXPIRED");
        }
        List<X509Certificate> chain = session.chain();
        X509Certificate certificate = chain.get(0);
        SignatureValue value = verified(certificate, session.dataToSign(), signatureValue);
        SignedPdf signed = engine.embed(
                session.pdf(),
                session.appearance(),
                tokenOf(certificate),
                issuerTokens(chain),
                session.signingTime(),
                value);
        session.complete();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("look", session.look());
        after.put("holder", session.holderId());
        after.put("certificateSerial", signed.certificateSerial());
        after.put("level", signed.level());
        audit.record("DOCUMENT_SIGNED", "ExternalSigning", session.getId().toString(), session.agencyId(), null, after);
        return signed;
    }

    @Transactional(readOnly = true)
    SignerProfile profileOf(UUID holderId) {
        boolean hasImage = images.existsById(holderId);
        return keys.findByHolderId(holderId)
                .map(k -> new SignerProfile(holderId, hasImage, k.provider().name(), k.subject(), k.notAfter()))
                .orElseGet(() -> new SignerProfile(holderId, hasImage, "NONE", null, null));
    }

    /** The holder whose key the order names, if the current actor may sign with it. */
    private Holder signer(SignatureOrder order) {
        if (order.pdf().length == 0 || order.pdf().length > MAX_PDF_BYTES) {
            throw SenException.invalidField("pdf", "SIGNING_PDF_SIZE", MAX_PDF_BYTES / (1024 * 1024));
        }
        HolderKind kind = order.look() == SignatureLook.PERSON ? HolderKind.PERSON : HolderKind.AGENCY;
        Holder holder;
        try {
            holder = access.resolve(order.holderId(), kind);
        } catch (SenException e) {
            throw SenException.notFound("SIGNING_KEY_NOT_FOUND");
        }
        access.checkSigner(holder);
        return holder;
    }

    private Appearance appearance(SignatureOrder order, Holder holder) {
        if (order.look() == SignatureLook.ATTACHMENT) {
            return new Appearance(
                    order.look(), null, SignerImage.DEFAULT_SEAL_DIAMETER_MM, order.signerName(), order.markText());
        }
        SignerImage image =
                images.findById(holder.id()).orElseThrow(() -> SenException.invalid("SIGNING_IMAGE_MISSING"));
        String name =
                order.signerName() != null || holder.kind() == HolderKind.AGENCY ? order.signerName() : holder.name();
        return new Appearance(order.look(), image.png(), image.sealDiameterMm(), name, order.markText());
    }

    /**
     * Now, to the second: what the signature's signing-time attribute (UTCTime) carries, so that the time stored for an
     * external signing is exactly the one in the document.
     */
    private Instant signingTime() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static SignatureValue verified(X509Certificate certificate, byte[] data, byte[] value) {
        var algorithm = HeldKey.algorithmFor(certificate, DigestAlgorithm.SHA256);
        try {
            Signature verifier = Signature.getInstance(algorithm.getJCEId());
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(data);
            if (verifier.verify(value)) {
                return new SignatureValue(algorithm, value.clone());
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            // falls through: an unparsable value is as wrong as a false one
        }
        throw SenException.invalidField("signatureValue", "SIGNING_EXTERNAL_SIGNATURE_INVALID");
    }

    private static List<X509Certificate> parse(List<byte[]> der) {
        if (der.isEmpty()) {
            throw SenException.invalidField("chain", "SIGNING_EXTERNAL_CHAIN_INVALID");
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (byte[] certificate : der) {
            try {
                chain.add(CertificateChains.parse(certificate));
            } catch (IllegalArgumentException e) {
                throw SenException.invalidField("chain", "SIGNING_EXTERNAL_CHAIN_INVALID");
            }
        }
        return chain;
    }

    private static CertificateToken tokenOf(X509Certificate certificate) {
        return new CertificateToken(certificate);
    }

    private static List<CertificateToken> issuerTokens(List<X509Certificate> chain) {
        return chain.stream().skip(1).map(CertificateToken::new).toList();
    }

    private static List<X509Certificate> issuers(List<CertificateToken> chain) {
        return chain.stream().map(CertificateToken::getCertificate).toList();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> summary(Holder holder, SignatureOrder order, SignedPdf signed) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("look", order.look());
        after.put("holder", holder.id());
        after.put("certificateSerial", signed.certificateSerial());
        after.put("signedAt", signed.signedAt());
        after.put("level", signed.level());
        return after;
    }
}
