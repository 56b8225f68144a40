package vn.sen.signing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code sen.signing.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SigningSettings.class)
class SigningConfiguration {}
