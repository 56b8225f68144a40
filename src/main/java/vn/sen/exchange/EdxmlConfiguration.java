package vn.sen.exchange;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.sen.exchange.edxml.EdxmlCodec;
import vn.sen.exchange.edxml.EdxmlLimits;
import vn.sen.exchange.edxml.SignedPacketCodec;

/** The edXML codec with this installation's limits: the packet endpoint's size, and whether SHA-1 is still taken. */
@Configuration(proxyBeanMethods = false)
class EdxmlConfiguration {

    @Bean
    EdxmlCodec edxmlCodec(
            @Value("${sen.exchange.max-packet-bytes:62914560}") long maxBytes,
            @Value("${sen.exchange.accept-sha1:true}") boolean acceptSha1) {
        return new SignedPacketCodec(
                EdxmlLimits.defaults().withMaxBytes(maxBytes).withAcceptSha1(acceptSha1));
    }
}
