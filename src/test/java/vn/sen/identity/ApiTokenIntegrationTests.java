package vn.sen.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.sen.SenIntegrationTest;

@SenIntegrationTest
class ApiTokenIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountTestFixtures fixtures;

    @Test
    void aTokenAuthenticatesApiCallsUntilItIsRevoked() {
        String token = token("giamdoc", "sen-demo");
        assertThat(mvc.get().uri("/api/v1/auth/me").header("Authorization", "Bearer " + token))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.username")
                .isEqualTo("giamdoc");
        assertThat(mvc.delete().uri("/api/v1/auth/token").header("Authorization", "Bearer " + token))
                .hasStatus(204);
        assertThat(mvc.get().uri("/api/v1/auth/me").header("Authorization", "Bearer " + token))
                .hasStatus(401)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("TOKEN_INVALID");
    }

    @Test
    void aRememberedTokenIsRefusedAtOnceWhenItsAccountIsDisabled() {
        String user = fixtures.staffAccount("api-cache");
        String token = token(user, AccountTestFixtures.PASSWORD);
        // Twice: the second call is answered from the remembered principal.
        assertThat(me(token)).hasStatusOk();
        assertThat(me(token)).hasStatusOk();
        assertThat(mvc.post()
                        .uri("/api/v1/accounts/{id}/disable", fixtures.accountId(user))
                        .header("Authorization", vn.sen.ApiClient.bearer(mvc, "admin")))
                .hasStatusOk();
        assertThat(me(token)).hasStatus(401).bodyJson().extractingPath("$.code").isEqualTo("TOKEN_INVALID");
    }

    @Test
    void aRememberedTokenIsRefusedAtOnceAfterAPasswordReset() {
        String user = fixtures.staffAccount("api-cache-pw");
        String token = token(user, AccountTestFixtures.PASSWORD);
        assertThat(me(token)).hasStatusOk();
        assertThat(me(token)).hasStatusOk();
        assertThat(mvc.post()
                        .uri("/api/v1/accounts/{id}/password", fixtures.accountId(user))
                        .header("Authorization", vn.sen.ApiClient.bearer(mvc, "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"Another-pass-456\"}"))
                .hasStatus2xxSuccessful();
        assertThat(me(token)).hasStatus(401);
    }

    @Test
    void expiredTokensAreRefused() {
        String token = token("vanthu", "sen-demo");
        jdbc.sql("update identity.api_token set expires_at = now() - interval '1 second' where token_hash = ?")
                .param(ApiTokens.hash(token))
                .update();
        assertThat(mvc.get().uri("/api/v1/auth/me").header("Authorization", "Bearer " + token))
                .hasStatus(401);
    }

    @Test
    void onlyTheHashOfATokenIsStored() {
        String token = token("chuyenvien", "sen-demo");
        assertThat(jdbc.sql("select count(*) from identity.api_token where token_hash = ?")
                        .param(token)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from identity.api_token where token_hash = ?")
                        .param(ApiTokens.hash(token))
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void wrongPasswordGetsAnErrorCode() {
        assertThat(request("{\"username\":\"vanthu\",\"password\":\"nope-nope-1\"}"))
                .hasStatus(401)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("LOGIN_FAILED");
    }

    @Test
    void tokenEndpointSharesTheLoginThrottle() {
        String user = fixtures.staffAccount("api-throttle");
        for (int i = 0; i < 3; i++) {
            request("{\"username\":\"" + user + "\",\"password\":\"wrong-" + i + "\"}");
        }
        assertThat(request("{\"username\":\"" + user + "\",\"password\":\"" + AccountTestFixtures.PASSWORD + "\"}"))
                .hasStatus(429)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("LOGIN_THROTTLED");
    }

    @Test
    void malformedOrIncompleteRequestsGetErrorCodes() {
        assertThat(request("{not json"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("MALFORMED_REQUEST");
        assertThat(request("{\"username\":\"vanthu\"}"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.fields[0].field")
                .isEqualTo("password");
    }

    @Test
    void garbageBearerTokenIsRefused() {
        assertThat(mvc.get().uri("/api/v1/auth/me").header("Authorization", "Bearer not-a-token"))
                .hasStatus(401)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("TOKEN_INVALID");
    }

    private MvcTestResult me(String token) {
        return mvc.get()
                .uri("/api/v1/auth/me")
                .header("Authorization", "Bearer " + token)
                .exchange();
    }

    String token(String user, String password) {
        MvcTestResult result = request("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        assertThat(result).hasStatusOk();
        return vn.sen.ApiClient.read(result, "$.token");
    }

    private MvcTestResult request(String json) {
        return mvc.post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }
}
