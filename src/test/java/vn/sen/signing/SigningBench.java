package vn.sen.signing;

import java.security.Signature;
import java.time.Instant;

/** Public doorway for {@code vn.sen.bench.SigningBenchmark} to the package-private engine (test code only). */
public final class SigningBench {

    private final byte[] letter = SampleLetters.decision();
    private final byte[] twoSignatures;

    public SigningBench() {
        byte[] person = SigningFixture.signPerson(letter).pdf();
        byte[] marked = new IssueMarking()
                .write(person, new IssueMarks("Số: 05/QĐ-SKHCN", "Sen Hồng, ngày 05 tháng 02 năm 2026"));
        twoSignatures = SigningFixture.ENGINE
                .sign(marked, SigningFixture.agency(), SigningFixture.AGENCY.signingKey(), Instant.now())
                .pdf();
        if (!SigningFixture.VALIDATION.validate(twoSignatures).allValid()) {
            throw new IllegalStateException("the benchmark document does not validate");
        }
    }

    /** Signs the 2-page letter with the visible PERSON appearance; returns the size to keep the work alive. */
    public int signPerson() {
        return SigningFixture.signPerson(letter).pdf().length;
    }

    /** Validates the PERSON + AGENCY document; returns the number of valid signatures. */
    public int validateTwoSignatures() {
        return (int) SigningFixture.VALIDATION.validate(twoSignatures).signatures().stream()
                .filter(SignatureCheck::valid)
                .count();
    }

    /** A raw SHA256withRSA signature of 32 bytes with the signer's RSA-2048 key: the physical floor. */
    public byte[] rawSignature(byte[] digest) throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(SigningFixture.PERSON.privateKey());
        signature.update(digest);
        return signature.sign();
    }
}
