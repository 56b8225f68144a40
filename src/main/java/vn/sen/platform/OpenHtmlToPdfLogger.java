package vn.sen.platform;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's messages to SLF4J under their own names ({@code com.openhtmltopdf.load}, {@code .general},
 * {@code .match}, …), so the application's logging configuration decides what is written: SEVERE becomes ERROR,
 * WARNING WARN, INFO and CONFIG INFO, FINE DEBUG, finer TRACE.
 */
final class OpenHtmlToPdfLogger implements XRLogger {

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, @Nullable Throwable th) {
        Logger logger = LoggerFactory.getLogger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(msg, th);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(msg, th);
        } else if (value >= Level.CONFIG.intValue()) {
            logger.info(msg, th);
        } else if (value >= Level.FINE.intValue()) {
            logger.debug(msg, th);
        } else {
            logger.trace(msg, th);
        }
    }

    /** Levels come from the application's logging configuration, not from openhtmltopdf. */
    @Override
    public void setLevel(String logger, Level level) {}

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int value = diagnostic.getLevel().intValue();
        if (value >= Level.SEVERE.intValue()) {
            return logger.isErrorEnabled();
        } else if (value >= Level.WARNING.intValue()) {
            return logger.isWarnEnabled();
        } else if (value >= Level.CONFIG.intValue()) {
            return logger.isInfoEnabled();
        } else if (value >= Level.FINE.intValue()) {
            return logger.isDebugEnabled();
        }
        return logger.isTraceEnabled();
    }
}
