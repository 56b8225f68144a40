package vn.sen.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.sen.signing.SigningBench;

/**
 * Costs of PAdES signing (ký số) with the Decree 30 appearance, offline, PAdES-BASELINE-B:
 *
 * <ul>
 *   <li>{@code signPerson}: the 2-page decision signed with the visible PERSON image (text search for the name,
 *       layout, DSS incremental save, RSA-2048), 2 threads, throughput;
 *   <li>{@code validateTwoSignatures}: DSS validation of the PERSON + AGENCY document (with issue marks between),
 *       one thread, average time;
 *   <li>{@code rawRsaSignature}: SHA256withRSA over a 32-byte digest, the floor any signature pays, 2 threads.
 * </ul>
 *
 * <pre>
 * mvn -q -B test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath org.openjdk.jmh.Main SigningBenchmark -f 2 -wi 4 -i 8 -w 3s -r 5s"
 * </pre>
 *
 * <p>The fork logs warnings only ({@code bench-logback.xml}); without it, it logged DSS's and PDFBox's debug lines for
 * every signature and measured the console as much as the signing.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Dlogback.configurationFile=bench-logback.xml")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class SigningBenchmark {

    private SigningBench bench;
    private final byte[] digest = new byte[32];

    @Setup
    public void setUp() {
        bench = new SigningBench();
        new java.util.Random(7).nextBytes(digest);
    }

    @Benchmark
    @Threads(2)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int signPerson() {
        return bench.signPerson();
    }

    @Benchmark
    @Threads(1)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int validateTwoSignatures() {
        return bench.validateTwoSignatures();
    }

    @Benchmark
    @Threads(2)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public byte[] rawRsaSignature() throws Exception {
        return bench.rawSignature(digest);
    }
}
