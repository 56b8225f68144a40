package vn.sen.search;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar sen.jar search rebuild [entries|sources]}: starts Sen without its web server, rebuilds the index
 * and exits (0 when done, 1 when it failed). {@code SenApplication} turns the words into {@code sen.search.command}.
 */
@Component
@Order(Integer.MAX_VALUE - 1)
class SearchCommandLine implements ApplicationRunner {

    private final String command;
    private final SearchRebuild rebuild;
    private final ConfigurableApplicationContext context;

    SearchCommandLine(
            @Value("${sen.search.command:}") String command,
            SearchRebuild rebuild,
            ConfigurableApplicationContext context) {
        this.command = command;
        this.rebuild = rebuild;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!command.startsWith("rebuild")) {
            return;
        }
        String scope = command.contains(":") ? command.substring(command.indexOf(':') + 1) : "sources";
        SearchRebuild.Progress done = rebuild.runNow(SearchRebuild.Scope.parse(scope));
        System.out.printf(
                "Chỉ mục tìm kiếm: %s, %d bản ghi, %d giây%n",
                done.state(), done.records(), done.took().toSeconds());
        int code = done.state() == SearchRebuild.State.DONE ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
