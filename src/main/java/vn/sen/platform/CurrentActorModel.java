package vn.sen.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import vn.sen.shared.security.CurrentActor;
import vn.sen.shared.web.LayoutModel;

/** Puts the acting user into every page's model for the shared layout. */
@Component
class CurrentActorModel extends LayoutModel {

    @Override
    protected void addTo(ModelMap model, HttpServletRequest request) {
        model.addAttribute("currentActor", CurrentActor.find().orElse(null));
    }
}
