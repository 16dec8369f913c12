package org.sealroom.client;

import java.io.PrintStream;
import java.util.Arrays;
import org.sealroom.client.about.AppVersion;
import org.sealroom.client.cli.SealroomCli;
import org.sealroom.client.settings.LocalDirectory;
import org.sealroom.relay.RelayMain;
import org.slf4j.LoggerFactory;

/**
 * The one {@code sealroom} command of an installed app: {@code --version}; no arguments or a {@code sealroom://} link
 * start the desktop app (on the join screen for a link); {@code host} and {@code join} the command-line client
 * ({@code --headless} for no UI); {@code relay} a relay server.
 */
public final class Launcher {

    private static final String JAVACPP_CACHE = "org.bytedeco.javacpp.cachedir";

    private Launcher() {}

    public static void main(String[] args) {
        // JavaCPP unpacks FFmpeg into ~/.javacpp unless told otherwise: keep it in the platform's cache directory.
        if (System.getProperty(JAVACPP_CACHE) == null) {
            System.setProperty(JAVACPP_CACHE, LocalDirectory.CACHE.forUser().resolve("javacpp").toString());
        }
        int status = run(args, System.out, System.err);
        if (status >= 0) {
            System.exit(status);
        }
    }

    /** Returns the exit status, or -1 when a long-running part (app, client, relay) took over this process. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "--version", "-V", "version" -> {
                out.println(AppVersion.line());
                return 0;
            }
            case "--help", "-h", "help" -> {
                out.print(usage());
                return 0;
            }
            case "host", "join" -> {
                logStart(command);
                SealroomCli.main(args);
                return -1;
            }
            case "relay" -> {
                logStart(command);
                RelayMain.main(Arrays.copyOfRange(args, 1, args.length));
                return -1;
            }
            default -> {
                if (command.isEmpty() || command.startsWith("sealroom://")) {
                    logStart(command.isEmpty() ? "app" : "app with a meeting link");
                    DesktopMain.main(args);
                    return -1;
                }
                err.println("sealroom: unknown command '" + command + "'");
                err.print(usage());
                return 2;
            }
        }
    }

    /** One line per start, so a log shows which version ran what; never arguments (a link holds a secret). */
    private static void logStart(String what) {
        LoggerFactory.getLogger(Launcher.class).info("Sealroom {} starting: {}, Java {}", AppVersion.current(), what,
                Runtime.version());
    }

    static String usage() {
        return """
                Usage: sealroom [COMMAND] [ARGS...]
                  (no command)                 start the desktop app
                  sealroom://...               open the app on joining that meeting
                  host --headless --name NAME  host a meeting without UI (see: sealroom host --help)
                  join LINK --headless --name NAME
                                               join a meeting without UI (see: sealroom join --help)
                  relay [--port 7443] ...      run a relay server (see: sealroom relay --help)
                  --version                    print the version
                  --help                       this help
                """;
    }
}
