package vn.sen.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TestPkiTests {

    @Test
    void issuesVietnameseSignerWithRootChainAndPkcs12() throws Exception {
        TestPki pki = TestPki.shared();
        TestPki.Issued issued = pki.issue(TestPki.Subject.person("Nguyễn Văn Ánh"));

        issued.certificate().verify(pki.root().getPublicKey());
        assertThat(issued.certificate().getSubjectX500Principal().getName()).contains("Nguyễn Văn Ánh");
        assertThat(issued.certificate().getKeyUsage()[0]).isTrue();
        assertThat(issued.certificate().getKeyUsage()[1]).isTrue();

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(issued.p12("123456")), "123456".toCharArray());
        assertThat(store.getCertificateChain("signer")).hasSize(2);

        X509CRL crl = (X509CRL)
                CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(pki.crl(issued.serial())));
        assertThat(crl.isRevoked(issued.certificate())).isTrue();
    }

    @Test
    void sampleDecisionHasTwoPagesOfRealVietnameseText() throws Exception {
        try (PDDocument document = Loader.loadPDF(SampleLetters.decision())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Độc lập - Tự do - Hạnh phúc", "PHÓ GIÁM ĐỐC");
            assertThat(text).contains(SampleLetters.SIGNER_NAME);
        }
        try (PDDocument appendix = Loader.loadPDF(SampleLetters.appendix())) {
            assertThat(appendix.getNumberOfPages()).isEqualTo(1);
        }
    }
}
