package vn.sen.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorPathsTests {

    private final TestPki pki = TestPki.shared();
    private final AnchorPaths paths = new AnchorPaths();

    @Test
    void aRememberedPathIsNotUsedOnceItsCertificateHasExpired() {
        Instant now = Instant.now();
        TestPki.Issued shortLived =
                pki.issue(TestPki.Subject.agency("Sở thử đường dẫn"), now.minusSeconds(60), now.plusSeconds(20), null);
        List<X509Certificate> anchors = List.of(pki.root());

        assertThat(paths.toAnchor(shortLived.chain(), anchors, now))
                .containsExactly(shortLived.certificate(), pki.root());
        assertThat(paths.toAnchor(shortLived.chain(), anchors, now.plusSeconds(10)))
                .containsExactly(shortLived.certificate(), pki.root());
        assertThat(paths.toAnchor(shortLived.chain(), anchors, now.plusSeconds(30)))
                .isEmpty();
    }

    @Test
    void pathsAreFoundAgainForOtherAnchorsAndAfterAMinute() {
        Instant now = Instant.now();
        TestPki.Issued signer = pki.issue(TestPki.Subject.agency("Sở thử neo"));
        TestPki other = TestPki.create();

        assertThat(paths.toAnchor(signer.chain(), List.of(other.root()), now)).isEmpty();
        assertThat(paths.toAnchor(signer.chain(), List.of(other.root(), pki.root()), now))
                .containsExactly(signer.certificate(), pki.root());
        assertThat(paths.toAnchor(signer.chain(), List.of(), now)).isEmpty();
        // Before the remembered moment: built again, with the same answer.
        assertThat(paths.toAnchor(signer.chain(), List.of(pki.root()), now.minus(Duration.ofHours(1))))
                .containsExactly(signer.certificate(), pki.root());
    }
}
