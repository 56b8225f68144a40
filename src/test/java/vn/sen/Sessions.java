package vn.sen;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Logs in through the real login form and hands back the authenticated session. */
public final class Sessions {

    public static final String DEMO_PASSWORD = "sen-demo";

    private Sessions() {}

    public static MockHttpSession login(MockMvc mvc, String username) throws Exception {
        return login(mvc, username, DEMO_PASSWORD);
    }

    public static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn();
        String target = result.getResponse().getRedirectedUrl();
        if (target == null || target.contains("error")) {
            throw new AssertionError("Login of " + username + " failed: redirected to " + target);
        }
        return (MockHttpSession) result.getRequest().getSession();
    }
}
