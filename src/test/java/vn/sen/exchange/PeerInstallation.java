package vn.sen.exchange;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.sen.exchange.edxml.EdxmlCodec;
import vn.sen.exchange.edxml.EdxmlPacket;
import vn.sen.exchange.edxml.PacketKey;
import vn.sen.exchange.edxml.ReadPacket;
import vn.sen.signing.TestPki;

/**
 * Another vendor's installation, as far as Sen can tell: an HTTP endpoint that verifies and keeps the packets Sen
 * sends it (answering 503 to the first {@code failures} requests when told to), and a key of its own to sign the
 * packets it sends Sen. Its certificate comes from a root Sen does not trust, so Sen must pin it.
 */
final class PeerInstallation implements AutoCloseable {

    private final HttpServer server;
    private final EdxmlCodec codec;
    private final TestPki.Issued key;
    private final BlockingQueue<ReadPacket> received = new LinkedBlockingQueue<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();

    PeerInstallation(EdxmlCodec codec, String agencyName) throws IOException {
        this.codec = codec;
        this.key = TestPki.create().issue(TestPki.Subject.agency(agencyName));
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/exchange/packets", exchange -> {
            requests.incrementAndGet();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int status = 200;
            String answer = "{\"status\":\"ACCEPTED\"}";
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = 503;
                answer = "{\"code\":\"BUSY\"}";
            } else {
                received.add(codec.read(body));
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/exchange/packets");
    }

    String certificatePem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(key.certificate().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The packet signed with the peer's key, as it would put it on the wire. */
    byte[] sign(EdxmlPacket packet) {
        return codec.write(packet, new PacketKey(key.privateKey(), List.of(key.certificate())));
    }

    /** The next packet Sen delivered, waiting at most {@code timeout}. */
    ReadPacket next(Duration timeout) throws InterruptedException {
        ReadPacket p = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (p == null) {
            throw new AssertionError("no packet from Sen within " + timeout);
        }
        return p;
    }

    void failNext(int count) {
        failuresLeft.set(count);
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
