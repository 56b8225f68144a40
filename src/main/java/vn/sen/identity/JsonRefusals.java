package vn.sen.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** API refusals written before any controller runs (no token, or a forbidden call), in the API's error shape. */
final class JsonRefusals {

    private JsonRefusals() {}

    static void unauthenticated(HttpServletRequest request, HttpServletResponse response, Exception e)
            throws IOException {
        write(response, 401, "UNAUTHENTICATED", "Bạn cần đăng nhập hoặc gửi mã truy cập (Bearer token) hợp lệ.");
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response, Exception e) throws IOException {
        write(response, 403, "FORBIDDEN", "Bạn không có quyền thực hiện thao tác này.");
    }

    static void tokenInvalid(HttpServletResponse response) throws IOException {
        write(
                response,
                401,
                "TOKEN_INVALID",
                "Mã truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi. Vui lòng lấy mã mới.");
    }

    private static void write(HttpServletResponse response, int status, String code, String message)
            throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/json");
        response.getWriter().write("{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}");
    }
}
