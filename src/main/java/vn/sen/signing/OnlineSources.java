package vn.sen.signing;

import eu.europa.esig.dss.spi.client.http.NativeHTTPDataLoader;

/** HTTP access for TSA, CRL and OCSP, with short timeouts so a dead responder cannot hold a signer for minutes. */
final class OnlineSources {

    private static final int TIMEOUT_MS = 5_000;

    private OnlineSources() {}

    static NativeHTTPDataLoader loader() {
        NativeHTTPDataLoader loader = new NativeHTTPDataLoader();
        loader.setConnectTimeout(TIMEOUT_MS);
        loader.setReadTimeout(TIMEOUT_MS);
        return loader;
    }
}
