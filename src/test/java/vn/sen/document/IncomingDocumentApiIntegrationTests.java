package vn.sen.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.sen.ApiClient;
import vn.sen.SenIntegrationTest;

/** The REST API end to end with real bearer tokens: multipart registration, reading, download and refusals. */
@SenIntegrationTest
class IncomingDocumentApiIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    private MvcTestResult register(String token, String metadata, byte[] file) {
        return mvc.post()
                .uri("/api/v1/incoming-documents")
                .multipart()
                .file(new MockMultipartFile(
                        "metadata", "", MediaType.APPLICATION_JSON_VALUE, metadata.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("files", "cv.pdf", MediaType.APPLICATION_PDF_VALUE, file))
                .header("Authorization", token)
                .exchange();
    }

    private static String metadata(String subject) {
        return """
                {"organName":"Sở Nội vụ %s","codeNumber":"7","codeNotation":"SNV-%s","issuedDate":"2026-01-05",
                 "type":"CONG_VAN","subject":"%s","urgency":"KHAN","organId":"H99.11"}
                """
                .formatted(IncomingFixtures.unique(), IncomingFixtures.unique(), subject);
    }

    @Test
    void registersReadsAndDownloadsOverTheApiAndHidesTheDocumentFromOthers() {
        String clerk = ApiClient.bearer(mvc, "vanthu");
        MvcTestResult created = register(clerk, metadata("Về việc báo cáo"), IncomingFixtures.pdf());
        assertThat(created).hasStatus(201);
        String id = ApiClient.read(created, "$.id");
        String fileId = ApiClient.read(created, "$.files[0].id");
        assertThat((String) ApiClient.read(created, "$.organId")).isEqualTo("000.00.11.H99");
        assertThat(mvc.get().uri("/api/v1/incoming-documents/" + id).header("Authorization", clerk))
                .hasStatusOk();
        assertThat(mvc.get()
                        .uri("/api/v1/incoming-documents/" + id + "/files/" + fileId)
                        .header("Authorization", clerk))
                .hasStatusOk()
                .hasContentType(MediaType.APPLICATION_PDF);
        for (String other : new String[] {"vanthu.snv", "chuyenvien"}) {
            String token = ApiClient.bearer(mvc, other);
            assertThat(mvc.get().uri("/api/v1/incoming-documents/" + id).header("Authorization", token))
                    .hasStatus(404)
                    .bodyJson()
                    .extractingPath("$.code")
                    .isEqualTo("DOCUMENT_NOT_FOUND");
            assertThat(mvc.get()
                            .uri("/api/v1/incoming-documents/" + id + "/files/" + fileId)
                            .header("Authorization", token))
                    .hasStatus(404);
        }
        assertThat(mvc.get()
                        .uri("/api/v1/incoming-documents?list=ALL&urgency=KHAN&size=5")
                        .header("Authorization", clerk))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[0].id")
                .isEqualTo(id);
    }

    @Test
    void refusesBadInputWithCodesAndOnlyLetsClerksRegister() {
        String clerk = ApiClient.bearer(mvc, "vanthu");
        assertThat(register(clerk, metadata(""), IncomingFixtures.pdf()))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("DOCUMENT_FIELD_REQUIRED");
        MvcTestResult notPdf = register(clerk, metadata("Tệp hỏng"), "không phải PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.getResponse().getStatus()).isBetween(400, 499);
        assertThat((String) ApiClient.read(notPdf, "$.code")).startsWith("FILE_");
        String specialist = ApiClient.bearer(mvc, "chuyenvien");
        assertThat(register(specialist, metadata("Không có quyền"), IncomingFixtures.pdf()))
                .hasStatus(403);
    }
}
