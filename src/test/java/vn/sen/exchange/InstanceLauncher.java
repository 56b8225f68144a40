package vn.sen.exchange;

import java.io.IOException;
import java.io.InputStream;
import vn.sen.SenApplication;

/**
 * Main class of a child Sen instance started by {@link SenInstance}: runs the real {@link SenApplication}, and halts
 * the JVM as soon as its standard input reaches end-of-file. The parent test JVM holds the other end of that pipe, so
 * when the parent dies in any way (even SIGKILL, where no shutdown hook runs) the child cannot outlive it.
 *
 * <p>Only this class is put on the child's class path from the test classes (see {@link SenInstance}): it must stay
 * free of Spring annotations and of references to other test classes.
 */
final class InstanceLauncher {

    private InstanceLauncher() {}

    public static void main(String[] args) {
        Thread watch = new Thread(InstanceLauncher::haltWhenParentIsGone, "parent-watch");
        watch.setDaemon(true);
        watch.start();
        SenApplication.main(args);
    }

    private static void haltWhenParentIsGone() {
        InputStream in = System.in;
        try {
            while (in.read() >= 0) {
                // The parent never writes; anything read is ignored.
            }
        } catch (IOException e) {
            // A broken pipe means the same as end-of-file.
        }
        Runtime.getRuntime().halt(143);
    }
}
