package vn.sen.onestop;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The HTTP adapter of {@link NationalPortal}: posts each update's JSON to {@code sen.national-portal.url}
 * + {@value #PATH}, with the shared key in {@value NationalPortalSettings#KEY_HEADER} and the update's id in
 * {@code Idempotency-Key}. A 2xx answer is the acknowledgement; a 4xx refusal (but 408 and 429) is permanent;
 * anything else — 5xx, a timeout, a refused connection — is retried by the courier.
 */
@Component
class HttpNationalPortal implements NationalPortal {

    static final String PATH = "/trang-thai-ho-so";

    private final NationalPortalSettings settings;
    private final RestClient client;

    HttpNationalPortal(NationalPortalSettings settings) {
        this.settings = settings;
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(settings.readTimeout);
        this.client = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public boolean ready() {
        return !settings.url.isEmpty();
    }

    @Override
    public void push(String dossierCode, String updateId, String payload) {
        if (!ready()) {
            throw new PushFailed("NATIONAL_PORTAL_NOT_CONFIGURED", false);
        }
        String endpoint = settings.url.replaceAll("/+$", "") + PATH;
        try {
            client.post()
                    .uri(endpoint)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .headers(h -> {
                        if (!settings.key.isEmpty()) {
                            h.set(NationalPortalSettings.KEY_HEADER, settings.key);
                        }
                    })
                    .header("Idempotency-Key", updateId)
                    .body(payload)
                    .exchange((request, response) -> {
                        HttpStatusCode status = response.getStatusCode();
                        if (status.is2xxSuccessful()) {
                            return null;
                        }
                        String body = new String(response.getBody().readNBytes(1000), StandardCharsets.UTF_8);
                        int code = status.value();
                        boolean permanent = status.is4xxClientError() && code != 408 && code != 429;
                        throw new PushFailed("HTTP " + code + " " + body, permanent);
                    });
        } catch (ResourceAccessException e) {
            throw new PushFailed(endpoint + ": " + e.getMessage(), e);
        } catch (RestClientException e) {
            throw new PushFailed(endpoint + ": " + e.getMessage(), e);
        }
    }
}
