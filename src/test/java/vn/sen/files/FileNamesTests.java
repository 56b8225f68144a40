package vn.sen.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void keepsVietnameseNames() {
        assertThat(FileNames.sanitize("Công văn số 12.pdf")).isEqualTo("Công văn số 12.pdf");
    }

    @Test
    void composesDecomposedVietnamese() {
        String decomposed = Normalizer.normalize("Quyết định.pdf", Normalizer.Form.NFD);

        assertThat(FileNames.sanitize(decomposed)).isEqualTo("Quyết định.pdf").hasSize(14);
    }

    @Test
    void dropsFoldersWhateverTheSeparator() {
        assertThat(FileNames.sanitize("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitize("C:\\Users\\vanthu\\Tờ trình.docx")).isEqualTo("Tờ trình.docx");
        assertThat(FileNames.sanitize("..")).isEqualTo(FileNames.FALLBACK);
        assertThat(FileNames.sanitize("thu-muc/")).isEqualTo(FileNames.FALLBACK);
    }

    @Test
    void dropsControlAndBidiCharacters() {
        assertThat(FileNames.sanitize("bao\u0000cao\r\n.pdf")).isEqualTo("baocao.pdf");
        assertThat(FileNames.sanitize("anh\u202Egpj.exe")).isEqualTo("anhgpj.exe");
    }

    @Test
    void shortensLongNamesKeepingTheExtension() {
        String name = FileNames.sanitize("ả".repeat(300) + ".pdf");

        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("ả.pdf");
    }

    @Test
    void findsTheExtension() {
        assertThat(FileNames.extension("Công văn.PDF")).isEqualTo("pdf");
        assertThat(FileNames.extension(".bashrc")).isEmpty();
        assertThat(FileNames.extension("khong-duoi")).isEmpty();
    }
}
