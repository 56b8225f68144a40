package vn.sen.exchange.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edxml validate|show FILE}: verdicts, summaries and exit codes, in-process and through Sen's main class. */
class EdxmlCommandLineTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aValidPacketIsSaidValid() throws IOException {
        Path file = write("goi-tin.edxml", EdxmlFixtures.signed(EdxmlFixtures.fixture("document-new.edxml")));

        assertThat(run("validate", file.toString())).isEqualTo(EdxmlCommandLine.VALID);
        assertThat(out())
                .startsWith("HỢP LỆ: gói tin văn bản (BussinessDocType 0)")
                .contains("SHA-256");
    }

    @Test
    void showSummarisesADocumentAndAStatus() throws IOException {
        Path document = write("van-ban.edxml", EdxmlFixtures.signed(EdxmlFixtures.fixture("document-new.edxml")));
        assertThat(run("show", document.toString())).isEqualTo(EdxmlCommandLine.VALID);
        assertThat(out())
                .contains("Cơ quan gửi:         Sở Tài chính (000.00.11.H97)")
                .contains("Số, ký hiệu:         2491/STC-QLNS")
                .contains("Ngày ban hành:       30/10/2026, Thử Nghiệm")
                .contains("Trích yếu:           Về việc lập dự toán ngân sách năm 2027")
                .contains("Tệp đính kèm:        phu-luc.txt (text/plain, 12 byte)")
                .contains("Chứng thư ký:", "Sở Tài chính tỉnh Thử Nghiệm");

        out.reset();
        Path status = write("trang-thai.edxml", EdxmlFixtures.signed(EdxmlFixtures.fixture("status-processing.edxml")));
        assertThat(run("show", status.toString())).isEqualTo(EdxmlCommandLine.VALID);
        assertThat(out())
                .contains("gói tin trạng thái 05")
                .contains("Trạng thái:          05 – Đang xử lý văn bản đến");
    }

    @Test
    void aRefusedPacketPrintsItsCodeAndVietnameseReason() throws IOException {
        String signed = EdxmlFixtures.text(EdxmlFixtures.signed(EdxmlFixtures.fixture("document-new.edxml")));
        Path tampered = write("sua.edxml", EdxmlFixtures.utf8(signed.replace("2027", "2028")));

        assertThat(run("validate", tampered.toString())).isEqualTo(EdxmlCommandLine.REFUSED);
        assertThat(out()).startsWith("KHÔNG HỢP LỆ [EDXML_SIGNATURE_INVALID]: Chữ ký số của gói tin không hợp lệ");
    }

    @Test
    void wrongUsageAndMissingFilesExitWithTwo() {
        assertThat(run()).isEqualTo(EdxmlCommandLine.USAGE);
        assertThat(run("sign", "x")).isEqualTo(EdxmlCommandLine.USAGE);
        assertThat(err()).contains("Cách dùng: java -jar sen.jar edxml validate|show");
        assertThat(run("validate", dir.resolve("khong-co.edxml").toString())).isEqualTo(EdxmlCommandLine.USAGE);
        assertThat(err()).contains("Không đọc được tệp");
    }

    @Test
    void sensMainClassRunsTheCommandWithoutStartingSen() throws Exception {
        Path valid = write("a.edxml", EdxmlFixtures.signed(EdxmlFixtures.fixture("status-processing.edxml")));
        Path broken = write("b.edxml", EdxmlFixtures.utf8("<edXML xmlns=\"urn:khac\"/>"));

        Result ok = java("edxml", "validate", valid.toString());
        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("HỢP LỆ: gói tin trạng thái 05").doesNotContain("Started SenApplication");

        Result refused = java("edxml", "validate", broken.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.output()).contains("[EDXML_NAMESPACE_WRONG]");
    }

    private Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "vn.sen.SenApplication"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private record Result(int exit, String output) {}

    private int run(String... args) {
        return EdxmlCommandLine.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
