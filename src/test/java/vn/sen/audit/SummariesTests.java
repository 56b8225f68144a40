package vn.sen.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SummariesTests {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Summaries summaries = new Summaries(json);

    record Agency(String code, String name, List<String> units) {}

    @Test
    void serializesRecordsToJson() {
        assertThat(summaries.of(new Agency("000.00.00.H41", "Sở Nội vụ", List.of("VP"))))
                .isEqualTo("{\"code\":\"000.00.00.H41\",\"name\":\"Sở Nội vụ\",\"units\":[\"VP\"]}");
    }

    @Test
    void keepsNullAsNull() {
        assertThat(summaries.of(null)).isNull();
    }

    @Test
    void capsLargeSummariesAtEightKilobytesAsValidJson() {
        String big = "Ủy ban nhân dân \"tỉnh\" ".repeat(2_000);
        String summary = summaries.of(new Agency("X", big, List.of()));

        assertThat(summary.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(8 * 1024);
        JsonNode node = json.readTree(summary);
        assertThat(node.get("truncated").asBoolean()).isTrue();
        assertThat(node.get("preview").asString()).startsWith("{\"code\":\"X\"");
    }
}
