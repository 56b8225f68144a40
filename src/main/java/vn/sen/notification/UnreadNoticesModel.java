package vn.sen.notification;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.sen.shared.security.CurrentActor;

/** Puts the staff user's unread count into every page's model, for the badge of the layout's nav entry. */
@ControllerAdvice(annotations = Controller.class)
class UnreadNoticesModel {

    private final NoticeBoard board;

    UnreadNoticesModel(NoticeBoard board) {
        this.board = board;
    }

    @ModelAttribute("unreadNotices")
    @Nullable
    Long unreadNotices(HttpServletRequest request) {
        // @RestController is a @Controller too: API calls render no page and need no count.
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return CurrentActor.find()
                .filter(actor -> actor.can("STAFF"))
                .map(board::unreadCount)
                .orElse(null);
    }
}
