package vn.sen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A test class with the name of a main class hides it: the test classes come first on the class path, so Spring
 * builds the bean from the test's class and every context fails to start. That once broke the whole suite (a test
 * helper named like the exchange module's {@code IssuedDocuments}); this names such a clash directly.
 */
class TestClassesShadowNothingTests {

    @Test
    void noTestClassHasTheNameOfAMainClass() throws IOException {
        List<Path> folders = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(Files::isDirectory)
                .toList();
        assertThat(folders).hasSizeGreaterThanOrEqualTo(2);
        Set<String> seen = new HashSet<>();
        List<String> clashes = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(f -> f.toString().endsWith(".class"))
                        .map(f -> folder.relativize(f).toString())
                        .filter(name -> !seen.add(name))
                        .forEach(clashes::add);
            }
        }
        assertThat(clashes).as("classes defined in both main and test").isEmpty();
    }
}
