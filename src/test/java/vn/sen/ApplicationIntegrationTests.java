package vn.sen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SenIntegrationTest
class ApplicationIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void servesTheVietnameseLoginPage() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("Đăng nhập");
    }

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() {
        assertThat(mvc.get().uri("/")).hasStatus3xxRedirection();
    }

    @Test
    void refusesAnonymousApiCallsWithAnErrorCode() {
        assertThat(mvc.get().uri("/api/v1/anything"))
                .hasStatus(401)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("UNAUTHENTICATED");
    }
}
