package vn.sen.onestop;

import org.jspecify.annotations.Nullable;

/**
 * A new wording of a form. {@code version} is the one read from the agency's own wording; it is not checked when the
 * agency rewords the default for the first time (two such first saves at once: the second is refused).
 */
public record SlipTemplateRequest(
        @Nullable String title,
        @Nullable String body,
        @Nullable String signatureLeft,
        @Nullable String signatureRight,
        @Nullable Long version) {}
