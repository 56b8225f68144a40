package vn.sen.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * GreenMail as the SMTP server of the test suite, on the free port chosen by {@link TestMailPort}: started once per
 * JVM (even if a second Spring context appeared) and stopped when the JVM ends, so every test's e-mails land here.
 */
@Configuration(proxyBeanMethods = false)
class TestMailServer {

    private static @Nullable GreenMail shared;

    @Bean(destroyMethod = "")
    GreenMail greenMail(@Value("${spring.mail.port}") int port) {
        return start(port);
    }

    private static synchronized GreenMail start(int port) {
        if (shared == null) {
            GreenMail server = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
            shared = server;
        }
        return shared;
    }
}
