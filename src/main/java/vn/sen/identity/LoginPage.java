package vn.sen.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Vietnamese login page; after a refused attempt it shows why (wrong password, delay, lockout). */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        if (request.getParameter("error") != null) {
            model.addAttribute("loginError", reason(request.getSession(false)));
        }
        return "identity/login";
    }

    private static String reason(@Nullable HttpSession session) {
        Object e = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return e instanceof AuthenticationException ae && ae.getMessage() != null
                ? ae.getMessage()
                : PasswordLogin.BAD_CREDENTIALS;
    }
}
