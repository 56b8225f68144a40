package vn.sen.bench;

import java.io.IOException;
import java.net.URL;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Keeps the test sources' components (fixtures, the test mail server) out of an application a benchmark starts
 * in-process: register it as a singleton before the context refreshes.
 */
public final class ProductionComponentsOnly extends TypeExcludeFilter {

    private static final String TEST_CLASSES = ProductionComponentsOnly.class
            .getProtectionDomain()
            .getCodeSource()
            .getLocation()
            .toString();

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
        URL url = reader.getResource().getURL();
        return url.toString().startsWith(TEST_CLASSES);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProductionComponentsOnly;
    }

    @Override
    public int hashCode() {
        return ProductionComponentsOnly.class.hashCode();
    }
}
