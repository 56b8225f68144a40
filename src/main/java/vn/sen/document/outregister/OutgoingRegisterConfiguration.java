package vn.sen.document.outregister;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the savings figures of the electronic-issuance statistics. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SavingsProperties.class)
class OutgoingRegisterConfiguration {}
