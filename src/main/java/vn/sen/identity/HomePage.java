package vn.sen.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.sen.shared.security.CurrentActor;

/** The home page; its navigation follows the user's permissions (see the layout). */
@Controller
class HomePage {

    /** Citizens and businesses have their own home: their dossiers on the portal. */
    @GetMapping("/")
    String home() {
        boolean citizen =
                CurrentActor.find().map(a -> a.can(Permissions.CITIZEN)).orElse(false);
        return citizen ? "redirect:/cong-dan/ho-so" : "identity/home";
    }
}
