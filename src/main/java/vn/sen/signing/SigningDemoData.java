package vn.sen.signing;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.DSSUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.organization.AgencyView;
import vn.sen.organization.DemoOrganization;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.platform.DemoMode;

/**
 * Demo keys and images (PIN {@code 123456}) for {@code giamdoc}, {@code phogiamdoc} and the Department of Science and
 * Technology, issued once by a demo CA generated at first start. The CA certificate is written to
 * {@code ${sen.data-dir}/signing/demo-ca.pem} and trusted as an anchor at every start of a demo installation.
 */
@Component
@Order(30)
class SigningDemoData implements ApplicationRunner {

    static final String PIN = "123456";
    private static final Logger log = LoggerFactory.getLogger(SigningDemoData.class);

    private final DemoMode demo;
    private final StaffDirectory staff;
    private final OrganizationDirectory organization;
    private final SignerKeys keys;
    private final KeyFiling filing;
    private final ImageShelf shelf;
    private final Clock clock;
    private final Path caFile;
    private final TrustAnchors anchors;

    SigningDemoData(
            DemoMode demo,
            StaffDirectory staff,
            OrganizationDirectory organization,
            SignerKeys keys,
            KeyFiling filing,
            ImageShelf shelf,
            Clock clock,
            @Value("${sen.signing.demo-ca-file:${sen.data-dir}/signing/demo-ca.pem}") Path caFile,
            TrustAnchors anchors) {
        this.anchors = anchors;
        this.demo = demo;
        this.staff = staff;
        this.organization = organization;
        this.keys = keys;
        this.filing = filing;
        this.shelf = shelf;
        this.clock = clock;
        this.caFile = caFile;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        StaffView director = staff.findByUsername("giamdoc").orElse(null);
        if (!demo.enabled() || director == null) {
            return;
        }
        if (keys.findByHolderId(director.id()).isPresent()) {
            trustWrittenCa();
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        AgencyView agency =
                organization.resolve(DemoOrganization.SKHCN_CODE, today).orElse(null);
        if (agency == null) {
            return;
        }
        DemoCertificates ca = new DemoCertificates(clock.instant());
        person(ca, director, agency);
        staff.findByUsername("phogiamdoc").ifPresent(deputy -> person(ca, deputy, agency));
        Holder holder = new Holder(agency.id(), HolderKind.AGENCY, agency.id(), agency.name());
        filing.fileServerKeyAsSystem(holder, ca.issueP12(agency.name(), agency.name(), PIN, clock.instant()), PIN);
        shelf.fileAsSystem(holder, DemoImages.seal(agency.name()), SignerImage.DEFAULT_SEAL_DIAMETER_MM);
        byte[] crl = ca.emptyRevocationList(clock.instant());
        writeCa(ca, crl);
        anchors.add(new CertificateToken(ca.ca()));
        anchors.addRevocationList(crl);
        log.info(
                "Demo signing keys (PIN {}) for giamdoc, phogiamdoc and {}; demo CA certificate at {}",
                PIN,
                agency.name(),
                caFile.toAbsolutePath());
    }

    private void person(DemoCertificates ca, StaffView person, AgencyView agency) {
        Holder holder = new Holder(person.id(), HolderKind.PERSON, person.agencyId(), person.displayName());
        filing.fileServerKeyAsSystem(
                holder, ca.issueP12(person.displayName(), agency.name(), PIN, clock.instant()), PIN);
        shelf.fileAsSystem(holder, DemoImages.signature(person.displayName()), null);
    }

    /** The demo CA of an earlier start is trusted again, so that demo signatures validate after a restart. */
    private void trustWrittenCa() {
        if (!Files.exists(caFile)) {
            return;
        }
        try (InputStream in = Files.newInputStream(caFile)) {
            anchors.add(DSSUtils.loadCertificate(in));
            anchors.addRevocationList(Files.readAllBytes(crlFile()));
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot trust the demo CA certificate {}: {}", caFile, e.toString());
        }
    }

    private Path crlFile() {
        return caFile.resolveSibling("demo-ca.crl");
    }

    private void writeCa(DemoCertificates ca, byte[] crl) {
        try {
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(ca.ca().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            Files.createDirectories(caFile.toAbsolutePath().getParent());
            Files.writeString(caFile, pem, StandardCharsets.US_ASCII);
            Files.write(crlFile(), crl);
        } catch (IOException | CertificateEncodingException e) {
            log.warn("Cannot write the demo CA certificate to {}: {}", caFile, e.toString());
        }
    }
}
