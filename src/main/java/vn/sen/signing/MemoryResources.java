package vn.sen.signing;

import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.spi.signature.resources.DSSResourcesHandler;
import eu.europa.esig.dss.spi.signature.resources.DSSResourcesHandlerBuilder;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where DSS writes the PDFs it builds while signing: plain byte arrays. DSS puts the signature into the prepared
 * document by copying it byte by byte ({@code PAdESUtils.replaceSignature}); into its default
 * {@code ByteArrayOutputStream}, whose every write takes a lock, that copy was a quarter of a signature's time
 * (docs/benchmarks.md).
 */
final class MemoryResources implements DSSResourcesHandlerBuilder {

    @Override
    public DSSResourcesHandler createResourcesHandler() {
        return new Handler();
    }

    private static final class Handler implements DSSResourcesHandler {

        private final Bytes out = new Bytes();

        @Override
        public OutputStream createOutputStream() {
            return out;
        }

        @Override
        public DSSDocument writeToDSSDocument() {
            return new InMemoryDocument(out.toByteArray());
        }

        @Override
        public void close() {
            // Nothing to release: the bytes go with the document.
        }
    }

    /** A growing byte array, without the lock {@code ByteArrayOutputStream} takes on every call. */
    private static final class Bytes extends OutputStream {

        private byte[] buffer = new byte[64 * 1024];
        private int count;

        @Override
        public void write(int b) {
            if (count == buffer.length) {
                grow(count + 1);
            }
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            if (count + length > buffer.length) {
                grow(count + length);
            }
            System.arraycopy(bytes, offset, buffer, count, length);
            count += length;
        }

        private void grow(int needed) {
            buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, count);
        }
    }
}
