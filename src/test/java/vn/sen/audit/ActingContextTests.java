package vn.sen.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ActingContextTests {

    private static MockHttpServletRequest forwarded() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.0.0.5");
        request.addHeader("X-Forwarded-For", "198.51.100.23, 10.0.0.5");
        return request;
    }

    @Test
    void ignoresForwardedForUnlessTrusted() {
        assertThat(ActingContext.clientAddress(forwarded(), false)).isEqualTo("10.0.0.5");
    }

    @Test
    void takesTheClientFromForwardedForWhenTrusted() {
        assertThat(ActingContext.clientAddress(forwarded(), true)).isEqualTo("198.51.100.23");
    }

    @Test
    void capsAbsurdAddresses() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("X-Forwarded-For", "x".repeat(500));
        assertThat(ActingContext.clientAddress(request, true)).hasSize(64);
    }
}
