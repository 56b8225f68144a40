package vn.sen.onestop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A fee or charge (phí, lệ phí) of a procedure, in VND. */
@Embeddable
class Fee {

    @Column(name = "name")
    private String name;

    @Column(name = "amount")
    private long amount;

    @Column(name = "note")
    private @Nullable String note;

    protected Fee() {}

    Fee(String name, long amount, @Nullable String note) {
        this.name = name;
        this.amount = amount;
        this.note = note;
    }

    String name() {
        return name;
    }

    long amount() {
        return amount;
    }

    @Nullable
    String note() {
        return note;
    }

    ProcedureView.FeeView view() {
        return new ProcedureView.FeeView(name, amount, note);
    }
}
