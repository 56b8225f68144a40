package vn.sen.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether demo data belongs in this installation: on the embedded default unless switched off, and on an external
 * database only when asked for explicitly ({@code SEN_DEMO_DATA=true}).
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(Environment env) {
        String setting = env.getProperty("sen.demo-data", "auto").trim().toLowerCase();
        boolean embedded = !StringUtils.hasText(env.getProperty("sen.db.url"));
        this.enabled = switch (setting) {
            case "true" -> true;
            case "false" -> false;
            default -> embedded;
        };
    }

    public boolean enabled() {
        return enabled;
    }
}
