package vn.sen.signing;

import org.springframework.stereotype.Component;

/** Writes the number and date into a signed PDF as an incremental update that keeps earlier signatures valid. */
@Component
class IssueMarking {

    byte[] write(byte[] pdf, IssueMarks marks) {
        throw new UnsupportedOperationException("issue marks not built yet");
    }
}
