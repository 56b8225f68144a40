package vn.sen.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.sen.ApiClient;
import vn.sen.SenIntegrationTest;
import vn.sen.Sessions;

/** The REST API and pages with real logins, on the demo keys (PIN 123456) and images. */
@SenIntegrationTest
class SignatureApiIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc mockMvc;

    @Autowired
    SigningFixtures fixtures;

    @Test
    void theDirectorSignsWithTheDemoKeyAndTheResultValidates() {
        String token = ApiClient.bearer(mvc, "giamdoc");

        MvcTestResult signed = mvc.post()
                .uri("/api/v1/signatures/sign")
                .multipart()
                .file(pdf(SampleLetters.decision()))
                .param("look", "PERSON")
                .param("pin", SigningDemoData.PIN)
                .header("Authorization", token)
                .exchange();

        assertThat(signed).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(signed.getResponse().getHeader("X-Sen-Certificate-Serial")).isNotBlank();
        MvcTestResult report = mvc.post()
                .uri("/api/v1/signatures/validate")
                .multipart()
                .file(pdf(signed.getResponse().getContentAsByteArray()))
                .header("Authorization", ApiClient.bearer(mvc, "vanthu"))
                .exchange();
        assertThat(report).hasStatusOk();
        assertThat((String) ApiClient.read(report, "$.signatures[0].signerName"))
                .isEqualTo("Hoàng Minh Giám");
    }

    @Test
    void aWrongPinAnswersItsCodeAndTheTriesLeft() {
        String token = ApiClient.bearer(mvc, "phogiamdoc");
        MvcTestResult refused = mvc.post()
                .uri("/api/v1/signatures/sign")
                .multipart()
                .file(pdf(SampleLetters.decision()))
                .param("look", "PERSON")
                .param("pin", "000000")
                .header("Authorization", token)
                .exchange();

        assertThat(refused).hasStatus(400);
        assertThat((String) ApiClient.read(refused, "$.code")).isEqualTo("SIGNING_WRONG_PIN");
        assertThat((String) ApiClient.read(refused, "$.message")).contains("Mã PIN không đúng");
        // put the demo key back to a clean count for whoever tries it next
        mvc.post()
                .uri("/api/v1/signatures/sign")
                .multipart()
                .file(pdf(SampleLetters.decision()))
                .param("look", "PERSON")
                .param("pin", SigningDemoData.PIN)
                .header("Authorization", token)
                .exchange();
    }

    @Test
    void anotherAgencysClerkCannotUseTheAgencyKey() {
        UUID skhcn = fixtures.agency("H99.10");
        MvcTestResult refused = mvc.post()
                .uri("/api/v1/signatures/sign")
                .multipart()
                .file(pdf(SampleLetters.decision()))
                .param("look", "AGENCY")
                .param("holderId", skhcn.toString())
                .param("pin", SigningDemoData.PIN)
                .header("Authorization", ApiClient.bearer(mvc, "vanthu.snv"))
                .exchange();

        assertThat(refused).hasStatus(404);
        assertThat((String) ApiClient.read(refused, "$.code")).isEqualTo("SIGNING_KEY_NOT_FOUND");
    }

    @Test
    void aJpegNamedPngIsRefusedAndATransparentPngIsFiled() {
        String token = ApiClient.bearer(mvc, "chuyenvien");
        UUID me = fixtures.person("chuyenvien").id();

        MvcTestResult jpeg = uploadImage(token, me, SigningFixtures.jpeg(100, 40));
        assertThat(jpeg).hasStatus(400);
        assertThat((String) ApiClient.read(jpeg, "$.code")).isEqualTo("SIGNING_IMAGE_NOT_PNG");
        MvcTestResult text = uploadImage(token, me, "<svg/>".getBytes(StandardCharsets.UTF_8));
        assertThat((String) ApiClient.read(text, "$.code")).isEqualTo("SIGNING_IMAGE_NOT_PNG");
        MvcTestResult opaque = uploadImage(token, me, SigningFixtures.opaquePng(100, 40));
        assertThat((String) ApiClient.read(opaque, "$.code")).isEqualTo("SIGNING_IMAGE_NOT_TRANSPARENT");
        MvcTestResult huge = uploadImage(token, me, SigningFixtures.transparentPng(2001, 10));
        assertThat((String) ApiClient.read(huge, "$.code")).isEqualTo("SIGNING_IMAGE_DIMENSIONS");

        MvcTestResult filed = uploadImage(token, me, SigningFixtures.transparentPng(300, 120));
        assertThat(filed).hasStatusOk();
        assertThat((Boolean) ApiClient.read(filed, "$.hasImage")).isTrue();
        MvcTestResult someoneElse =
                uploadImage(ApiClient.bearer(mvc, "vanthu.snv"), me, SigningFixtures.transparentPng(30, 30));
        assertThat(someoneElse).hasStatus(404);
    }

    @Test
    void theAgencyAdministratorFilesAKeyAndAnotherAgencyCannot() {
        UUID person = fixtures.person("motcua").id();
        byte[] p12 =
                TestPki.shared().issue(TestPki.Subject.person("Vũ Thị Một Cửa")).p12(SigningFixtures.PIN);

        MvcTestResult filed = uploadKey(ApiClient.bearer(mvc, "quantri"), person, p12, SigningFixtures.PIN);
        assertThat(filed).hasStatusOk();
        assertThat((String) ApiClient.read(filed, "$.provider")).isEqualTo("SERVER_KEY_STORE");
        MvcTestResult wrongPin = uploadKey(ApiClient.bearer(mvc, "quantri"), person, p12, "999999");
        assertThat((String) ApiClient.read(wrongPin, "$.code")).isEqualTo("SIGNING_P12_WRONG_PIN");
        assertThat(uploadKey(ApiClient.bearer(mvc, "vanthu.snv"), person, p12, SigningFixtures.PIN))
                .hasStatus(403);

        MvcTestResult profile = mvc.get()
                .uri("/api/v1/signatures/profiles/{id}", person)
                .header("Authorization", ApiClient.bearer(mvc, "vanthu"))
                .exchange();
        assertThat((String) ApiClient.read(profile, "$.provider")).isEqualTo("SERVER_KEY_STORE");
    }

    @Test
    void thePagesShowMyCertificateAndTheAgencySeal() throws Exception {
        MockHttpSession director = Sessions.login(mockMvc, "giamdoc");
        String profile = mockMvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/signing/profile")
                                .session(director))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(profile)
                .contains("Hoàng Minh Giám")
                .contains("image-preview")
                .contains("certificate-validity");

        MockHttpSession admin = Sessions.login(mockMvc, "quantri");
        String page = mockMvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/signing")
                                .session(admin))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("seal-preview").contains("Hoàng Minh Giám").contains("upload-key");

        int status = mockMvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/signing/profile/image")
                        .file(new MockMultipartFile("image", "chu-ky.png", "image/png", SigningFixtures.jpeg(20, 20)))
                        .session(Sessions.login(mockMvc, "lanhdaophong"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(302);
    }

    private MvcTestResult uploadImage(String token, UUID accountId, byte[] image) {
        return mvc.put()
                .uri("/api/v1/signatures/images/persons/{id}", accountId)
                .multipart()
                .file(new MockMultipartFile("image", "chu-ky.png", "image/png", image))
                .header("Authorization", token)
                .exchange();
    }

    private MvcTestResult uploadKey(String token, UUID accountId, byte[] p12, String pin) {
        return mvc.put()
                .uri("/api/v1/signatures/keys/persons/{id}", accountId)
                .multipart()
                .file(new MockMultipartFile("p12", "khoa.p12", "application/x-pkcs12", p12))
                .param("pin", pin)
                .header("Authorization", token)
                .exchange();
    }

    private static MockMultipartFile pdf(byte[] bytes) {
        return new MockMultipartFile("pdf", "van-ban.pdf", MediaType.APPLICATION_PDF_VALUE, bytes);
    }
}
