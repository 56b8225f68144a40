package vn.sen.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Vietnamese login page. */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }
}
