package vn.sen;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Obtains bearer tokens through the real token endpoint and reads JSON answers. */
public final class ApiClient {

    private ApiClient() {}

    public static String bearer(MockMvcTester mvc, String username) {
        return bearer(mvc, username, Sessions.DEMO_PASSWORD);
    }

    public static String bearer(MockMvcTester mvc, String username, String password) {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .exchange();
        if (result.getResponse().getStatus() != 200) {
            throw new AssertionError("No token for " + username + ": " + body(result));
        }
        return "Bearer " + read(result, "$.token");
    }

    public static <T> T read(MvcTestResult result, String path) {
        return JsonPath.read(body(result), path);
    }

    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
