package vn.sen.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/** Puts the acting user into every page's model for the shared layout. */
@ControllerAdvice(annotations = Controller.class)
class CurrentActorModel {

    @ModelAttribute("currentActor")
    @Nullable
    Actor currentActor() {
        return CurrentActor.find().orElse(null);
    }
}
