package vn.sen;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module rules of ARCHITECTURE.md, checked on every build; module diagrams are written to target/. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SenApplication.class);

    @Test
    void modulesRespectTheirAllowedDependencies() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
