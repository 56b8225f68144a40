package vn.sen.platform;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** The staff and citizen pages speak Vietnamese whatever the browser asks for. */
@Configuration(proxyBeanMethods = false)
class WebSettings {

    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(Locale.forLanguageTag("vi"));
    }
}
