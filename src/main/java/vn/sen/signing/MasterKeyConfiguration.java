package vn.sen.signing;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/** The master key from {@code sen.signing.master-key}, or from {@code ${sen.data-dir}/signing/master.key}. */
@Configuration(proxyBeanMethods = false)
class MasterKeyConfiguration {

    @Bean
    MasterKey masterKey(
            @Value("${sen.signing.master-key:}") String configured,
            @Value("${sen.signing.master-key-file:${sen.data-dir}/signing/master.key}") Path file) {
        return StringUtils.hasText(configured) ? MasterKey.of(configured) : MasterKey.fromFile(file);
    }
}
