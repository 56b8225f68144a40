package vn.sen.search;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Says at start-up when the JVM will leave Lucene's ASCII folding interpreted: {@code ASCIIFoldingFilter.foldToASCII}
 * is a 14 KB method, over HotSpot's limit for compiling, and it is where half of indexing time goes.
 */
@Component
class JvmAdvice implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(JvmAdvice.class);

    @Override
    public void run(ApplicationArguments args) {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotspot != null
                    && "true"
                            .equals(hotspot.getVMOption("DontCompileHugeMethods")
                                    .getValue())) {
                log.info("Search: start the JVM with -XX:-DontCompileHugeMethods to index about twice as fast"
                        + " (docs/search.md)");
            }
        } catch (IllegalArgumentException | UnsupportedOperationException notHotSpot) {
            // another JVM: nothing to advise
        }
    }
}
