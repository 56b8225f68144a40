package vn.sen.exchange.edxml;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.sen.RecordCopies;

/**
 * The edXML codec on a document packet carrying a 100 KB PDF (issue 6), one thread, microseconds per packet:
 *
 * <ul>
 *   <li>{@code writeAndSign}: build the tree, base64 the file, enveloped XML-DSig (RSA-2048, SHA-256), serialise;
 *   <li>{@code readAndVerify}: guard pass, DOM parse, signature check, records and base64 decoding;
 *   <li>{@code roundTrip}: both, what one packet costs its two ends;
 *   <li>{@code bareStaxParse}: a StAX pass over the same bytes that touches every event and text, the floor any
 *       reading pays.
 * </ul>
 *
 * <pre>
 * mvn -q -B test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath org.openjdk.jmh.Main EdxmlCodecBenchmark -f 1 -wi 3 -i 5 -w 2s -r 3s"
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Dlogback.configurationFile=bench-logback.xml")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EdxmlCodecBenchmark {

    private static final XMLInputFactory STAX = XMLInputFactory.newFactory();

    private SignedPacketCodec codec;
    private PacketKey key;
    private DocumentPacket packet;
    private byte[] wire;

    @Setup
    public void setUp() {
        codec = new SignedPacketCodec(EdxmlLimits.defaults());
        key = EdxmlFixtures.key();
        DocumentPacket d = EdxmlFixtures.document();
        packet = RecordCopies.with(d, "to", List.of(d.to().get(0)));
        packet = RecordCopies.with(packet, "responseFor", null);
        packet = RecordCopies.with(
                packet,
                "attachments",
                List.of(new Attachment(
                        "cid:1", "van-ban.pdf", "Văn bản", "application/pdf", EdxmlFixtures.pdf(100 * 1024))));
        wire = codec.write(packet, key);
    }

    @Benchmark
    public byte[] writeAndSign() {
        return codec.write(packet, key);
    }

    @Benchmark
    public ReadPacket readAndVerify() {
        return codec.read(wire);
    }

    @Benchmark
    public ReadPacket roundTrip() {
        return codec.read(codec.write(packet, key));
    }

    @Benchmark
    public long bareStaxParse() throws XMLStreamException {
        XMLStreamReader xml = STAX.createXMLStreamReader(new ByteArrayInputStream(wire));
        long seen = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS) {
                seen += xml.getTextLength();
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                seen++;
            }
        }
        xml.close();
        return seen;
    }
}
