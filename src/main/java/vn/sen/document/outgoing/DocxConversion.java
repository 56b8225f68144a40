package vn.sen.document.outgoing;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.office.LocalOfficeManager;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.sen.shared.error.SenException;

/**
 * Converts a DOCX draft to the PDF that is reviewed and signed, with a local LibreOffice (JODConverter). The office
 * process takes seconds to start, so it is started on the first conversion, kept (one instance) and stopped at
 * shutdown. Without LibreOffice, DOCX bodies are refused ({@code OUTGOING_DOCX_UNAVAILABLE}); PDF bodies still work.
 */
@Component
class DocxConversion {

    private static final Logger log = LoggerFactory.getLogger(DocxConversion.class);

    private final Path officeHome;
    private final long timeoutMillis;
    private @Nullable LocalOfficeManager office;

    DocxConversion(
            @Value("${sen.outgoing.office-home:/usr/lib/libreoffice}") String officeHome,
            @Value("${sen.outgoing.conversion-timeout-seconds:120}") long timeoutSeconds) {
        this.officeHome = Path.of(officeHome);
        this.timeoutMillis = timeoutSeconds * 1000;
    }

    /** True when LibreOffice is installed where configured. */
    boolean available() {
        return Files.isExecutable(officeHome.resolve("program").resolve("soffice"));
    }

    /** Writes the PDF of the DOCX content to {@code pdf}. */
    void toPdf(InputStream docx, OutputStream pdf) {
        LocalOfficeManager manager = started();
        try {
            LocalConverter.make(manager)
                    .convert(docx)
                    .as(DefaultDocumentFormatRegistry.DOCX)
                    .to(pdf)
                    .as(DefaultDocumentFormatRegistry.PDF)
                    .execute();
        } catch (OfficeException e) {
            log.warn("DOCX to PDF conversion failed", e);
            throw SenException.invalidField("body", "OUTGOING_DOCX_CONVERSION_FAILED");
        }
    }

    private synchronized LocalOfficeManager started() {
        if (office != null) {
            return office;
        }
        if (!available()) {
            throw SenException.invalidField("body", "OUTGOING_DOCX_UNAVAILABLE");
        }
        LocalOfficeManager manager = LocalOfficeManager.builder()
                .officeHome(officeHome.toFile())
                // A free port of its own: other instances (tests, other installations) may run on this host.
                .portNumbers(freePort())
                .processTimeout(timeoutMillis)
                .taskExecutionTimeout(timeoutMillis)
                .build();
        try {
            log.info("Starting LibreOffice from {} for DOCX conversion", officeHome);
            manager.start();
        } catch (OfficeException e) {
            log.error("LibreOffice did not start", e);
            throw SenException.invalidField("body", "OUTGOING_DOCX_UNAVAILABLE");
        }
        office = manager;
        return manager;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for LibreOffice", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (office != null) {
            try {
                office.stop();
            } catch (OfficeException e) {
                log.warn("LibreOffice did not stop cleanly", e);
            }
            office = null;
        }
    }
}
