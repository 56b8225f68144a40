package vn.sen.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.sen.exchange.InstanceApi.Answer;
import vn.sen.exchange.InstanceApi.Part;
import vn.sen.signing.SampleLetters;

/**
 * Issues outgoing documents at the sending installation (A) the way its demo staff do, through A's real API
 * ({@code /api/v1/outgoing-documents}): the specialist {@code chuyenvien} drafts (multipart: JSON {@code metadata} and
 * a PDF {@code body} bearing the director's name), submits to {@code lanhdaophong}, who approves on to {@code giamdoc},
 * who approves, then signs with his server key (PIN {@value #PIN}); the clerk {@code vanthu} numbers (the agency signs)
 * and issues. Tokens are taken once per helper.
 */
final class IssuingClerk {

    /** The demo keys' PIN (the director's and the Sở KH&CN's). */
    static final String PIN = "123456";

    private static final String BASE = "/api/v1/outgoing-documents";

    private final SenInstance a;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private @Nullable UUID directorId;
    private byte @Nullable [] letter;

    IssuingClerk(SenInstance a) {
        this.a = a;
    }

    /** One recipient outside the installation, named by its QĐ 20 code. */
    static Map<String, Object> external(String code, String name) {
        return Map.of("kind", "EXTERNAL", "code", code, "name", name);
    }

    /**
     * Drafts, reviews, signs, numbers and issues one decision (quyết định) to the given recipients.
     *
     * @return the issued document as A's API shows it ({@code OutgoingDocumentView})
     */
    JsonNode issue(String subject, List<Map<String, Object>> recipients) {
        UUID id = draft(subject, recipients);
        call("chuyenvien", BASE + "/" + id + "/submission", Map.of());
        call("lanhdaophong", BASE + "/" + id + "/approval", Map.of());
        expectStatus(call("giamdoc", BASE + "/" + id + "/approval", Map.of("comment", "Đồng ý")), "APPROVED");
        expectStatus(call("giamdoc", BASE + "/" + id + "/signature", Map.of("pin", PIN)), "SIGNED");
        expectStatus(call("vanthu", BASE + "/" + id + "/number", Map.of("pin", PIN)), "NUMBERED");
        Answer issued = call("vanthu", BASE + "/" + id + "/issue", Map.of("pin", PIN));
        expectStatus(issued, "ISSUED");
        return issued.json();
    }

    /** {@link #issue} {@code count} times, subjects numbered from 1; answers the documents' ids in order. */
    List<UUID> issueMany(int count, String subjectPrefix, List<Map<String, Object>> recipients) {
        List<UUID> ids = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            ids.add(UUID.fromString(issue(subjectPrefix + " (" + i + "/" + count + ")", recipients)
                    .get("id")
                    .asString()));
        }
        return ids;
    }

    /** The recipients with their delivery status ({@code GET .../{id}/recipients}), as the clerk sees them. */
    JsonNode recipients(UUID documentId) {
        return a.api()
                .get(BASE + "/" + documentId + "/recipients", token("vanthu"))
                .ok()
                .json();
    }

    /** Forgets the tokens (an instance restarted with the same database keeps them valid; a new one does not). */
    void forgetTokens() {
        tokens.clear();
    }

    private UUID draft(String subject, List<Map<String, Object>> recipients) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("type", "QUYET_DINH");
        metadata.put("subject", subject);
        metadata.put("urgency", "THUONG");
        metadata.put("confidentiality", "THUONG");
        metadata.put("signerId", director());
        metadata.put("signerTitle", "GIÁM ĐỐC");
        metadata.put("recipients", recipients);
        return a.api()
                .multipart(
                        BASE,
                        token("chuyenvien"),
                        List.of(
                                Part.json("metadata", metadata),
                                Part.file("body", "quyet-dinh.pdf", "application/pdf", letter())))
                .expect(201)
                .id("/id");
    }

    private UUID director() {
        if (directorId == null) {
            directorId = a.api().get("/api/v1/auth/me", token("giamdoc")).ok().id("/accountId");
        }
        return directorId;
    }

    /** The body: rendered once, bearing the director's printed name where his signature goes. */
    private byte[] letter() {
        if (letter == null) {
            String name = a.api().get("/api/v1/auth/me", token("giamdoc")).ok().text("/displayName");
            letter = SampleLetters.decision(name);
        }
        return letter;
    }

    private Answer call(String username, String path, Object body) {
        return a.api().post(path, token(username), body).ok();
    }

    private String token(String username) {
        return tokens.computeIfAbsent(username, a::bearer);
    }

    private static void expectStatus(Answer answer, String status) {
        String actual = answer.text("/status");
        if (!actual.equals(status)) {
            throw new AssertionError(answer.call() + " left the document " + actual + " instead of " + status);
        }
    }
}
