package vn.sen.files;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The file store's place on disk and its limits, from {@code sen.files.*}. */
@Configuration(proxyBeanMethods = false)
class FilesConfiguration {

    @Bean
    Blobs blobs(@Value("${sen.files.dir:${sen.data-dir}/files}") Path dir) {
        return new Blobs(dir);
    }

    @Bean
    FileChecks fileChecks(
            @Value("${sen.files.max-size:50MB}") DataSize maxSize,
            @Value("${sen.files.max-unpacked-size:200MB}") DataSize maxUnpackedSize) {
        return new FileChecks(FileLimits.of(maxSize.toBytes(), maxUnpackedSize.toBytes()));
    }
}
