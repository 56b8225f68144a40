package vn.sen.exchange;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Another installation's packet endpoint ({@code POST /api/v1/exchange/packets}, body the signed edXML): 2xx is an
 * acknowledgement, 4xx a refusal that retrying cannot change, anything else (5xx, a timeout, a refused connection) is
 * retried. Mutual TLS uses the JVM's key store ({@code javax.net.ssl.keyStore}) when the endpoint is {@code https}.
 * It asks for receipts ({@link PacketApi#RECEIPTS_HEADER}): another Sen answers a document packet with the 01s it
 * would otherwise post back, which saves both sides a request per packet; other systems ignore the header.
 */
@Component
class HttpTransport implements PacketTransport {

    private static final Logger log = LoggerFactory.getLogger(HttpTransport.class);

    private final HttpClient client;
    private final ExchangeSettings settings;
    private final JsonMapper json;

    HttpTransport(ExchangeSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.httpTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public Transport transport() {
        return Transport.HTTP;
    }

    @Override
    public Acknowledgement send(Route route, byte[] payload) {
        URI endpoint = route.endpoint();
        if (endpoint == null) {
            throw new DeliveryFailure("EXCHANGE_NO_ENDPOINT " + route.code(), true);
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(settings.httpTimeout)
                .header("Content-Type", "application/xml; charset=UTF-8")
                .header("Accept", "application/json")
                .header(PacketApi.RECEIPTS_HEADER, PacketApi.RECEIPTS_WANTED)
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryFailure(endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure(endpoint + ": interrupted", e);
        }
        int status = response.statusCode();
        String body = response.body();
        if (status >= 200 && status < 300) {
            return acknowledgement(body);
        }
        boolean permanent = status >= 400 && status < 500 && status != 408 && status != 429;
        throw new DeliveryFailure("HTTP " + status + " " + clip(body), permanent);
    }

    /** The answer of a Sen installation, with the 01s it answered with; another system's answer as it is. */
    private Acknowledgement acknowledgement(String body) {
        JsonNode answer;
        try {
            answer = json.readTree(body);
        } catch (JacksonException notJson) {
            return new Acknowledgement(body.contains("\"DUPLICATE\""), clip(body));
        }
        List<byte[]> statuses = new ArrayList<>();
        JsonNode carried = answer.path("statuses");
        for (JsonNode status : carried) {
            try {
                statuses.add(Base64.getDecoder().decode(status.asString()));
            } catch (IllegalArgumentException badBase64) {
                // The receiver counts it as sent: a broken peer's 01 is lost, and said so.
                log.warn("A status in the answer of {} is not base64; dropped", clip(body));
            }
        }
        return new Acknowledgement(
                "DUPLICATE".equals(answer.path("status").asString("")),
                clip(answer.path("packetId").asString(body)),
                statuses);
    }

    private static String clip(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
