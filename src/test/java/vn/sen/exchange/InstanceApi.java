package vn.sen.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small JSON client for the REST API of one {@link SenInstance}: GET, POST, PUT and multipart POST, with an optional
 * bearer token ({@code "Bearer ..."}). Answers keep the status and the raw body; {@link Answer#expect} turns an
 * unexpected status into an assertion error that shows the body (Sen's {@code {"code","message","fields"}}).
 */
final class InstanceApi {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final HttpClient http;

    InstanceApi(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    Answer get(String path, @Nullable String bearer) {
        return send(request(path, bearer).GET());
    }

    Answer post(String path, @Nullable String bearer, @Nullable Object body) {
        return send(request(path, bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body))));
    }

    Answer put(String path, @Nullable String bearer, Object body) {
        return send(request(path, bearer)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** A {@code multipart/form-data} POST, e.g. an outgoing draft's JSON {@code metadata} and its PDF {@code body}. */
    Answer multipart(String path, @Nullable String bearer, List<Part> parts) {
        String boundary = "sen-" + UUID.randomUUID();
        return send(request(path, bearer)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(encode(parts, boundary))));
    }

    private HttpRequest.Builder request(String path, @Nullable String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(CALL_TIMEOUT)
                .header("Accept", "application/json");
        if (bearer != null) {
            builder.header("Authorization", bearer);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(request.method() + " " + request.uri().getPath(), response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.uri(), e);
        }
    }

    private static byte[] encode(List<Part> parts, String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(part.name())
                    .append('"');
            if (part.fileName() != null) {
                head.append("; filename=\"").append(part.fileName()).append('"');
            }
            head.append("\r\nContent-Type: ").append(part.contentType()).append("\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** One part of a multipart request. */
    record Part(String name, @Nullable String fileName, String contentType, byte[] content) {

        static Part json(String name, Object value) {
            return new Part(name, null, "application/json", JSON.writeValueAsBytes(value));
        }

        static Part file(String name, String fileName, String contentType, byte[] content) {
            return new Part(name, fileName, contentType, content);
        }
    }

    /** An answer: what was called, the HTTP status and the body as text. */
    record Answer(String call, int status, String body) {

        /** This answer, or an assertion error naming the call, the status and Sen's error body. */
        Answer expect(int expectedStatus) {
            if (status != expectedStatus) {
                throw new AssertionError(
                        call + " answered " + status + " instead of " + expectedStatus + ": " + abbreviated());
            }
            return this;
        }

        Answer ok() {
            return expect(200);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        /** The text at a JSON pointer ({@code /recipients/0/status}), or an assertion error when it is missing. */
        String text(String pointer) {
            JsonNode node = json().at(pointer);
            if (node.isMissingNode() || node.isNull()) {
                throw new AssertionError(call + ": nothing at " + pointer + " in " + abbreviated());
            }
            return node.asString();
        }

        UUID id(String pointer) {
            return UUID.fromString(text(pointer));
        }

        private String abbreviated() {
            return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
        }
    }
}
