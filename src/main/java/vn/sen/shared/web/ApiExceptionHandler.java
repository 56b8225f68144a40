package vn.sen.shared.web;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.sen.shared.error.SenException;

/** Turns every refusal of a REST endpoint into {@code {"code","message"}} with a Vietnamese message. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private final ErrorMessages messages;

    ApiExceptionHandler(ErrorMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SenException.class)
    ResponseEntity<ApiError> refused(SenException e) {
        List<ApiError.FieldMessage> fields =
                e.field() == null ? List.of() : List.of(new ApiError.FieldMessage(e.field(), e.code(), messages.of(e)));
        return ResponseEntity.status(HttpStatuses.of(e.kind())).body(new ApiError(e.code(), messages.of(e), fields));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
        List<ApiError.FieldMessage> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new ApiError.FieldMessage(
                        f.getField(), String.valueOf(f.getCode()), messages.of(String.valueOf(f.getDefaultMessage()))))
                .toList();
        return badRequest("VALIDATION_FAILED", fields);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiError> invalidParameters(HandlerMethodValidationException e) {
        return badRequest("VALIDATION_FAILED", List.of());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return badRequest("MALFORMED_REQUEST", List.of());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ApiError> badParameter(Exception e) {
        return badRequest("INVALID_PARAMETER", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> wrongMethod(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .body(new ApiError("METHOD_NOT_ALLOWED", messages.of("error.METHOD_NOT_ALLOWED")));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ApiError> denied(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(new ApiError("FORBIDDEN", messages.of("error.FORBIDDEN")));
    }

    private ResponseEntity<ApiError> badRequest(String code, List<ApiError.FieldMessage> fields) {
        return ResponseEntity.badRequest().body(new ApiError(code, messages.of("error." + code), fields));
    }
}
