package vn.sen.notification;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import vn.sen.shared.security.CurrentActor;
import vn.sen.shared.web.LayoutModel;

/** Puts the staff user's unread count into every page's model, for the badge of the layout's nav entry. */
@Component
class UnreadNoticesModel extends LayoutModel {

    private final NoticeBoard board;

    UnreadNoticesModel(NoticeBoard board) {
        this.board = board;
    }

    @Override
    protected void addTo(ModelMap model, HttpServletRequest request) {
        model.addAttribute(
                "unreadNotices",
                CurrentActor.find()
                        .filter(actor -> actor.can("STAFF"))
                        .map(board::unreadCount)
                        .orElse(null));
    }
}
