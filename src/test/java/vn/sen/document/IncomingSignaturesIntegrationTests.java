package vn.sen.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sen.document.IncomingFixtures.actor;
import static vn.sen.document.IncomingFixtures.draft;
import static vn.sen.document.IncomingFixtures.unique;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.sen.SenIntegrationTest;
import vn.sen.Sessions;
import vn.sen.TestActors;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.signing.PdfSignatures;
import vn.sen.signing.SampleLetters;
import vn.sen.signing.SignatureLook;
import vn.sen.signing.SignatureOrder;

/** The document page validates the signatures of a registered incoming document's main PDF. */
@SenIntegrationTest
class IncomingSignaturesIntegrationTests {

    @Autowired
    IncomingRegistration registration;

    @Autowired
    PdfSignatures signatures;

    @Autowired
    StaffDirectory staff;

    @Autowired
    MockMvc mockMvc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSignedMainFileIsReportedValidToReadersAndTheDocumentStaysHiddenFromOtherAgencies() throws Exception {
        StaffView director = staff.findByUsername("giamdoc").orElseThrow();
        TestActors.actAs(actor(staff, "giamdoc"));
        byte[] signed = signatures
                .sign(new SignatureOrder(
                        SampleLetters.decision(),
                        SignatureLook.PERSON,
                        director.id(),
                        "123456",
                        "Nguyễn Văn Ánh",
                        null))
                .pdf();
        UUID id = register(signed);

        String panel = panel(Sessions.login(mockMvc, "vanthu"), id, 200);
        assertThat(panel).contains("id=\"sig-all-valid\"", "id=\"sig-result-0\"", director.displayName());

        panel(Sessions.login(mockMvc, "vanthu.snv"), id, 404);
    }

    @Test
    void anUnsignedMainFileSaysItCarriesNoSignature() throws Exception {
        UUID id = register(IncomingFixtures.pdf());
        assertThat(panel(Sessions.login(mockMvc, "vanthu"), id, 200))
                .contains("id=\"sig-none\"")
                .doesNotContain("id=\"sig-all-valid\"");
    }

    private UUID register(byte[] pdf) {
        TestActors.actAs(actor(staff, "vanthu"));
        try {
            return registration
                    .register(
                            draft("Sở Nội vụ tỉnh Sen Hồng", unique() + "/SNV", Urgency.THUONG, null),
                            new Upload("quyet-dinh.pdf", new ByteArrayResource(pdf)),
                            List.of(),
                            UUID.randomUUID().toString(),
                            true)
                    .id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String panel(MockHttpSession session, UUID id, int status) throws Exception {
        MvcResult r = mockMvc.perform(MockMvcRequestBuilders.get("/documents/incoming/" + id + "/signatures")
                        .session(session))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(status);
        return r.getResponse().getContentAsString();
    }
}
