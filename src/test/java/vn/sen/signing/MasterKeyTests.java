package vn.sen.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTests {

    @TempDir
    Path dir;

    @Test
    void generatesTheKeyFileOnceReadableByTheOwnerOnly() throws Exception {
        Path file = dir.resolve("signing/master.key");
        MasterKey first = MasterKey.fromFile(file);

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        MasterKey.Sealed sealed = first.seal("bí mật".getBytes(StandardCharsets.UTF_8), "holder-1");
        MasterKey again = MasterKey.fromFile(file);
        assertThat(new String(again.open(sealed, "holder-1"), StandardCharsets.UTF_8))
                .isEqualTo("bí mật");
    }

    @Test
    void aBlobOpensNeitherWithAnotherKeyNorForAnotherHolder() {
        MasterKey key = MasterKey.fromFile(dir.resolve("a.key"));
        MasterKey other = MasterKey.fromFile(dir.resolve("b.key"));
        MasterKey.Sealed sealed = key.seal(new byte[] {1, 2, 3}, "holder-1");

        assertThat(sealed.blob()).hasSize(3 + 16).isNotEqualTo(new byte[] {1, 2, 3});
        assertThatThrownBy(() -> other.open(sealed, "holder-1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> key.open(sealed, "holder-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aConfiguredKeyMustBe32Bytes() {
        assertThatThrownBy(() -> MasterKey.of("AAAA")).isInstanceOf(IllegalStateException.class);
    }
}
