package vn.sen.document.print;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.sen.shared.error.ErrorKind;
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ErrorMessages;

/**
 * A download started from a page: when the export is refused (such as a PDF too long to print) the browser goes back
 * to the page ({@code backTo}, with its query) and the layout shows the reason as {@code flashErr}. "Not found" and
 * "forbidden" fall through to the error page as elsewhere.
 */
public final class PageDownloads {

    private PageDownloads() {}

    public static void send(
            Supplier<RegisterExport> export,
            String backTo,
            HttpServletRequest request,
            HttpServletResponse response,
            ErrorMessages messages) {
        RegisterExport prepared;
        try {
            prepared = export.get();
        } catch (SenException e) {
            if (e.kind() == ErrorKind.FORBIDDEN || e.kind() == ErrorKind.NOT_FOUND) {
                throw e;
            }
            FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put("flashErr", messages.of(e));
            RequestContextUtils.saveOutputFlashMap(backTo, request, response);
            try {
                response.sendRedirect(request.getContextPath() + backTo);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            return;
        }
        Downloads.send(prepared, response);
    }
}
