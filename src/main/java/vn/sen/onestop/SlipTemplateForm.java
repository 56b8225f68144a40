package vn.sen.onestop;

import org.jspecify.annotations.Nullable;

/** The slip wording form of the administrator's page; a bean because the page binds its fields by name. */
public class SlipTemplateForm {

    private @Nullable String title;
    private @Nullable String body;
    private @Nullable String signatureLeft;
    private @Nullable String signatureRight;
    private @Nullable Long version;

    static SlipTemplateForm of(SlipTemplateView view) {
        SlipTemplateForm form = new SlipTemplateForm();
        form.title = view.title();
        form.body = view.body();
        form.signatureLeft = view.signatureLeft();
        form.signatureRight = view.signatureRight();
        // Rewording the default for the first time checks no version: there is no own wording yet.
        form.version = view.own() ? view.version() : null;
        return form;
    }

    SlipTemplateRequest request() {
        return new SlipTemplateRequest(title, body, signatureLeft, signatureRight, version);
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getBody() {
        return body;
    }

    public void setBody(@Nullable String body) {
        this.body = body;
    }

    public @Nullable String getSignatureLeft() {
        return signatureLeft;
    }

    public void setSignatureLeft(@Nullable String signatureLeft) {
        this.signatureLeft = signatureLeft;
    }

    public @Nullable String getSignatureRight() {
        return signatureRight;
    }

    public void setSignatureRight(@Nullable String signatureRight) {
        this.signatureRight = signatureRight;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
