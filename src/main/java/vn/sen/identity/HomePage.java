package vn.sen.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page; its navigation follows the user's permissions (see the layout). */
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        return "identity/home";
    }
}
