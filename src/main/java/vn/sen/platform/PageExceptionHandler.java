package vn.sen.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ErrorMessages;
import vn.sen.shared.web.HttpStatuses;

/** Shows a business refusal on a page as a Vietnamese message with its code, never as a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final ErrorMessages messages;

    PageExceptionHandler(ErrorMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SenException.class)
    String refused(SenException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatuses.of(e.kind()).value());
        model.addAttribute("errorCode", e.code());
        model.addAttribute("errorMessage", messages.of(e));
        return "refused";
    }
}
