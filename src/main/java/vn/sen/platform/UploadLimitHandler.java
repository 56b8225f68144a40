package vn.sen.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import vn.sen.shared.web.ApiError;
import vn.sen.shared.web.ErrorMessages;

/**
 * An upload over the multipart limit is refused before any controller runs, so no module's advice sees it: this one
 * answers in the API's error shape under {@code /api} and with the refusal page elsewhere.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    private final ErrorMessages messages;

    UploadLimitHandler(ErrorMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        String message = messages.of("error.UPLOAD_TOO_LARGE");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new ApiError("UPLOAD_TOO_LARGE", message));
        }
        ModelAndView page = new ModelAndView("refused");
        page.addObject("errorCode", "UPLOAD_TOO_LARGE");
        page.addObject("errorMessage", message);
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        return page;
    }
}
