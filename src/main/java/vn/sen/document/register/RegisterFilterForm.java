package vn.sen.document.register;

import org.jspecify.annotations.Nullable;

/** The period and book picked on the registers page (a bean, so that th:field can bind to it). */
public class RegisterFilterForm {

    private @Nullable String from;
    private @Nullable String to;
    private @Nullable String bookId;

    public @Nullable String getFrom() {
        return from;
    }

    public void setFrom(@Nullable String from) {
        this.from = from;
    }

    public @Nullable String getTo() {
        return to;
    }

    public void setTo(@Nullable String to) {
        this.to = to;
    }

    public @Nullable String getBookId() {
        return bookId;
    }

    public void setBookId(@Nullable String bookId) {
        this.bookId = bookId;
    }
}
