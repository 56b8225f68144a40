package vn.sen.exchange.edxml;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** The agency key that signs packets (enveloped XML-DSig), with its certificate first in the chain. */
public record PacketKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public PacketKey {
        chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
